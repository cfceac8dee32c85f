import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { downloadResponse } from '$lib/server/export/download';
import { BANK_FORMATS, bankExportFilename, isBankFormat } from '$lib/server/interchange/formats';
import { loadInterchangeSet } from '$lib/server/interchange/load';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	requireRole(event, 'educator');
	const { bankId, format } = event.params;
	if (!isBankFormat(format)) error(404, 'There is no export in that format.');
	const set = await loadInterchangeSet(getDb(), bankId);
	if (!set) error(404, 'There is no such bank.');
	const spec = BANK_FORMATS[format];
	return downloadResponse(
		bankExportFilename(bankId, format),
		spec.write(set, new Date()),
		spec.contentType
	);
};
