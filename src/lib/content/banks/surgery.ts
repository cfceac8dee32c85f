import { defineBank } from '../types';

export default defineBank({
	id: 'surgery',
	title: 'Surgical factors',
	description:
		'When liver resection is possible: oncological, technical, liver-related and patient-related factors.',
	items: [
		// ---------------------------------------------------------------- single best answer
		{
			id: 'surgery-higher-chance-of-cure',
			type: 'single-best-answer',
			stem: 'A 60-year-old man with colorectal liver metastases asks the nurse which treatment gives him the best chance of being cured. His case has been discussed at the MDT and he is considered an appropriately selected case for an operation.',
			leadIn:
				'Which treatment does the document describe as the option with the higher chance for a cure for liver metastases?',
			options: [
				{
					text: 'Chemotherapy',
					correct: false,
					explanation:
						'Chemotherapy can control, slow the growth of or even shrink metastases, but most metastases do not go away completely unless removed by surgery.'
				},
				{
					text: 'Ablation',
					correct: false,
					explanation:
						'Ablation is one of the treatments that can be offered, but the document names surgery as the option with the higher chance for a cure.'
				},
				{
					text: 'Surgical resection',
					correct: true,
					explanation:
						'Correct: surgery is the treatment option with the higher chance for a cure, if it is used in appropriately selected cases.'
				},
				{
					text: 'Radiotherapy',
					correct: false,
					explanation:
						'Radiotherapy can control or shrink metastases, but most metastases do not go away completely unless removed by surgery.'
				},
				{
					text: 'Immunotherapy',
					correct: false,
					explanation:
						'Immunotherapy is one of the treatments that can be offered, but the document names surgery as the option with the higher chance for a cure.'
				}
			],
			teachingPoint:
				'In appropriately selected cases, surgery is the treatment with the higher chance for a cure, because most metastases do not go away completely unless they are surgically removed.',
			difficulty: 'easy',
			audiences: ['doctor', 'nurse'],
			objective:
				'Identify surgery as the treatment with the higher chance of cure for liver metastases in selected cases.',
			source: {
				passageIds: ['surgery-1', 'treatment-planning-10'],
				quote:
					'Surgery is the treatment option with the higher chance for a cure for liver metastases, if it is used in the appropriately selected cases.'
			}
		},
		{
			id: 'surgery-four-factor-groups',
			type: 'single-best-answer',
			stem: 'A foundation doctor is preparing to present a patient with liver metastases at the MDT, where the surgeons will decide whether a liver resection is possible.',
			leadIn:
				'Which list gives the four groups of factors on which the document says surgical resection depends?',
			options: [
				{
					text: 'Oncological, radiological, liver-related and patient-related',
					correct: false,
					explanation:
						'Radiological is not one of the four groups; the groups are oncological, technical, liver-related and patient-related.'
				},
				{
					text: 'Symptom-related, technical, liver-related and patient-related',
					correct: false,
					explanation:
						'Symptoms are not one of the four groups; the first group is oncological factors.'
				},
				{
					text: 'Oncological, technical, kidney-related and patient-related',
					correct: false,
					explanation:
						'The organ-related group concerns the liver (its size and function), not the kidneys.'
				},
				{
					text: 'Oncological, technical, liver-related and patient-related',
					correct: true,
					explanation:
						'Correct: surgical resection may be possible depending on oncological, technical, liver-related and patient-related factors.'
				},
				{
					text: 'Oncological, technical, liver-related and age-related',
					correct: false,
					explanation:
						'The fourth group is patient-related factors, centred on patient fitness, not age.'
				}
			],
			teachingPoint:
				'Whether a liver resection is possible depends on four groups of factors: oncological, technical, liver-related and patient-related.',
			difficulty: 'easy',
			audiences: ['doctor', 'nurse'],
			objective:
				'List the four groups of factors that determine whether liver resection is possible.',
			source: {
				passageIds: ['surgery-2', 'surgery-6'],
				quote:
					'Surgical resection may be possible depending on oncological, technical, liver-related and patient-related factors.'
			}
		},
		{
			id: 'surgery-aggressive-approach-pair',
			type: 'single-best-answer',
			stem: 'At the MDT, the liver surgeon remarks that the type of primary cancer strongly influences how worthwhile an aggressive surgical approach to the liver metastases is likely to be.',
			leadIn:
				'Which pair of primary cancers does the document give as examples whose liver metastases are treated well with an aggressive surgical approach?',
			options: [
				{
					text: 'Lung and pancreatic',
					correct: false,
					explanation:
						'Current evidence suggests that liver metastases from lung or pancreatic cancer are not treated well with an aggressive surgical approach.'
				},
				{
					text: 'Colorectal and lung',
					correct: false,
					explanation:
						'Colorectal is a correct example, but lung is one of the cancers for which current evidence suggests this is not the case.'
				},
				{
					text: 'Ovarian and pancreatic',
					correct: false,
					explanation:
						'Ovarian is a correct example, but pancreatic is one of the cancers for which current evidence suggests this is not the case.'
				},
				{
					text: 'Pancreatic and colorectal',
					correct: false,
					explanation:
						'Colorectal is a correct example, but pancreatic is one of the cancers for which current evidence suggests this is not the case.'
				},
				{
					text: 'Colorectal and ovarian',
					correct: true,
					explanation:
						'Correct: liver metastases from colorectal or ovarian cancers are treated well with an aggressive surgical approach.'
				}
			],
			teachingPoint:
				'Liver metastases from colorectal or ovarian cancer are treated well with aggressive surgery; current evidence suggests this is not the case for lung or pancreatic cancer.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective:
				'Distinguish primary cancers whose liver metastases do well with aggressive surgery from those that do not.',
			source: {
				passageIds: ['surgery-3'],
				quote:
					'there are types of primary cancers that their liver metastases are treated well with an aggressive surgical approach, such as colorectal or ovarian cancers'
			}
		},
		{
			id: 'surgery-systemic-disease-control',
			type: 'single-best-answer',
			stem: 'An MDT discusses a 57-year-old man with colorectal liver metastases who has previously received cancer treatment. The oncologist comments on whether his cancer in the rest of the body is stable and controlled.',
			leadIn: 'Which statement best reflects the document on this point?',
			options: [
				{
					text: 'Systemic disease stability and control is crucial for a positive outcome.',
					correct: true,
					explanation:
						'Correct: among the oncological factors, systemic disease stability and control is described as crucial for a positive outcome.'
				},
				{
					text: 'It is irrelevant once the liver metastases are technically removable.',
					correct: false,
					explanation:
						'Technical factors are only one of four groups; systemic disease stability and control is described as crucial for a positive outcome.'
				},
				{
					text: 'It is a patient-related factor assessed by the anaesthetic team.',
					correct: false,
					explanation:
						'Disease stability sits with the oncological factors; the anaesthetic and surgical team assesses patient fitness.'
				},
				{
					text: 'It matters only when the primary cancer is lung or pancreatic.',
					correct: false,
					explanation:
						'The document describes systemic disease stability and control as crucial for a positive outcome in general, not only for particular primary cancers.'
				},
				{
					text: 'It is a liver-related factor describing the size and function of the liver.',
					correct: false,
					explanation:
						'Liver-related factors refer to the size and function of the liver; disease stability is an oncological factor.'
				}
			],
			teachingPoint:
				'Oncological factors include the type of primary, previous treatments and metastases elsewhere; systemic disease stability and control is crucial for a positive outcome.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective:
				'Explain why systemic disease stability and control matters when liver resection is considered.',
			source: {
				passageIds: ['surgery-3', 'surgery-5', 'surgery-6'],
				quote: 'Systemic disease stability and control is crucial for a positive outcome.'
			}
		},
		{
			id: 'surgery-experienced-liver-surgeon',
			type: 'single-best-answer',
			stem: 'A 63-year-old woman has several colorectal liver metastases, one of which lies close to major vessels and bile ducts. The team needs to decide which surgical approach is appropriate and plan it.',
			leadIn:
				'Whose assessment does the document describe as very important for an appropriate surgical approach to be identified and planned?',
			options: [
				{
					text: 'A specialist anaesthetic team',
					correct: false,
					explanation:
						'The specialist anaesthetic and surgical team assesses patient fitness; planning the surgical approach rests on an experienced Liver Surgeon.'
				},
				{
					text: 'An experienced Liver Surgeon',
					correct: true,
					explanation:
						'Correct: assessment of each case by an experienced Liver Surgeon is very important for an appropriate surgical approach to be identified and planned.'
				},
				{
					text: 'A medical oncologist',
					correct: false,
					explanation:
						'The document gives this role to an experienced Liver Surgeon, who weighs the size, number and location of the metastases and their relation to vessels and bile ducts.'
				},
				{
					text: 'A specialist nurse',
					correct: false,
					explanation:
						'The document gives this role to an experienced Liver Surgeon, not to the specialist nurse.'
				},
				{
					text: 'A dietician',
					correct: false,
					explanation:
						'The document gives this role to an experienced Liver Surgeon, not to the dietician.'
				}
			],
			teachingPoint:
				'Technical factors (size, number, location and relation to vessels and bile ducts) need assessment by an experienced Liver Surgeon to identify and plan the right operation.',
			difficulty: 'easy',
			audiences: ['doctor', 'nurse'],
			objective: 'Identify who assesses the technical resectability of liver metastases.',
			source: {
				passageIds: ['surgery-4', 'surgery-6'],
				quote:
					'Assessment of each case by an experienced Liver Surgeon is very important for an appropriate surgical approach to be identified and planned.'
			}
		},
		{
			id: 'surgery-primary-goal',
			type: 'single-best-answer',
			stem: 'A patient listed for liver surgery asks the nurse what the surgeons are trying to achieve, since she has heard that the operation could be large or small, and might include ablation.',
			leadIn:
				'Which statement describes the primary goal of the surgical approach, whatever form it takes?',
			options: [
				{
					text: 'To remove as much liver as possible so that no cancer is left behind',
					correct: false,
					explanation:
						'The aim is the opposite: to treat all the tumours effectively while preserving as much liver as possible.'
				},
				{
					text: 'To remove the largest metastasis and leave the smaller ones for later treatment',
					correct: false,
					explanation:
						'The primary goal is to treat all the liver tumours effectively, not just the largest one.'
				},
				{
					text: 'To remove 70% of the liver volume in every case',
					correct: false,
					explanation:
						'70% or more is how much can be removed from a normal liver without problems, not a target; the goal is to preserve as much liver as possible.'
				},
				{
					text: 'To avoid ablation so that every tumour is treated by resection alone',
					correct: false,
					explanation: 'The approach may deliberately combine resection and ablation.'
				},
				{
					text: 'To treat all the liver tumours effectively while preserving as much liver as possible',
					correct: true,
					explanation:
						'Correct: in any case the primary goal is to treat all the liver tumours effectively by preserving as much liver as possible.'
				}
			],
			teachingPoint:
				'Whether the plan is a major resection, smaller resections or resection combined with ablation, the goal is to treat all the tumours while preserving as much liver as possible.',
			difficulty: 'easy',
			audiences: ['nurse', 'doctor'],
			objective: 'State the primary goal of surgery for liver metastases.',
			source: {
				passageIds: ['surgery-4', 'surgery-5'],
				quote:
					'In any case the primary goal is to treat all the liver tumours effectively by preserving as much liver as possible.'
			}
		},
		{
			id: 'surgery-normal-liver-volume',
			type: 'single-best-answer',
			stem: 'A 55-year-old woman has large colorectal liver metastases. Her liver function is normal and she has had no previous liver problems. The surgeon is considering a major liver resection.',
			leadIn:
				'According to the document, how much of the volume of a liver like hers can be removed with surgery without any problems?',
			options: [
				{
					text: 'No more than 10%',
					correct: false,
					explanation:
						'Far too low: in a liver with normal function and no previous problems, 70% or more can be removed.'
				},
				{
					text: 'No more than 30%',
					correct: false,
					explanation:
						'Too low: in a liver with normal function and no previous problems, 70% or more can be removed.'
				},
				{
					text: 'No more than 50%',
					correct: false,
					explanation:
						'Too low: in a liver with normal function and no previous problems, 70% or more can be removed.'
				},
				{
					text: '70% or more',
					correct: true,
					explanation:
						'Correct: in a liver with normal function and no previous problems, 70% or more of its volume can be removed without any problems.'
				},
				{
					text: 'None: a resection cannot be performed',
					correct: false,
					explanation:
						'Resection being impossible applies to livers so badly affected (for example by cirrhosis) that it cannot be done; her liver is normal.'
				}
			],
			teachingPoint:
				'A normal liver with no previous problems tolerates removal of 70% or more of its volume.',
			difficulty: 'easy',
			audiences: ['doctor', 'nurse'],
			objective: 'State how much of a normal liver can safely be resected.',
			source: {
				passageIds: ['surgery-5'],
				quote:
					'In a liver with normal function and no previous problems, 70% or more of its volume can be removed with surgery without any problems.'
			}
		},
		{
			id: 'surgery-affected-liver-volume',
			type: 'single-best-answer',
			stem: 'A 62-year-old man with colorectal liver metastases has had several courses of chemotherapy and has drunk alcohol heavily for many years. He does not have cirrhosis. The MDT is considering a liver resection.',
			leadIn:
				'Which statement best describes how much of his liver can be removed, according to the document?',
			options: [
				{
					text: '70% or more, exactly as in a normal liver',
					correct: false,
					explanation:
						'That applies to a liver with normal function and no previous problems; his liver has been affected by alcohol and chemotherapy.'
				},
				{
					text: 'More than in a normal liver, because chemotherapy has shrunk the tumours',
					correct: false,
					explanation:
						'Treatments such as chemotherapy can reduce, not increase, the amount of liver that can be removed.'
				},
				{
					text: 'The amount that can be removed may be much less than in a healthy liver',
					correct: true,
					explanation:
						'Correct: if a liver has been affected by lifestyle choices such as alcohol or by treatments such as chemotherapy, the amount that can be removed may be much less.'
				},
				{
					text: 'The same as in a normal liver, because lifestyle choices do not affect it',
					correct: false,
					explanation:
						'Lifestyle choices such as diet and alcohol are named as reasons the removable amount may be much less.'
				},
				{
					text: 'None, because resection is never possible after chemotherapy',
					correct: false,
					explanation:
						'After chemotherapy the amount that can be removed may be much less, not none; the document gives cirrhosis as an example of a liver too affected for any resection.'
				}
			],
			teachingPoint:
				'A liver that is unhealthy or affected by lifestyle (diet, alcohol) or treatments such as chemotherapy may tolerate much less resection than a normal liver.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective:
				'Explain how lifestyle and previous chemotherapy affect the amount of liver that can be resected.',
			source: {
				passageIds: ['surgery-5'],
				quote:
					'if a liver is not healthy or has been affected by lifestyle choices (diet, alcohol etc) or treatments, such as chemotherapy, the amount that can be removed may be much less'
			}
		},
		{
			id: 'surgery-cirrhosis-example',
			type: 'single-best-answer',
			stem: 'During teaching on liver resection for metastases, a registrar mentions that the document uses cirrhosis as an example.',
			leadIn: 'What does the document use cirrhosis as an example of?',
			options: [
				{
					text: 'A technical factor, like the relation of metastases to vessels and bile ducts',
					correct: false,
					explanation:
						'Technical factors concern the size, number and location of the metastases; cirrhosis is discussed under liver-related factors.'
				},
				{
					text: 'An oncological factor, like the type of primary cancer',
					correct: false,
					explanation:
						'Oncological factors concern the cancer itself; cirrhosis is discussed under liver-related factors.'
				},
				{
					text: 'A liver in which 70% or more of its volume can still be removed',
					correct: false,
					explanation:
						'70% or more applies to a liver with normal function and no previous problems.'
				},
				{
					text: 'A patient-fitness problem assessed with an exercise stress test',
					correct: false,
					explanation:
						'Exercise stress tests assess patient fitness; cirrhosis is discussed as a liver-related factor.'
				},
				{
					text: 'A liver so much affected that a liver resection cannot be performed at all',
					correct: true,
					explanation:
						'Correct: there are cases where the liver is so much affected, for example in cirrhosis, that a liver resection cannot be performed at all.'
				}
			],
			teachingPoint:
				'Liver-related factors can rule out resection entirely: some livers, for example in cirrhosis, are so affected that no resection can be performed.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Recognise cirrhosis as a liver-related factor that can rule out liver resection.',
			source: {
				passageIds: ['surgery-5', 'surgery-3', 'surgery-4', 'surgery-6'],
				quote:
					'There are also cases that the liver is so much affected (example in cirrhosis), that a liver resection cannot be performed at all.'
			}
		},
		{
			id: 'surgery-fitness-assessment',
			type: 'single-best-answer',
			stem: 'A 68-year-old man with colorectal liver metastases is being considered for a major liver resection. The specialist anaesthetic and surgical team is asked to assess his fitness for the operation.',
			leadIn:
				'Which assessment does the document describe as possibly required to assess his fitness?',
			options: [
				{
					text: 'Review of the relation of his metastases to vessels and bile ducts',
					correct: false,
					explanation:
						'That is a technical factor, assessed by an experienced Liver Surgeon, not a test of fitness.'
				},
				{
					text: 'Pulmonary function and cardiac function tests or an exercise stress test',
					correct: true,
					explanation:
						'Correct: fitness is assessed by a specialist anaesthetic and surgical team and may require pulmonary function and cardiac function tests or an exercise stress test.'
				},
				{
					text: 'Review of the size and function of his liver',
					correct: false,
					explanation:
						'Liver size and function are liver-related factors, separate from patient fitness.'
				},
				{
					text: 'Review of his previous treatments and the stability of disease elsewhere',
					correct: false,
					explanation:
						'Previous treatments and systemic disease stability are oncological factors, separate from patient fitness.'
				},
				{
					text: 'Confirmation that his primary cancer is colorectal',
					correct: false,
					explanation:
						'The type of primary cancer is an oncological factor, not a measure of fitness for an operation.'
				}
			],
			teachingPoint:
				'Because liver resections are major operations, fitness is assessed by a specialist anaesthetic and surgical team, with pulmonary and cardiac function tests or an exercise stress test if needed.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Describe how fitness for liver resection is assessed.',
			source: {
				passageIds: ['surgery-6', 'surgery-3', 'surgery-4', 'surgery-5'],
				quote:
					'various tests may be required, such as pulmonary function and cardiac function tests or an exercise stress test'
			}
		},
		{
			id: 'surgery-very-high-risk',
			type: 'single-best-answer',
			stem: 'After fitness testing, the specialist anaesthetic and surgical team judges that a 74-year-old woman with ovarian cancer liver metastases is very high risk for an operation. Her daughter asks the nurse what happens next.',
			leadIn: 'What does the document say should happen in this situation?',
			options: [
				{
					text: 'Proceed with a major resection, because surgery has the higher chance of cure',
					correct: false,
					explanation:
						'The higher chance of cure applies to appropriately selected cases; for patients deemed very high risk, alternative treatments should be considered.'
				},
				{
					text: 'Remove 70% or more of the liver in a single operation to clear all disease',
					correct: false,
					explanation:
						'Liver resections are major operations; a patient deemed very high risk for an operation should be considered for alternative treatments.'
				},
				{
					text: 'Alternative treatments should be considered',
					correct: true,
					explanation:
						'Correct: some patients may be deemed very high risk for an operation; in these cases, alternative treatments should be considered.'
				},
				{
					text: 'No further treatment can be offered',
					correct: false,
					explanation:
						'The document does not close off treatment: it says alternative treatments should be considered.'
				},
				{
					text: 'Proceed anyway, because ovarian cancer metastases do well with aggressive surgery',
					correct: false,
					explanation:
						'A favourable primary type does not outweigh patient fitness; for very high-risk patients alternative treatments should be considered.'
				}
			],
			teachingPoint:
				'Patient fitness can rule out an operation: when a patient is deemed very high risk, alternative treatments should be considered.',
			difficulty: 'easy',
			audiences: ['nurse', 'doctor'],
			objective:
				'State the management option for patients deemed very high risk for liver resection.',
			source: {
				passageIds: ['surgery-6', 'surgery-1', 'surgery-3', 'surgery-5'],
				quote:
					'Some patients may be deemed very high risk for an operation. In these cases, alternative treatments should be considered.'
			}
		},

		// ---------------------------------------------------------------- multiple response
		{
			id: 'surgery-mr-oncological-factors',
			type: 'multiple-response',
			stem: 'An MDT is deciding whether a 59-year-old man with liver metastases could have a liver resection. The oncologist is asked to summarise the oncological factors.',
			leadIn:
				'Which of the following does the document count among the oncological factors? Select all that apply.',
			options: [
				{
					text: 'The type of the primary cancer',
					correct: true,
					explanation: 'Correct: oncological factors include the type of the primary cancer.'
				},
				{
					text: 'The relation of the metastases to vessels and bile ducts',
					correct: false,
					explanation:
						'This is a technical factor, alongside the size, number and location of the metastases.'
				},
				{
					text: 'Any previous treatments received',
					correct: true,
					explanation: 'Correct: oncological factors include any previous treatments received.'
				},
				{
					text: 'The results of cardiac function tests',
					correct: false,
					explanation:
						'Cardiac function tests are used to assess patient fitness, a patient-related factor.'
				},
				{
					text: 'The presence of metastases in other parts of the body',
					correct: true,
					explanation:
						'Correct: oncological factors include the presence of any metastases in other parts of the body.'
				},
				{
					text: 'The function of the liver',
					correct: false,
					explanation: 'Liver-related factors refer to the size and function of the liver.'
				},
				{
					text: 'Systemic disease stability and control',
					correct: true,
					explanation:
						'Correct: discussed with the oncological factors and described as crucial for a positive outcome.'
				}
			],
			teachingPoint:
				'Oncological factors are the primary cancer type, previous treatments, metastases elsewhere and systemic disease stability and control.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'List the oncological factors that influence whether liver resection is possible.',
			source: {
				passageIds: ['surgery-3', 'surgery-4', 'surgery-5', 'surgery-6'],
				quote:
					'Oncological factors include the type of the primary cancer and any previous treatments received, as well as the presence of any metastases in other parts of the body.'
			}
		},
		{
			id: 'surgery-mr-technical-factors',
			type: 'multiple-response',
			stem: 'A liver surgeon reviews the scans of a 66-year-old woman with colorectal liver metastases to judge the technical factors for resection.',
			leadIn:
				'Which of the following are technical factors according to the document? Select all that apply.',
			options: [
				{
					text: 'The number of liver metastases',
					correct: true,
					explanation: 'Correct: technical factors include the number of liver metastases.'
				},
				{
					text: 'The type of primary cancer',
					correct: false,
					explanation: 'The type of primary cancer is an oncological factor.'
				},
				{
					text: 'The size of the liver metastases',
					correct: true,
					explanation: 'Correct: technical factors include the size of the liver metastases.'
				},
				{
					text: 'The results of pulmonary function tests',
					correct: false,
					explanation: 'Pulmonary function tests assess patient fitness, a patient-related factor.'
				},
				{
					text: 'The location of the metastases in relation to vessels and bile ducts',
					correct: true,
					explanation:
						'Correct: technical factors include location in the liver and in relation to crucial liver structures such as vessels and bile ducts.'
				},
				{
					text: 'Whether the liver is affected by cirrhosis',
					correct: false,
					explanation:
						'Cirrhosis is discussed under liver-related factors (the size and function of the liver).'
				}
			],
			teachingPoint:
				'Technical factors are the size, number and location of the metastases, including their relation to vessels and bile ducts.',
			difficulty: 'easy',
			audiences: ['doctor'],
			objective:
				'List the technical factors that determine whether liver metastases can be resected.',
			source: {
				passageIds: ['surgery-4', 'surgery-3', 'surgery-5', 'surgery-6'],
				quote:
					'Technical factors include the size, number and location of the liver metastases in the liver and in relation to crucial liver structures, such as vessels and bile ducts.'
			}
		},
		{
			id: 'surgery-mr-surgical-approaches',
			type: 'multiple-response',
			stem: 'An experienced liver surgeon is planning the operation for a patient with several liver metastases in different parts of the liver.',
			leadIn:
				'Which of the following does the document describe as possible surgical approaches or aims? Select all that apply.',
			options: [
				{
					text: 'A major liver resection',
					correct: true,
					explanation: 'Correct: the approach may include a major liver resection.'
				},
				{
					text: 'Smaller resections',
					correct: true,
					explanation: 'Correct: the approach may include smaller resections.'
				},
				{
					text: 'Leaving some tumours untreated so that more liver is kept',
					correct: false,
					explanation:
						'The primary goal is to treat all the liver tumours effectively, while preserving as much liver as possible.'
				},
				{
					text: 'A combination of resection and ablation',
					correct: true,
					explanation: 'Correct: the approach may even combine resection and ablation.'
				},
				{
					text: 'Removing as much liver as possible regardless of where the tumours are',
					correct: false,
					explanation:
						'The goal is to preserve as much liver as possible while treating all the tumours.'
				}
			],
			teachingPoint:
				'The planned operation may be a major resection, smaller resections or resection combined with ablation, always aiming to treat all tumours and spare as much liver as possible.',
			difficulty: 'medium',
			audiences: ['doctor', 'nurse'],
			objective: 'Describe the surgical approaches that may be used for liver metastases.',
			source: {
				passageIds: ['surgery-4'],
				quote:
					'This may include a major liver resection or smaller resections or even combination of resection and ablation.'
			}
		},
		{
			id: 'surgery-mr-reduce-removable-liver',
			type: 'multiple-response',
			stem: 'A pre-assessment nurse is explaining to patients why the amount of liver that can be removed differs from person to person.',
			leadIn:
				'Which of the following does the document give as reasons the amount of liver that can be removed may be much less? Select all that apply.',
			options: [
				{
					text: 'Previous chemotherapy',
					correct: true,
					explanation:
						'Correct: a liver affected by treatments such as chemotherapy may allow much less to be removed.'
				},
				{
					text: 'A liver with normal function and no previous problems',
					correct: false,
					explanation:
						'From a normal liver with no previous problems, 70% or more can be removed without problems.'
				},
				{
					text: 'Alcohol',
					correct: true,
					explanation: 'Correct: alcohol is given as a lifestyle choice that can affect the liver.'
				},
				{
					text: 'Diet',
					correct: true,
					explanation: 'Correct: diet is given as a lifestyle choice that can affect the liver.'
				},
				{
					text: 'A liver that is not healthy',
					correct: true,
					explanation:
						'Correct: if a liver is not healthy, the amount that can be removed may be much less.'
				}
			],
			teachingPoint:
				'An unhealthy liver, or one affected by diet, alcohol or treatments such as chemotherapy, may tolerate much less resection than a normal liver.',
			difficulty: 'easy',
			audiences: ['nurse'],
			objective: 'Identify what reduces the amount of liver that can safely be removed.',
			source: {
				passageIds: ['surgery-5'],
				quote:
					'if a liver is not healthy or has been affected by lifestyle choices (diet, alcohol etc) or treatments, such as chemotherapy, the amount that can be removed may be much less'
			}
		},
		{
			id: 'surgery-mr-fitness-statements',
			type: 'multiple-response',
			stem: 'A 71-year-old man asks the nurse why he has to attend a pre-operative assessment before his planned liver resection.',
			leadIn: 'Which of these statements are supported by the document? Select all that apply.',
			options: [
				{
					text: 'Liver resections are major operations, so fitness is very important',
					correct: true,
					explanation:
						'Correct: as liver resections are major operations, the patient’s fitness is very important.'
				},
				{
					text: 'Fitness should be assessed by a specialist anaesthetic and surgical team',
					correct: true,
					explanation: 'Correct: the document names a specialist anaesthetic and surgical team.'
				},
				{
					text: 'Tests of lung and heart function, or an exercise stress test, may be needed',
					correct: true,
					explanation:
						'Correct: pulmonary function and cardiac function tests or an exercise stress test may be required.'
				},
				{
					text: 'Fitness matters little because a liver resection is a minor procedure',
					correct: false,
					explanation: 'Liver resections are described as major operations.'
				},
				{
					text: 'Very high-risk patients should still have surgery because it offers the higher chance of cure',
					correct: false,
					explanation:
						'For patients deemed very high risk for an operation, alternative treatments should be considered.'
				}
			],
			teachingPoint:
				'Liver resection is a major operation, so fitness is assessed by a specialist anaesthetic and surgical team, with lung, heart or exercise testing as needed.',
			difficulty: 'easy',
			audiences: ['nurse'],
			objective: 'Explain to a patient why fitness is assessed before liver resection.',
			source: {
				passageIds: ['surgery-6', 'surgery-1'],
				quote:
					'as liver resections are major operations, the patient’s fitness is very important. This should be assessed by a specialist anaesthetic and surgical team'
			}
		},
		{
			id: 'surgery-mr-role-of-surgery',
			type: 'multiple-response',
			stem: 'A junior doctor is asked to summarise, for a patient information session, why surgery holds a special place among the treatments for liver metastases.',
			leadIn: 'Which statements are supported by the document? Select all that apply.',
			options: [
				{
					text: 'Surgery offers the higher chance for a cure if used in appropriately selected cases',
					correct: true,
					explanation:
						'Correct: surgery is the treatment option with the higher chance for a cure in appropriately selected cases.'
				},
				{
					text: 'Surgery offers the higher chance of cure for every patient, whatever the circumstances',
					correct: false,
					explanation:
						'The higher chance of cure applies to appropriately selected cases, and resection depends on oncological, technical, liver-related and patient-related factors.'
				},
				{
					text: 'Other treatments can control, slow the growth of or even shrink liver metastases',
					correct: true,
					explanation:
						'Correct: the various treatments can control and slow the growth of or even shrink the liver metastases.'
				},
				{
					text: 'Chemotherapy usually makes liver metastases go away completely',
					correct: false,
					explanation: 'Most metastases do not go away completely unless removed by surgery.'
				},
				{
					text: 'Most metastases do not go away completely unless removed by surgery',
					correct: true,
					explanation: 'Correct: this is stated directly in the document.'
				}
			],
			teachingPoint:
				'Non-surgical treatments can control or shrink metastases, but most do not go away completely unless surgically removed, which is why surgery offers the higher chance of cure in selected cases.',
			difficulty: 'medium',
			audiences: ['doctor', 'nurse'],
			objective: 'Explain why surgery offers the higher chance of cure for liver metastases.',
			source: {
				passageIds: ['surgery-1', 'treatment-planning-10', 'surgery-2'],
				quote: "most metastases don't go away completely unless removed by surgery"
			}
		},
		{
			id: 'surgery-mr-liver-related-factors',
			type: 'multiple-response',
			stem: 'An MDT is reviewing a 61-year-old woman with colorectal liver metastases for possible resection. The hepatobiliary registrar is asked to present only the liver-related factors.',
			leadIn:
				'Which of the following are liver-related factors according to the document? Select all that apply.',
			options: [
				{
					text: 'The size of the liver',
					correct: true,
					explanation: 'Correct: liver-related factors refer to the size and function of the liver.'
				},
				{
					text: 'The size of the metastases',
					correct: false,
					explanation:
						'The size of the metastases is a technical factor; it is the size of the liver itself that is liver-related.'
				},
				{
					text: 'The function of the liver',
					correct: true,
					explanation: 'Correct: liver-related factors refer to the size and function of the liver.'
				},
				{
					text: 'The presence of metastases in other parts of the body',
					correct: false,
					explanation: 'Metastases elsewhere in the body are an oncological factor.'
				},
				{
					text: 'Damage to the liver from alcohol',
					correct: true,
					explanation:
						'Correct: a liver affected by lifestyle choices such as alcohol may allow much less to be removed.'
				},
				{
					text: 'The number of metastases in the liver',
					correct: false,
					explanation: 'The number of metastases is a technical factor.'
				}
			],
			teachingPoint:
				'Liver-related factors are about the liver itself, its size and function, not the size or number of the metastases, which are technical factors.',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective: 'Distinguish liver-related factors from technical and oncological factors.',
			source: {
				passageIds: ['surgery-5', 'surgery-4', 'surgery-3'],
				quote: 'Liver-related factors refer to the size and function of the liver.'
			}
		},
		{
			id: 'surgery-mr-pancreatic-primary',
			type: 'multiple-response',
			stem: 'A 66-year-old man with liver metastases from pancreatic cancer has read that people with bowel cancer can have their liver metastases removed. He asks the nurse whether the same applies to him.',
			leadIn: 'Which statements are consistent with the document? Select all that apply.',
			options: [
				{
					text: 'The type of primary cancer is one of the oncological factors considered',
					correct: true,
					explanation: 'Correct: oncological factors include the type of the primary cancer.'
				},
				{
					text: 'Current evidence suggests liver metastases from pancreatic cancer are not treated well with an aggressive surgical approach',
					correct: true,
					explanation:
						'Correct: current evidence suggests that an aggressive surgical approach does not work well for cancers such as lung or pancreatic.'
				},
				{
					text: 'Pancreatic cancer liver metastases do as well with aggressive surgery as colorectal ones',
					correct: false,
					explanation:
						'Colorectal and ovarian are the examples that do well; current evidence suggests this is not the case for pancreatic cancer.'
				},
				{
					text: 'The type of primary cancer makes no difference to whether surgery is worthwhile',
					correct: false,
					explanation:
						'The type of primary cancer is an oncological factor, and some types respond well to aggressive surgery while others do not.'
				}
			],
			teachingPoint:
				'The primary cancer matters: colorectal and ovarian liver metastases do well with aggressive surgery, whereas current evidence suggests lung and pancreatic ones do not.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective:
				'Explain to a patient how the type of primary cancer influences the role of surgery.',
			source: {
				passageIds: ['surgery-3'],
				quote:
					'On the contrary, current evidence suggests that this is not the case for other types of cancers, such as lung or pancreatic.'
			}
		},
		{
			id: 'surgery-mr-after-chemotherapy',
			type: 'multiple-response',
			stem: 'A 58-year-old woman with colorectal liver metastases has had chemotherapy that shrank her metastases. The MDT is now reconsidering surgery.',
			leadIn: 'Which statements are supported by the document? Select all that apply.',
			options: [
				{
					text: 'Treatments such as chemotherapy can shrink liver metastases',
					correct: true,
					explanation:
						'Correct: the various treatments can control and slow the growth of or even shrink the liver metastases.'
				},
				{
					text: 'Once shrunk, her metastases can be expected to go away completely without surgery',
					correct: false,
					explanation: 'Most metastases do not go away completely unless removed by surgery.'
				},
				{
					text: 'Her previous treatment is one of the oncological factors considered',
					correct: true,
					explanation: 'Correct: oncological factors include any previous treatments received.'
				},
				{
					text: 'Chemotherapy may reduce the amount of her liver that can be removed',
					correct: true,
					explanation:
						'Correct: if the liver has been affected by treatments such as chemotherapy, the amount that can be removed may be much less.'
				},
				{
					text: 'Chemotherapy increases the amount of liver that can safely be removed',
					correct: false,
					explanation:
						'The document says the opposite: a liver affected by chemotherapy may allow much less to be removed.'
				}
			],
			teachingPoint:
				'Previous chemotherapy is an oncological factor and may also limit how much liver can be removed; even after shrinking, most metastases do not go away completely unless removed by surgery.',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective:
				'Evaluate how previous chemotherapy bears on the decision to resect liver metastases.',
			source: {
				passageIds: ['treatment-planning-10', 'surgery-3', 'surgery-5'],
				quote:
					'the various treatments can control and slow the growth of or even shrink the liver metastases'
			}
		},

		// ---------------------------------------------------------------- true / false
		{
			id: 'surgery-tf-metastases-persist',
			type: 'true-false',
			stem: 'Although various treatments can control or even shrink liver metastases, most metastases do not go away completely unless they are removed by surgery.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: true,
					explanation:
						'Correct: the treatments can control, slow or even shrink metastases, but most do not go away completely unless removed by surgery.'
				},
				{
					text: 'False',
					correct: false,
					explanation:
						'The statement is true: the document says most metastases do not go away completely unless removed by surgery.'
				}
			],
			teachingPoint:
				'Most liver metastases do not disappear completely without surgical removal, which underpins surgery’s higher chance of cure.',
			difficulty: 'easy',
			audiences: ['nurse', 'doctor'],
			objective: 'Recognise that most liver metastases persist unless surgically removed.',
			source: {
				passageIds: ['treatment-planning-10', 'surgery-1'],
				quote: "most metastases don't go away completely unless removed by surgery"
			}
		},
		{
			id: 'surgery-tf-not-everyone',
			type: 'true-false',
			stem: 'Because surgery is the treatment with the higher chance of cure, every patient with liver metastases should be offered a liver resection.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: false,
					explanation:
						'Surgery has the higher chance of cure only in appropriately selected cases, and resection depends on oncological, technical, liver-related and patient-related factors.'
				},
				{
					text: 'False',
					correct: true,
					explanation:
						'Correct: the higher chance of cure applies to appropriately selected cases, and resection is only possible depending on four groups of factors.'
				}
			],
			teachingPoint:
				'Surgery offers the higher chance of cure only in appropriately selected cases; selection depends on oncological, technical, liver-related and patient-related factors.',
			difficulty: 'easy',
			audiences: ['nurse', 'doctor'],
			objective: 'Explain why not every patient with liver metastases is offered resection.',
			source: {
				passageIds: ['surgery-1', 'surgery-2'],
				quote: 'if it is used in the appropriately selected cases'
			}
		},
		{
			id: 'surgery-tf-normal-liver-30-percent',
			type: 'true-false',
			stem: 'In a liver with normal function and no previous problems, no more than 30% of its volume can be removed with surgery.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: false,
					explanation:
						'The document says 70% or more of a normal liver’s volume can be removed without any problems.'
				},
				{
					text: 'False',
					correct: true,
					explanation:
						'Correct: in a liver with normal function and no previous problems, 70% or more of its volume can be removed without any problems.'
				}
			],
			teachingPoint: 'A normal liver tolerates removal of 70% or more of its volume.',
			difficulty: 'easy',
			audiences: ['doctor', 'nurse'],
			objective: 'State how much of a normal liver can safely be resected.',
			source: {
				passageIds: ['surgery-5'],
				quote: '70% or more of its volume can be removed with surgery without any problems'
			}
		},
		{
			id: 'surgery-tf-cirrhosis-no-resection',
			type: 'true-false',
			stem: 'In some patients the liver is so much affected, for example by cirrhosis, that a liver resection cannot be performed at all.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: true,
					explanation:
						'Correct: there are cases where the liver is so much affected (for example in cirrhosis) that a liver resection cannot be performed at all.'
				},
				{
					text: 'False',
					correct: false,
					explanation:
						'The statement is true: the document gives cirrhosis as an example of a liver so affected that resection cannot be performed at all.'
				}
			],
			teachingPoint:
				'Liver-related factors can rule out surgery altogether, for example when the liver is severely affected by cirrhosis.',
			difficulty: 'easy',
			audiences: ['nurse', 'doctor'],
			objective: 'Recognise that a severely affected liver can rule out resection.',
			source: {
				passageIds: ['surgery-5'],
				quote: 'that a liver resection cannot be performed at all'
			}
		},
		{
			id: 'surgery-tf-lung-aggressive',
			type: 'true-false',
			stem: 'Current evidence suggests that liver metastases from lung cancer, like those from colorectal cancer, are treated well with an aggressive surgical approach.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: false,
					explanation:
						'Colorectal and ovarian are the examples that do well; current evidence suggests this is not the case for lung or pancreatic cancers.'
				},
				{
					text: 'False',
					correct: true,
					explanation:
						'Correct: current evidence suggests an aggressive surgical approach does not treat liver metastases from lung or pancreatic cancer well.'
				}
			],
			teachingPoint:
				'Colorectal and ovarian liver metastases do well with aggressive surgery; current evidence suggests lung and pancreatic ones do not.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective:
				'Identify primary cancers for which aggressive liver surgery is not supported by current evidence.',
			source: {
				passageIds: ['surgery-3'],
				quote:
					'current evidence suggests that this is not the case for other types of cancers, such as lung or pancreatic'
			}
		},
		{
			id: 'surgery-tf-systemic-stability',
			type: 'true-false',
			stem: 'Among the oncological factors, systemic disease stability and control is described as crucial for a positive outcome.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: true,
					explanation:
						'Correct: the document states that systemic disease stability and control is crucial for a positive outcome.'
				},
				{
					text: 'False',
					correct: false,
					explanation:
						'The statement is true: systemic disease stability and control is described as crucial for a positive outcome.'
				}
			],
			teachingPoint:
				'Stable, controlled disease throughout the body is crucial for a positive outcome from liver surgery.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective:
				'Recognise the importance of systemic disease control in selecting patients for resection.',
			source: {
				passageIds: ['surgery-3'],
				quote: 'Systemic disease stability and control is crucial for a positive outcome.'
			}
		},
		{
			id: 'surgery-tf-vessels-liver-related',
			type: 'true-false',
			stem: 'The relation of liver metastases to crucial structures such as vessels and bile ducts is classed as a liver-related factor.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: false,
					explanation:
						'Liver-related factors refer to the size and function of the liver; relation to vessels and bile ducts is a technical factor.'
				},
				{
					text: 'False',
					correct: true,
					explanation:
						'Correct: it is a technical factor, alongside the size, number and location of the metastases.'
				}
			],
			teachingPoint:
				'Relation to vessels and bile ducts is a technical factor; liver-related factors concern the size and function of the liver itself.',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective: 'Distinguish technical factors from liver-related factors.',
			source: {
				passageIds: ['surgery-4', 'surgery-5'],
				quote: 'in relation to crucial liver structures, such as vessels and bile ducts'
			}
		},
		{
			id: 'surgery-tf-remove-maximum-liver',
			type: 'true-false',
			stem: 'The primary goal of surgery for liver metastases is to remove as much liver as possible, so that no tumour is left behind.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: false,
					explanation:
						'The goal is to treat all the liver tumours effectively while preserving as much liver as possible, not removing as much as possible.'
				},
				{
					text: 'False',
					correct: true,
					explanation:
						'Correct: the primary goal is to treat all the liver tumours effectively by preserving as much liver as possible.'
				}
			],
			teachingPoint:
				'Surgery aims to treat every liver tumour while keeping as much liver as possible.',
			difficulty: 'medium',
			audiences: ['nurse', 'doctor'],
			objective: 'State the primary goal of surgery for liver metastases.',
			source: {
				passageIds: ['surgery-4'],
				quote: 'preserving as much liver as possible'
			}
		},
		{
			id: 'surgery-tf-anaesthetic-team',
			type: 'true-false',
			stem: 'A patient’s fitness for liver resection should be assessed by a specialist anaesthetic and surgical team.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: true,
					explanation:
						'Correct: fitness should be assessed by a specialist anaesthetic and surgical team, and various tests may be required.'
				},
				{
					text: 'False',
					correct: false,
					explanation:
						'The statement is true: the document says fitness should be assessed by a specialist anaesthetic and surgical team.'
				}
			],
			teachingPoint:
				'Fitness for a major liver resection is judged by a specialist anaesthetic and surgical team.',
			difficulty: 'easy',
			audiences: ['nurse'],
			objective: 'Identify who assesses patient fitness for liver resection.',
			source: {
				passageIds: ['surgery-6'],
				quote: 'This should be assessed by a specialist anaesthetic and surgical team'
			}
		},
		{
			id: 'surgery-tf-minor-operation',
			type: 'true-false',
			stem: 'Because a liver resection is a minor operation, the patient’s fitness has little bearing on whether surgery goes ahead.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: false,
					explanation:
						'Liver resections are major operations and the patient’s fitness is very important; very high-risk patients should be considered for alternative treatments.'
				},
				{
					text: 'False',
					correct: true,
					explanation:
						'Correct: liver resections are major operations, so fitness is very important and very high-risk patients should be considered for alternative treatments.'
				}
			],
			teachingPoint:
				'Liver resections are major operations: fitness is very important and may steer very high-risk patients to alternative treatments.',
			difficulty: 'easy',
			audiences: ['nurse', 'doctor'],
			objective: 'Explain why patient fitness matters for liver resection.',
			source: {
				passageIds: ['surgery-6'],
				quote: 'as liver resections are major operations, the patient’s fitness is very important'
			}
		},
		{
			id: 'surgery-tf-resection-plus-ablation',
			type: 'true-false',
			stem: 'The surgical plan for liver metastases may combine liver resection with ablation.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: true,
					explanation:
						'Correct: the approach may include a major liver resection, smaller resections or even a combination of resection and ablation.'
				},
				{
					text: 'False',
					correct: false,
					explanation:
						'The statement is true: the document lists a combination of resection and ablation as a possible approach.'
				}
			],
			teachingPoint:
				'Resection can be combined with ablation to treat all the tumours while sparing liver.',
			difficulty: 'easy',
			audiences: ['nurse', 'doctor'],
			objective: 'Recognise that resection and ablation can be combined.',
			source: {
				passageIds: ['surgery-4'],
				quote: 'or even combination of resection and ablation'
			}
		},
		{
			id: 'surgery-tf-previous-treatments-oncological',
			type: 'true-false',
			stem: 'Any previous cancer treatments a patient has received are counted among the oncological factors when liver resection is considered.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: true,
					explanation:
						'Correct: oncological factors include the type of the primary cancer and any previous treatments received.'
				},
				{
					text: 'False',
					correct: false,
					explanation:
						'The statement is true: any previous treatments received are listed among the oncological factors.'
				}
			],
			teachingPoint:
				'Previous treatments are an oncological factor, alongside primary type, metastases elsewhere and systemic disease control.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Classify previous treatments as an oncological factor for liver resection.',
			source: {
				passageIds: ['surgery-3', 'surgery-2'],
				quote: 'any previous treatments received'
			}
		},

		// ---------------------------------------------------------------- extended matching
		{
			id: 'surgery-emq-classify-findings',
			type: 'extended-matching',
			stem: 'Groups of factors that decide whether liver resection is possible',
			leadIn:
				'For each finding discussed at the MDT, choose the group of factors it belongs to. Each option may be used once, more than once or left unused.',
			options: [
				{
					text: 'Oncological factor',
					explanation:
						'Includes the type of the primary cancer, previous treatments received, metastases in other parts of the body and systemic disease stability and control.'
				},
				{
					text: 'Technical factor',
					explanation:
						'Includes the size, number and location of the liver metastases and their relation to crucial liver structures such as vessels and bile ducts.'
				},
				{
					text: 'Liver-related factor',
					explanation:
						'Refers to the size and function of the liver, including whether it is healthy or has been affected by lifestyle choices or treatments.'
				},
				{
					text: 'Patient-related factor (fitness)',
					explanation:
						'The patient’s fitness for a major operation, assessed by a specialist anaesthetic and surgical team, with tests such as pulmonary and cardiac function tests.'
				},
				{
					text: 'Symptom-related factor',
					explanation:
						'Not one of the groups: resection depends on oncological, technical, liver-related and patient-related factors.'
				},
				{
					text: 'Genetic factor',
					explanation:
						'Not one of the groups: resection depends on oncological, technical, liver-related and patient-related factors.'
				}
			],
			stems: [
				{
					id: 'a',
					text: 'A 61-year-old woman: one colorectal liver metastasis lies next to a major vessel and the main bile ducts.',
					answer: 1,
					explanation:
						'Location in relation to crucial liver structures such as vessels and bile ducts is a technical factor.'
				},
				{
					id: 'b',
					text: 'A 58-year-old man: the primary cancer is pancreatic.',
					answer: 0,
					explanation:
						'The type of primary cancer is an oncological factor; current evidence suggests pancreatic liver metastases are not treated well with aggressive surgery.'
				},
				{
					id: 'c',
					text: 'A 70-year-old man: cardiac function tests and an exercise stress test are arranged before a major resection.',
					answer: 3,
					explanation:
						'These tests assess the patient’s fitness for a major operation, a patient-related factor.'
				},
				{
					id: 'd',
					text: 'A 65-year-old woman: her background liver shows cirrhosis.',
					answer: 2,
					explanation:
						'Cirrhosis is discussed under liver-related factors; the liver may be so affected that resection cannot be performed at all.'
				},
				{
					id: 'e',
					text: 'A 54-year-old man: staging shows metastases in other parts of the body as well as the liver.',
					answer: 0,
					explanation:
						'The presence of metastases in other parts of the body is an oncological factor.'
				}
			],
			teachingPoint:
				'Each finding at the MDT can be sorted into one of four groups: oncological, technical, liver-related or patient-related (fitness).',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Classify clinical findings into the four groups of factors for liver resection.',
			source: {
				passageIds: ['surgery-2', 'surgery-3', 'surgery-4', 'surgery-5', 'surgery-6'],
				quote:
					'Surgical resection may be possible depending on oncological, technical, liver-related and patient-related factors.'
			}
		},
		{
			id: 'surgery-emq-patient-questions',
			type: 'extended-matching',
			stem: 'Explaining decisions about liver surgery to patients',
			leadIn:
				'For each patient question, choose the explanation from the document that best answers it. Each option may be used once, more than once or left unused.',
			options: [
				{
					text: 'Surgery has the higher chance for a cure in appropriately selected cases, and most metastases do not go away completely unless removed by surgery.',
					explanation:
						'Surgery is the option with the higher chance for a cure in appropriately selected cases; other treatments can control or shrink metastases, but most do not go away completely unless removed by surgery.'
				},
				{
					text: 'Liver resections are major operations, so fitness is assessed by a specialist anaesthetic and surgical team and tests may be needed.',
					explanation:
						'Patient fitness is very important; pulmonary and cardiac function tests or an exercise stress test may be required.'
				},
				{
					text: 'A liver affected by lifestyle choices or treatments such as chemotherapy may allow much less to be removed.',
					explanation:
						'Normal livers tolerate removal of 70% or more, but an unhealthy or affected liver may tolerate much less.'
				},
				{
					text: 'The operation may combine resection and ablation, aiming to treat all tumours while preserving as much liver as possible.',
					explanation:
						'Approaches include major or smaller resections or resection combined with ablation, with the primary goal of treating all tumours and sparing liver.'
				},
				{
					text: 'Liver metastases from some primaries, such as colorectal or ovarian cancer, are treated well with an aggressive surgical approach.',
					explanation:
						'The type of primary cancer is an oncological factor; colorectal and ovarian are the examples that do well.'
				},
				{
					text: 'When a patient is deemed very high risk for an operation, alternative treatments should be considered.',
					explanation:
						'Some patients are deemed very high risk for an operation; for them alternative treatments should be considered.'
				}
			],
			stems: [
				{
					id: 'a',
					text: '“Why do I need breathing and heart tests before my liver operation?”',
					answer: 1,
					explanation:
						'Liver resections are major operations, so fitness is assessed and pulmonary and cardiac function tests may be required.'
				},
				{
					id: 'b',
					text: '“My chemotherapy has already shrunk the tumours. Why are they still suggesting an operation?”',
					answer: 0,
					explanation:
						'Treatments can shrink metastases, but most do not go away completely unless removed by surgery, which has the higher chance of cure.'
				},
				{
					id: 'c',
					text: '“I have drunk heavily for years and had chemotherapy. Why is the surgeon worried about how much liver can be taken away?”',
					answer: 2,
					explanation:
						'Lifestyle choices such as alcohol and treatments such as chemotherapy can mean much less liver can be removed.'
				},
				{
					id: 'd',
					text: '“They plan to remove some tumours and treat another with ablation in the same operation. Why not just cut everything out?”',
					answer: 3,
					explanation:
						'Combining resection and ablation helps treat all the tumours while preserving as much liver as possible.'
				},
				{
					id: 'e',
					text: '“The team says an operation would be too risky for me. What happens now?”',
					answer: 5,
					explanation:
						'For patients deemed very high risk for an operation, alternative treatments should be considered.'
				}
			],
			teachingPoint:
				'Nurses can answer common questions about liver surgery from the document: cure potential, fitness testing, liver limits, combined approaches and alternatives for high-risk patients.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective: 'Match patients’ questions about liver surgery with the correct explanation.',
			source: {
				passageIds: [
					'surgery-1',
					'treatment-planning-10',
					'surgery-3',
					'surgery-4',
					'surgery-5',
					'surgery-6'
				],
				quote: 'In these cases, alternative treatments should be considered.'
			}
		},
		{
			id: 'surgery-emq-liver-volume',
			type: 'extended-matching',
			stem: 'How much liver can be removed',
			leadIn:
				'For each patient, choose the statement that best describes how much liver can be removed, according to the document. Each option may be used once, more than once or left unused.',
			options: [
				{
					text: '70% or more of its volume can be removed without any problems',
					explanation: 'Applies to a liver with normal function and no previous problems.'
				},
				{
					text: 'The amount that can be removed may be much less than in a normal liver',
					explanation:
						'Applies when the liver is not healthy or has been affected by lifestyle choices (diet, alcohol) or treatments such as chemotherapy.'
				},
				{
					text: 'A liver resection cannot be performed at all',
					explanation:
						'Applies when the liver is so much affected, for example in cirrhosis, that no resection is possible.'
				},
				{
					text: 'No more than 30% of its volume can be removed',
					explanation:
						'Not a figure the document gives; a normal liver can lose 70% or more of its volume.'
				},
				{
					text: 'More can be removed than from a normal liver',
					explanation:
						'No situation in the document allows more than a normal liver; affected livers allow less.'
				},
				{
					text: 'The amount depends only on the number of metastases',
					explanation:
						'The number of metastases is a technical factor; liver-related factors refer to the size and function of the liver.'
				}
			],
			stems: [
				{
					id: 'a',
					text: 'A 52-year-old man with colorectal liver metastases whose liver function is normal and who has had no previous liver problems.',
					answer: 0,
					explanation:
						'In a liver with normal function and no previous problems, 70% or more can be removed without any problems.'
				},
				{
					id: 'b',
					text: 'A 64-year-old woman whose liver has been affected by several courses of chemotherapy.',
					answer: 1,
					explanation:
						'A liver affected by treatments such as chemotherapy may allow much less to be removed.'
				},
				{
					id: 'c',
					text: 'A 59-year-old man whose liver has been affected by his diet and alcohol intake; he does not have cirrhosis.',
					answer: 1,
					explanation:
						'A liver affected by lifestyle choices (diet, alcohol) may allow much less to be removed.'
				},
				{
					id: 'd',
					text: 'A 61-year-old woman whose liver is severely affected by cirrhosis.',
					answer: 2,
					explanation:
						'The document gives cirrhosis as an example of a liver so much affected that a resection cannot be performed at all.'
				}
			],
			teachingPoint:
				'A normal liver tolerates removal of 70% or more; an affected liver much less; a severely affected (e.g. cirrhotic) liver may not tolerate resection at all.',
			difficulty: 'medium',
			audiences: ['doctor', 'nurse'],
			objective: 'Relate the health of the liver to how much of it can be resected.',
			source: {
				passageIds: ['surgery-5', 'surgery-4'],
				quote: 'Liver-related factors refer to the size and function of the liver.'
			}
		},
		{
			id: 'surgery-emq-factor-nuances',
			type: 'extended-matching',
			stem: 'Telling the four groups of factors apart',
			leadIn:
				'For each consideration raised at the MDT, choose the group of factors the document places it in. Each option may be used once, more than once or left unused.',
			options: [
				{
					text: 'Oncological factor',
					explanation:
						'The type of primary cancer, previous treatments received, metastases elsewhere in the body and systemic disease stability and control.'
				},
				{
					text: 'Technical factor',
					explanation:
						'The size, number and location of the metastases, including their relation to vessels and bile ducts.'
				},
				{
					text: 'Liver-related factor',
					explanation:
						'The size and function of the liver itself, including damage from lifestyle choices or treatments such as chemotherapy.'
				},
				{
					text: 'Patient-related factor (fitness)',
					explanation:
						'Fitness for a major operation, assessed by a specialist anaesthetic and surgical team, with pulmonary and cardiac function tests or an exercise stress test.'
				},
				{
					text: 'Symptom-related factor',
					explanation:
						'Not one of the groups: resection depends on oncological, technical, liver-related and patient-related factors.'
				},
				{
					text: 'Genetic factor',
					explanation:
						'Not one of the groups: resection depends on oncological, technical, liver-related and patient-related factors.'
				}
			],
			stems: [
				{
					id: 'a',
					text: 'The size of the largest liver metastasis.',
					answer: 1,
					explanation: 'The size of the metastases is a technical factor.'
				},
				{
					id: 'b',
					text: 'The size of the patient’s liver and how well it is working.',
					answer: 2,
					explanation: 'Liver-related factors refer to the size and function of the liver.'
				},
				{
					id: 'c',
					text: 'The cancer treatments the patient has already received.',
					answer: 0,
					explanation: 'Any previous treatments received are listed among the oncological factors.'
				},
				{
					id: 'd',
					text: 'Chemotherapy has affected the liver, so that less of it may be removable.',
					answer: 2,
					explanation:
						'The effect of treatments such as chemotherapy on how much liver can be removed is discussed under liver-related factors.'
				},
				{
					id: 'e',
					text: 'Whether the cancer outside the liver is stable and controlled.',
					answer: 0,
					explanation:
						'Systemic disease stability and control is discussed with the oncological factors and is crucial for a positive outcome.'
				},
				{
					id: 'f',
					text: 'The results of pulmonary function tests.',
					answer: 3,
					explanation: 'Pulmonary function tests are used to assess patient fitness.'
				}
			],
			teachingPoint:
				'Similar-sounding considerations fall into different groups: size of the metastases is technical but size of the liver is liver-related; previous treatments are oncological, but their effect on the liver is liver-related.',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective:
				'Differentiate overlapping considerations among the four groups of factors for liver resection.',
			source: {
				passageIds: ['surgery-2', 'surgery-3', 'surgery-4', 'surgery-5', 'surgery-6'],
				quote:
					'Oncological factors include the type of the primary cancer and any previous treatments received'
			}
		}
	]
});
