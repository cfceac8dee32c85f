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
			leadIn:
				'Which heat-based ablation method does the document describe as having superior results and now being more commonly used?',
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
						'Radiotherapy is not one of the means the document lists for ablation, which destroys metastases with heat, chemicals or electrical signals.'
				}
			],
			teachingPoint:
				'Microwave ablation, which delivers heat through a probe, has shown superior results to RFA and has largely replaced it.',
			difficulty: 'easy',
			audiences: ['doctor', 'nurse'],
			objective: 'Compare radiofrequency and microwave ablation.',
			source: {
				passageIds: ['ablation-2', 'ablation-1'],
				quote:
					'microwave ablation (which also delivers heat via a probe to the liver metastasis) has been shown to have superior results to RFA and this is now more commonly used'
			}
		},
		{
			id: 'ablation-ire-mechanism',
			type: 'single-best-answer',
			stem: 'A patient with liver metastases has been told that the MDT recommends irreversible electroporation (IRE). She asks the nurse how this treatment kills the cancer cells.',
			leadIn: 'Which explanation matches the document?',
			options: [
				{
					text: 'Heat delivered through a probe destroys the tumour',
					correct: false,
					explanation:
						'Heat through a probe describes radiofrequency and microwave ablation; IRE uses electrical impulses.'
				},
				{
					text: 'Chemicals injected into the tumour destroy it',
					correct: false,
					explanation:
						'Ablation can use chemicals, but the document describes IRE as using electrical impulses.'
				},
				{
					text: 'Electrical impulses create small holes in the outline of the cancer cells, resulting in their death',
					correct: true,
					explanation:
						'Correct: IRE utilises electrical impulses that create small holes in the cancer cells outline, resulting in their death.'
				},
				{
					text: 'Radioactive beads placed in the tumour deliver radiation to it',
					correct: false,
					explanation:
						'IRE is an ablation method; the document describes it as working through electrical impulses, not radiation.'
				},
				{
					text: 'Blocking the vessels that feed the tumour starves it of oxygen',
					correct: false,
					explanation:
						'The document does not describe IRE as blocking blood vessels; it kills cells by making small holes in their outline with electrical impulses.'
				}
			],
			teachingPoint:
				'IRE is a modern ablation method: electrical impulses make small holes in the cancer cell outline and the cells die.',
			difficulty: 'easy',
			audiences: ['nurse'],
			objective: 'Explain to a patient how irreversible electroporation destroys cancer cells.',
			source: {
				passageIds: ['ablation-2'],
				quote:
					'Irreversible electroporation (IRE) is another modern ablation method that utilises electrical impulses that create small holes in the cancer cells outline, resulting in their death'
			}
		},
		{
			id: 'ablation-percutaneous-sedation',
			type: 'single-best-answer',
			stem: 'A 70-year-old woman with a single 2 cm colorectal liver metastasis is listed for percutaneous ablation. The foundation doctor consenting her is asked how the procedure will be done.',
			leadIn: 'Which description of percutaneous ablation is given in the document?',
			options: [
				{
					text: 'Under general anaesthetic, through an open incision',
					correct: false,
					explanation:
						'An open procedure under general anaesthetic is ablation performed during an operation, not percutaneous ablation.'
				},
				{
					text: 'Under general anaesthetic, as a laparoscopic (keyhole) procedure',
					correct: false,
					explanation:
						'Laparoscopic ablation under general anaesthetic is the operative route; percutaneous ablation is done under sedation through the skin.'
				},
				{
					text: 'Under sedation, through a laparoscopic (keyhole) incision',
					correct: false,
					explanation:
						'The document places laparoscopic ablation within an operation under general anaesthetic; percutaneous ablation goes through the skin.'
				},
				{
					text: 'Under sedation, through the skin, with ultrasound or x-ray guidance',
					correct: true,
					explanation:
						'Correct: ablation performed under sedation through the skin under ultrasound or x-ray guidance is called percutaneous ablation.'
				},
				{
					text: 'Under general anaesthetic, through the skin, with no imaging guidance',
					correct: false,
					explanation:
						'Percutaneous ablation is described as done under sedation and under ultrasound or x-ray guidance.'
				}
			],
			teachingPoint:
				'Percutaneous ablation is done under sedation, through the skin, guided by ultrasound or x-ray; operative ablation needs a general anaesthetic.',
			difficulty: 'easy',
			audiences: ['doctor', 'nurse'],
			objective: 'Describe how percutaneous ablation is performed.',
			source: {
				passageIds: ['ablation-1'],
				quote:
					'It may be performed under sedation through the skin under ultrasound or x-ray guidance and then it is called percutaneous ablation'
			}
		},
		{
			id: 'ablation-size-limit',
			type: 'single-best-answer',
			stem: 'A 66-year-old man with colorectal liver metastases is discussed at the MDT. The radiologist is asked whether his metastases are small enough for ablation.',
			leadIn: 'According to the document, ablation is usually used in tumours up to what diameter?',
			options: [
				{
					text: 'Less than 1 cm',
					correct: false,
					explanation:
						'Too strict: the document says ablation is usually used in tumours less than 3 cm in diameter.'
				},
				{
					text: 'Less than 3 cm',
					correct: true,
					explanation:
						'Correct: ablation is usually used in small tumours, usually less than 3 cm in diameter.'
				},
				{
					text: 'Less than 5 cm',
					correct: false,
					explanation: 'The document gives less than 3 cm as the usual size, not 5 cm.'
				},
				{
					text: 'Less than 7 cm',
					correct: false,
					explanation: 'The document gives less than 3 cm as the usual size, not 7 cm.'
				},
				{
					text: 'Less than 10 cm',
					correct: false,
					explanation: 'The document gives less than 3 cm as the usual size, not 10 cm.'
				}
			],
			teachingPoint:
				'Ablation is usually used for small tumours, usually less than 3 cm in diameter.',
			difficulty: 'easy',
			audiences: ['doctor', 'nurse'],
			objective: 'State the usual size of tumour treated with ablation.',
			source: {
				passageIds: ['ablation-1'],
				quote: 'Ablation is usually used in small tumours (usually less than 3 cm in diameter)'
			}
		},
		{
			id: 'ablation-unwilling-patient',
			type: 'single-best-answer',
			stem: 'A 77-year-old woman has a single 2 cm colorectal liver metastasis. The liver surgeon has said it could be removed, but she does not want an operation. She asks the nurse why ablation is now being discussed.',
			leadIn: 'Which explanation is most accurate according to the document?',
			options: [
				{
					text: 'Ablation is used only for tumours larger than 3 cm',
					correct: false,
					explanation:
						'The reverse: ablation is usually used in small tumours, usually less than 3 cm in diameter.'
				},
				{
					text: 'Ablation is used only together with surgical resection',
					correct: false,
					explanation:
						'Ablation can sometimes be combined with resection, but it is also used in patients who are not fit or willing to have an operation.'
				},
				{
					text: 'Ablation always has to be done during an open operation',
					correct: false,
					explanation:
						'Ablation may be done under sedation through the skin (percutaneous), or during an open or keyhole operation.'
				},
				{
					text: 'Ablation works by blocking the blood supply to the tumour',
					correct: false,
					explanation:
						'Ablation destroys liver metastases with heat, chemicals or electrical signals.'
				},
				{
					text: 'Ablation is used in patients who are not fit or not willing to have an operation',
					correct: true,
					explanation:
						'Correct: ablation is used in small tumours that cannot be removed with surgery or in patients who are not fit or willing to have an operation.'
				}
			],
			teachingPoint:
				'Ablation is an option when a small tumour cannot be removed surgically, or when the patient is not fit or not willing to have an operation.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective: 'Explain to a patient who declines surgery why ablation may be offered.',
			source: {
				passageIds: ['ablation-1'],
				quote: 'in patients that are not fit or willing to have an operation'
			}
		},
		{
			id: 'ablation-ire-nearby-structures',
			type: 'single-best-answer',
			stem: 'A 59-year-old woman with breast cancer has a single small liver metastasis lying close to crucial liver structures such as vessels and bile ducts. The MDT wants an ablation method that spares the normal tissue around the tumour as far as possible.',
			leadIn:
				'Which method does the document describe as less disruptive to normal tissues and structures located near the tumour?',
			options: [
				{
					text: 'Irreversible electroporation',
					correct: true,
					explanation:
						'Correct: IRE has the additional benefit of being less disruptive to normal tissues and structures located near the tumour.'
				},
				{
					text: 'Microwave ablation',
					correct: false,
					explanation:
						'Microwave ablation is described as superior to RFA; the benefit of sparing nearby normal tissues and structures is attributed to IRE.'
				},
				{
					text: 'Radiofrequency ablation',
					correct: false,
					explanation:
						'RFA was the main type of ablation in the past and uses heat; the document names IRE as the less disruptive method.'
				},
				{
					text: 'Chemical ablation',
					correct: false,
					explanation:
						'Ablation can use chemicals, but the document attributes the benefit of sparing nearby structures to IRE.'
				},
				{
					text: 'Major liver resection',
					correct: false,
					explanation:
						'A major resection is a surgical option; the benefit of being less disruptive to nearby normal tissues is described for IRE.'
				}
			],
			teachingPoint:
				'IRE, delivered via a probe under imaging guidance, is less disruptive to normal tissues and structures near the tumour.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective:
				'Identify the ablation method described as sparing normal tissues near the tumour.',
			source: {
				passageIds: ['ablation-2', 'surgery-4'],
				quote:
					'has the additional benefit of being less disruptive to normal tissues and structures that are located near the tumour'
			}
		},
		{
			id: 'ablation-typical-candidate',
			type: 'single-best-answer',
			stem: 'The MDT is reviewing five patients with colorectal liver metastases.',
			leadIn:
				"Which patient best fits the document's description of who ablation is usually used for?",
			options: [
				{
					text: 'A fit 48-year-old with a single 6 cm metastasis that can be removed, who wants an operation',
					correct: false,
					explanation:
						'The tumour is larger than the usual 3 cm, it can be removed and the patient is fit and willing to have an operation.'
				},
				{
					text: 'A 66-year-old with a single 5 cm metastasis that cannot be removed with surgery',
					correct: false,
					explanation:
						'Although unresectable, the tumour is larger than the usual size for ablation (usually less than 3 cm in diameter).'
				},
				{
					text: 'An 82-year-old who is not fit for an operation, with a single 2 cm metastasis',
					correct: true,
					explanation:
						"Correct: a small tumour (under 3 cm) in a patient not fit to have an operation fits the document's description."
				},
				{
					text: 'A 55-year-old who is not fit for an operation, with a single 9 cm metastasis',
					correct: false,
					explanation:
						'The patient is unfit, but a 9 cm tumour is far above the usual size for ablation (usually less than 3 cm).'
				},
				{
					text: 'A fit 60-year-old with a single 1.5 cm metastasis that can be removed, who wants an operation',
					correct: false,
					explanation:
						'The tumour is small, but it can be removed and the patient is fit and willing to have an operation, so this is not the situation the document describes.'
				}
			],
			teachingPoint:
				'Ablation is usually for small tumours (usually under 3 cm) that cannot be removed with surgery, or for patients not fit or willing to have an operation.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: "Select a patient for whom ablation fits the document's usual indications.",
			source: {
				passageIds: ['ablation-1'],
				quote:
					'Ablation is usually used in small tumours (usually less than 3 cm in diameter) that cannot be removed with surgery or in patients that are not fit or willing to have an operation'
			}
		},
		{
			id: 'ablation-mwa-vs-ire',
			type: 'single-best-answer',
			stem: 'A 61-year-old man with a single small colorectal liver metastasis is suitable for ablation. The registrar asks the foundation doctor to compare microwave ablation with irreversible electroporation (IRE).',
			leadIn: 'Which statement correctly contrasts the two methods?',
			options: [
				{
					text: 'Microwave ablation uses electrical impulses, whereas IRE uses heat',
					correct: false,
					explanation:
						'The reverse: microwave ablation delivers heat via a probe and IRE uses electrical impulses.'
				},
				{
					text: 'Both use heat, but IRE is the older of the two',
					correct: false,
					explanation:
						'IRE is described as a modern method that uses electrical impulses, not heat; RFA was the main type of ablation in the past.'
				},
				{
					text: 'Microwave ablation is described as less disruptive to nearby structures than IRE',
					correct: false,
					explanation:
						'The benefit of being less disruptive to normal tissues and structures near the tumour is attributed to IRE.'
				},
				{
					text: 'Microwave ablation is given through a probe, whereas IRE needs no probe',
					correct: false,
					explanation: 'IRE is also delivered via a probe under imaging guidance.'
				},
				{
					text: 'Microwave ablation destroys the tumour with heat, whereas IRE uses electrical impulses that make small holes in the cancer cell outline',
					correct: true,
					explanation:
						'Correct: microwave ablation delivers heat via a probe; IRE uses electrical impulses that create small holes in the cancer cells outline.'
				}
			],
			teachingPoint:
				'Microwave ablation and RFA destroy tumours with heat; IRE uses electrical impulses that make small holes in the cancer cell outline.',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective: 'Contrast the mechanisms of microwave ablation and irreversible electroporation.',
			source: {
				passageIds: ['ablation-2'],
				quote: 'utilises electrical impulses that create small holes in the cancer cells outline'
			}
		},
		{
			id: 'ablation-shared-probe',
			type: 'single-best-answer',
			stem: 'During teaching on ablation, a junior doctor is asked what radiofrequency ablation (RFA), microwave ablation and irreversible electroporation (IRE) have in common.',
			leadIn: 'Which feature does the document describe for all three methods?',
			options: [
				{
					text: 'Each uses heat to destroy the tumour',
					correct: false,
					explanation: 'RFA and microwave ablation use heat, but IRE uses electrical impulses.'
				},
				{
					text: 'Each is delivered via a probe',
					correct: true,
					explanation:
						'Correct: in RFA a probe is inserted in the metastasis, microwave ablation delivers heat via a probe, and IRE is also delivered via a probe.'
				},
				{
					text: 'Each is less disruptive to normal tissues near the tumour',
					correct: false,
					explanation: 'This is described as an additional benefit of IRE only.'
				},
				{
					text: 'Each has been shown to have superior results to RFA',
					correct: false,
					explanation:
						'Microwave ablation is described as superior to RFA; RFA cannot be superior to itself.'
				},
				{
					text: 'Each needs a general anaesthetic and an open operation',
					correct: false,
					explanation:
						'Ablation may be performed percutaneously under sedation, or during an open or keyhole operation.'
				}
			],
			teachingPoint:
				'RFA, microwave ablation and IRE are all delivered through a probe; they differ in using heat (RFA, microwave) or electrical impulses (IRE).',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective: 'Identify the feature shared by RFA, microwave ablation and IRE.',
			source: {
				passageIds: ['ablation-2', 'ablation-1'],
				quote: 'IRE is also delivered via a probe under imaging guidance'
			}
		},
		{
			id: 'ablation-mr-agents',
			type: 'multiple-response',
			stem: 'A patient with liver metastases asks the nurse what ablation uses to destroy the tumours.',
			leadIn:
				'According to the document, with which of the following can ablation destroy liver metastases? Select all that apply.',
			options: [
				{
					text: 'Heat',
					correct: true,
					explanation:
						'Correct: ablation destroys liver metastases with heat, chemicals or electrical signals.'
				},
				{
					text: 'Radioactive beads',
					correct: false,
					explanation:
						'Radioactive beads are not one of the three means the document lists for ablation (heat, chemicals or electrical signals).'
				},
				{
					text: 'Chemicals',
					correct: true,
					explanation: 'Correct: chemicals are one of the three means listed.'
				},
				{
					text: 'Electrical signals',
					correct: true,
					explanation: 'Correct: electrical signals are one of the three means listed.'
				},
				{
					text: 'Blocking the tumour feeding vessels',
					correct: false,
					explanation:
						'Blocking blood vessels is not one of the three means the document lists for ablation.'
				},
				{
					text: 'A radiation beam from an external machine',
					correct: false,
					explanation:
						'Radiation is not one of the three means the document lists for ablation (heat, chemicals or electrical signals).'
				}
			],
			teachingPoint:
				'Ablation destroys liver metastases with heat, chemicals or electrical signals.',
			difficulty: 'easy',
			audiences: ['nurse', 'doctor'],
			objective: 'List the means by which ablation destroys liver metastases.',
			source: {
				passageIds: ['ablation-1'],
				quote:
					'Ablation is the procedure that destroys liver metastases with heat, chemicals or electrical signals'
			}
		},
		{
			id: 'ablation-mr-percutaneous',
			type: 'multiple-response',
			stem: 'A nurse is preparing a patient for percutaneous ablation of a liver metastasis.',
			leadIn:
				'Which features describe percutaneous ablation as set out in the document? Select all that apply.',
			options: [
				{
					text: 'It is performed through the skin',
					correct: true,
					explanation: 'Correct: percutaneous ablation is performed through the skin.'
				},
				{
					text: 'It is performed under general anaesthetic',
					correct: false,
					explanation:
						'General anaesthetic is described for ablation performed during an operation; percutaneous ablation may be done under sedation.'
				},
				{
					text: 'It may be performed under sedation',
					correct: true,
					explanation: 'Correct: percutaneous ablation may be performed under sedation.'
				},
				{
					text: 'It is guided by ultrasound or x-ray',
					correct: true,
					explanation: 'Correct: it is performed under ultrasound or x-ray guidance.'
				},
				{
					text: 'It is performed as an open procedure',
					correct: false,
					explanation:
						'Open ablation is performed during an operation under general anaesthetic, not percutaneously.'
				},
				{
					text: 'It is performed as a laparoscopic (keyhole) procedure',
					correct: false,
					explanation:
						'Laparoscopic ablation is performed during an operation under general anaesthetic, not percutaneously.'
				}
			],
			teachingPoint:
				'Percutaneous ablation: sedation, through the skin, ultrasound or x-ray guidance. Open or keyhole ablation is done during an operation under general anaesthetic.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective: 'Describe percutaneous ablation to prepare a patient for the procedure.',
			source: {
				passageIds: ['ablation-1'],
				quote:
					'It may be performed under sedation through the skin under ultrasound or x-ray guidance and then it is called percutaneous ablation'
			}
		},
		{
			id: 'ablation-mr-indications',
			type: 'multiple-response',
			stem: 'At the MDT, the team discusses when ablation is used for liver metastases.',
			leadIn:
				'Which situations does the document describe as uses of ablation? Select all that apply.',
			options: [
				{
					text: 'A small tumour that cannot be removed with surgery',
					correct: true,
					explanation:
						'Correct: ablation is usually used in small tumours that cannot be removed with surgery.'
				},
				{
					text: 'A patient who is not fit to have an operation',
					correct: true,
					explanation: 'Correct: ablation is used in patients who are not fit to have an operation.'
				},
				{
					text: 'A large tumour (well over 3 cm) that can be removed, in a fit patient who wants an operation',
					correct: false,
					explanation:
						'Ablation is usually used in small tumours (usually under 3 cm) that cannot be removed, or when the patient is not fit or willing to have an operation.'
				},
				{
					text: 'A patient who is not willing to have an operation',
					correct: true,
					explanation:
						'Correct: ablation is used in patients who are not willing to have an operation.'
				},
				{
					text: 'Together with surgical resection, to treat as many liver metastases as possible',
					correct: true,
					explanation:
						'Correct: ablation can sometimes be combined with surgical resection to treat effectively as many liver metastases as possible.'
				}
			],
			teachingPoint:
				'Ablation is used for small unresectable tumours, for patients not fit or willing to have an operation, and sometimes together with resection.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Identify the situations in which ablation is used for liver metastases.',
			source: {
				passageIds: ['ablation-1'],
				quote:
					'Ablation is usually used in small tumours (usually less than 3 cm in diameter) that cannot be removed with surgery or in patients that are not fit or willing to have an operation'
			}
		},
		{
			id: 'ablation-mr-ire-features',
			type: 'multiple-response',
			stem: 'A 63-year-old man with a small colorectal liver metastasis is to have irreversible electroporation (IRE). The foundation doctor reads about the method before the ward round.',
			leadIn: 'Which statements about IRE are supported by the document? Select all that apply.',
			options: [
				{
					text: 'It uses heat delivered via a probe',
					correct: false,
					explanation:
						'Heat via a probe describes RFA and microwave ablation; IRE uses electrical impulses.'
				},
				{
					text: 'It uses electrical impulses that create small holes in the cancer cell outline',
					correct: true,
					explanation:
						'Correct: IRE utilises electrical impulses that create small holes in the cancer cells outline, resulting in their death.'
				},
				{
					text: 'It is delivered via a probe under imaging guidance',
					correct: true,
					explanation: 'Correct: IRE is also delivered via a probe under imaging guidance.'
				},
				{
					text: 'It was the main type of ablation in the past',
					correct: false,
					explanation:
						'RFA was the main type of ablation in the past; IRE is described as a modern method.'
				},
				{
					text: 'It is less disruptive to normal tissues and structures near the tumour',
					correct: true,
					explanation:
						'Correct: IRE has the additional benefit of being less disruptive to normal tissues and structures near the tumour.'
				}
			],
			teachingPoint:
				'IRE is a modern, probe-delivered, image-guided method using electrical impulses; it is less disruptive to nearby normal tissues and structures.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Describe the mechanism, delivery and benefit of irreversible electroporation.',
			source: {
				passageIds: ['ablation-2'],
				quote:
					'IRE is also delivered via a probe under imaging guidance and has the additional benefit of being less disruptive to normal tissues and structures that are located near the tumour'
			}
		},
		{
			id: 'ablation-mr-heat-methods',
			type: 'multiple-response',
			stem: 'A patient asks the nurse which kinds of ablation "burn" the tumour with heat.',
			leadIn:
				'Which ablation methods does the document describe as using heat? Select all that apply.',
			options: [
				{
					text: 'Irreversible electroporation (IRE)',
					correct: false,
					explanation:
						'IRE uses electrical impulses that create small holes in the cancer cell outline.'
				},
				{
					text: 'Radiofrequency ablation (RFA)',
					correct: true,
					explanation:
						'Correct: in RFA a probe is inserted in the metastasis and heat is used to destroy it.'
				},
				{
					text: 'Microwave ablation',
					correct: true,
					explanation:
						'Correct: microwave ablation also delivers heat via a probe to the metastasis.'
				},
				{
					text: 'Ablation with chemicals',
					correct: false,
					explanation:
						'The document lists chemicals as a separate means of ablation from heat and electrical signals.'
				}
			],
			teachingPoint:
				'RFA and microwave ablation destroy metastases with heat; IRE uses electrical impulses; ablation can also use chemicals.',
			difficulty: 'easy',
			audiences: ['nurse'],
			objective: 'Distinguish heat-based ablation methods from other forms of ablation.',
			source: {
				passageIds: ['ablation-2', 'ablation-1'],
				quote: 'microwave ablation (which also delivers heat via a probe to the liver metastasis)'
			}
		},
		{
			id: 'ablation-mr-microwave',
			type: 'multiple-response',
			stem: 'A 71-year-old woman with an ovarian cancer liver metastasis is booked for microwave ablation. She asks how it differs from the radiofrequency ablation (RFA) her friend had years ago.',
			leadIn:
				'Which statements about microwave ablation are supported by the document? Select all that apply.',
			options: [
				{
					text: 'It delivers heat via a probe to the liver metastasis',
					correct: true,
					explanation:
						'Correct: microwave ablation also delivers heat via a probe to the liver metastasis.'
				},
				{
					text: 'It was the main type of ablation in the past',
					correct: false,
					explanation:
						'RFA was the main type of ablation in the past; microwave ablation is the more recent method.'
				},
				{
					text: 'It has been shown to have superior results to RFA',
					correct: true,
					explanation: 'Correct: microwave ablation has been shown to have superior results to RFA.'
				},
				{
					text: 'It makes small holes in the cancer cell outline with electrical impulses',
					correct: false,
					explanation: 'This describes IRE; microwave ablation uses heat.'
				},
				{
					text: 'It is now more commonly used than RFA',
					correct: true,
					explanation: 'Correct: microwave ablation is now more commonly used.'
				}
			],
			teachingPoint:
				'Microwave ablation delivers heat through a probe, has shown superior results to RFA and is now more commonly used.',
			difficulty: 'medium',
			audiences: ['nurse', 'doctor'],
			objective: 'Describe microwave ablation and how it compares with RFA.',
			source: {
				passageIds: ['ablation-2'],
				quote:
					'microwave ablation (which also delivers heat via a probe to the liver metastasis) has been shown to have superior results to RFA and this is now more commonly used'
			}
		},
		{
			id: 'ablation-mr-combined-resection',
			type: 'multiple-response',
			stem: 'A 57-year-old man has several colorectal liver metastases. An experienced liver surgeon plans to resect most of them and ablate one small metastasis during the same operation.',
			leadIn:
				'Which statements about combining resection and ablation are supported by the document? Select all that apply.',
			options: [
				{
					text: 'Ablation can sometimes be combined with surgical resection',
					correct: true,
					explanation: 'Correct: sometimes ablation can be combined with surgical resection.'
				},
				{
					text: 'The aim of combining them is to treat effectively as many liver metastases as possible',
					correct: true,
					explanation:
						'Correct: the combination is used in an effort to treat effectively as many liver metastases as possible.'
				},
				{
					text: 'The aim of combining them is to remove as much liver as possible',
					correct: false,
					explanation:
						'The opposite: the primary goal is to treat all the liver tumours effectively while preserving as much liver as possible.'
				},
				{
					text: 'A surgical plan may include a combination of resection and ablation',
					correct: true,
					explanation:
						'Correct: the surgical approach may include a major resection, smaller resections or a combination of resection and ablation.'
				},
				{
					text: 'Ablation cannot be used in a patient who is also having a resection',
					correct: false,
					explanation: 'Ablation can be combined with surgical resection.'
				},
				{
					text: 'The primary goal is to treat all liver tumours effectively while preserving as much liver as possible',
					correct: true,
					explanation:
						'Correct: in any case the primary goal is to treat all the liver tumours effectively by preserving as much liver as possible.'
				}
			],
			teachingPoint:
				'Resection and ablation can be combined to treat as many metastases as possible while preserving as much liver as possible.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Explain the purpose of combining liver resection with ablation.',
			source: {
				passageIds: ['ablation-1', 'surgery-4'],
				quote:
					'Sometimes, ablation can be combined with surgical resection in an effort to treat effectively as many liver metastases as possible'
			}
		},
		{
			id: 'ablation-mr-rfa',
			type: 'multiple-response',
			stem: 'A registrar asks a foundation doctor to summarise radiofrequency ablation (RFA) as described in the patient information.',
			leadIn: 'Which statements about RFA are supported by the document? Select all that apply.',
			options: [
				{
					text: 'It was the main type of ablation in the past',
					correct: true,
					explanation: 'Correct: the main type of ablation in the past was RFA.'
				},
				{
					text: 'A probe is inserted in the liver metastasis',
					correct: true,
					explanation: 'Correct: in RFA a probe is inserted in the liver metastasis.'
				},
				{
					text: 'It uses electrical impulses to make small holes in the cancer cell outline',
					correct: false,
					explanation: 'This describes IRE; RFA uses heat to destroy the metastasis.'
				},
				{
					text: 'The probe is placed under ultrasound or x-ray guidance',
					correct: true,
					explanation: 'Correct: the probe is inserted under ultrasound or x-ray guidance.'
				},
				{
					text: 'It has been shown to have superior results to microwave ablation',
					correct: false,
					explanation:
						'The reverse: microwave ablation has been shown to have superior results to RFA.'
				},
				{
					text: 'Heat is used to destroy the metastasis',
					correct: true,
					explanation: 'Correct: in RFA heat is used to destroy the metastasis.'
				}
			],
			teachingPoint:
				'In RFA, the former main type of ablation, a probe placed under ultrasound or x-ray guidance destroys the metastasis with heat.',
			difficulty: 'easy',
			audiences: ['doctor'],
			objective: 'Describe how radiofrequency ablation is performed.',
			source: {
				passageIds: ['ablation-2'],
				quote:
					'In RFA a probe is inserted in the liver metastasis under ultrasound or x-ray guidance and heat is used to destroy it'
			}
		},
		{
			id: 'ablation-tf-microwave-electrical',
			type: 'true-false',
			stem: 'Microwave ablation destroys liver metastases using electrical impulses that make small holes in the cancer cell outline.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: false,
					explanation: 'This describes irreversible electroporation (IRE), not microwave ablation.'
				},
				{
					text: 'False',
					correct: true,
					explanation:
						'Correct: microwave ablation delivers heat via a probe; it is IRE that uses electrical impulses to make small holes in the cancer cell outline.'
				}
			],
			teachingPoint: 'Microwave ablation uses heat; IRE uses electrical impulses.',
			difficulty: 'easy',
			audiences: ['nurse', 'doctor'],
			objective: 'Distinguish the mechanism of microwave ablation from that of IRE.',
			source: {
				passageIds: ['ablation-2'],
				quote: 'microwave ablation (which also delivers heat via a probe to the liver metastasis)'
			}
		},
		{
			id: 'ablation-tf-percutaneous-sedation',
			type: 'true-false',
			stem: 'A patient having percutaneous ablation may be treated under sedation, with the ablation done through the skin under ultrasound or x-ray guidance.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: true,
					explanation:
						'Correct: ablation performed under sedation through the skin under ultrasound or x-ray guidance is called percutaneous ablation.'
				},
				{
					text: 'False',
					correct: false,
					explanation:
						'The document describes exactly this: sedation, through the skin, with ultrasound or x-ray guidance.'
				}
			],
			teachingPoint:
				'Percutaneous ablation is done through the skin under sedation, guided by ultrasound or x-ray.',
			difficulty: 'easy',
			audiences: ['nurse'],
			objective: 'Describe the anaesthesia and guidance used for percutaneous ablation.',
			source: {
				passageIds: ['ablation-1'],
				quote:
					'It may be performed under sedation through the skin under ultrasound or x-ray guidance'
			}
		},
		{
			id: 'ablation-tf-3cm-absolute',
			type: 'true-false',
			stem: 'The document sets 3 cm as a strict cut-off: ablation is never used for a tumour of 3 cm or more in diameter.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: false,
					explanation:
						'The document says ablation is usually used in small tumours, usually less than 3 cm; it does not describe a strict cut-off.'
				},
				{
					text: 'False',
					correct: true,
					explanation:
						'Correct: the document gives less than 3 cm as the usual size ("usually less than 3 cm in diameter"), not an absolute limit.'
				}
			],
			teachingPoint:
				'Ablation is usually used for tumours under 3 cm; the document presents this as the usual size, not an absolute rule.',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective: 'Interpret the size guidance for ablation accurately.',
			source: {
				passageIds: ['ablation-1'],
				quote: 'usually less than 3 cm in diameter'
			}
		},
		{
			id: 'ablation-tf-ire-superior-mwa',
			type: 'true-false',
			stem: 'Because irreversible electroporation (IRE) is a modern method, the document describes it as having been shown to have superior results to microwave ablation.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: false,
					explanation:
						'The superior results described are those of microwave ablation over RFA; the benefit described for IRE is being less disruptive to nearby normal tissues and structures.'
				},
				{
					text: 'False',
					correct: true,
					explanation:
						'Correct: the document says microwave ablation has superior results to RFA; for IRE it describes the additional benefit of being less disruptive to normal tissues and structures near the tumour.'
				}
			],
			teachingPoint:
				"Microwave ablation has shown superior results to RFA; IRE's described benefit is being less disruptive to nearby normal tissues and structures.",
			difficulty: 'hard',
			audiences: ['doctor'],
			objective: 'Compare the benefits the document attributes to microwave ablation and to IRE.',
			source: {
				passageIds: ['ablation-2'],
				quote: 'has been shown to have superior results to RFA'
			}
		},
		{
			id: 'ablation-tf-unwilling-resectable',
			type: 'true-false',
			stem: 'Ablation may be used for a patient with a small liver metastasis who is not willing to have an operation.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: true,
					explanation:
						'Correct: ablation is used in patients who are not fit or willing to have an operation.'
				},
				{
					text: 'False',
					correct: false,
					explanation:
						'The document names patients who are not willing to have an operation as one group for whom ablation is used.'
				}
			],
			teachingPoint:
				"A patient's wish not to have an operation is one reason ablation may be used.",
			difficulty: 'easy',
			audiences: ['nurse', 'doctor'],
			objective: 'Recognise patient unwillingness to have an operation as a reason for ablation.',
			source: {
				passageIds: ['ablation-1'],
				quote: 'in patients that are not fit or willing to have an operation'
			}
		},
		{
			id: 'ablation-tf-laparoscopic-ga',
			type: 'true-false',
			stem: 'Ablation can be performed during an operation under general anaesthetic, as either an open or a laparoscopic (keyhole) procedure.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: true,
					explanation:
						'Correct: ablation can also be performed during an operation under general anaesthetic, either open or laparoscopic (keyhole).'
				},
				{
					text: 'False',
					correct: false,
					explanation:
						'Besides the percutaneous route, the document describes ablation during an open or laparoscopic operation under general anaesthetic.'
				}
			],
			teachingPoint:
				'Operative ablation is done under general anaesthetic, either open or laparoscopic (keyhole).',
			difficulty: 'easy',
			audiences: ['doctor', 'nurse'],
			objective: 'Describe the operative approaches to ablation.',
			source: {
				passageIds: ['ablation-1'],
				quote:
					'It can also be performed during an operation under general anaesthetic, either as an open or as a laparoscopic (keyhole) procedure'
			}
		},
		{
			id: 'ablation-tf-never-combined',
			type: 'true-false',
			stem: 'Liver resection and ablation are alternatives: a patient who is having a liver resection is not also treated with ablation.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: false,
					explanation:
						'Ablation can be combined with surgical resection, and a surgical plan may include a combination of resection and ablation.'
				},
				{
					text: 'False',
					correct: true,
					explanation:
						'Correct: sometimes ablation is combined with surgical resection to treat effectively as many liver metastases as possible.'
				}
			],
			teachingPoint:
				'Ablation can be combined with resection to treat as many liver metastases as possible.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Recognise that ablation may be combined with liver resection.',
			source: {
				passageIds: ['ablation-1', 'surgery-4'],
				quote:
					'This may include a major liver resection or smaller resections or even combination of resection and ablation'
			}
		},
		{
			id: 'ablation-tf-ire-holes',
			type: 'true-false',
			stem: 'In irreversible electroporation (IRE), electrical impulses create small holes in the outline of the cancer cells, resulting in their death.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: true,
					explanation:
						'Correct: IRE utilises electrical impulses that create small holes in the cancer cells outline, resulting in their death.'
				},
				{
					text: 'False',
					correct: false,
					explanation: "The statement matches the document's description of how IRE works."
				}
			],
			teachingPoint:
				'IRE kills cancer cells by making small holes in their outline with electrical impulses.',
			difficulty: 'easy',
			audiences: ['nurse'],
			objective: 'Describe how IRE kills cancer cells.',
			source: {
				passageIds: ['ablation-2'],
				quote: 'create small holes in the cancer cells outline, resulting in their death'
			}
		},
		{
			id: 'ablation-tf-chemicals',
			type: 'true-false',
			stem: 'According to the document, heat is the only means by which ablation destroys liver metastases.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: false,
					explanation:
						'Ablation destroys liver metastases with heat, chemicals or electrical signals.'
				},
				{
					text: 'False',
					correct: true,
					explanation:
						'Correct: besides heat, ablation can destroy liver metastases with chemicals or electrical signals.'
				}
			],
			teachingPoint: 'Ablation can use heat, chemicals or electrical signals.',
			difficulty: 'medium',
			audiences: ['nurse', 'doctor'],
			objective: 'List the means by which ablation destroys liver metastases.',
			source: {
				passageIds: ['ablation-1'],
				quote: 'destroys liver metastases with heat, chemicals or electrical signals'
			}
		},
		{
			id: 'ablation-tf-percutaneous-ga',
			type: 'true-false',
			stem: 'A patient needs a general anaesthetic for percutaneous ablation.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: false,
					explanation:
						'Percutaneous ablation may be performed under sedation; general anaesthetic is described for ablation during an operation.'
				},
				{
					text: 'False',
					correct: true,
					explanation:
						'Correct: percutaneous ablation may be performed under sedation through the skin; ablation during an open or keyhole operation is under general anaesthetic.'
				}
			],
			teachingPoint:
				'Sedation is described for percutaneous ablation; general anaesthetic for ablation during an operation.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective: 'Distinguish the anaesthesia used for percutaneous and operative ablation.',
			source: {
				passageIds: ['ablation-1'],
				quote: 'It may be performed under sedation through the skin'
			}
		},
		{
			id: 'ablation-tf-treatment-option',
			type: 'true-false',
			stem: 'Ablation is one of the treatments that can be offered for liver metastases, alongside options such as surgery, chemotherapy and radiotherapy.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: true,
					explanation:
						'Correct: treatments that can be offered include surgery, chemotherapy, ablation, radiotherapy, hormone therapy, targeted therapy and immunotherapy.'
				},
				{
					text: 'False',
					correct: false,
					explanation: 'Ablation is listed among the treatments that can be offered.'
				}
			],
			teachingPoint:
				'Ablation is one of several treatments that can be offered for liver metastases.',
			difficulty: 'easy',
			audiences: ['nurse', 'doctor'],
			objective: 'Place ablation among the treatments offered for liver metastases.',
			source: {
				passageIds: ['treatment-planning-10', 'ablation-1'],
				quote:
					'Treatments that can be offered include surgery, chemotherapy, ablation, radiotherapy, hormone therapy, targeted therapy and immunotherapy'
			}
		},
		{
			id: 'ablation-tf-rfa-past',
			type: 'true-false',
			stem: 'Radiofrequency ablation (RFA) remains the most commonly used type of ablation.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: false,
					explanation:
						'RFA was the main type in the past; microwave ablation has shown superior results and is now more commonly used.'
				},
				{
					text: 'False',
					correct: true,
					explanation:
						'Correct: RFA was the main type of ablation in the past; microwave ablation is now more commonly used.'
				}
			],
			teachingPoint:
				'RFA was the main type of ablation in the past; microwave ablation is now more commonly used.',
			difficulty: 'medium',
			audiences: ['nurse', 'doctor'],
			objective: 'Describe the change from RFA to microwave ablation.',
			source: {
				passageIds: ['ablation-2'],
				quote: 'The main type of ablation in the past was radiofrequency ablation (RFA)'
			}
		},
		{
			id: 'ablation-emq-methods',
			type: 'extended-matching',
			stem: 'Ablation methods and their place in treating liver metastases',
			leadIn:
				'For each description, choose the most appropriate treatment. Each option may be used once, more than once or never.',
			options: [
				{
					text: 'Radiofrequency ablation (RFA)',
					explanation:
						'The main type of ablation in the past: a probe is inserted in the metastasis under ultrasound or x-ray guidance and heat destroys it.'
				},
				{
					text: 'Microwave ablation',
					explanation:
						'Delivers heat via a probe to the metastasis; shown to have superior results to RFA and now more commonly used.'
				},
				{
					text: 'Irreversible electroporation (IRE)',
					explanation:
						'A modern method using electrical impulses that create small holes in the cancer cell outline; delivered via a probe under imaging guidance and less disruptive to nearby normal tissues and structures.'
				},
				{
					text: 'Ablation with chemicals',
					explanation:
						'Chemicals are one of the three means (with heat and electrical signals) by which ablation destroys liver metastases.'
				},
				{
					text: 'Liver resection alone',
					explanation:
						'Surgical removal of liver metastases, which may be a major resection or smaller resections.'
				},
				{
					text: 'Combination of resection and ablation',
					explanation:
						'Resection combined with ablation, in an effort to treat effectively as many liver metastases as possible while preserving as much liver as possible.'
				}
			],
			stems: [
				{
					id: 'a',
					text: 'A heat-based probe method that has been shown to have superior results to the former main type of ablation and is now more commonly used.',
					answer: 1,
					explanation:
						'Microwave ablation delivers heat via a probe, has superior results to RFA and is now more commonly used.'
				},
				{
					id: 'b',
					text: 'A modern method in which electrical impulses make small holes in the cancer cell outline, chosen because it is less disruptive to the normal tissues and structures near the tumour.',
					answer: 2,
					explanation:
						'IRE uses electrical impulses and is less disruptive to normal tissues and structures located near the tumour.'
				},
				{
					id: 'c',
					text: 'The main type of ablation in the past, in which a probe inserted under ultrasound or x-ray guidance destroys the metastasis with heat.',
					answer: 0,
					explanation:
						'This is radiofrequency ablation (RFA), the main type of ablation in the past.'
				},
				{
					id: 'd',
					text: 'A liver surgeon plans to remove several colorectal liver metastases and destroy one more small metastasis at the same operation, to treat all the tumours while preserving as much liver as possible.',
					answer: 5,
					explanation:
						'Combining resection and ablation aims to treat effectively as many liver metastases as possible while preserving as much liver as possible.'
				}
			],
			teachingPoint:
				'RFA (older, heat), microwave (heat, superior, now more common) and IRE (electrical impulses, spares nearby structures) can be used alone or combined with resection.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Match ablation methods and combined approaches to their descriptions.',
			source: {
				passageIds: ['ablation-2', 'ablation-1', 'surgery-4'],
				quote: 'The main type of ablation in the past was radiofrequency ablation (RFA)'
			}
		},
		{
			id: 'ablation-emq-delivery',
			type: 'extended-matching',
			stem: 'How ablation is delivered: anaesthesia, access and guidance',
			leadIn:
				'For each question, choose the answer given in the document. Each option may be used once, more than once or never.',
			options: [
				{
					text: 'Sedation',
					explanation: 'Described for percutaneous ablation, performed through the skin.'
				},
				{
					text: 'General anaesthetic',
					explanation:
						'Described for ablation performed during an operation, whether open or laparoscopic (keyhole).'
				},
				{
					text: 'Through the skin',
					explanation: 'The access route of percutaneous ablation.'
				},
				{
					text: 'Open operation',
					explanation:
						'One of the two ways ablation is performed during an operation under general anaesthetic.'
				},
				{
					text: 'Laparoscopic (keyhole) operation',
					explanation:
						'One of the two ways ablation is performed during an operation under general anaesthetic.'
				},
				{
					text: 'Ultrasound or x-ray guidance',
					explanation:
						'The imaging guidance described for percutaneous ablation and for placing the RFA probe.'
				}
			],
			stems: [
				{
					id: 'a',
					text: 'A patient booked for percutaneous ablation asks whether she will be sedated or given a general anaesthetic.',
					answer: 0,
					explanation: 'Percutaneous ablation may be performed under sedation.'
				},
				{
					id: 'b',
					text: 'A patient asks what the word "percutaneous" means for how the ablation will be done.',
					answer: 2,
					explanation:
						'Ablation performed through the skin (under sedation, with imaging guidance) is called percutaneous ablation.'
				},
				{
					id: 'c',
					text: 'A surgeon will ablate a liver metastasis during an operation using keyhole instruments. What is this approach called?',
					answer: 4,
					explanation:
						'Ablation during an operation may be done as a laparoscopic (keyhole) procedure under general anaesthetic.'
				},
				{
					id: 'd',
					text: 'A patient is having ablation during an open operation. What anaesthesia does the document describe?',
					answer: 1,
					explanation: 'Ablation during an operation is performed under general anaesthetic.'
				},
				{
					id: 'e',
					text: 'How is the probe guided into the liver metastasis in radiofrequency ablation?',
					answer: 5,
					explanation:
						'In RFA the probe is inserted in the metastasis under ultrasound or x-ray guidance.'
				}
			],
			teachingPoint:
				'Percutaneous ablation: sedation, through the skin, ultrasound or x-ray guidance. Operative ablation: general anaesthetic, open or laparoscopic (keyhole).',
			difficulty: 'easy',
			audiences: ['nurse', 'doctor'],
			objective: 'Match the anaesthesia, access and guidance to each way of delivering ablation.',
			source: {
				passageIds: ['ablation-1', 'ablation-2'],
				quote:
					'It can also be performed during an operation under general anaesthetic, either as an open or as a laparoscopic (keyhole) procedure'
			}
		},
		{
			id: 'ablation-emq-patient-questions',
			type: 'extended-matching',
			stem: "Answering patients' questions about ablation",
			leadIn:
				"For each patient's question, choose the most accurate answer the nurse can give from the document. Each option may be used once, more than once or never.",
			options: [
				{
					text: 'It uses heat delivered through a probe.',
					explanation: 'Describes radiofrequency and microwave ablation.'
				},
				{
					text: 'It uses electrical impulses that make small holes in the cancer cell outline.',
					explanation:
						'Describes irreversible electroporation (IRE), which is also less disruptive to nearby normal tissues and structures.'
				},
				{
					text: 'It is usually used for tumours less than 3 cm in diameter.',
					explanation: 'The usual size of tumour treated with ablation.'
				},
				{
					text: 'It may be done under sedation, through the skin.',
					explanation: 'Describes percutaneous ablation, guided by ultrasound or x-ray.'
				},
				{
					text: 'It can be combined with surgical resection to treat as many metastases as possible.',
					explanation:
						'Ablation is sometimes combined with resection in an effort to treat effectively as many liver metastases as possible.'
				},
				{
					text: 'It is used when tumours cannot be removed with surgery or the patient is not fit or willing to have an operation.',
					explanation: 'The groups of patients the document says ablation is used for.'
				},
				{
					text: 'It is done during an operation under general anaesthetic.',
					explanation: 'Describes open or laparoscopic (keyhole) operative ablation.'
				}
			],
			stems: [
				{
					id: 'a',
					text: '"My metastasis is 2 cm across. Is that the sort of size ablation is used for?"',
					answer: 2,
					explanation:
						'Ablation is usually used in small tumours, usually less than 3 cm in diameter.'
				},
				{
					id: 'b',
					text: '"The surgeon is removing part of my liver. Why will the surgeon also ablate another spot at the same time?"',
					answer: 4,
					explanation:
						'Ablation can be combined with resection in an effort to treat effectively as many liver metastases as possible.'
				},
				{
					id: 'c',
					text: '"I am having IRE. How does it work?"',
					answer: 1,
					explanation:
						'IRE uses electrical impulses that create small holes in the cancer cells outline, resulting in their death.'
				},
				{
					id: 'd',
					text: '"I was told I am not fit for an operation. Is ablation used for people like me?"',
					answer: 5,
					explanation:
						'Ablation is used in patients who are not fit or willing to have an operation.'
				},
				{
					id: 'e',
					text: '"I am having microwave ablation. What does it use to destroy the tumour?"',
					answer: 0,
					explanation: 'Microwave ablation delivers heat via a probe to the liver metastasis.'
				}
			],
			teachingPoint:
				'Nurses can explain ablation simply: how it works (heat or electrical impulses), size (usually under 3 cm), who it is for and how it is delivered.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective: 'Answer common patient questions about ablation accurately.',
			source: {
				passageIds: ['ablation-1', 'ablation-2'],
				quote:
					'Ablation is usually used in small tumours (usually less than 3 cm in diameter) that cannot be removed with surgery or in patients that are not fit or willing to have an operation'
			}
		},
		{
			id: 'ablation-emq-mdt-choices',
			type: 'extended-matching',
			stem: 'Choosing how to deliver ablation for colorectal liver metastases',
			leadIn:
				'For each patient, choose the most appropriate approach as described in the document. Each option may be used once, more than once or never.',
			options: [
				{
					text: 'Percutaneous ablation under sedation',
					explanation:
						'Ablation through the skin under sedation with ultrasound or x-ray guidance, rather than during an operation.'
				},
				{
					text: 'Laparoscopic (keyhole) ablation under general anaesthetic',
					explanation: 'Ablation performed during a keyhole operation under general anaesthetic.'
				},
				{
					text: 'Open ablation combined with resection',
					explanation:
						'Ablation at an open operation under general anaesthetic alongside resection, to treat effectively as many metastases as possible.'
				},
				{
					text: 'Irreversible electroporation (IRE)',
					explanation:
						'Electrical-impulse ablation via a probe under imaging guidance; less disruptive to normal tissues and structures near the tumour.'
				},
				{
					text: 'Microwave ablation',
					explanation:
						'Heat delivered via a probe; superior results to RFA and now more commonly used.'
				},
				{
					text: 'Radiofrequency ablation (RFA)',
					explanation:
						'Heat via a probe placed under ultrasound or x-ray guidance; the main type of ablation in the past.'
				}
			],
			stems: [
				{
					id: 'a',
					text: 'A 68-year-old man is having an open resection of several metastases. The surgeon wants to treat one further small metastasis at the same operation so that as many metastases as possible are treated.',
					answer: 2,
					explanation:
						'Ablation can be combined with surgical resection, and ablation during an operation can be open, under general anaesthetic.'
				},
				{
					id: 'b',
					text: 'A 74-year-old woman with a single 2 cm metastasis needs ablation, and the team wants to avoid a general anaesthetic and an operation; the tumour is visible on ultrasound.',
					answer: 0,
					explanation:
						'Percutaneous ablation may be performed under sedation through the skin under ultrasound or x-ray guidance.'
				},
				{
					id: 'c',
					text: 'A 58-year-old man has a small metastasis next to important structures, and the MDT wants the ablation method described as less disruptive to normal tissues and structures near the tumour.',
					answer: 3,
					explanation:
						'IRE has the additional benefit of being less disruptive to normal tissues and structures near the tumour.'
				},
				{
					id: 'd',
					text: 'A 65-year-old woman needs heat-based ablation of a single 2 cm metastasis, and the MDT wants the heat method with the better results described.',
					answer: 4,
					explanation:
						'Microwave ablation has been shown to have superior results to RFA and is now more commonly used.'
				}
			],
			teachingPoint:
				'Match the approach to the patient: percutaneous under sedation, operative with resection, IRE to spare nearby structures, microwave as the better heat method.',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective: 'Choose an ablation method and route for a given clinical scenario.',
			source: {
				passageIds: ['ablation-1', 'ablation-2'],
				quote:
					'Sometimes, ablation can be combined with surgical resection in an effort to treat effectively as many liver metastases as possible'
			}
		}
	]
});
