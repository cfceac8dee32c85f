-- Certificates issued before certificates named their educator take the name the cohort's owner has now.
UPDATE `certificates` SET `educator_name` = coalesce((
	SELECT u.`display_name`
	FROM `module_results` r
	JOIN `training_modules` m ON m.`id` = r.`module_id`
	JOIN `cohorts` c ON c.`id` = m.`cohort_id`
	JOIN `users` u ON u.`id` = c.`owner_id`
	WHERE r.`id` = `certificates`.`result_id`
), '');
