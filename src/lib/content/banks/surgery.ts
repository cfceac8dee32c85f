import { defineBank } from '../types';

export default defineBank({
	id: 'surgery',
	title: 'Surgical factors',
	description:
		'When liver resection is possible: oncological, technical, liver-related and patient-related factors.',
	items: []
});
