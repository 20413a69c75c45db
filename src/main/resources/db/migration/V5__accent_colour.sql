-- One accent colour per repository, for its page header; checked for WCAG contrast with white text.
ALTER TABLE repository ADD COLUMN accent_colour VARCHAR(7);
