import { defineBank } from '../types';

export default defineBank({
	id: 'radiotherapy',
	title: 'Radiotherapy',
	description: 'External beam, stereotactic and internal radiotherapy for liver metastases.',
	items: [
		{
			id: 'radiotherapy-how-it-works',
			type: 'single-best-answer',
			stem: 'A patient with liver metastases has been referred for radiotherapy. At the pre-treatment appointment she asks the nurse, in simple terms, how radiotherapy works.',
			leadIn: 'Which explanation should the nurse give?',
			options: [
				{
					text: 'It boosts the body’s natural defences so that they fight the cancer',
					correct: false,
					explanation:
						'This describes immunotherapy, a set of treatment techniques that boost the body’s natural defences to fight cancer.'
				},
				{
					text: 'It attaches to specific receptors on the cancer cells and disrupts their growth signals',
					correct: false,
					explanation:
						'This describes targeted therapy drugs, which attach to specific cancer cell receptors and disrupt the signals that promote survival and growth.'
				},
				{
					text: 'It destroys cancer cells',
					correct: true,
					explanation:
						'Correct: radiotherapy works by destroying cancer cells. It can shrink a tumour and in some cases even completely destroy it.'
				},
				{
					text: 'It adds, blocks or removes the hormones the cancer cells need to grow',
					correct: false,
					explanation:
						'This describes hormone therapy, which adds, blocks or removes certain hormones that are necessary for cancer cells to grow.'
				},
				{
					text: 'It makes small holes in the outline of the cancer cells with electrical impulses',
					correct: false,
					explanation:
						'This describes irreversible electroporation (IRE), an ablation method delivered via a probe.'
				}
			],
			teachingPoint:
				'Radiotherapy works by destroying cancer cells; it can shrink a tumour and sometimes destroy it completely.',
			difficulty: 'easy',
			audiences: ['nurse'],
			objective: 'Explain to a patient how radiotherapy acts on liver metastases.',
			source: {
				passageIds: [
					'radiotherapy-1',
					'immunotherapy-1',
					'targeted-therapy-1',
					'hormone-therapy-2',
					'ablation-2'
				],
				quote: 'Radiotherapy works by destroying cancer cells.'
			}
		},
		{
			id: 'radiotherapy-with-surgery',
			type: 'single-best-answer',
			stem: 'A foundation doctor is preparing to present a 60-year-old man with colorectal liver metastases at the MDT, where radiotherapy will be discussed alongside liver surgery.',
			leadIn: 'Which statement about how radiotherapy can be combined with surgery is correct?',
			options: [
				{
					text: 'It can be given before surgery to shrink the tumour and facilitate resection, or after surgery to destroy any remaining cancer cells',
					correct: true,
					explanation:
						'Correct: radiotherapy may be used before surgery to shrink the tumour or after surgery to destroy any remaining cancer cells and prevent the cancer from coming back.'
				},
				{
					text: 'It is offered only for tumours that cannot be removed with surgery',
					correct: false,
					explanation:
						'Palliative treatment of tumours that cannot be removed is only one role: radiotherapy may also be used before or after surgery.'
				},
				{
					text: 'It is given only after surgery, never before',
					correct: false,
					explanation:
						'Radiotherapy may be used before surgery to shrink the tumour in order to facilitate resection.'
				},
				{
					text: 'It is given before surgery only to relieve symptoms',
					correct: false,
					explanation:
						'Before surgery its purpose is to shrink the tumour in order to facilitate resection.'
				},
				{
					text: 'After surgery it is used only to control symptoms, not to prevent the cancer coming back',
					correct: false,
					explanation:
						'After surgery radiotherapy is used to destroy any remaining cancer cells and prevent the cancer from coming back.'
				}
			],
			teachingPoint:
				'Radiotherapy can be combined with surgery: before it to shrink the tumour and facilitate resection, after it to destroy remaining cancer cells and prevent recurrence.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Describe how radiotherapy can be used before and after liver surgery.',
			source: {
				passageIds: ['radiotherapy-1'],
				quote:
					'It may be used before surgery to shrink the tumour in order to facilitate resection or after surgery to destroy any remaining cancer cells and prevent the cancer from coming back.'
			}
		},
		{
			id: 'radiotherapy-palliative-aims',
			type: 'multiple-response',
			stem: 'A 74-year-old man has liver metastases that are not possible to remove with surgery. The MDT offers him radiotherapy as a palliative treatment, and his daughter asks the nurse what it is meant to achieve.',
			leadIn:
				'Which aims of palliative radiotherapy are described in the document? Select all that apply.',
			options: [
				{
					text: 'To control the growth of the tumours',
					correct: true,
					explanation:
						'Correct: palliative radiotherapy is offered to control the growth of tumours that cannot be removed with surgery.'
				},
				{
					text: 'To destroy cancer cells left behind after a liver resection',
					correct: false,
					explanation:
						'That is the role of radiotherapy after surgery; this man’s tumours are not possible to remove with surgery.'
				},
				{
					text: 'To control his symptoms',
					correct: true,
					explanation: 'Correct: palliative radiotherapy aims to control symptoms.'
				},
				{
					text: 'To boost his immune system so that it fights the cancer',
					correct: false,
					explanation:
						'Boosting the body’s natural defences describes immunotherapy; radiotherapy works by destroying cancer cells.'
				},
				{
					text: 'To prolong his life',
					correct: true,
					explanation: 'Correct: palliative radiotherapy aims to prolong life.'
				}
			],
			teachingPoint:
				'For tumours that cannot be removed with surgery, radiotherapy can be offered as palliative treatment to control their growth and symptoms and prolong life.',
			difficulty: 'easy',
			audiences: ['nurse', 'doctor'],
			objective: 'List the aims of palliative radiotherapy for unresectable liver metastases.',
			source: {
				passageIds: ['radiotherapy-1', 'immunotherapy-1'],
				quote:
					'Radiotherapy can also be offered to tumours that are not possible to be removed with surgery as a palliative treatment to control their growth and symptoms and prolong life.'
			}
		},
		{
			id: 'radiotherapy-combination',
			type: 'true-false',
			stem: 'Radiotherapy for liver metastases is used only on its own and is not combined with other treatments such as chemotherapy.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: false,
					explanation:
						'Radiotherapy can be used in combination with other treatments, such as surgery and chemotherapy.'
				},
				{
					text: 'False',
					correct: true,
					explanation:
						'Correct: radiotherapy can be combined with other treatments, such as surgery and chemotherapy.'
				}
			],
			teachingPoint:
				'Radiotherapy can be used in combination with other treatments, such as surgery and chemotherapy.',
			difficulty: 'easy',
			audiences: ['nurse', 'doctor'],
			objective: 'Recognise that radiotherapy can be combined with other treatments.',
			source: {
				passageIds: ['radiotherapy-1'],
				quote:
					'Radiotherapy can be used in combination with other treatments, such as surgery and chemotherapy.'
			}
		},
		{
			id: 'radiotherapy-complete-destruction',
			type: 'true-false',
			stem: 'Radiotherapy can shrink a liver tumour, but it can never destroy a tumour completely.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: false,
					explanation:
						'Radiotherapy can shrink a tumour and in some cases even completely destroy it.'
				},
				{
					text: 'False',
					correct: true,
					explanation:
						'Correct: as well as shrinking a tumour, radiotherapy can in some cases destroy it completely.'
				}
			],
			teachingPoint: 'Radiotherapy can shrink a tumour and, in some cases, destroy it completely.',
			difficulty: 'medium',
			audiences: ['doctor', 'nurse'],
			objective: 'State what radiotherapy can achieve against a liver tumour.',
			source: {
				passageIds: ['radiotherapy-1'],
				quote: 'It can shrink a tumour and in some cases even completely destroy it.'
			}
		},
		{
			id: 'radiotherapy-most-common-type',
			type: 'single-best-answer',
			stem: 'A patient due to start radiotherapy for liver metastases asks the nurse which type of radiotherapy is the one most commonly used.',
			leadIn: 'Which type should the nurse name?',
			options: [
				{
					text: 'Radioembolisation with yttrium-90 beads',
					correct: false,
					explanation:
						'Radioembolisation is internal radiotherapy; the document names external beam radiotherapy as the most common type.'
				},
				{
					text: 'External beam radiotherapy',
					correct: true,
					explanation:
						'Correct: external radiotherapy (external beam radiotherapy) is the most common type; a machine produces a radiation beam that is directed at the tumour.'
				},
				{
					text: 'Transarterial chemoembolisation',
					correct: false,
					explanation:
						'TACE delivers chemotherapy drugs, not radiation, directly into the tumour-feeding arteries.'
				},
				{
					text: 'Microwave ablation',
					correct: false,
					explanation:
						'Microwave ablation delivers heat via a probe; it is a type of ablation, not radiotherapy.'
				},
				{
					text: 'Irreversible electroporation',
					correct: false,
					explanation:
						'IRE is an ablation method using electrical impulses delivered via a probe, not radiotherapy.'
				}
			],
			teachingPoint:
				'External beam radiotherapy, in which a machine directs a radiation beam at the tumour, is the most common type of radiotherapy.',
			difficulty: 'easy',
			audiences: ['nurse'],
			objective: 'Identify the most common type of radiotherapy for liver metastases.',
			source: {
				passageIds: ['radiotherapy-3', 'radiotherapy-4', 'chemotherapy-5', 'ablation-2'],
				quote: 'External radiotherapy or external beam radiotherapy: this is the most common type.'
			}
		},
		{
			id: 'radiotherapy-sbrt-fewer-side-effects',
			type: 'single-best-answer',
			stem: 'A 66-year-old woman with two small liver metastases from breast cancer is offered stereotactic radiotherapy. She asks the nurse why she has been told it should cause fewer side effects.',
			leadIn: 'Which explanation is correct?',
			options: [
				{
					text: 'Radioactive beads placed inside the tumour give off the radiation, so no beam is needed',
					correct: false,
					explanation:
						'That describes radioembolisation (internal radiotherapy). Stereotactic radiotherapy is a way of delivering external radiotherapy with a beam.'
				},
				{
					text: 'It uses a lower dose of radiation to the tumour than other external radiotherapy',
					correct: false,
					explanation:
						'The reverse: stereotactic delivery means that a higher dose can be delivered to the tumour.'
				},
				{
					text: 'The radiation beam is aimed from a single direction straight at the tumour',
					correct: false,
					explanation:
						'Stereotactic radiotherapy delivers the radiation beam from many different angles around the body.'
				},
				{
					text: 'It is delivered through a catheter placed in the hepatic artery',
					correct: false,
					explanation:
						'Catheter delivery through the hepatic artery is how radioembolisation beads are placed, not how stereotactic radiotherapy is given.'
				},
				{
					text: 'The beam is given from many different angles, so a higher dose reaches the tumour with less effect on the normal tissues around it',
					correct: true,
					explanation:
						'Correct: delivering the beam from many angles allows a higher dose to the tumour with less effect on the surrounding normal tissues, and therefore fewer side effects.'
				}
			],
			teachingPoint:
				'Stereotactic radiotherapy delivers the beam from many angles, giving a higher dose to the tumour with less effect on normal tissue and therefore fewer side effects.',
			difficulty: 'medium',
			audiences: ['nurse', 'doctor'],
			objective: 'Explain why stereotactic radiotherapy causes fewer side effects.',
			source: {
				passageIds: ['radiotherapy-3', 'radiotherapy-4'],
				quote:
					'This means that a higher dose can be delivered to the tumour, with less effects to the normal tissues around it and therefore fewer side effects.'
			}
		},
		{
			id: 'radiotherapy-sbrt-indication',
			type: 'true-false',
			stem: 'Stereotactic body radiation therapy may be used when there are 1 to 3 small liver metastases.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: true,
					explanation:
						'Correct: the document states that stereotactic body radiation therapy may be used when there are 1 to 3 small liver metastases.'
				},
				{
					text: 'False',
					correct: false,
					explanation:
						'The statement matches the document: SBRT may be used when there are 1 to 3 small liver metastases.'
				}
			],
			teachingPoint:
				'Stereotactic body radiation therapy is an option when there are 1 to 3 small liver metastases.',
			difficulty: 'easy',
			audiences: ['doctor'],
			objective: 'State when stereotactic body radiation therapy may be used for liver metastases.',
			source: {
				passageIds: ['radiotherapy-3'],
				quote:
					'Stereotactic body radiation therapy may be used when there are 1 to 3 small liver metastases.'
			}
		},
		{
			id: 'radiotherapy-sbrt-is-external',
			type: 'true-false',
			stem: 'Stereotactic radiotherapy is a form of internal radiotherapy in which radioactive beads are positioned directly into the tumour.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: false,
					explanation:
						'Positioning radioactive beads in the tumour describes radioembolisation (selective internal radiotherapy). Stereotactic radiotherapy is a way of delivering external radiotherapy.'
				},
				{
					text: 'False',
					correct: true,
					explanation:
						'Correct: stereotactic radiotherapy is a more modern way of delivering external radiotherapy, with the beam given from many angles around the body.'
				}
			],
			teachingPoint:
				'Stereotactic radiotherapy is external radiotherapy given from many angles; radioembolisation is the internal method using yttrium-90 beads.',
			difficulty: 'medium',
			audiences: ['doctor', 'nurse'],
			objective: 'Distinguish stereotactic radiotherapy from internal radiotherapy.',
			source: {
				passageIds: ['radiotherapy-3', 'radiotherapy-4'],
				quote: 'Stereotactic radiotherapy is a more modern way of delivering external radiotherapy.'
			}
		},
		{
			id: 'radiotherapy-delivery-methods-match',
			type: 'extended-matching',
			stem: 'Ways of delivering radiotherapy and other liver-directed treatments for liver metastases',
			leadIn:
				'For each description, choose the most appropriate treatment. Each option may be used once, more than once or not at all.',
			options: [
				{
					text: 'Conventional external beam radiotherapy',
					explanation:
						'The most common type of radiotherapy: a machine produces a radiation beam that is directed at the tumour.'
				},
				{
					text: 'Stereotactic body radiation therapy',
					explanation:
						'A more modern way of delivering external radiotherapy, with the beam given from many different angles so that a higher dose reaches the tumour; may be used when there are 1 to 3 small liver metastases.'
				},
				{
					text: 'Radioembolisation (selective internal radiotherapy)',
					explanation:
						'Beads containing radioactive yttrium-90 are injected via a catheter into the small arteries feeding the tumours, which are then blocked.'
				},
				{
					text: 'Transarterial chemoembolisation (TACE)',
					explanation:
						'Chemotherapy drugs are injected via a catheter into the small arteries feeding the tumours, which are then blocked.'
				},
				{
					text: 'Microwave ablation',
					explanation: 'Heat is delivered via a probe to the liver metastasis.'
				},
				{
					text: 'Irreversible electroporation',
					explanation:
						'Electrical impulses delivered via a probe create small holes in the cancer cells’ outline, resulting in their death.'
				}
			],
			stems: [
				{
					id: 'a',
					text: 'A machine produces a radiation beam that is directed at the tumour. This is the most common type of radiotherapy.',
					answer: 0,
					explanation:
						'External (external beam) radiotherapy is the most common type: a machine produces a radiation beam directed at the tumour.'
				},
				{
					id: 'b',
					text: 'A 69-year-old man has two small liver metastases. The radiation beam is delivered from many different angles around the body so that a higher dose reaches the tumours.',
					answer: 1,
					explanation:
						'Stereotactic delivery from many angles gives a higher dose to the tumour; SBRT may be used when there are 1 to 3 small liver metastases.'
				},
				{
					id: 'c',
					text: 'Under x-ray guidance, a catheter is advanced from a peripheral artery into the small arteries feeding the tumours. Beads containing yttrium-90 are injected and the vessels are blocked on the way out.',
					answer: 2,
					explanation:
						'Radioembolisation places radioactive yttrium-90 beads directly into the tumour through its feeding arteries.'
				},
				{
					id: 'd',
					text: 'Under x-ray guidance, a catheter is advanced into the small arteries feeding the tumours. Chemotherapy drugs are injected and the vessels are blocked on the way out.',
					answer: 3,
					explanation:
						'Injecting chemotherapy drugs, rather than radioactive beads, into the feeding arteries is transarterial chemoembolisation.'
				}
			],
			teachingPoint:
				'External beam and stereotactic radiotherapy use a beam from a machine; radioembolisation places yttrium-90 beads through the tumour-feeding arteries, as TACE does with chemotherapy.',
			difficulty: 'medium',
			audiences: ['doctor', 'nurse'],
			objective: 'Match each way of delivering radiotherapy to its description.',
			source: {
				passageIds: ['radiotherapy-3', 'radiotherapy-4', 'chemotherapy-5', 'ablation-2'],
				quote: 'A machine is used to produce a radiation beam which is then directed at the tumour.'
			}
		},
		{
			id: 'radiotherapy-sbrt-choice',
			type: 'single-best-answer',
			stem: 'A 71-year-old woman with breast cancer has two small liver metastases. The MDT recommends external radiotherapy and wants the highest possible dose delivered to the tumours with as few side effects as possible.',
			leadIn: 'Which approach best meets these aims?',
			options: [
				{
					text: 'Radioembolisation with yttrium-90 beads',
					correct: false,
					explanation:
						'Radioembolisation is internal radiotherapy, with beads positioned directly into the tumour; the MDT has recommended external radiotherapy.'
				},
				{
					text: 'Transarterial chemoembolisation',
					correct: false,
					explanation:
						'TACE delivers chemotherapy drugs through the tumour-feeding arteries; it is not radiotherapy.'
				},
				{
					text: 'Stereotactic body radiation therapy',
					correct: true,
					explanation:
						'Correct: stereotactic radiotherapy is a way of delivering external radiotherapy from many angles, so that a higher dose reaches the tumour with fewer side effects; it may be used when there are 1 to 3 small liver metastases.'
				},
				{
					text: 'Conventional external beam radiotherapy',
					correct: false,
					explanation:
						'Stereotactic radiotherapy, the more modern way of delivering external radiotherapy, is the one described as giving a higher dose to the tumour with fewer side effects.'
				},
				{
					text: 'High dose radiation to a hormone-producing gland',
					correct: false,
					explanation:
						'High dose radiation to destroy a gland is a form of hormone therapy; it is not aimed at the liver metastases.'
				}
			],
			teachingPoint:
				'For 1 to 3 small liver metastases, stereotactic body radiation therapy delivers external radiotherapy from many angles: a higher tumour dose with fewer side effects.',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective: 'Select stereotactic body radiation therapy for a suitable patient.',
			source: {
				passageIds: ['radiotherapy-3', 'radiotherapy-4', 'chemotherapy-5', 'hormone-therapy-2'],
				quote:
					'It involves delivering of the radiation beam from many different angles around the body.'
			}
		},
		{
			id: 'radiotherapy-sparing-normal-tissue',
			type: 'true-false',
			stem: 'Stereotactic radiotherapy and radioembolisation both aim to deliver radiation to the tumour while limiting its effects on the surrounding normal tissue.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: true,
					explanation:
						'Correct: stereotactic radiotherapy delivers a higher dose to the tumour with less effect on the normal tissues around it, and radioembolisation beads deliver radiation directly to the tumour with minimal effects on the healthy tissues around it.'
				},
				{
					text: 'False',
					correct: false,
					explanation:
						'Both are described as limiting the effect on surrounding tissue: stereotactic radiotherapy by using many beam angles, radioembolisation by placing the radiation source directly in the tumour.'
				}
			],
			teachingPoint:
				'Stereotactic radiotherapy (many beam angles) and radioembolisation (beads placed in the tumour) both concentrate radiation on the tumour and spare surrounding tissue.',
			difficulty: 'hard',
			audiences: ['doctor', 'nurse'],
			objective:
				'Compare how stereotactic radiotherapy and radioembolisation limit the effect of radiation on healthy tissue.',
			source: {
				passageIds: ['radiotherapy-3', 'radiotherapy-4'],
				quote:
					'The beads deliver the radiation directly to the tumour with minimal effects to the healthy tissues around it.'
			}
		},
		{
			id: 'radiotherapy-three-approaches-compared',
			type: 'multiple-response',
			stem: 'A patient’s MDT letter mentions external beam radiotherapy, stereotactic radiotherapy and radioembolisation as possible treatments for his liver metastases. He asks the nurse how they compare.',
			leadIn: 'Which comparisons are correct? Select all that apply.',
			options: [
				{
					text: 'External beam radiotherapy is the most common type of radiotherapy',
					correct: true,
					explanation:
						'Correct: external radiotherapy (external beam radiotherapy) is the most common type.'
				},
				{
					text: 'Stereotactic radiotherapy delivers a lower dose to the tumour than other external radiotherapy',
					correct: false,
					explanation:
						'Stereotactic delivery from many angles means that a higher dose can be delivered to the tumour.'
				},
				{
					text: 'Stereotactic radiotherapy is a more modern way of delivering external radiotherapy',
					correct: true,
					explanation:
						'Correct: stereotactic radiotherapy is a more modern way of delivering external radiotherapy.'
				},
				{
					text: 'Radioembolisation and stereotactic radiotherapy are both delivered through a catheter in the hepatic artery',
					correct: false,
					explanation:
						'Only radioembolisation uses a catheter guided to the hepatic artery; stereotactic radiotherapy is external, with a beam given from many angles around the body.'
				},
				{
					text: 'Radioembolisation delivers radiation from beads placed directly into the tumour, whereas external beam radiotherapy uses a beam produced by a machine',
					correct: true,
					explanation:
						'Correct: radioembolisation positions yttrium-90 beads directly into the tumour; external beam radiotherapy uses a machine that directs a beam at the tumour.'
				}
			],
			teachingPoint:
				'External beam radiotherapy is the most common type; stereotactic radiotherapy is a modern external technique; radioembolisation is internal, with yttrium-90 beads placed in the tumour.',
			difficulty: 'medium',
			audiences: ['nurse', 'doctor'],
			objective: 'Compare external beam, stereotactic and internal radiotherapy.',
			source: {
				passageIds: ['radiotherapy-3', 'radiotherapy-4'],
				quote: 'External radiotherapy or external beam radiotherapy: this is the most common type.'
			}
		},
		{
			id: 'radiotherapy-aims-match',
			type: 'extended-matching',
			stem: 'The aims of radiotherapy and other treatments for liver metastases',
			leadIn:
				'For each patient, choose the most appropriate aim of the radiotherapy described. Each option may be used once, more than once or not at all.',
			options: [
				{
					text: 'To shrink the tumour in order to facilitate resection',
					explanation: 'The aim of radiotherapy given before surgery.'
				},
				{
					text: 'To destroy any remaining cancer cells and prevent the cancer from coming back',
					explanation: 'The aim of radiotherapy given after surgery.'
				},
				{
					text: 'To control tumour growth and symptoms and prolong life',
					explanation:
						'The aim of palliative radiotherapy for tumours that are not possible to remove with surgery.'
				},
				{
					text: 'To destroy a gland so that it will not produce hormones',
					explanation:
						'A form of hormone therapy, in which high dose radiation is used to destroy a hormone-producing gland.'
				},
				{
					text: 'To boost the body’s natural defences to fight the cancer',
					explanation: 'The aim of immunotherapy, not of radiotherapy.'
				},
				{
					text: 'To block the formation of blood vessels needed for tumour growth',
					explanation: 'The action of angiogenesis inhibitors, a type of targeted therapy drug.'
				}
			],
			stems: [
				{
					id: 'a',
					text: 'A 57-year-old man has a colorectal liver metastasis that the liver surgeon plans to resect. The MDT recommends radiotherapy to the tumour before the operation.',
					answer: 0,
					explanation:
						'Radiotherapy may be used before surgery to shrink the tumour in order to facilitate resection.'
				},
				{
					id: 'b',
					text: 'A 63-year-old woman has just had her liver metastases removed with surgery. The MDT recommends radiotherapy afterwards.',
					answer: 1,
					explanation:
						'After surgery, radiotherapy is used to destroy any remaining cancer cells and prevent the cancer from coming back.'
				},
				{
					id: 'c',
					text: 'An 80-year-old man has liver metastases that are not possible to remove with surgery. He is offered radiotherapy to the metastases.',
					answer: 2,
					explanation:
						'For tumours that cannot be removed with surgery, radiotherapy is offered as a palliative treatment to control their growth and symptoms and prolong life.'
				}
			],
			teachingPoint:
				'Radiotherapy has three roles: before surgery (shrink to facilitate resection), after surgery (destroy remaining cells, prevent recurrence) and palliative (control growth and symptoms, prolong life).',
			difficulty: 'medium',
			audiences: ['doctor', 'nurse'],
			objective: 'Match the timing of radiotherapy in a patient’s treatment to its aim.',
			source: {
				passageIds: [
					'radiotherapy-1',
					'hormone-therapy-2',
					'immunotherapy-1',
					'targeted-therapy-1'
				],
				quote:
					'It may be used before surgery to shrink the tumour in order to facilitate resection or after surgery to destroy any remaining cancer cells'
			}
		}
	]
});
