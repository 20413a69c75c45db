-- One row that instances starting together lock while one of them seeds an empty database:
-- the others wait, then find it seeded (the seed is many transactions, so no row of its own would do).
CREATE TABLE first_start (id INT PRIMARY KEY);
INSERT INTO first_start (id) VALUES (1);
