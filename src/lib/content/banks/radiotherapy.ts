import { defineBank } from '$lib/content/types';

/*
 * Radiotherapy before or after liver surgery is possible in principle but uncommon for liver
 * metastases, whose main uses of external radiotherapy are stereotactic treatment of a few small
 * metastases and palliation; no key presents it as a routine step around resection.
 * Radioembolisation appears only as the internal alternative to external radiotherapy, and no key
 * rests on a blocking substance: the yttrium-90 microspheres lodge in the tumour's small vessels.
 */
export default defineBank({
	id: 'radiotherapy',
	title: 'Radiotherapy',
	description:
		'How radiotherapy acts on liver metastases, how it is combined with other treatments, its palliative aims, and external beam and stereotactic body radiotherapy for one to three small metastases.',
	items: [
		// ---------------------------------------------------------------- single best answer
		{
			id: 'radiotherapy-how-it-works',
			type: 'single-best-answer',
			task: 'recall',
			stem: 'Mrs Grant, 71, has been referred for radiotherapy to a liver metastasis. She has heard of chemotherapy, immunotherapy and hormone treatment, and asks the nurse at her planning visit how radiotherapy itself acts on the cancer.',
			leadIn: 'Which explanation should the nurse give?',
			options: [
				{
					kind: 'explanation to the patient',
					text: 'It boosts your immune system so that it attacks the cancer itself',
					correct: false,
					explanation: 'Boosting the body’s natural defences is how immunotherapy works.'
				},
				{
					kind: 'explanation to the patient',
					text: 'It blocks the hormones that your cancer cells need in order to grow',
					correct: false,
					explanation:
						'Altering hormones is hormone therapy; radiation can be part of it, but only when aimed at a gland that makes the hormone.'
				},
				{
					kind: 'explanation to the patient',
					text: 'It attaches to proteins on the cancer cells and blocks their signals',
					correct: false,
					explanation:
						'Attaching to receptors such as proteins and disrupting growth signals is how targeted drugs work.'
				},
				{
					kind: 'explanation to the patient',
					text: 'It cuts off the blood supply that the tumour needs in order to grow',
					correct: false,
					explanation:
						'Cutting off the tumour’s supply describes the blocking step of chemoembolisation, or angiogenesis inhibitors, not external radiotherapy.'
				},
				{
					kind: 'explanation to the patient',
					text: 'It destroys cancer cells in the area that the radiation is aimed at',
					correct: true,
					explanation:
						'Right: radiotherapy works by destroying cancer cells; external radiotherapy does so where its beam is directed.'
				}
			],
			teachingPoint:
				'Radiotherapy works by destroying cancer cells in the area treated. Setting it beside the other treatments a patient has heard of (immune, hormone, targeted, embolisation) helps her understand why it is aimed at one place.',
			difficulty: 'easy',
			audiences: ['nurse'],
			objective: 'Explain to a patient how radiotherapy acts on liver metastases.',
			source: {
				passageIds: ['radiotherapy-1'],
				quote: 'Radiotherapy works by destroying cancer cells.'
			}
		},
		{
			id: 'radiotherapy-palliative-expectation',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'Mr Shaw, 79, has colorectal liver metastases that cannot be removed. He has finished a course of palliative radiotherapy to a painful metastasis, and the pain has eased. Before his follow-up scan he asks the nurse whether the scan will show that the tumour has been destroyed.',
			leadIn: 'What is the best answer for the nurse to give?',
			options: [
				{
					kind: 'reply to the patient',
					text: 'Yes: radiotherapy destroys the tumours it targets, so the scan should be clear',
					correct: false,
					explanation:
						'Radiotherapy can shrink a tumour and only in some cases destroy it; promising a clear scan sets him up for disappointment.'
				},
				{
					kind: 'reply to the patient',
					text: 'No: radiotherapy eases pain, but it has no effect on the size of the tumour',
					correct: false,
					explanation:
						'Radiotherapy works by destroying cancer cells and can shrink a tumour; the pain relief and any shrinkage go together.'
				},
				{
					kind: 'reply to the patient',
					text: 'Not necessarily: it may have shrunk or even gone, but the aim was to control it',
					correct: true,
					explanation:
						'Right, and honest: radiotherapy can shrink a tumour and in some cases destroy it, but his treatment was palliative, given to control its growth and his symptoms.'
				},
				{
					kind: 'reply to the patient',
					text: 'Probably: now the pain has eased, the tumour is likely to have been destroyed',
					correct: false,
					explanation:
						'Easing of pain shows that the treatment is helping; it does not show that the tumour has been destroyed, and suggesting so sets him up for disappointment.'
				},
				{
					kind: 'reply to the patient',
					text: 'No: the tumour will stay the same size until chemotherapy is added to it',
					correct: false,
					explanation:
						'Radiotherapy can be combined with chemotherapy, but it shrinks tumours on its own.'
				}
			],
			teachingPoint:
				'Radiotherapy can shrink a tumour and sometimes destroy it, but palliative radiotherapy is judged by control of growth and symptoms. Honest expectations before a scan spare the patient a false high or a false low.',
			difficulty: 'hard',
			audiences: ['nurse'],
			objective: 'Set honest expectations of a scan after palliative radiotherapy.',
			source: {
				passageIds: ['radiotherapy-1'],
				quote: 'It can shrink a tumour'
			}
		},
		{
			id: 'radiotherapy-with-surgery',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 60-year-old man with colon cancer has a single 4 cm liver metastasis and no other disease. The liver surgeon can remove it, his liver is healthy and he is fit. At the MDT a medical student asks whether he should first have radiotherapy to shrink the tumour before the operation.',
			leadIn: 'What is the best reply to the student?',
			options: [
				{
					kind: 'reply',
					text: 'Yes: shrinking the tumour with radiotherapy is the usual first step before liver resection',
					correct: false,
					explanation:
						'Radiotherapy before surgery for liver metastases is uncommon; it is not a routine step.'
				},
				{
					kind: 'reply',
					text: 'No: radiotherapy and surgery are not combined in the treatment of liver metastases',
					correct: false,
					explanation:
						'Radiotherapy can be used in combination with other treatments, including surgery, and a patient may have both at different points. The reason not to delay his operation is that his tumour can be removed now.'
				},
				{
					kind: 'reply',
					text: 'Yes: radiotherapy before surgery lowers the chance of the cancer coming back',
					correct: false,
					explanation:
						'Reducing the risk of recurrence after resection is the role of adjuvant chemotherapy; radiotherapy before surgery aims to shrink a tumour to make resection possible.'
				},
				{
					kind: 'reply',
					text: 'No: his tumour can be removed now, so there is nothing to gain by shrinking it first',
					correct: true,
					explanation:
						'Right: radiotherapy may be used before surgery to shrink a tumour in order to facilitate resection. His tumour can already be removed, so shrinking it gains nothing and would delay the operation that offers the higher chance of cure; for liver metastases pre-operative radiotherapy is in any case uncommon.'
				},
				{
					kind: 'reply',
					text: 'No: radiotherapy comes after a liver resection, to destroy any cells left behind',
					correct: false,
					explanation:
						'Radiotherapy after surgery is possible in general but uncommon after liver resection; it is not a routine follow-on.'
				}
			],
			teachingPoint:
				'Radiotherapy before surgery has one purpose, to shrink a tumour so that it can be removed. For liver metastases it is uncommon before or after resection; its main uses are stereotactic treatment of one to three small metastases and palliation. A tumour that can be removed now should be.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective:
				'Judge whether radiotherapy before liver surgery serves any purpose for a resectable metastasis.',
			source: {
				passageIds: ['radiotherapy-1', 'surgery-1'],
				quote: 'It may be used before surgery to shrink the tumour in order to facilitate resection'
			}
		},
		{
			id: 'radiotherapy-combination',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'Mrs Ellis, 64, is having systemic chemotherapy for breast cancer that has spread to her liver. The MDT has now also recommended stereotactic radiotherapy to two small liver metastases. She asks the nurse whether this means her chemotherapy has failed and will be stopped.',
			leadIn: 'What should the nurse tell her?',
			options: [
				{
					kind: 'reply to the patient',
					text: 'Not necessarily: radiotherapy can be used together with treatments such as chemotherapy',
					correct: true,
					explanation:
						'Right: radiotherapy can be used in combination with other treatments, such as chemotherapy. Whether her chemotherapy continues is for her oncologist, but the new treatment is not a sign that it has failed.'
				},
				{
					kind: 'reply to the patient',
					text: 'Yes: radiotherapy takes over from chemotherapy once the chemotherapy stops working',
					correct: false,
					explanation:
						'This tells her, without evidence, that her treatment has failed. The two are often combined.'
				},
				{
					kind: 'reply to the patient',
					text: 'Yes: it is unsafe to give both of these treatments to one person in one course',
					correct: false,
					explanation:
						'Radiotherapy can be used in combination with chemotherapy; combining them is not in itself unsafe.'
				},
				{
					kind: 'reply to the patient',
					text: 'Not necessarily: the radiotherapy comes first and the chemotherapy is then restarted',
					correct: false,
					explanation:
						'This invents a sequence the nurse cannot know; how the two are timed is for her oncologist.'
				},
				{
					kind: 'reply to the patient',
					text: 'Yes: stereotactic radiotherapy is kept for cancers that no longer respond to the drugs',
					correct: false,
					explanation:
						'Stereotactic radiotherapy may be used when there are one to three small liver metastases; it is not a last resort after failed chemotherapy.'
				}
			],
			teachingPoint:
				'Radiotherapy can be combined with other treatments, such as surgery and chemotherapy. A patient offered a second treatment often reads it as failure of the first; the honest answer is that combinations are common and the oncologist will explain the timing.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective: 'Explain to a patient that radiotherapy can be combined with chemotherapy.',
			source: {
				passageIds: ['radiotherapy-1', 'radiotherapy-3'],
				quote:
					'Radiotherapy can be used in combination with other treatments, such as surgery and chemotherapy.'
			}
		},
		{
			id: 'radiotherapy-palliative-aims',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'Mr Evans, 76, has several colorectal liver metastases that cannot be removed with surgery, and one is causing him pain. He has been offered palliative radiotherapy. His daughter says to the nurse: “If it can’t cure him, what is the point of putting him through it?”',
			leadIn: 'What is the best explanation for the nurse to give?',
			options: [
				{
					kind: 'explanation to the family',
					text: 'It aims to shrink the tumours so that a surgeon can remove them',
					correct: false,
					explanation:
						'Shrinking a tumour to allow resection is a different use of radiotherapy. His tumours cannot be removed, and raising that hope would be misleading.'
				},
				{
					kind: 'explanation to the family',
					text: 'It aims to destroy any cancer cells left behind after an operation',
					correct: false,
					explanation: 'He is not having an operation; his metastases cannot be removed.'
				},
				{
					kind: 'explanation to the family',
					text: 'It aims to boost his immune system so that his body can fight the cancer',
					correct: false,
					explanation: 'Boosting the body’s natural defences is immunotherapy.'
				},
				{
					kind: 'explanation to the family',
					text: 'It aims to cure him, because radiotherapy can destroy a tumour outright',
					correct: false,
					explanation:
						'Radiotherapy can destroy some tumours, but his treatment is palliative. Promising cure would be untrue.'
				},
				{
					kind: 'explanation to the family',
					text: 'It aims to control the tumours and his pain, and may help him live longer',
					correct: true,
					explanation:
						'Right: for tumours that cannot be removed, radiotherapy is offered as palliative treatment to control their growth and symptoms and to prolong life.'
				}
			],
			teachingPoint:
				'Palliative radiotherapy has three aims: to control the growth of tumours that cannot be removed, to control their symptoms and to prolong life. Families who hear “cannot cure” as “no point” need to hear these aims plainly.',
			difficulty: 'hard',
			audiences: ['nurse'],
			objective: 'Explain the aims of palliative radiotherapy to a patient’s family.',
			source: {
				passageIds: ['radiotherapy-1'],
				quote: 'as a palliative treatment to control their growth and symptoms and prolong life'
			}
		},
		{
			id: 'radiotherapy-palliative-technique',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 74-year-old woman with breast cancer has a 9 cm liver metastasis causing constant pain under her right ribs, and metastases in her spine. She has had several lines of systemic treatment and declines more. The MDT recommends radiotherapy to control the liver metastasis and ease her pain.',
			leadIn: 'Which form of radiotherapy is most suitable for her?',
			options: [
				{
					kind: 'treatment',
					text: 'Radiotherapy to shrink it so that it can then be resected',
					correct: false,
					explanation:
						'Radiotherapy can shrink a tumour before surgery, but with spine metastases and many lines of treatment behind her, resecting the liver metastasis would not change her outlook; no operation is planned.'
				},
				{
					kind: 'treatment',
					text: 'Conventional external beam radiotherapy to the metastasis',
					correct: true,
					explanation:
						'Right: external beam radiotherapy, the most common type, directs a beam from a machine at the tumour. For a tumour that cannot be removed it is offered as palliation, to control its growth and her pain and to prolong life.'
				},
				{
					kind: 'treatment',
					text: 'Stereotactic body radiotherapy to the liver metastasis',
					correct: false,
					explanation:
						'Stereotactic body radiotherapy is used when there are one to three small liver metastases. A single 9 cm metastasis is not small, and with spread to the spine the aim here is palliation.'
				},
				{
					kind: 'treatment',
					text: 'High-dose radiation to destroy both of her ovaries',
					correct: false,
					explanation:
						'Radiation to a gland is a form of hormone therapy; it does not treat the painful metastasis, and the MDT has recommended radiotherapy to the liver.'
				},
				{
					kind: 'treatment',
					text: 'Radiotherapy to the liver after resecting the metastasis',
					correct: false,
					explanation:
						'Radiotherapy after surgery destroys cancer cells left behind; she is not having an operation.'
				}
			],
			teachingPoint:
				'For a large, painful liver metastasis in a patient with widespread disease, conventional external beam radiotherapy aimed at the tumour is the palliative choice. Stereotactic treatment is for one to three small metastases, and radiotherapy before or after surgery needs an operation that she is not having.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective:
				'Choose the form of radiotherapy for a large, painful metastasis treated with palliative intent.',
			source: {
				passageIds: ['radiotherapy-3', 'radiotherapy-1'],
				quote: 'External radiotherapy or external beam radiotherapy: this is the most common type.'
			}
		},
		{
			id: 'radiotherapy-sbrt-fewer-side-effects',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'Mr Ahmed, 69, is booked for stereotactic body radiotherapy to two small liver metastases. Years ago he had conventional radiotherapy for prostate cancer and had troublesome side effects. He asks the nurse whether this treatment will be the same, and whether this time he can expect no side effects at all.',
			leadIn: 'What is the best answer for the nurse to give?',
			options: [
				{
					kind: 'reply to the patient',
					text: 'The beams meet at the tumour from many different angles, so this time there will be no side effects',
					correct: false,
					explanation:
						'The first half is right, but the promise is not: stereotactic radiotherapy has fewer side effects, not none.'
				},
				{
					kind: 'reply to the patient',
					text: 'The dose is lower than before, which is why there should be fewer side effects',
					correct: false,
					explanation:
						'The reverse: stereotactic delivery allows a higher dose to the tumour. Fewer side effects come from sparing the normal tissue around it.'
				},
				{
					kind: 'reply to the patient',
					text: 'Beams from many angles meet at the tumour, so side effects should be fewer, but still possible',
					correct: true,
					explanation:
						'Right, and honest: the beam is given from many angles, so a higher dose reaches the tumour with less effect on the normal tissue around it and therefore fewer side effects; fewer is not none.'
				},
				{
					kind: 'reply to the patient',
					text: 'The radiation comes from beads put in the liver’s arteries, so no beam is used',
					correct: false,
					explanation:
						'Beads delivered through the arteries are radioembolisation, internal radiotherapy. Stereotactic radiotherapy is external.'
				},
				{
					kind: 'reply to the patient',
					text: 'It is the same treatment as before, so you should expect the same side effects',
					correct: false,
					explanation:
						'Stereotactic radiotherapy is a more modern way of delivering external radiotherapy, designed to spare the tissue around the tumour.'
				}
			],
			teachingPoint:
				'Stereotactic radiotherapy gives the beam from many angles: a higher dose to the tumour, less to the normal tissue around it, and therefore fewer side effects. The honest promise is “fewer”, not “none”.',
			difficulty: 'hard',
			audiences: ['nurse'],
			objective: 'Explain honestly why stereotactic radiotherapy causes fewer side effects.',
			source: {
				passageIds: ['radiotherapy-3'],
				quote:
					'This means that a higher dose can be delivered to the tumour, with less effects to the normal tissues around it and therefore fewer side effects.'
			}
		},
		{
			id: 'radiotherapy-sbrt-higher-dose',
			type: 'single-best-answer',
			task: 'recall',
			stem: 'A foundation doctor on a clinical oncology placement asks the registrar what allows stereotactic body radiotherapy to give a small liver metastasis a higher dose than conventional external beam radiotherapy can.',
			leadIn: 'What is the best explanation?',
			options: [
				{
					kind: 'explanation',
					text: 'Radioactive beads are carried into the tumour through its own arteries',
					correct: false,
					explanation:
						'That is radioembolisation (selective internal radiotherapy). Stereotactic radiotherapy is external.'
				},
				{
					kind: 'explanation',
					text: 'The beam is given from one direction in a single, larger treatment',
					correct: false,
					explanation:
						'A single direction would put the whole dose through the tissue in its path; stereotactic radiotherapy spreads the entry over many angles.'
				},
				{
					kind: 'explanation',
					text: 'The radiation is given with chemotherapy infused into the liver',
					correct: false,
					explanation:
						'Radiotherapy can be combined with chemotherapy, but that is not what makes stereotactic radiotherapy stereotactic.'
				},
				{
					kind: 'explanation',
					text: 'A drug is first given to make the tumour more sensitive to radiation',
					correct: false,
					explanation: 'The higher dose comes from the geometry of the beams, not from a drug.'
				},
				{
					kind: 'explanation',
					text: 'The beam is delivered from many different angles around the body',
					correct: true,
					explanation:
						'Right: beams from many angles overlap at the tumour, so it receives a higher dose while each path through normal tissue receives less.'
				}
			],
			teachingPoint:
				'Stereotactic radiotherapy is a modern way of giving external radiotherapy: beams from many angles converge on the tumour, giving it a higher dose with less effect on the normal tissue around it.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Explain how stereotactic radiotherapy delivers a higher dose to the tumour.',
			source: {
				passageIds: ['radiotherapy-3'],
				quote:
					'It involves delivering of the radiation beam from many different angles around the body.'
			}
		},
		{
			id: 'radiotherapy-sbrt-indication',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'The liver MDT is deciding which of five patients to refer to the clinical oncologist for stereotactic body radiotherapy. Each has colorectal liver metastases, and none is suitable for surgery.',
			leadIn: 'For which patient is stereotactic body radiotherapy most suitable?',
			options: [
				{
					kind: 'patient',
					text: 'A woman with nine metastases spread through both halves of the liver',
					correct: false,
					explanation:
						'Nine metastases are too many: stereotactic radiotherapy is used for one to three small metastases.'
				},
				{
					kind: 'patient',
					text: 'A man with a single 11 cm metastasis filling most of the right liver',
					correct: false,
					explanation:
						'One metastasis, but not a small one; stereotactic treatment is for small metastases (in practice usually up to about 5 cm).'
				},
				{
					kind: 'patient',
					text: 'A man with two liver metastases of 2 and 3 cm and no other disease',
					correct: true,
					explanation:
						'Right: stereotactic body radiation therapy may be used when there are one to three small liver metastases, and he has no disease elsewhere.'
				},
				{
					kind: 'patient',
					text: 'A woman with three liver metastases and deposits throughout both lungs',
					correct: false,
					explanation:
						'With widespread lung metastases, treating the liver alone does not address her disease; systemic treatment comes first.'
				},
				{
					kind: 'patient',
					text: 'A man with liver metastases too numerous to count on his MRI scan',
					correct: false,
					explanation:
						'Innumerable metastases are far beyond what stereotactic radiotherapy is used for.'
				}
			],
			teachingPoint:
				'Stereotactic body radiotherapy is for one to three small liver metastases, usually when surgery and ablation are not suitable. Many metastases, a large one or widespread disease elsewhere call for other treatment.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Select a patient suitable for stereotactic body radiotherapy.',
			source: {
				passageIds: ['radiotherapy-3', 'surgery-3'],
				quote:
					'Stereotactic body radiation therapy may be used when there are 1 to 3 small liver metastases.'
			}
		},
		{
			id: 'radiotherapy-sbrt-choice',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 77-year-old man with colon cancer has two liver metastases, of 3.5 and 4 cm, and no disease elsewhere. Cardiopulmonary exercise testing shows that he is very high risk for an operation. He has had chemotherapy and wants further treatment directed at his liver.',
			leadIn: 'Which treatment is most suitable to recommend?',
			options: [
				{
					kind: 'treatment',
					text: 'Resection of both liver metastases',
					correct: false,
					explanation:
						'He is very high risk for an operation, so alternatives to resection should be considered.'
				},
				{
					kind: 'treatment',
					text: 'Percutaneous microwave ablation',
					correct: false,
					explanation:
						'Ablation suits unfit patients too, but it is usually used for tumours under 3 cm; his are larger.'
				},
				{
					kind: 'treatment',
					text: 'Selective internal radiotherapy',
					correct: false,
					explanation:
						'Radioembolisation treats through the liver’s arteries and suits disease that is more extensive. For one to three small metastases, stereotactic radiotherapy concentrates a high dose on each with less effect on the tissue around them.'
				},
				{
					kind: 'treatment',
					text: 'Stereotactic body radiotherapy',
					correct: true,
					explanation:
						'Right: he has two small metastases (stereotactic treatment is used for metastases of limited size, often up to about 5 cm), is unfit for surgery, and his tumours exceed the usual size for ablation.'
				},
				{
					kind: 'treatment',
					text: 'Transarterial chemoembolisation',
					correct: false,
					explanation:
						'TACE is for disease confined to the liver, but for colorectal metastases it is not standard care and is used selectively; with two metastases a precise local treatment is better.'
				}
			],
			teachingPoint:
				'For one to three small metastases in a patient who cannot have surgery, the choice between ablation and stereotactic radiotherapy turns on size and position: ablation usually under 3 cm, stereotactic radiotherapy for metastases of limited size (often up to about 5 cm).',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective:
				'Choose stereotactic radiotherapy over ablation and arterial treatments for a suitable patient.',
			source: {
				passageIds: ['radiotherapy-3', 'ablation-1', 'surgery-6'],
				quote: 'when there are 1 to 3 small liver metastases'
			}
		},
		{
			id: 'radiotherapy-sbrt-why-not-me',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'Mrs Price, 66, has seven colorectal metastases spread through both halves of her liver. A friend from her support group, who had two small liver metastases, was treated with stereotactic radiotherapy. Mrs Price asks the nurse why she has not been offered the same precise radiotherapy.',
			leadIn: 'What is the best explanation for the nurse to give?',
			options: [
				{
					kind: 'explanation to the patient',
					text: 'It is kept for people whose chemotherapy has been tried, and yours has not',
					correct: false,
					explanation:
						'Stereotactic radiotherapy is not reserved for after chemotherapy; the number and size of metastases decide.'
				},
				{
					kind: 'explanation to the patient',
					text: 'It suits up to three small tumours; other treatments suit a larger number',
					correct: true,
					explanation:
						'Right: stereotactic body radiation therapy may be used when there are one to three small liver metastases. Seven is beyond that, and the team will have chosen treatments suited to her disease.'
				},
				{
					kind: 'explanation to the patient',
					text: 'It is used for tumours from breast cancer, and yours started in the bowel',
					correct: false,
					explanation:
						'The primary does not decide suitability for stereotactic radiotherapy; her friend’s cancer could have been from any primary.'
				},
				{
					kind: 'explanation to the patient',
					text: 'It is used for tumours in one half of the liver, and yours are in both',
					correct: false,
					explanation:
						'The number and size of the metastases decide, not whether both halves are involved.'
				},
				{
					kind: 'explanation to the patient',
					text: 'It is given to people under 65, and you are over the age for it',
					correct: false,
					explanation:
						'There is no such age limit; one of its advantages is that it suits people unfit for surgery, many of whom are older.'
				}
			],
			teachingPoint:
				'Stereotactic radiotherapy is used for one to three small liver metastases. Patients compare treatments with each other; the honest explanation points to the number and size of metastases, not to age, primary or a queue.',
			difficulty: 'hard',
			audiences: ['nurse'],
			objective:
				'Explain to a patient with many metastases why stereotactic radiotherapy is not offered.',
			source: {
				passageIds: ['radiotherapy-3', 'treatment-planning-4'],
				quote: 'may be used when there are 1 to 3 small liver metastases'
			}
		},
		{
			id: 'radiotherapy-sbrt-is-external',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'Mr Lee, 72, is to have stereotactic body radiotherapy to a small liver metastasis. His neighbour had radioactive beads put into his liver through an artery, and Mr Lee asks the nurse whether he too will need a tube put into an artery.',
			leadIn: 'What should the nurse explain to him?',
			options: [
				{
					kind: 'explanation to the patient',
					text: 'No: a machine outside your body aims radiation beams at the tumour',
					correct: true,
					explanation:
						'Right: stereotactic radiotherapy is a modern way of giving external radiotherapy, with the beam from a machine directed at the tumour from many angles.'
				},
				{
					kind: 'explanation to the patient',
					text: 'Yes: the beads are steered through an artery in the groin up into the liver',
					correct: false,
					explanation:
						'That is radioembolisation, internal radiotherapy. Stereotactic radiotherapy needs no arterial catheter.'
				},
				{
					kind: 'explanation to the patient',
					text: 'Yes: the tube is placed in the liver’s artery during a short operation',
					correct: false,
					explanation:
						'An operation to place equipment in the liver’s arterial supply is for hepatic arterial infusion of chemotherapy.'
				},
				{
					kind: 'explanation to the patient',
					text: 'No: a probe is put through the skin into the tumour to give the radiation',
					correct: false,
					explanation: 'A probe through the skin is how ablation is given.'
				},
				{
					kind: 'explanation to the patient',
					text: 'No: the radiation is given through a drip into a vein in your arm',
					correct: false,
					explanation:
						'A drip into a vein is how systemic chemotherapy is given, not radiotherapy to the liver.'
				}
			],
			teachingPoint:
				'Stereotactic radiotherapy is external: a machine aims beams at the tumour from many angles. Radioembolisation is internal, with yttrium-90 beads carried to the tumour through its arteries. Patients who know someone treated one way need to hear how theirs differs.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective: 'Explain to a patient that stereotactic radiotherapy is an external treatment.',
			source: {
				passageIds: ['radiotherapy-3', 'radiotherapy-4'],
				quote: 'Stereotactic radiotherapy is a more modern way of delivering external radiotherapy.'
			}
		},
		{
			id: 'radiotherapy-technique-unfit',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'Mrs Kowalski, 81, has two colorectal liver metastases, of 2 and 2.5 cm, and no other disease. After heart and lung tests the surgeon has judged her very high risk for an operation, and the interventional radiologist cannot reach either metastasis safely with an ablation probe. The MDT recommends radiotherapy to the liver.',
			leadIn: 'Which form of radiotherapy is most suitable for her?',
			options: [
				{
					kind: 'treatment',
					text: 'Conventional external beam radiotherapy to the whole liver',
					correct: false,
					explanation:
						'A beam to the whole liver gives a lower dose to the tumours and more to the normal liver. It has a place in palliation, but two small metastases can be treated with a stereotactic beam that aims to destroy them.'
				},
				{
					kind: 'treatment',
					text: 'Radiotherapy to shrink both before a liver resection',
					correct: false,
					explanation:
						'Radiotherapy before surgery shrinks a tumour so that it can be removed, but she is very high risk for an operation.'
				},
				{
					kind: 'treatment',
					text: 'Selective internal radiotherapy through the liver’s artery',
					correct: false,
					explanation:
						'Radioembolisation reaches the tumours through the liver’s arteries and suits more extensive disease; for two small metastases, stereotactic radiotherapy concentrates a high dose on each from outside.'
				},
				{
					kind: 'treatment',
					text: 'Radiotherapy after resection to destroy any cells left',
					correct: false,
					explanation:
						'Radiotherapy after surgery destroys cancer cells left behind, but she is not having an operation.'
				},
				{
					kind: 'treatment',
					text: 'Stereotactic body radiotherapy to both metastases',
					correct: true,
					explanation:
						'Right: stereotactic body radiation therapy may be used when there are one to three small liver metastases. Beams from many angles give a higher dose to each tumour with less effect on the liver around it, so it can aim to destroy them without an operation.'
				}
			],
			teachingPoint:
				'When an operation is too dangerous and ablation is not suitable, one to three small metastases can still be treated with the aim of destroying them: stereotactic body radiotherapy concentrates a high dose on each from many angles. Radiotherapy planned around surgery needs an operation, and whole-liver or arterial radiation suits other patients.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective:
				'Choose among the forms of radiotherapy for a patient unfit for surgery with two small metastases.',
			source: {
				passageIds: ['radiotherapy-3', 'surgery-6'],
				quote: 'This means that a higher dose can be delivered to the tumour'
			}
		},
		{
			id: 'radiotherapy-sbrt-intent',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 79-year-old woman, unfit for surgery, has a single 2 cm colorectal liver metastasis and no other disease, and is booked for stereotactic body radiotherapy. Writing the clinic letter, the registrar describes the treatment as palliative, because only an operation can make a liver metastasis go away.',
			leadIn: 'What is the best advice to give the registrar?',
			options: [
				{
					kind: 'advice',
					text: 'Palliative is right, because radiotherapy can shrink a liver metastasis but not destroy it',
					correct: false,
					explanation:
						'Radiotherapy can in some cases destroy a tumour completely; calling this treatment palliative understates what it can do.'
				},
				{
					kind: 'advice',
					text: 'Palliative is right, because her age and fitness mean that the aim should be comfort',
					correct: false,
					explanation:
						'Being unfit for surgery is the reason for choosing stereotactic treatment, not a reason to lower its aim.'
				},
				{
					kind: 'advice',
					text: 'It can destroy a small metastasis completely, so its aim goes beyond palliation',
					correct: true,
					explanation:
						'Right: radiotherapy can shrink a tumour and in some cases completely destroy it, and a single small metastasis is where stereotactic treatment does so most often. Her letter should describe an aim of destroying the metastasis, not only easing symptoms.'
				},
				{
					kind: 'advice',
					text: 'The letter should call it adjuvant, because it follows a decision against surgery',
					correct: false,
					explanation:
						'Adjuvant treatment follows surgery that has removed the cancer; she has had no operation.'
				},
				{
					kind: 'advice',
					text: 'The letter should call it neoadjuvant, because it may shrink the tumour before surgery',
					correct: false,
					explanation: 'She is unfit for surgery, so the treatment is not a step towards resection.'
				}
			],
			teachingPoint:
				'The statement that most metastases do not go away without surgery understates stereotactic radiotherapy and ablation, which often destroy small metastases completely. A letter that calls such treatment palliative misinforms the patient and her GP about its aim.',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective: 'State the aim of stereotactic radiotherapy for a single small metastasis.',
			source: {
				passageIds: ['radiotherapy-1', 'radiotherapy-3', 'treatment-planning-10'],
				quote: 'in some cases even completely destroy it'
			}
		},
		// ---------------------------------------------------------------- multiple response
		{
			id: 'radiotherapy-three-approaches-compared',
			type: 'multiple-response',
			task: 'recall',
			stem: 'A patient’s MDT letter lists external beam radiotherapy, stereotactic body radiotherapy and selective internal radiotherapy among the options discussed for his liver metastases. A foundation doctor is asked to explain how they differ.',
			leadIn: 'Which of these statements are correct? Select all that apply.',
			options: [
				{
					kind: 'statement',
					text: 'In external radiotherapy, a machine produces a beam that is aimed at the tumour',
					correct: true,
					explanation:
						'Right: external beam radiotherapy uses a machine to produce a radiation beam directed at the tumour.'
				},
				{
					kind: 'statement',
					text: 'Stereotactic radiotherapy gives the tumour a lower dose than conventional radiotherapy',
					correct: false,
					explanation: 'The reverse: delivery from many angles allows a higher dose to the tumour.'
				},
				{
					kind: 'statement',
					text: 'Stereotactic radiotherapy is a way of giving external beam radiotherapy',
					correct: true,
					explanation:
						'Right: it is a more modern way of delivering external radiotherapy, from many angles.'
				},
				{
					kind: 'statement',
					text: 'Stereotactic radiotherapy is delivered through a catheter in the hepatic artery',
					correct: false,
					explanation:
						'A catheter in the hepatic artery carries radioembolisation beads; stereotactic radiotherapy is external.'
				},
				{
					kind: 'statement',
					text: 'Selective internal radiotherapy carries radioactive beads to the tumour in its arteries',
					correct: true,
					explanation:
						'Right: beads containing yttrium-90 are injected through a catheter into the arteries that feed the tumours, usually a lobar or segmental branch, and lodge in the tumour’s small vessels; they act mainly by their radiation.'
				},
				{
					kind: 'statement',
					text: 'Selective internal radiotherapy is aimed at the liver from many angles outside the body',
					correct: false,
					explanation:
						'Beams from many angles outside the body describe stereotactic radiotherapy; selective internal radiotherapy works from inside.'
				}
			],
			teachingPoint:
				'External beam radiotherapy uses a machine; stereotactic radiotherapy is a modern external technique giving the beam from many angles; selective internal radiotherapy (radioembolisation) carries yttrium-90 beads to the tumour through its arteries.',
			difficulty: 'medium',
			audiences: ['doctor', 'nurse'],
			objective: 'Compare external beam, stereotactic and internal radiotherapy.',
			source: {
				passageIds: ['radiotherapy-3', 'radiotherapy-4'],
				quote: 'A machine is used to produce a radiation beam'
			}
		},
		{
			id: 'radiotherapy-combined-treatments-mr',
			type: 'multiple-response',
			task: 'recall',
			stem: 'A clinical oncology registrar is teaching foundation doctors how radiotherapy fits with other treatments for cancer in general, and how often each use arises in patients with liver metastases.',
			leadIn: 'Which of these statements are correct? Select all that apply.',
			options: [
				{
					kind: 'statement',
					text: 'Radiotherapy can be given in combination with chemotherapy',
					correct: true,
					explanation:
						'Right: radiotherapy can be used in combination with other treatments, such as chemotherapy.'
				},
				{
					kind: 'statement',
					text: 'Radiotherapy can be given before surgery to shrink a tumour for resection',
					correct: true,
					explanation:
						'Right in general: it may be used before surgery to shrink a tumour in order to facilitate resection, although for liver metastases this is uncommon.'
				},
				{
					kind: 'statement',
					text: 'For liver metastases, radiotherapy is a routine step before resection',
					correct: false,
					explanation:
						'Radiotherapy before or after liver surgery is uncommon for liver metastases; its main uses are stereotactic treatment of a few small metastases and palliation.'
				},
				{
					kind: 'statement',
					text: 'Radiotherapy can be given after surgery to destroy remaining cancer cells',
					correct: true,
					explanation:
						'Right in general: after surgery it can destroy remaining cancer cells and help prevent the cancer from coming back, though this too is uncommon after liver resection.'
				},
				{
					kind: 'statement',
					text: 'Radiotherapy is given in place of chemotherapy once surgery is ruled out',
					correct: false,
					explanation:
						'Radiotherapy can be offered for tumours that cannot be removed, but alongside or instead of chemotherapy as the case requires; it does not replace chemotherapy by rule.'
				}
			],
			teachingPoint:
				'Radiotherapy can be combined with chemotherapy and, in general, with surgery (before it to shrink a tumour, after it to destroy remaining cells). For liver metastases the surgical combinations are uncommon; stereotactic treatment of a few small metastases and palliation are its main uses.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective:
				'Describe how radiotherapy is combined with other treatments, and which combinations are uncommon for liver metastases.',
			source: {
				passageIds: ['radiotherapy-1'],
				quote:
					'or after surgery to destroy any remaining cancer cells and prevent the cancer from coming back'
			}
		},
		// ---------------------------------------------------------------- true or false
		{
			id: 'radiotherapy-complete-destruction',
			type: 'true-false',
			task: 'recall',
			stem: 'Radiotherapy to a liver metastasis can shrink the tumour, and in some cases it destroys the tumour completely.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: true,
					explanation:
						'Right: radiotherapy can shrink a tumour and in some cases even completely destroy it; stereotactic treatment of a few small metastases often does.'
				},
				{
					text: 'False',
					correct: false,
					explanation:
						'Radiotherapy can shrink a tumour and in some cases destroy it completely. It is not only surgery that can clear a metastasis.'
				}
			],
			teachingPoint:
				'Radiotherapy can destroy a tumour completely in some cases, as stereotactic treatment of small metastases often does. The general statement that metastases rarely go away without surgery understates radiotherapy and ablation.',
			difficulty: 'medium',
			audiences: ['doctor', 'nurse'],
			objective: 'State what radiotherapy can achieve against a liver tumour.',
			source: {
				passageIds: ['radiotherapy-1', 'treatment-planning-10'],
				quote: 'It can shrink a tumour and in some cases even completely destroy it.'
			}
		},
		{
			id: 'radiotherapy-most-common-type',
			type: 'true-false',
			task: 'recall',
			stem: 'External beam radiotherapy, in which a machine directs a radiation beam at the tumour, is the most common type of radiotherapy.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: true,
					explanation:
						'Right: external radiotherapy (external beam radiotherapy) is the most common type; stereotactic radiotherapy is a modern way of delivering it.'
				},
				{
					text: 'False',
					correct: false,
					explanation:
						'External beam radiotherapy is the most common type; radioembolisation, the internal method, is used far less often.'
				}
			],
			teachingPoint:
				'External beam radiotherapy is the most common type of radiotherapy; stereotactic radiotherapy is a modern form of it, and radioembolisation is the internal alternative.',
			difficulty: 'easy',
			audiences: ['nurse', 'doctor'],
			objective: 'Identify the most common type of radiotherapy.',
			source: {
				passageIds: ['radiotherapy-3'],
				quote: 'External radiotherapy or external beam radiotherapy: this is the most common type.'
			}
		},
		// ---------------------------------------------------------------- extended matching
		{
			id: 'radiotherapy-aims-match',
			type: 'extended-matching',
			task: 'decision',
			stem: 'The aims of radiation treatment for patients with liver metastases',
			leadIn:
				'For each patient, choose the main aim of the planned radiation treatment that you should explain to them. Each option may be used once, more than once or not at all.',
			options: [
				{
					kind: 'aim of treatment',
					text: 'To shrink a tumour so that it can then be removed',
					explanation:
						'Radiotherapy before surgery to facilitate resection: uncommon for liver metastases, but the aim when the plan is to operate once the tumour has shrunk.'
				},
				{
					kind: 'aim of treatment',
					text: 'To destroy cancer cells left behind after an operation',
					explanation:
						'Radiotherapy after surgery; possible in general, but uncommon after liver resection.'
				},
				{
					kind: 'aim of treatment',
					text: 'To control tumour growth and symptoms and prolong life',
					explanation:
						'Palliative radiotherapy for tumours that are not possible to remove with surgery.'
				},
				{
					kind: 'aim of treatment',
					text: 'To destroy a small tumour with a high, closely aimed dose',
					explanation:
						'Stereotactic body radiotherapy for one to three small metastases: a higher dose to the tumour with less effect on the tissue around it.'
				},
				{
					kind: 'aim of treatment',
					text: 'To stop a gland from making a hormone the cancer needs',
					explanation:
						'Hormone therapy: high-dose radiation can destroy a gland so that it will not produce hormones.'
				},
				{
					kind: 'aim of treatment',
					text: 'To lower the risk of the cancer returning after surgery',
					explanation:
						'Radiotherapy after surgery can help prevent the cancer from coming back, but after liver resection it is uncommon; the risk of return is usually lowered with adjuvant chemotherapy. None of these patients has had an operation.'
				},
				{
					kind: 'aim of treatment',
					text: 'To deprive a tumour of oxygen by blocking its arteries',
					explanation:
						'The blocking step of chemoembolisation; radioembolisation acts mainly through its radiation, and external radiotherapy blocks nothing.'
				},
				{
					kind: 'aim of treatment',
					text: 'To boost the immune system’s attack on the tumour',
					explanation: 'The aim of immunotherapy.'
				}
			],
			stems: [
				{
					id: 'a',
					text: 'A 56-year-old woman has a single large liver metastasis that the surgeon cannot yet remove safely. The team plans a course of radiotherapy first, hoping that resection will then become possible.',
					answer: 0,
					explanation:
						'Radiotherapy before surgery aims to shrink the tumour so that it can be resected. This is uncommon for liver metastases, but it is the aim of her plan; her tumour is not being treated as one that can never be removed.'
				},
				{
					id: 'b',
					text: 'A 70-year-old woman, unfit for surgery, has a single 2 cm liver metastasis from bowel cancer and is booked for stereotactic body radiotherapy.',
					answer: 3,
					explanation:
						'Stereotactic radiotherapy for a single small metastasis aims to destroy it, with a higher dose to the tumour and less to the tissue around it.'
				},
				{
					id: 'c',
					text: 'A 43-year-old woman whose breast cancer needs oestrogen to grow has liver metastases, and is booked for radiotherapy to her ovaries.',
					answer: 4,
					explanation:
						'Radiation to the ovaries is hormone therapy: high-dose radiation destroys the gland so that it will not produce the hormone her cancer needs.'
				}
			],
			teachingPoint:
				'Radiation serves different aims: shrinking a tumour so that it can be removed, destroying one to three small metastases by stereotactic treatment, and, aimed at a gland, hormone therapy; tumours that will not be removed are treated to control them. Naming the aim correctly tells the patient what to expect.',
			difficulty: 'medium',
			audiences: ['doctor', 'nurse'],
			objective: 'Match the radiation treatment a patient is having to its aim.',
			source: {
				passageIds: ['radiotherapy-1', 'radiotherapy-3', 'hormone-therapy-2'],
				quote: 'It may be used before surgery to shrink the tumour'
			}
		},
		// ---------------------------------------------------------------- short answer
		{
			id: 'radiotherapy-sbrt-number-recall',
			type: 'short-answer',
			task: 'recall',
			stem: 'A 66-year-old woman has small liver metastases from breast cancer. Surgery and ablation are not suitable, and the MDT considers stereotactic body radiation therapy (SBRT).',
			leadIn: 'Up to how many small liver metastases may SBRT be used for?',
			options: [],
			shortAnswer: {
				accepted: [
					'3',
					'1 to 3',
					'up to 3',
					'3 metastases',
					'1 to 3 metastases',
					'up to 3 metastases',
					'3 or fewer',
					'3 or less',
					'no more than 3'
				],
				explanation:
					'Stereotactic body radiation therapy may be used when there are 1 to 3 small liver metastases. Each deposit is aimed at separately with a high dose, so it suits a few small ones; more widespread disease in the liver needs a treatment that reaches all of it.'
			},
			teachingPoint:
				'SBRT gives a high dose in a few sessions with precise image guidance and control of breathing movement, so it is kept for a few small metastases (often up to about 5 cm) when surgery and ablation are not suitable.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Recall how many liver metastases stereotactic radiotherapy suits.',
			source: {
				passageIds: ['radiotherapy-3'],
				quote:
					'Stereotactic body radiation therapy may be used when there are 1 to 3 small liver metastases.'
			}
		}
	]
});
