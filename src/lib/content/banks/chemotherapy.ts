import { defineBank } from '../types';

export default defineBank({
	id: 'chemotherapy',
	title: 'Chemotherapy',
	description:
		'The roles of chemotherapy and the main ways of giving it.',
	items: []
});
