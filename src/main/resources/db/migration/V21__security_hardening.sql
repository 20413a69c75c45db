-- Security hardening.

-- Sessions carry the epoch of the password they were opened with: changing or resetting the password
-- moves it, and every other session of the account ends at its next request, on every instance.
ALTER TABLE account ADD COLUMN session_epoch INTEGER DEFAULT 0 NOT NULL;
