-- Every item still served came from the bundled banks: its current version is the bundled spec.
-- Items the pack has already retired keep no hash, so they stay retired.
UPDATE `items` SET `pack_hash` = (
	SELECT `content_hash` FROM `item_versions` WHERE `item_versions`.`id` = `items`.`current_version_id`
) WHERE `status` != 'retired';
