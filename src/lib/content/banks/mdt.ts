import { defineBank } from '../types';

export default defineBank({
	id: 'mdt',
	title: 'MDT planning',
	description:
		'The multidisciplinary meeting, what an individualised plan weighs, and what treatments can achieve.',
	items: []
});
