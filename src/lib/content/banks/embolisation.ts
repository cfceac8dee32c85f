import { defineBank } from '../types';

export default defineBank({
	id: 'embolisation',
	title: 'Embolisation and arterial techniques',
	description:
		'Transarterial chemoembolisation, radioembolisation with yttrium-90 beads and hepatic arterial infusion: the route, how each kills tumour and when each is used.',
	items: []
});
