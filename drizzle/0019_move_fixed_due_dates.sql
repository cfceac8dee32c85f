-- Every module made before due dates could be relative had a fixed date.
UPDATE `training_modules` SET `fixed_due_at` = `due_at`;
