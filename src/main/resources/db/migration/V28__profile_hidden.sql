-- A participant may keep their public profile page (name, organisation, public contributions) to themselves.
ALTER TABLE account ADD COLUMN profile_hidden BOOLEAN DEFAULT FALSE NOT NULL;
