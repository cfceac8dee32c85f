import { defineBank } from '../types';

export default defineBank({
	id: 'presentation',
	title: 'Presentation and diagnosis',
	description:
		'What liver metastases are, how they present and how they are diagnosed.',
	items: []
});
