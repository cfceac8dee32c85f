import { defineBank } from '../types';

export default defineBank({
	id: 'systemic-therapies',
	title: 'Targeted, immuno- and hormone therapy',
	description:
		'How targeted therapy, immunotherapy and hormone therapy work against liver metastases.',
	items: []
});
