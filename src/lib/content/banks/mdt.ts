import { defineBank } from '../types';

export default defineBank({
	id: 'mdt',
	title: 'MDT planning',
	description:
		'The multidisciplinary meeting, what an individualised plan weighs, and what treatments can achieve.',
	items: [
		{
			id: 'mdt-all-cases-discussed',
			type: 'true-false',
			stem: 'Only patients whose liver metastases might be suitable for surgery need to be discussed at a multidisciplinary meeting (MDT).',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: false,
					explanation:
						'Incorrect: the document says all cases of liver metastatic disease should be discussed at an MDT.'
				},
				{
					text: 'False',
					correct: true,
					explanation:
						'Correct: all cases of liver metastatic disease should be discussed in a multidisciplinary meeting, whatever treatment is being considered.'
				}
			],
			teachingPoint: 'All cases of liver metastatic disease should be discussed at an MDT.',
			difficulty: 'easy',
			audiences: ['doctor'],
			objective: 'State which patients with liver metastases should be discussed at an MDT.',
			source: {
				passageIds: ['treatment-planning-2'],
				quote:
					'All cases of liver metastatic disease should be discussed in a multidisciplinary meeting (MDT).'
			}
		},
		{
			id: 'mdt-who-attends',
			type: 'single-best-answer',
			stem: 'A 54-year-old woman with liver metastases from breast cancer is told that her case will be discussed at the MDT. She asks the specialist nurse who will be at the meeting.',
			leadIn: 'Which description best matches the document?',
			options: [
				{
					text: 'Liver surgeons only, who decide whether to operate',
					correct: false,
					explanation:
						'The MDT includes cancer specialist doctors of various specialties, not surgeons alone.'
				},
				{
					text: 'Cancer specialist doctors of various specialties, such as surgery, radiology and oncology, with other professionals such as specialist nurses and dieticians',
					correct: true,
					explanation:
						'Correct: the MDT is a meeting of cancer specialist doctors of various specialties, including surgery, radiology and oncology, as well as other healthcare professionals such as specialist nurses and dieticians.'
				},
				{
					text: 'Oncologists only, who choose which chemotherapy to give',
					correct: false,
					explanation:
						'Oncology is one of several specialties at the MDT, alongside surgery, radiology and other healthcare professionals.'
				},
				{
					text: 'Doctors only; nurses and dieticians do not take part',
					correct: false,
					explanation:
						'The document names specialist nurses and dieticians among the other healthcare professionals at the MDT.'
				},
				{
					text: 'A single cancer specialist doctor',
					correct: false,
					explanation:
						'An MDT is multidisciplinary: cancer specialist doctors of various specialties together with other healthcare professionals.'
				}
			],
			teachingPoint:
				'The MDT brings together cancer specialist doctors of various specialties (including surgery, radiology and oncology) and other healthcare professionals such as specialist nurses and dieticians.',
			difficulty: 'easy',
			audiences: ['nurse'],
			objective: 'Describe to a patient who takes part in the MDT.',
			source: {
				passageIds: ['treatment-planning-2'],
				quote:
					'which is a meeting of cancer specialist doctors of various specialties, including surgery, radiology and oncology, as well as other healthcare professionals, such as specialist nurses, dieticians etc.'
			}
		},
		{
			id: 'mdt-plan-factors-matching',
			type: 'extended-matching',
			stem: 'Factors the MDT takes into consideration when suggesting an individualised plan for liver metastases',
			leadIn:
				'For each piece of information presented at the MDT, choose the planning factor it most directly informs. Each option may be used once, more than once or not at all.',
			options: [
				{
					text: 'Where the cancer started',
					explanation: 'The primary cancer: the organ in which the cancer began.'
				},
				{
					text: 'How many metastases there are and their location in the liver',
					explanation: 'The number of liver metastases and where they are in the liver.'
				},
				{
					text: 'The size of the metastases',
					explanation: 'How large the liver metastases are.'
				},
				{
					text: 'The presence of any metastases in other parts of the body',
					explanation: 'Whether the cancer has also spread outside the liver.'
				},
				{
					text: 'Cancer treatments already administered',
					explanation: 'Treatment the patient has already received for the cancer.'
				},
				{
					text: 'How well the liver is working',
					explanation: 'The function of the liver.'
				},
				{
					text: 'Patient fitness and wishes',
					explanation: 'How fit the patient is and what the patient wants.'
				}
			],
			stems: [
				{
					id: 'a',
					text: 'A 60-year-old man with colorectal liver metastases: a CT scan also shows metastases in his lungs.',
					answer: 3,
					explanation:
						'Metastases in the lungs are metastases in another part of the body, which the plan should take into consideration.'
				},
				{
					id: 'b',
					text: 'A 52-year-old woman with liver metastases from breast cancer has already completed several courses of chemotherapy.',
					answer: 4,
					explanation:
						'Chemotherapy she has already received is a cancer treatment already administered.'
				},
				{
					id: 'c',
					text: 'A 74-year-old man with liver metastases tells the specialist nurse that he does not want an operation.',
					answer: 6,
					explanation: 'What the patient wants falls under patient fitness and wishes.'
				},
				{
					id: 'd',
					text: 'A 65-year-old woman: a biopsy of her liver metastasis has identified the pancreas as the organ where her cancer originated.',
					answer: 0,
					explanation:
						'A biopsy can identify which organ the primary cancer is originating from: where the cancer started.'
				},
				{
					id: 'e',
					text: 'A 57-year-old man: an MRI scan shows four metastases, all in the same part of the liver.',
					answer: 1,
					explanation:
						'The count of metastases and where they lie in the liver is how many metastases there are and their location.'
				}
			],
			teachingPoint:
				'The individualised MDT plan weighs where the cancer started, the number, location and size of the metastases, metastases elsewhere, previous treatments, liver function, and patient fitness and wishes.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Classify clinical information according to the factors the MDT plan considers.',
			source: {
				passageIds: [
					'treatment-planning-2',
					'treatment-planning-3',
					'treatment-planning-4',
					'treatment-planning-5',
					'treatment-planning-6',
					'treatment-planning-7',
					'treatment-planning-8',
					'treatment-planning-9',
					'diagnosis-1'
				],
				quote: 'This plan should take into consideration:'
			}
		},
		{
			id: 'mdt-explaining-the-plan',
			type: 'multiple-response',
			stem: 'After his case has been discussed at the MDT, a 68-year-old man with liver metastases from stomach cancer asks the specialist nurse what the team took into account.',
			leadIn:
				'Which of these statements by the nurse are supported by the document? Select all that apply.',
			options: [
				{
					text: 'The team looked at where your cancer started.',
					correct: true,
					explanation: 'Correct: where the cancer started is one of the factors in the plan.'
				},
				{
					text: 'The team uses the same standard plan for everyone with liver metastases.',
					correct: false,
					explanation: 'The MDT goes through each case and suggests an individualised plan.'
				},
				{
					text: 'The team considered how well your liver is working.',
					correct: true,
					explanation: 'Correct: how well the liver is working is one of the factors in the plan.'
				},
				{
					text: 'Metastases in other parts of your body make no difference to the plan.',
					correct: false,
					explanation:
						'The presence of any metastases in other parts of the body is one of the factors the plan should take into consideration.'
				},
				{
					text: 'Your fitness and your own wishes are part of the plan.',
					correct: true,
					explanation: 'Correct: patient fitness and wishes are taken into consideration.'
				},
				{
					text: 'The team considered any cancer treatment you have already had.',
					correct: true,
					explanation:
						'Correct: cancer treatments already administered are taken into consideration.'
				},
				{
					text: 'Only the surgeon’s view counts in the decision.',
					correct: false,
					explanation:
						'The MDT is a meeting of specialists from various specialties, including surgery, radiology and oncology, and other healthcare professionals.'
				}
			],
			teachingPoint:
				'The MDT suggests an individualised plan for each case, taking into account clinical factors and the patient’s own fitness and wishes.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective: 'Explain to a patient what the MDT considers when planning treatment.',
			source: {
				passageIds: [
					'treatment-planning-2',
					'treatment-planning-3',
					'treatment-planning-6',
					'treatment-planning-7',
					'treatment-planning-8',
					'treatment-planning-9'
				],
				quote: 'patient fitness and wishes'
			}
		},
		{
			id: 'mdt-cure-sometimes-possible',
			type: 'true-false',
			stem: 'Once cancer has spread to the liver, curative treatment is no longer possible for any type of cancer.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: false,
					explanation:
						'Incorrect: for some types of cancer that spread to the liver, a curative treatment may still be possible.'
				},
				{
					text: 'False',
					correct: true,
					explanation:
						'Correct: for some types of cancer a curative treatment may still be possible; for others, controlling symptoms and slowing progress may be the only option.'
				}
			],
			teachingPoint:
				'Spread to the liver does not rule out cure: for some types of cancer a curative treatment may still be possible.',
			difficulty: 'easy',
			audiences: ['doctor', 'nurse'],
			objective:
				'Recognise that curative treatment may still be possible for some liver metastases.',
			source: {
				passageIds: ['treatment-planning-1'],
				quote:
					'For some type of cancers that spread to the liver, a curative treatment may still be possible.'
			}
		},
		{
			id: 'mdt-non-curative-aim',
			type: 'single-best-answer',
			stem: 'The MDT advises that, for the type of cancer a 70-year-old woman has, cure of her liver metastases is not possible. She asks the nurse what treatment can then aim to do.',
			leadIn: 'Which answer is best supported by the document?',
			options: [
				{
					text: 'Remove every metastasis so that none remain',
					correct: false,
					explanation:
						'Cure is not possible for her type of cancer; the aim is to control symptoms and slow progress.'
				},
				{
					text: 'Nothing, because no treatment is offered when cure is not possible',
					correct: false,
					explanation:
						'Treatment is still offered: controlling the symptoms and slowing the progress of the cancer may be the only treatment option.'
				},
				{
					text: 'Confirm which organ her cancer started in',
					correct: false,
					explanation:
						'Identifying the origin of the metastases is a purpose of biopsy during diagnosis, not a treatment aim.'
				},
				{
					text: 'Control her symptoms and try to slow down the progress of the cancer and the liver metastases',
					correct: true,
					explanation:
						'Correct: for some types of cancer, controlling the symptoms and trying to slow down the progress of the cancer and the liver metastases may be the only treatment option.'
				},
				{
					text: 'Relieve her symptoms only, without trying to slow the cancer',
					correct: false,
					explanation:
						'The document describes both controlling the symptoms and trying to slow down the progress of the cancer.'
				}
			],
			teachingPoint:
				'When cure is not possible, treatment aims to control symptoms and to slow the progress of the cancer and the liver metastases.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective: 'Explain to a patient the aims of treatment when cure is not possible.',
			source: {
				passageIds: ['treatment-planning-1', 'diagnosis-1'],
				quote:
					'controlling the symptoms and trying to slow down the progress of the cancer and the liver metastases may be the only treatment option'
			}
		},
		{
			id: 'mdt-complete-disappearance',
			type: 'single-best-answer',
			stem: 'A 61-year-old man with colorectal liver metastases has had chemotherapy, and a CT scan shows that the metastases have shrunk. He asks the junior doctor whether further treatment could make them go away completely.',
			leadIn: 'Which statement is best supported by the document?',
			options: [
				{
					text: 'Any of the available treatments will usually make the metastases go away completely',
					correct: false,
					explanation: 'Most metastases do not go away completely unless removed by surgery.'
				},
				{
					text: 'Treatments other than surgery can slow growth but cannot shrink metastases',
					correct: false,
					explanation:
						'The various treatments can control and slow the growth of, or even shrink, liver metastases; his have already shrunk with chemotherapy.'
				},
				{
					text: 'Treatments can control, slow or even shrink metastases, but most do not go away completely unless removed by surgery',
					correct: true,
					explanation:
						'Correct: the treatments can control, slow or even shrink liver metastases, but most metastases do not go away completely unless removed by surgery.'
				},
				{
					text: 'Surgery is not among the treatments offered for liver metastases',
					correct: false,
					explanation: 'Surgery is the first of the treatments the document lists.'
				},
				{
					text: 'Shrinkage on a scan shows that the metastases have already gone away completely',
					correct: false,
					explanation:
						'Shrinking is not the same as going away; most metastases do not go away completely unless removed by surgery.'
				}
			],
			teachingPoint:
				'Treatments can control, slow or even shrink liver metastases, but most do not go away completely unless removed by surgery.',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective: 'Explain what treatments for liver metastases can and cannot usually achieve.',
			source: {
				passageIds: ['treatment-planning-10', 'chemotherapy-1'],
				quote: 'most metastases don’t go away completely unless removed by surgery'
			}
		},
		{
			id: 'mdt-individualised-plan',
			type: 'true-false',
			stem: 'Two patients with liver metastases from the same primary cancer will receive the same MDT plan, because the plan is decided by where the cancer started.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: false,
					explanation:
						'Incorrect: where the cancer started is only one factor. The MDT suggests an individualised plan that also weighs the number, location and size of the metastases, metastases elsewhere, previous treatments, liver function, and patient fitness and wishes.'
				},
				{
					text: 'False',
					correct: true,
					explanation:
						'Correct: the MDT goes through each case and suggests an individualised plan that considers many factors besides where the cancer started.'
				}
			],
			teachingPoint:
				'The MDT plan is individualised: where the cancer started is one of several factors considered.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Explain why MDT plans for liver metastases are individualised.',
			source: {
				passageIds: [
					'treatment-planning-2',
					'treatment-planning-3',
					'treatment-planning-4',
					'treatment-planning-5',
					'treatment-planning-6',
					'treatment-planning-7',
					'treatment-planning-8',
					'treatment-planning-9'
				],
				quote: 'The MDT goes through each case and suggests an individualised plan.'
			}
		},
		{
			id: 'mdt-liver-function-factor',
			type: 'single-best-answer',
			stem: 'A 63-year-old woman with liver metastases from colorectal cancer is being prepared for MDT discussion. Her liver function tests are abnormal.',
			leadIn:
				'Which of the factors that the MDT plan should take into consideration do these results most directly inform?',
			options: [
				{
					text: 'Where the cancer started',
					correct: false,
					explanation:
						'Where the cancer started is a separate factor; a biopsy may be needed to identify the origin of liver metastases.'
				},
				{
					text: 'The size of the metastases',
					correct: false,
					explanation:
						'Size is a feature of the metastases themselves, not a measure of how well the liver is working.'
				},
				{
					text: 'Cancer treatments already administered',
					correct: false,
					explanation:
						'This factor is the treatment she has already received, not a blood test result.'
				},
				{
					text: 'Patient fitness and wishes',
					correct: false,
					explanation:
						'Fitness and wishes concern the patient as a whole and what she wants, not liver function.'
				},
				{
					text: 'How well the liver is working',
					correct: true,
					explanation:
						'Correct: liver function tests are among the blood tests used, and how well the liver is working is a factor the plan should take into consideration.'
				}
			],
			teachingPoint:
				'How well the liver is working is one of the factors the MDT plan considers; liver function tests are among the usual blood tests.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Link investigation results to the planning factors the MDT considers.',
			source: {
				passageIds: [
					'treatment-planning-8',
					'treatment-planning-3',
					'treatment-planning-5',
					'treatment-planning-7',
					'treatment-planning-9',
					'diagnosis-1'
				],
				quote: 'how well the liver is working'
			}
		},
		{
			id: 'mdt-treatments-offered',
			type: 'multiple-response',
			stem: 'A patient with newly diagnosed liver metastases asks the nurse which treatments might be offered.',
			leadIn:
				'Which of the following are treatments that the document lists for liver metastases? Select all that apply.',
			options: [
				{
					text: 'Ablation',
					correct: true,
					explanation: 'Correct: ablation is among the treatments that can be offered.'
				},
				{
					text: 'PET CT scan',
					correct: false,
					explanation:
						'PET CT is a radiological imaging investigation used in diagnosis, not a treatment.'
				},
				{
					text: 'Hormone therapy',
					correct: true,
					explanation: 'Correct: hormone therapy is among the treatments that can be offered.'
				},
				{
					text: 'Immunotherapy',
					correct: true,
					explanation: 'Correct: immunotherapy is among the treatments that can be offered.'
				},
				{
					text: 'Biopsy',
					correct: false,
					explanation:
						'A biopsy is sometimes required to identify the origin of the metastases; it is an investigation, not a treatment.'
				},
				{
					text: 'Targeted therapy',
					correct: true,
					explanation: 'Correct: targeted therapy is among the treatments that can be offered.'
				},
				{
					text: 'Tumour markers',
					correct: false,
					explanation:
						'Tumour markers are blood tests that can aid in the diagnosis, not a treatment.'
				},
				{
					text: 'Radiotherapy',
					correct: true,
					explanation: 'Correct: radiotherapy is among the treatments that can be offered.'
				}
			],
			teachingPoint:
				'Treatments that can be offered include surgery, chemotherapy, ablation, radiotherapy, hormone therapy, targeted therapy and immunotherapy.',
			difficulty: 'easy',
			audiences: ['doctor', 'nurse'],
			objective: 'List the treatments that can be offered for liver metastases.',
			source: {
				passageIds: ['treatment-planning-10', 'diagnosis-1'],
				quote:
					'Treatments that can be offered include surgery, chemotherapy, ablation, radiotherapy, hormone therapy, targeted therapy and immunotherapy.'
			}
		},
		{
			id: 'mdt-why-primary-matters',
			type: 'single-best-answer',
			stem: 'At an MDT, the radiologist confirms liver metastases in a 58-year-old man, and a biopsy has identified the organ where his cancer started. The team records this as the first planning factor.',
			leadIn:
				'Which statement from the document best explains why where the cancer started matters to the plan?',
			options: [
				{
					text: 'For some types of cancer a curative treatment may still be possible, while for others controlling symptoms and slowing progress may be the only option',
					correct: true,
					explanation:
						'Correct: the document links the type of cancer that has spread to the liver to whether cure may still be possible, which is why where the cancer started shapes the plan.'
				},
				{
					text: 'Where the cancer started decides whether the case needs to be discussed at the MDT',
					correct: false,
					explanation: 'All cases of liver metastatic disease should be discussed at an MDT.'
				},
				{
					text: 'Where the cancer started is the only factor the plan takes into consideration',
					correct: false,
					explanation:
						'The plan also considers the number, location and size of the metastases, metastases elsewhere, previous treatments, liver function, and patient fitness and wishes.'
				},
				{
					text: 'It shows which type of liver cell the metastases are made of',
					correct: false,
					explanation:
						'Metastases are made of cells similar to the primary cancer, not liver cells.'
				},
				{
					text: 'It decides whether the patient’s wishes are taken into account',
					correct: false,
					explanation:
						'Patient fitness and wishes are always among the factors the plan should take into consideration.'
				}
			],
			teachingPoint:
				'Where the cancer started matters because for some types of cancer spread to the liver cure may still be possible, while for others control of symptoms and progress may be the only option.',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective: 'Explain why the primary cancer site influences the MDT plan.',
			source: {
				passageIds: [
					'treatment-planning-1',
					'treatment-planning-2',
					'treatment-planning-3',
					'treatment-planning-9',
					'definition-1',
					'diagnosis-1'
				],
				quote:
					'For other types of cancer, controlling the symptoms and trying to slow down the progress of the cancer and the liver metastases may be the only treatment option.'
			}
		}
	]
});
