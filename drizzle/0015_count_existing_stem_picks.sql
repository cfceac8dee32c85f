-- Extended-matching answers settled before per-scenario tallies existed are counted once, as
-- rebuildTallies counts them (-1: the scenario was left blank).
INSERT INTO `stem_picks` (`item_version_id`, `stem_id`, `option`, `picks`)
SELECT `answers`.`item_version_id`, stem.key, coalesce(stem.value, -1), count(*)
FROM `answers`, json_each(`answers`.`response`, '$.chosen') AS stem
WHERE `answers`.`settled` AND json_extract(`answers`.`response`, '$.kind') = 'matching'
GROUP BY `answers`.`item_version_id`, stem.key, coalesce(stem.value, -1);
