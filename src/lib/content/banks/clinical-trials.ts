import { defineBank } from '../types';

export default defineBank({
	id: 'clinical-trials',
	title: 'Clinical trials',
	description:
		'What clinical trials offer and how patients find them.',
	items: []
});
