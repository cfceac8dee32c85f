import { defineBank } from '../types';

export default defineBank({
	id: 'ablation',
	title: 'Ablation types',
	description:
		'Radiofrequency, microwave and irreversible electroporation ablation: how each works, how it is delivered and who it is for.',
	items: [
		{
			id: 'ablation-mwa-vs-rfa',
			type: 'single-best-answer',
			stem: 'A 62-year-old man with a single 2 cm colorectal liver metastasis is not fit for liver resection. The MDT recommends a heat-based ablation.',
			leadIn: 'Which heat-based ablation method does the document describe as having superior results and now being more commonly used?',
			options: [
				{
					text: 'Microwave ablation',
					correct: true,
					explanation:
						'Correct: microwave ablation has been shown to have superior results to RFA and is now more commonly used.'
				},
				{
					text: 'Radiofrequency ablation',
					correct: false,
					explanation:
						'RFA was the main type of ablation in the past; microwave ablation has since shown superior results.'
				},
				{
					text: 'Irreversible electroporation',
					correct: false,
					explanation:
						'IRE uses electrical impulses, not heat, to make small holes in the cancer cell outline.'
				},
				{
					text: 'Chemical ablation',
					correct: false,
					explanation:
						'Ablation can use chemicals, but the document names microwave ablation as the heat method with superior results.'
				},
				{
					text: 'Stereotactic body radiation therapy',
					correct: false,
					explanation:
						'Stereotactic radiotherapy is a way of delivering external radiotherapy, not a heat-based ablation.'
				}
			],
			teachingPoint:
				'Microwave ablation, which delivers heat through a probe, has shown superior results to RFA and has largely replaced it.',
			difficulty: 'easy',
			audiences: ['doctor', 'nurse'],
			objective: 'Compare radiofrequency and microwave ablation.',
			source: {
				passageIds: ['ablation-2'],
				quote:
					'microwave ablation (which also delivers heat via a probe to the liver metastasis) has been shown to have superior results to RFA and this is now more commonly used'
			}
		}
	]
});
