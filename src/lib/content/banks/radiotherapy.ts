import { defineBank } from '../types';

export default defineBank({
	id: 'radiotherapy',
	title: 'Radiotherapy',
	description:
		'External beam, stereotactic and internal radiotherapy for liver metastases.',
	items: []
});
