-- Citations made before passage hashes were kept: take the passage as it stands.
UPDATE `item_version_passages` SET `passage_hash` = (SELECT `hash` FROM `passages` WHERE `passages`.`id` = `item_version_passages`.`passage_id`) WHERE `passage_hash` IS NULL;
