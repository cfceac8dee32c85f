-- Answers given before the settled flag existed count as they did then: tutor answers, and the
-- answers of timed tests already marked.
UPDATE `answers` SET `settled` = 1 WHERE `session_id` IN (
	SELECT `id` FROM `quiz_sessions` WHERE `mode` = 'tutor' OR `status` = 'finished'
);
