-- A change of e-mail address waits in its confirmation token until the new address confirms it.
ALTER TABLE account_token ADD COLUMN new_email VARCHAR(320);
