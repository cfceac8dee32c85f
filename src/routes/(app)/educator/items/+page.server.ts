import type { PageServerLoad } from './$types';
import { loadItemStatistics } from './statistics';

export const load: PageServerLoad = async (event) => {
	const { cohort, ...statistics } = await loadItemStatistics(event);
	return { ...statistics, cohortId: cohort?.id ?? null };
};
