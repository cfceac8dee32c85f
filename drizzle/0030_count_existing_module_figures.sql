-- Modules with totals kept before their figures were kept get a row whose figures are not yet
-- worked out (figured is null), so the next view works them out from the totals once.
INSERT INTO `module_stat_figures` (`scope_id`, `counting`, `module_id`, `changes`)
SELECT `scope_id`, `counting`, `module_id`, 1 FROM `module_score_sums`
UNION
SELECT `scope_id`, `counting`, `module_id`, 1 FROM `module_item_counts`;
