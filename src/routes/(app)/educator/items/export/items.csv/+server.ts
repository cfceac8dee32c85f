import { itemStatisticsCsv } from '$lib/server/analytics/export';
import { csvResponse } from '$lib/server/export/csv';
import type { RequestHandler } from './$types';
import { exportName, loadItemStatistics } from '../../statistics';

export const GET: RequestHandler = async (event) => {
	const statistics = await loadItemStatistics(event);
	return csvResponse(exportName('items', statistics), itemStatisticsCsv(statistics.items));
};
