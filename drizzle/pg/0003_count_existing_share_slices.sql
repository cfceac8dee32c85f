-- Learners' totals per bank kept before share slices existed are counted into them once, as
-- countAnswerInStats places a learner (slice: correct * 256 / answered, in whole numbers).
INSERT INTO "bank_share_slices" ("bank_id", "slice", "learners")
SELECT "bank_id", "correct" * 256 / "answered", count(*)
FROM "user_bank_stats"
WHERE "answered" > 0
GROUP BY "bank_id", "correct" * 256 / "answered";
