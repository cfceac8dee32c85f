import type { ServerLoad } from '@sveltejs/kit';

/** A question-shaped page without a database: what the framework alone costs to render. */
export const load: ServerLoad = () => ({
	stem: 'A 64-year-old man has three metastases in the right lobe of the liver.',
	leadIn: 'Which treatment is most appropriate?',
	options: ['Surgery', 'Ablation', 'Embolisation', 'Chemotherapy', 'Radiotherapy']
});
