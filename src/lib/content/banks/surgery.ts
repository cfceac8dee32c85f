import { defineBank } from '$lib/content/types';

export default defineBank({
	id: 'surgery',
	title: 'Surgical factors',
	description:
		'Deciding on liver resection: oncological, technical, liver-related and patient-related factors, the plan a liver surgeon chooses, and what to tell patients.',
	items: [
		// ---------------------------------------------------------------- single best answer
		{
			id: 'surgery-higher-chance-of-cure',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 58-year-old woman had a sigmoid colon cancer removed a year ago. Surveillance CT and MRI show a single 4 cm metastasis in the right lobe of the liver, well away from the major vessels, and no disease elsewhere. Her liver blood tests are normal, she is fit, and she wants whatever gives her the best chance of cure.',
			leadIn: 'Which treatment should the MDT recommend?',
			options: [
				{
					text: 'Liver resection',
					kind: 'treatment',
					correct: true,
					explanation:
						'Correct. Every factor favours surgery: a colorectal primary, a single removable metastasis, no disease elsewhere, a healthy liver and a fit, willing patient. In appropriately selected cases like hers, surgery is the treatment with the higher chance of cure.'
				},
				{
					text: 'Percutaneous microwave ablation',
					kind: 'treatment',
					correct: false,
					explanation:
						'Ablation is usually used for small tumours (usually under 3 cm) that cannot be removed with surgery, or for patients who are not fit or willing to have an operation. Her metastasis is larger than that, removable, and she is fit and willing.'
				},
				{
					text: 'Stereotactic body radiotherapy',
					kind: 'treatment',
					correct: false,
					explanation:
						'Stereotactic radiotherapy may be used for 1 to 3 small metastases, but it is an alternative for tumours that are not removed; for a fit patient with a removable metastasis it does not replace resection.'
				},
				{
					text: 'Systemic chemotherapy alone',
					kind: 'treatment',
					correct: false,
					explanation:
						'Chemotherapy can slow or shrink metastases, but on its own it rarely makes them disappear completely. It may be offered after her resection to reduce the risk of recurrence, not instead of it.'
				},
				{
					text: 'Transarterial chemoembolisation',
					kind: 'treatment',
					correct: false,
					explanation:
						'TACE can be used when the cancer has spread only to the liver, but it controls rather than removes the metastasis, and for colorectal metastases it is used only selectively; it is no substitute for resection in a fit patient with removable disease.'
				}
			],
			teachingPoint:
				'Ablation, radiotherapy and embolisation are for tumours that cannot be removed or patients who cannot or will not have an operation. When the cancer, the metastases, the liver and the patient all allow it, resection offers the higher chance of cure.',
			difficulty: 'easy',
			audiences: ['doctor', 'nurse'],
			objective:
				'Choose resection for a fit patient with a single removable colorectal liver metastasis.',
			source: {
				passageIds: ['surgery-1', 'ablation-1', 'treatment-planning-10'],
				quote:
					'Surgery is the treatment option with the higher chance for a cure for liver metastases'
			}
		},
		{
			id: 'surgery-four-factor-groups',
			type: 'single-best-answer',
			task: 'recall',
			stem: 'At the liver MDT, the surgeon works through whether a patient’s liver metastases could be removed. She sets out the oncological factors, then the technical factors, then the liver-related factors, and turns to the fourth and last group.',
			leadIn: 'Which group of factors completes the set?',
			options: [
				{
					text: 'Symptom factors',
					kind: 'group of factors',
					correct: false,
					explanation:
						'Symptoms depend on the number and location of the metastases and may have other causes; they are not one of the groups that decide resection.'
				},
				{
					text: 'Radiological factors',
					kind: 'group of factors',
					correct: false,
					explanation:
						'Imaging supplies the size, number and location of the metastases, which are technical factors; it is not a group of its own.'
				},
				{
					text: 'Tumour-marker factors',
					kind: 'group of factors',
					correct: false,
					explanation:
						'Tumour markers are blood tests that can aid diagnosis; they are not one of the groups that decide resection.'
				},
				{
					text: 'Age-related factors',
					kind: 'group of factors',
					correct: false,
					explanation:
						'Age is not named as a group. What matters about the patient is fitness for a major operation, judged by a specialist team with tests where needed.'
				},
				{
					text: 'Patient-related factors',
					kind: 'group of factors',
					correct: true,
					explanation:
						'Correct. Resection may be possible depending on oncological, technical, liver-related and patient-related factors; the patient-related group centres on fitness for a major operation.'
				}
			],
			teachingPoint:
				'Four groups decide resection: oncological (the cancer as a whole), technical (the metastases within the liver), liver-related (the liver itself) and patient-related (fitness for a major operation). Presenting a case in that order makes gaps obvious.',
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
			task: 'decision',
			stem: 'Five patients are discussed at a liver MDT. In each, the liver surgeon judges that two liver metastases could be removed technically, and fitness tests are satisfactory. The primary cancer, the state of disease elsewhere and the background liver differ.',
			leadIn: 'Which patient is the most suitable candidate for liver resection?',
			options: [
				{
					text: 'Lung primary; chest disease well controlled; healthy liver',
					kind: 'patient',
					correct: false,
					explanation:
						'Control of the chest disease is favourable, but current evidence suggests that liver metastases from lung cancer are not treated well with an aggressive surgical approach.'
				},
				{
					text: 'Rectal primary; lung metastases growing on treatment; healthy liver',
					kind: 'patient',
					correct: false,
					explanation:
						'Colorectal metastases can do well with surgery, but systemic disease stability and control is crucial for a positive outcome; growing lung metastases weigh against liver resection.'
				},
				{
					text: 'Pancreatic primary; no disease elsewhere; healthy liver',
					kind: 'patient',
					correct: false,
					explanation:
						'Disease confined to the liver and a healthy liver are favourable, but current evidence suggests pancreatic liver metastases are not treated well with an aggressive surgical approach.'
				},
				{
					text: 'Ovarian primary; disease elsewhere controlled; healthy liver',
					kind: 'patient',
					correct: true,
					explanation:
						'Correct. Ovarian, like colorectal, liver metastases can be treated well with an aggressive surgical approach, and here disease elsewhere is controlled and the liver is healthy: every factor lines up. For ovarian cancer the case is chosen more selectively than for colorectal, and liver resection is often part of an operation to remove all visible disease, planned with the gynaecological oncology team.'
				},
				{
					text: 'Colon primary; no disease elsewhere; advanced cirrhosis',
					kind: 'patient',
					correct: false,
					explanation:
						'The cancer and metastases are favourable, but a liver badly affected by cirrhosis may be unable to tolerate any resection at all.'
				}
			],
			teachingPoint:
				'A favourable primary is necessary but not sufficient. Ovarian and colorectal liver metastases can be treated well with aggressive surgery, lung and pancreatic ones on current evidence cannot, and even a favourable primary is outweighed by progressing disease elsewhere or a badly damaged liver.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective:
				'Select the patient for liver resection by weighing primary type, disease elsewhere and the background liver together.',
			source: {
				passageIds: ['surgery-3', 'surgery-5'],
				quote:
					'there are types of primary cancers that their liver metastases are treated well with an aggressive surgical approach, such as colorectal or ovarian cancers'
			}
		},
		{
			id: 'surgery-systemic-disease-control',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 60-year-old man with colon cancer has three liver metastases, in both lobes, that a liver surgeon considers removable. His liver is healthy and his exercise test is good. Restaging CT after six months of chemotherapy shows that his lung nodules have doubled in number and grown.',
			leadIn: 'What is the most appropriate next step?',
			options: [
				{
					text: 'Proceed to liver resection, as the liver disease is removable',
					kind: 'next step',
					correct: false,
					explanation:
						'The liver disease is technically removable, but resecting it leaves the growing lung disease untouched; without systemic control an operation is unlikely to bring a positive outcome.'
				},
				{
					text: 'Ablate the liver metastases to avoid a major operation',
					kind: 'next step',
					correct: false,
					explanation:
						'Swapping resection for ablation does not address the problem: the cancer outside the liver is progressing, whatever is done to the liver.'
				},
				{
					text: 'Review systemic treatment; reconsider surgery once disease is controlled',
					kind: 'next step',
					correct: true,
					explanation:
						'Correct. Systemic disease stability and control is crucial for a positive outcome. With lung disease progressing on chemotherapy, the priority is systemic treatment; liver surgery can be reconsidered at the MDT if the disease elsewhere becomes stable.'
				},
				{
					text: 'Resect the liver and the lung metastases at the same operation',
					kind: 'next step',
					correct: false,
					explanation:
						'Lung disease that is multiplying on chemotherapy is uncontrolled; adding a lung operation does not change that, and he would carry the risk of two major operations.'
				},
				{
					text: 'Hepatic arterial infusion, to concentrate the chemotherapy on the liver metastases',
					kind: 'next step',
					correct: false,
					explanation:
						'HAI may be used when resection is not possible and the cancer has not spread outside the liver; his has spread to the lungs and is growing there.'
				}
			],
			teachingPoint:
				'Resectability is not enough: metastases elsewhere and whether systemic disease is stable and controlled are oncological factors. Progression outside the liver turns the plan back to systemic treatment, with surgery reconsidered if control is regained.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective:
				'Manage technically resectable liver metastases when disease outside the liver is progressing.',
			source: {
				passageIds: ['surgery-3', 'chemotherapy-4'],
				quote: 'Systemic disease stability and control is crucial for a positive outcome.'
			}
		},
		{
			id: 'surgery-experienced-liver-surgeon',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 57-year-old woman has four colorectal liver metastases. One, 3 cm across, lies against the junction of the hepatic veins and close to the main bile ducts. Her liver is healthy, there is no disease elsewhere and she is fit. The general surgeon who removed her bowel cancer thinks the liver disease cannot be removed.',
			leadIn: 'What is the most appropriate next step?',
			options: [
				{
					text: 'Palliative systemic chemotherapy as the final plan',
					kind: 'next step',
					correct: false,
					explanation:
						'This accepts a judgement of unresectability made without a liver surgeon. Chemotherapy may well be part of her treatment, but not as a final plan before a specialist has assessed her.'
				},
				{
					text: 'Assessment by an experienced liver surgeon',
					kind: 'next step',
					correct: true,
					explanation:
						'Correct. Size, number and location in relation to vessels and bile ducts are technical factors, and assessment by an experienced liver surgeon is very important for an appropriate surgical approach to be identified and planned. Disease a non-specialist calls unresectable is often removable in a liver unit.'
				},
				{
					text: 'Irreversible electroporation of the metastasis near the ducts',
					kind: 'next step',
					correct: false,
					explanation:
						'IRE is less disruptive to structures near the tumour, but it treats one of four metastases and skips the surgical assessment that should decide the whole plan.'
				},
				{
					text: 'Repeat CT in three months to watch for growth',
					kind: 'next step',
					correct: false,
					explanation:
						'Watching a fit patient with potentially curable disease delays the assessment that could lead to resection.'
				},
				{
					text: 'Transarterial chemoembolisation of the four metastases',
					kind: 'next step',
					correct: false,
					explanation:
						'TACE is a treatment for disease that cannot be removed, and for colorectal metastases it is not standard care; whether hers can be removed has not yet been answered by a liver surgeon.'
				}
			],
			teachingPoint:
				'Whether metastases close to vessels and bile ducts can be removed is a specialist technical judgement. Before anyone labels the disease unresectable, an experienced liver surgeon should assess the case and plan the approach.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective:
				'Refer technically difficult liver metastases for assessment by an experienced liver surgeon.',
			source: {
				passageIds: ['surgery-4'],
				quote:
					'Assessment of each case by an experienced Liver Surgeon is very important for an appropriate surgical approach to be identified and planned.'
			}
		},
		{
			id: 'surgery-primary-goal',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'Mr Okafor, 62, has three colorectal metastases, all in the right side of his liver. The liver surgeon plans to remove the two near the surface with small resections and to ablate a third, deep one during the same operation. Before signing the consent form he asks the nurse why they are not simply removing the whole right side of his liver.',
			leadIn: 'What is the best explanation to give him?',
			options: [
				{
					text: 'Ablation gives a better chance of cure than cutting out a deep tumour like this',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'Surgery, not ablation, is the treatment with the higher chance of cure. Ablation is used here to reach a deep tumour without sacrificing the liver around it.'
				},
				{
					text: 'Smaller operations mean he will not need heart and lung tests beforehand',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'Any liver resection is a major operation and fitness still has to be assessed; the choice of approach is about the liver, not about avoiding tests.'
				},
				{
					text: 'Removing the right side of the liver is kept in reserve in case the tumours return',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'The plan is not staged in this way; the aim today is to treat all three tumours while keeping as much liver as possible.'
				},
				{
					text: 'A major resection is kept for tumours much larger than his, over 5 cm across',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'There is no size threshold for a major resection; the choice depends on where the tumours lie and how much liver the plan leaves behind.'
				},
				{
					text: 'The plan treats all three tumours and keeps as much of his liver as possible',
					kind: 'explanation to the patient',
					correct: true,
					explanation:
						'Correct. Whether the surgeon uses a major resection, smaller resections or resection combined with ablation, the primary goal is to treat all the liver tumours effectively while preserving as much liver as possible.'
				}
			],
			teachingPoint:
				'Major resection, smaller resections and resection combined with ablation are means to one end: treat every tumour effectively while preserving as much liver as possible. A patient who understands the goal understands why his plan looks the way it does.',
			difficulty: 'medium',
			audiences: ['nurse', 'doctor'],
			objective: 'Explain to a patient why a liver-sparing plan is chosen over a larger resection.',
			source: {
				passageIds: ['surgery-4'],
				quote:
					'In any case the primary goal is to treat all the liver tumours effectively by preserving as much liver as possible.'
			}
		},
		{
			id: 'surgery-normal-liver-volume',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 49-year-old man has a single 9 cm colorectal metastasis filling most of the right side of his liver, and no disease elsewhere. He has had no chemotherapy, drinks little alcohol, has normal liver blood tests and is fit. Removing it needs a right hepatectomy, taking about 60% of his liver volume. The registrar worries that this is too much liver to remove.',
			leadIn: 'What should the consultant advise?',
			options: [
				{
					text: 'Ablate the metastasis instead, so that more of his liver is kept',
					kind: 'advice',
					correct: false,
					explanation:
						'Ablation is usually used for tumours under 3 cm that cannot be removed; a 9 cm metastasis is far too large, and his is removable.'
				},
				{
					text: 'Plan the right hepatectomy: a healthy liver can tolerate losing this much',
					kind: 'advice',
					correct: true,
					explanation:
						'Correct. A liver with normal function and no previous problems tolerates removal of a large part of its volume, up to about 70%. The real limit is the liver left behind (usually at least 20 to 30% of the total in a healthy liver), which the team measures before surgery; with a healthy liver and no chemotherapy, removing about 60% is a standard operation, though not one free of risk.'
				},
				{
					text: 'Give chemotherapy first, so that more of the liver can then be removed',
					kind: 'advice',
					correct: false,
					explanation:
						'Chemotherapy can shrink tumours, but it can also affect the liver so that much less can be removed; it does not increase how much liver can go.'
				},
				{
					text: 'Remove part of the tumour and leave the rest, to spare liver',
					kind: 'advice',
					correct: false,
					explanation:
						'The primary goal is to treat all the liver tumours effectively; leaving tumour behind defeats the purpose of the operation.'
				},
				{
					text: 'Rule out resection, because more than half of his liver would have to be removed',
					kind: 'advice',
					correct: false,
					explanation:
						'Half is not the limit for a healthy liver. In a liver with normal function and no previous problems, a much larger share can be removed.'
				}
			],
			teachingPoint:
				'A healthy, untreated liver tolerates a major resection of up to about 70% of its volume. The figure is a guide, not a promise: the real limit is whether the liver left behind is large enough and works well enough.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective:
				'Judge whether a healthy liver can tolerate a major resection of more than half its volume.',
			source: {
				passageIds: ['surgery-5', 'ablation-1'],
				quote:
					'In a liver with normal function and no previous problems, 70% or more of its volume can be removed with surgery'
			}
		},
		{
			id: 'surgery-affected-liver-volume',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'Mr Hughes, 61, has colorectal liver metastases and has had eight months of chemotherapy. He has drunk heavily for years but does not have cirrhosis. After clinic he tells the nurse: “My brother had two-thirds of his liver taken out and was fine. Why is the surgeon fussing about how much of mine they can take?”',
			leadIn: 'What is the best answer for the nurse to give?',
			options: [
				{
					text: 'Your brother’s cancer may have been a type that does better with surgery than yours',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'The type of primary cancer is an oncological factor. It bears on whether surgery is worthwhile, not on how much liver can safely be removed, which is what he is asking.'
				},
				{
					text: 'Alcohol and chemotherapy can both affect the liver, so less of yours may be safe to remove',
					kind: 'explanation to the patient',
					correct: true,
					explanation:
						'Correct. If a liver has been affected by lifestyle choices such as alcohol, or by treatments such as chemotherapy, the amount that can be removed may be much less than from a healthy liver. That is honest and answers his question.'
				},
				{
					text: 'Chemotherapy has shrunk your tumours, so the surgeon can take more of your liver than your brother’s',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'Shrinking tumours may make them easier to remove, but chemotherapy can reduce, not increase, how much liver can safely go.'
				},
				{
					text: 'The surgeon will take the same amount as your brother once your fitness tests are done',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'This is false reassurance. Fitness tests assess his heart and lungs; they do not change how much his liver can tolerate losing.'
				},
				{
					text: 'Alcohol matters for your heart and lung tests, but it has no bearing on your liver operation',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'Alcohol is named as a lifestyle choice that can affect the liver and reduce how much of it can be removed.'
				}
			],
			teachingPoint:
				'How much liver can be removed depends on the liver itself. A liver affected by lifestyle (diet, alcohol) or by treatments such as chemotherapy may tolerate much less than a healthy one, so a resection that was safe for one person can be unsafe for another.',
			difficulty: 'hard',
			audiences: ['nurse'],
			objective:
				'Explain to a patient how alcohol and chemotherapy limit the amount of liver that can be removed.',
			source: {
				passageIds: ['surgery-5'],
				quote:
					'if a liver is not healthy or has been affected by lifestyle choices (diet, alcohol etc) or treatments, such as chemotherapy, the amount that can be removed may be much less'
			}
		},
		{
			id: 'surgery-cirrhosis-example',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 66-year-old man has two colorectal liver metastases, 2 cm and 3 cm, in segments a liver surgeon could remove. There is no disease elsewhere and his exercise test is satisfactory. He has alcohol-related cirrhosis, with ascites that needs diuretics and a raised bilirubin.',
			leadIn: 'Which factor rules out liver resection for him?',
			options: [
				{
					text: 'The function of his cirrhotic liver',
					kind: 'factor',
					correct: true,
					explanation:
						'Correct. Some livers are so much affected, for example by cirrhosis, that resection cannot be performed at all. Cirrhosis does not rule out every resection: in well-compensated cirrhosis a small resection is sometimes possible. With ascites and jaundice, though, his liver has no reserve to lose.'
				},
				{
					text: 'The size and number of metastases',
					kind: 'factor',
					correct: false,
					explanation:
						'Two metastases of 2 and 3 cm are technically removable; the surgeon has said so.'
				},
				{
					text: 'His colorectal primary cancer',
					kind: 'factor',
					correct: false,
					explanation:
						'A colorectal primary is favourable: these liver metastases are treated well with an aggressive surgical approach.'
				},
				{
					text: 'His fitness for a major operation',
					kind: 'factor',
					correct: false,
					explanation: 'His exercise test is satisfactory; fitness is not what stops surgery here.'
				},
				{
					text: 'Metastases elsewhere in his body',
					kind: 'factor',
					correct: false,
					explanation: 'Staging shows no disease outside the liver.'
				}
			],
			teachingPoint:
				'Liver-related factors can rule out resection on their own: a liver badly affected by cirrhosis may not tolerate any resection, however favourable the cancer, the metastases and the patient’s fitness.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective:
				'Recognise decompensated cirrhosis as a liver-related factor that rules out resection.',
			source: {
				passageIds: ['surgery-5'],
				quote:
					'There are also cases that the liver is so much affected (example in cirrhosis), that a liver resection cannot be performed at all.'
			}
		},
		{
			id: 'surgery-fitness-assessment',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'Mr Shah, 72, is being considered for a major liver resection for colorectal metastases. He gets angina walking up hills and has COPD, for which he uses two inhalers. The surgeon asks the pre-assessment nurse to book what is needed to judge whether he is fit for the operation.',
			leadIn: 'Which tests should the nurse book?',
			options: [
				{
					text: 'A PET CT scan to look for cancer in other parts of his body',
					kind: 'investigation',
					correct: false,
					explanation:
						'PET CT looks for disease elsewhere, an oncological factor. It does not tell the team whether his heart and lungs will cope with a major operation.'
				},
				{
					text: 'Tumour marker blood tests to gauge how active the cancer is',
					kind: 'investigation',
					correct: false,
					explanation:
						'Tumour markers can aid diagnosis and follow the cancer; they say nothing about his fitness for surgery.'
				},
				{
					text: 'A liver biopsy to find out which organ the cancer came from',
					kind: 'investigation',
					correct: false,
					explanation:
						'A biopsy is sometimes needed to identify the origin of metastases; his primary is known to be colorectal.'
				},
				{
					text: 'An MRI scan of the liver to map the metastases and vessels',
					kind: 'investigation',
					correct: false,
					explanation:
						'Liver MRI defines the technical factors for the surgeon, not the patient’s fitness.'
				},
				{
					text: 'Lung and heart function tests, or an exercise stress test',
					kind: 'investigation',
					correct: true,
					explanation:
						'Correct. Fitness for a major liver resection is assessed by a specialist anaesthetic and surgical team, and pulmonary function and cardiac function tests or an exercise stress test may be required. With angina and COPD he needs them. In many UK centres the exercise test is a cardiopulmonary exercise test (CPET).'
				}
			],
			teachingPoint:
				'Each test answers its own question: heart, lung and exercise tests answer “will he cope with the operation?”; staging scans, tumour markers and liver imaging answer questions about the cancer and the metastases.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective:
				'Prepare a patient with heart and lung disease for fitness testing before liver resection.',
			source: {
				passageIds: ['surgery-6', 'diagnosis-1'],
				quote:
					'various tests may be required, such as pulmonary function and cardiac function tests or an exercise stress test'
			}
		},
		{
			id: 'surgery-tf-lung-aggressive',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 61-year-old man had lung cancer treated 18 months ago. CT now shows a single 3 cm liver metastasis in the left lateral section; biopsy confirms lung origin. He is fit, his liver is healthy, and he asks to have it cut out, as a friend did for a bowel cancer metastasis.',
			leadIn: 'Which factor rules against an aggressive surgical approach?',
			options: [
				{
					text: 'The 3 cm size of the metastasis',
					kind: 'factor',
					correct: false,
					explanation:
						'A single 3 cm metastasis is technically straightforward to remove; size is not the obstacle.'
				},
				{
					text: 'The condition of his background liver',
					kind: 'factor',
					correct: false,
					explanation: 'His liver is healthy, so liver-related factors favour surgery.'
				},
				{
					text: 'The treatment he had for his lung cancer',
					kind: 'factor',
					correct: false,
					explanation:
						'Previous treatment is an oncological factor to weigh, but it is not what makes aggressive liver surgery unattractive here.'
				},
				{
					text: 'The lung origin of the metastasis',
					kind: 'factor',
					correct: true,
					explanation:
						'Correct. The type of primary is an oncological factor, and current evidence suggests liver metastases from lung cancer are not treated well with an aggressive surgical approach, unlike those from bowel cancer.'
				},
				{
					text: 'Its position in the left lateral section',
					kind: 'factor',
					correct: false,
					explanation:
						'The left lateral section is one of the easier parts of the liver to remove; location favours surgery.'
				}
			],
			teachingPoint:
				'The primary cancer can settle the question before technical factors are reached: a single, easily removed metastasis from lung (or pancreatic) cancer is, on current evidence, not treated well by an aggressive surgical approach.',
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
			id: 'surgery-post-chemo-liver-reserve',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A fit 57-year-old woman had four colorectal metastases in the right half of her liver, judged unresectable at first, and no disease elsewhere. After twelve cycles of chemotherapy they have shrunk, and the liver surgeon now proposes a right hepatectomy, which would remove about 65% of her liver volume. The registrar points out that a healthy liver can lose 70% or more.',
			leadIn: 'What is the most appropriate next step before the operation is booked?',
			options: [
				{
					text: 'Book the right hepatectomy, as 65% is within the safe limit',
					kind: 'next step',
					correct: false,
					explanation:
						'The figure of 70% or more applies to a liver with normal function and no previous problems. After twelve cycles of chemotherapy, the amount that can be removed safely may be much less.'
				},
				{
					text: 'Give more chemotherapy to shrink the metastases further',
					kind: 'next step',
					correct: false,
					explanation:
						'More chemotherapy adds to its effect on the liver, and most metastases do not go away completely with it; the question now is whether enough liver would be left.'
				},
				{
					text: 'Assess the size and function of the liver that would remain',
					kind: 'next step',
					correct: true,
					explanation:
						'Correct. Chemotherapy can reduce how much liver can be removed, so the size and function of the liver that would be left are assessed before a major resection is committed to. In practice the safe limit is set by that remnant, not by one percentage.'
				},
				{
					text: 'Ablate the four metastases instead, to keep more liver',
					kind: 'next step',
					correct: false,
					explanation:
						'Resection offers the higher chance of cure; ablation suits small tumours, and the surgeon may combine it with resection if the remnant proves too small. That choice follows the liver assessment rather than replacing it.'
				},
				{
					text: 'Rule out resection, since chemotherapy has injured her liver',
					kind: 'next step',
					correct: false,
					explanation:
						'Premature: chemotherapy lowers the amount that can be removed, but it does not by itself rule resection out (as cirrhosis can). Her liver has not yet been assessed.'
				}
			],
			teachingPoint:
				'A healthy liver can tolerate losing a large part of its volume, but after chemotherapy (or damage from alcohol or diet) the amount that can be removed may be much less. Before a major resection after chemotherapy, the size and function of the liver that would remain are assessed; the safe limit is set by that remnant, not by a single percentage.',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective:
				'Recognise that chemotherapy lowers how much liver can be removed, and assess the remnant before a major resection.',
			source: {
				passageIds: ['surgery-5', 'chemotherapy-1'],
				quote: 'the amount that can be removed may be much less'
			}
		},
		{
			id: 'surgery-tf-metastases-persist',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'Mrs Lewis, 58, has colorectal liver metastases that have shrunk so much on chemotherapy that one can no longer be seen on her scan. She is booked for liver surgery and says to the nurse: “If the chemo is working this well, why do I still need the operation?”',
			leadIn: 'What is the best answer for the nurse to give?',
			options: [
				{
					text: 'The chemotherapy has stopped working, so surgery is the next treatment to try',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'Her scan shows the opposite: the chemotherapy is working. Surgery is planned because of the response, not because treatment has failed.'
				},
				{
					text: 'Shrunken tumours usually still hold cancer cells; removing them gives the best chance of cure',
					kind: 'explanation to the patient',
					correct: true,
					explanation:
						'Correct. Chemotherapy can control and even shrink metastases, but on its own it rarely clears them. A metastasis that vanishes from a scan often still contains cancer cells, which is why surgeons still treat its site.'
				},
				{
					text: 'The operation is mainly to find out how well the chemotherapy has worked',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'The operation is treatment, aimed at cure; the scans have already shown how well the chemotherapy worked.'
				},
				{
					text: 'Surgery is needed because chemotherapy is stopped after a set six-month course',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'This gives a false reason. Surgery is recommended because it offers the higher chance of cure, not because chemotherapy has run out.'
				},
				{
					text: 'The tumour that has vanished from the scan has gone, so the operation can now be smaller than planned',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'A tumour that can no longer be seen has not necessarily gone; it may still hold live cancer cells, and the surgeon will plan to treat where it was.'
				}
			],
			teachingPoint:
				'Shrinkage on chemotherapy is a reason to operate, not to stop: chemotherapy alone rarely clears metastases, and one that disappears from a scan may still contain cancer.',
			difficulty: 'hard',
			audiences: ['nurse'],
			objective:
				'Explain to a patient why surgery is still advised after metastases shrink on chemotherapy.',
			source: {
				passageIds: ['treatment-planning-10', 'surgery-1'],
				quote: 'most metastases don’t go away completely unless removed by surgery'
			}
		},
		{
			id: 'surgery-tf-resection-plus-ablation',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 60-year-old man has three colorectal liver metastases after six months of chemotherapy: 4 cm in the left lateral section, 5 cm low on the right, and 1.5 cm deep in the centre of the right lobe, away from the major vessels. He is fit with no disease elsewhere. Removing all three by resection alone would need a right hepatectomy plus a left lateral resection.',
			leadIn: 'Which surgical plan is most appropriate?',
			options: [
				{
					text: 'Resect the two larger metastases and ablate the small deep one',
					kind: 'surgical plan',
					correct: true,
					explanation:
						'Correct. The approach may combine resection and ablation. Ablating the small deep metastasis treats it without removing the liver around it, so all three tumours are treated while as much liver as possible is kept.'
				},
				{
					text: 'Right hepatectomy together with a left lateral resection as well',
					kind: 'surgical plan',
					correct: false,
					explanation:
						'This treats all three but removes most of his liver, and after six months of chemotherapy his liver may tolerate much less resection than a healthy one.'
				},
				{
					text: 'Resect the two larger metastases and keep the small one under observation',
					kind: 'surgical plan',
					correct: false,
					explanation:
						'Spares liver but leaves a tumour untreated; the primary goal is to treat all the liver tumours effectively.'
				},
				{
					text: 'Percutaneous ablation of each of the three metastases',
					kind: 'surgical plan',
					correct: false,
					explanation:
						'Ablation is usually used for tumours under 3 cm; the 4 cm and 5 cm metastases are too large, and they are removable.'
				},
				{
					text: 'Continue chemotherapy alone, as resection is not possible',
					kind: 'surgical plan',
					correct: false,
					explanation:
						'All three can be treated with a combined approach, which offers a far higher chance of cure than chemotherapy alone.'
				}
			],
			teachingPoint:
				'Combining resection with ablation lets the surgeon treat every tumour while preserving liver. It matters most when the tumours are scattered and chemotherapy may have reduced how much liver can be removed.',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective:
				'Choose resection combined with ablation to treat all metastases while preserving liver.',
			source: {
				passageIds: ['surgery-4', 'surgery-5', 'ablation-1'],
				quote:
					'This may include a major liver resection or smaller resections or even combination of resection and ablation.'
			}
		},
		{
			id: 'surgery-extrahepatic-stable',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 63-year-old woman with rectal cancer has four liver metastases that a liver surgeon considers removable, a healthy liver and good fitness. She also has two 6 mm lung nodules that have not changed over a year of chemotherapy, and no other disease. She is seen in the liver surgery clinic.',
			leadIn: 'What is the most appropriate next step?',
			options: [
				{
					text: 'Rule out liver surgery because the cancer has spread beyond the liver',
					kind: 'next step',
					correct: false,
					explanation:
						'Metastases elsewhere are an oncological factor to weigh, not an automatic bar. What matters is whether the disease is stable and controlled, and hers has been stable for a year.'
				},
				{
					text: 'Proceed to liver resection without reference to the lung nodules',
					kind: 'next step',
					correct: false,
					explanation:
						'The lung nodules are part of the oncological picture and must be weighed by the MDT; ignoring them is as wrong as letting them end the discussion.'
				},
				{
					text: 'Discuss resection at the MDT, weighing her stable lung disease',
					kind: 'next step',
					correct: true,
					explanation:
						'Correct. Oncological factors include metastases in other parts of the body, and systemic disease stability and control is crucial. Small lung nodules unchanged over a year of treatment are controlled disease; the MDT can weigh resection with that in view.'
				},
				{
					text: 'Transarterial chemoembolisation, as the liver is the main problem',
					kind: 'next step',
					correct: false,
					explanation:
						'TACE is for liver disease that cannot be removed, and is not standard care for colorectal metastases; hers is removable, and her stable lung nodules do not change that.'
				},
				{
					text: 'Hepatic arterial infusion, with systemic treatment for the lungs',
					kind: 'next step',
					correct: false,
					explanation:
						'HAI may be used when resection is not possible and the cancer has not spread outside the liver; neither applies.'
				}
			],
			teachingPoint:
				'Disease outside the liver is weighed, not counted: stable, limited disease elsewhere may still allow liver resection, while progressing disease weighs against it. The decision belongs to the MDT.',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective:
				'Weigh stable disease outside the liver when resection of liver metastases is considered.',
			source: {
				passageIds: ['surgery-3', 'chemotherapy-4', 'chemotherapy-5'],
				quote: 'as well as the presence of any metastases in other parts of the body'
			}
		},
		{
			id: 'surgery-tf-anaesthetic-team',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'Mr Byrne, 70, is listed for a possible liver resection. He walks his dog five miles a day and says at pre-assessment: “My GP says I’m as fit as a fiddle. Can’t he just write a letter so I can skip these appointments?”',
			leadIn: 'What should the nurse tell him?',
			options: [
				{
					text: 'A letter from his GP is enough, because he is clearly active and well for his age',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'Being active is encouraging, but fitness for a major liver operation is assessed by a specialist anaesthetic and surgical team, not certified by letter.'
				},
				{
					text: 'The appointments mostly check his liver, so his heart and lungs are not the concern',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'The fitness assessment is precisely about how his heart and lungs will cope; tests such as pulmonary and cardiac function tests may be needed.'
				},
				{
					text: 'A specialist anaesthetic and surgical team judges fitness for a major operation',
					kind: 'explanation to the patient',
					correct: true,
					explanation:
						'Correct. Liver resections are major operations, so fitness should be assessed by a specialist anaesthetic and surgical team, with tests if needed. His activity will count in his favour there.'
				},
				{
					text: 'Fitness checks are for patients over seventy-five, so he may be able to skip them',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'No age threshold applies: every patient facing a liver resection has fitness assessed, because the operation is major.'
				},
				{
					text: 'The appointments are to check whether his cancer has spread elsewhere in his body',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'Spread elsewhere is checked by scans as an oncological factor; the pre-assessment appointments are about fitness for the operation.'
				}
			],
			teachingPoint:
				'However well a patient feels, fitness for a major liver resection is assessed by a specialist anaesthetic and surgical team; the nurse can explain why without dismissing the GP’s view.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective: 'Explain to a patient who assesses fitness for liver resection and why.',
			source: {
				passageIds: ['surgery-6'],
				quote: 'This should be assessed by a specialist anaesthetic and surgical team'
			}
		},
		{
			id: 'surgery-unfit-alternatives-explained',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'After fitness testing, the team tells Mrs Patel, 78, that a liver operation for her colorectal metastasis would be very high risk. Later her daughter finds the nurse and asks, upset: “So that’s it? They’re just going to leave the cancer?”',
			leadIn: 'What is the best response from the nurse?',
			options: [
				{
					text: 'Yes; without an operation no treatment can reach cancer in the liver',
					kind: 'response to the family',
					correct: false,
					explanation:
						'Untrue: treatments such as ablation, radiotherapy and chemotherapy can treat or control liver metastases.'
				},
				{
					text: 'The team may still operate if she and the family are willing to accept the high risk',
					kind: 'response to the family',
					correct: false,
					explanation:
						'When a patient is deemed very high risk, alternative treatments should be considered; the nurse should not suggest that persistence will change the team’s judgement.'
				},
				{
					text: 'She will be offered chemotherapy, which works as well as surgery',
					kind: 'response to the family',
					correct: false,
					explanation:
						'This promises too much: chemotherapy alone rarely clears liver metastases, and the treatment offered is for the team to decide with her.'
				},
				{
					text: 'Nothing will be decided until she is fit enough for the operation',
					kind: 'response to the family',
					correct: false,
					explanation:
						'Waiting for fitness that may never come delays treatment; the team will consider alternatives now.'
				},
				{
					text: 'Other treatments that avoid an operation will now be considered for her',
					kind: 'response to the family',
					correct: true,
					explanation:
						'Correct. Some patients are deemed very high risk for an operation, and in these cases alternative treatments should be considered. This is honest, and it neither closes the door nor overpromises.'
				}
			],
			teachingPoint:
				'Being judged very high risk for an operation closes one door, not all of them: alternative treatments should be considered. The nurse can say so honestly without claiming they match surgery’s chance of cure.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective:
				'Respond honestly to a relative when a patient is judged too high risk for liver surgery.',
			source: {
				passageIds: ['surgery-6'],
				quote:
					'Some patients may be deemed very high risk for an operation. In these cases, alternative treatments should be considered.'
			}
		},
		{
			id: 'surgery-normal-liver-reassurance',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'Mr Ahmed, 52, has a large colorectal metastasis in a healthy liver and has had no chemotherapy. He is to have about 60% of his liver removed. The night before surgery he asks the ward nurse: “How can I possibly live with most of my liver gone?”',
			leadIn: 'Which reply is best?',
			options: [
				{
					text: 'Up to 70% of anyone’s liver can be removed safely, so there is nothing to worry about',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'This overpromises. The large share applies to a liver with normal function and no previous problems, the safe amount depends on the liver left behind, and no major operation is free of problems.'
				},
				{
					text: 'A healthy liver can cope with losing a large part, and the team has planned how much is safe',
					kind: 'explanation to the patient',
					correct: true,
					explanation:
						'Correct. A liver with normal function and no previous problems tolerates removal of a large part of its volume, and the surgical team plans the operation around how much can safely go. It reassures without promising that nothing can go wrong.'
				},
				{
					text: 'The operation removes mainly tumour, so very little healthy liver is lost',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'Removing 60% of the liver volume takes healthy liver with the tumour; the answer is misleading.'
				},
				{
					text: 'You will need chemotherapy afterwards to take over the work of the liver that is removed',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'Chemotherapy after surgery may be given to reduce the risk of the cancer coming back; it does nothing to replace liver function.'
				},
				{
					text: 'That is a question for the surgeon; nurses do not discuss the operation',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'Deflecting leaves him anxious overnight. The nurse can answer honestly and involve the surgeon if he wants more detail.'
				}
			],
			teachingPoint:
				'A healthy liver tolerates removal of a large part of its volume, up to about 70%. Honest reassurance points to that reserve and to the team’s planning, and does not promise “no problems”, because the safe amount depends on the health and size of the liver left behind.',
			difficulty: 'hard',
			audiences: ['nurse'],
			objective: 'Reassure a patient honestly before a major liver resection.',
			source: {
				passageIds: ['surgery-5'],
				quote: '70% or more of its volume can be removed with surgery'
			}
		},
		{
			id: 'surgery-age-not-fitness',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'An 81-year-old man has two colorectal liver metastases that a liver surgeon can remove with a small resection. His liver is healthy and there is no disease elsewhere. His pulmonary and cardiac function tests and exercise test are satisfactory, and he wants the operation.',
			leadIn: 'What should the MDT recommend?',
			options: [
				{
					text: 'Percutaneous ablation, because of his age',
					kind: 'treatment',
					correct: false,
					explanation:
						'Ablation is for tumours that cannot be removed or patients who are unfit or unwilling; his tests show he is fit, and he wants surgery.'
				},
				{
					text: 'Stereotactic radiotherapy, because of his age',
					kind: 'treatment',
					correct: false,
					explanation:
						'Radiotherapy may be used for 1 to 3 small metastases, but age is not a reason to deny a fit man the treatment with the higher chance of cure.'
				},
				{
					text: 'Chemotherapy alone, to avoid surgery at 81',
					kind: 'treatment',
					correct: false,
					explanation:
						'Chemotherapy alone rarely clears metastases, and age is not a reason to deny a fit man the treatment with the higher chance of cure.'
				},
				{
					text: 'Transarterial chemoembolisation of both lesions',
					kind: 'treatment',
					correct: false,
					explanation:
						'TACE controls rather than removes and is used only selectively for colorectal metastases; his can be removed safely.'
				},
				{
					text: 'Liver resection, as planned by the liver surgeon',
					kind: 'treatment',
					correct: true,
					explanation:
						'Correct. The patient-related factor is fitness, assessed by tests, not age. He is fit, the disease is favourable and removable, and he wants the operation.'
				}
			],
			teachingPoint:
				'Fitness, not age, is the patient-related factor. It is assessed by a specialist team with tests, and a fit older patient with removable disease should not be steered away from the treatment with the higher chance of cure.',
			difficulty: 'medium',
			audiences: ['doctor', 'nurse'],
			objective: 'Distinguish fitness from age when selecting patients for liver resection.',
			source: {
				passageIds: ['surgery-6', 'surgery-1'],
				quote: 'as liver resections are major operations, the patient’s fitness is very important'
			}
		},
		{
			id: 'surgery-missing-information',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A registrar prepares a 64-year-old woman for the liver MDT. The summary records a colon primary, three liver metastases under 4 cm away from major vessels, no disease elsewhere on PET CT, six months of chemotherapy and satisfactory fitness tests. The surgeon says something is still needed before a major resection can be weighed.',
			leadIn: 'Which information is most important to add?',
			options: [
				{
					text: 'The size and function of her liver after chemotherapy',
					kind: 'information',
					correct: true,
					explanation:
						'Correct. The summary covers oncological, technical and patient-related factors but not the liver itself. Liver-related factors, the size and function of the liver, matter all the more after six months of chemotherapy, which may reduce how much can be removed.'
				},
				{
					text: 'Whether her tumour markers have fallen during chemotherapy',
					kind: 'information',
					correct: false,
					explanation:
						'Tumour markers can aid diagnosis and follow the response, but they do not tell the surgeon whether her liver can tolerate a major resection.'
				},
				{
					text: 'Whether she has symptoms such as fatigue',
					kind: 'information',
					correct: false,
					explanation:
						'Symptoms may depend on the number and location of metastases and have other causes; they do not decide resection.'
				},
				{
					text: 'Whether a biopsy has confirmed the colon origin',
					kind: 'information',
					correct: false,
					explanation:
						'A biopsy is sometimes needed when the origin is unknown; her colon primary is already established.'
				},
				{
					text: 'Her age when the bowel cancer was diagnosed',
					kind: 'information',
					correct: false,
					explanation: 'Age at diagnosis is not one of the factors that decide resection.'
				}
			],
			teachingPoint:
				'A resection plan needs all four groups of factors. A summary that covers the cancer, the metastases and fitness but not the size and function of the liver, especially after chemotherapy, is incomplete.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective:
				'Identify the liver-related information needed before a major resection after chemotherapy.',
			source: {
				passageIds: ['treatment-planning-8', 'surgery-5'],
				quote: 'how well the liver is working'
			}
		},
		{
			id: 'surgery-technical-unresectable',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 64-year-old man has more than twelve colorectal metastases throughout both lobes of the liver, involving all three hepatic veins, and several small lung metastases. He is fit and his liver is otherwise healthy. The liver surgeon judges the liver disease unresectable.',
			leadIn: 'Which treatment is most appropriate to offer now?',
			options: [
				{
					text: 'Hepatic arterial infusion chemotherapy',
					kind: 'treatment',
					correct: false,
					explanation:
						'HAI may be used when resection is not possible, but only when the cancer has not spread outside the liver; he has lung metastases.'
				},
				{
					text: 'Transarterial chemoembolisation',
					kind: 'treatment',
					correct: false,
					explanation:
						'TACE is used when the primary cancer has spread only to the liver; his has also spread to the lungs.'
				},
				{
					text: 'Stereotactic body radiotherapy',
					kind: 'treatment',
					correct: false,
					explanation:
						'Stereotactic radiotherapy may be used for 1 to 3 small metastases, not a dozen.'
				},
				{
					text: 'Major liver resection',
					kind: 'treatment',
					correct: false,
					explanation:
						'The number and location of the metastases, involving all the hepatic veins, make removal impossible without leaving too little liver.'
				},
				{
					text: 'Systemic chemotherapy',
					kind: 'treatment',
					correct: true,
					explanation:
						'Correct. The technical factors rule out resection, and the lung disease means the cancer is beyond the liver. Systemic chemotherapy, the most common treatment for liver metastases, treats disease wherever it is, and may occasionally shrink the liver disease enough to reconsider surgery.'
				}
			],
			teachingPoint:
				'When the number and location of metastases rule out resection and there is disease outside the liver, systemic chemotherapy is the treatment; liver-directed options such as HAI and TACE are for disease confined to the liver.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective:
				'Choose treatment when technical factors rule out resection and disease has spread beyond the liver.',
			source: {
				passageIds: ['surgery-4', 'chemotherapy-4', 'chemotherapy-1'],
				quote: 'Technical factors include the size, number and location of the liver metastases'
			}
		},
		{
			id: 'surgery-extent-depends-on-tumour',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'Mrs Green, 67, is fit and has a single 2 cm colorectal metastasis near the surface of the left side of her liver, with no disease elsewhere. The MDT recommends removing it. At a follow-up call she tells the specialist nurse she is minded to refuse, because her husband had half his liver removed last year and took months to recover.',
			leadIn: 'What is the most appropriate response from the nurse?',
			options: [
				{
					text: 'Explain that a liver operation removes about half the liver, but that most people recover',
					kind: 'nursing response',
					correct: false,
					explanation:
						'Untrue for her: the extent of a resection depends on the size, number and location of the tumours, and the aim is to preserve as much liver as possible. A single small tumour near the surface may need only a small resection.'
				},
				{
					text: 'Explain that the extent depends on the tumour, and ask the surgeon to go through her plan',
					kind: 'nursing response',
					correct: true,
					explanation:
						"Correct. An experienced liver surgeon plans the approach from the size, number and location of the tumours; it may be a major resection or a smaller one. Her fear rests on her husband's operation, so she should hear what her own would involve before she decides."
				},
				{
					text: 'Reassure her that ablation works just as well as an operation, so she loses nothing by it',
					kind: 'nursing response',
					correct: false,
					explanation:
						'Ablation is an alternative for patients unwilling to have an operation, but claiming it matches resection overpromises: surgery offers the higher chance of cure.'
				},
				{
					text: 'Tell her the MDT has recommended the operation, so it will go ahead as planned',
					kind: 'nursing response',
					correct: false,
					explanation:
						'A recommendation is not consent, and patient wishes are part of the MDT plan; she needs accurate information, not pressure.'
				},
				{
					text: 'Explain that her husband recovered slowly because of his age, not his operation',
					kind: 'nursing response',
					correct: false,
					explanation:
						'The nurse cannot know this, and it does not address her real question: how large her own operation would be.'
				}
			],
			teachingPoint:
				'Liver resection ranges from a major resection to smaller resections, or resection combined with ablation, planned by an experienced liver surgeon from the size, number and location of the tumours, with the aim of preserving as much liver as possible. A patient who fears a large operation should hear what her own would involve before she decides.',
			difficulty: 'hard',
			audiences: ['nurse'],
			objective:
				"Correct a patient's assumption that her liver resection will be as large as another patient's.",
			source: {
				passageIds: ['surgery-4', 'treatment-planning-9'],
				quote: 'This may include a major liver resection or smaller resections'
			}
		},
		{
			id: 'surgery-preop-jaundice',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'Mr Evans, 69, is on the waiting list for a liver resection for colorectal metastases, planned after fitness tests two months ago. He rings the specialist nurse because his wife has noticed his eyes look yellow, his skin has started itching and his abdomen is swelling.',
			leadIn: 'What is the most appropriate action for the nurse?',
			options: [
				{
					text: 'Arrange for the surgical team to review him promptly',
					kind: 'nursing action',
					correct: true,
					explanation:
						'Correct. Yellow eyes, itchy skin and abdominal swelling (ascites) are symptoms of liver metastases and of a struggling liver. Jaundice often means the bile ducts are blocked or much of the liver has been replaced by tumour, and how well the liver is working decides whether resection is possible, so the team planning his operation needs to see him promptly.'
				},
				{
					text: 'Ask his GP to check his liver blood tests later this week',
					kind: 'nursing action',
					correct: false,
					explanation:
						'Blood tests will be needed, but routing him through primary care delays the team whose plan these symptoms may change; jaundice with ascites needs their assessment now.'
				},
				{
					text: 'Advise him to wait for his pre-admission visit next month',
					kind: 'nursing action',
					correct: false,
					explanation:
						'A month’s delay could let a reversible problem, or progression that changes the plan, go unrecognised.'
				},
				{
					text: 'Suggest antihistamines for the itch and review in two weeks',
					kind: 'nursing action',
					correct: false,
					explanation: 'Treating the itch alone misses what the combination of symptoms may mean.'
				},
				{
					text: 'Bring his pre-admission visit forward to next week',
					kind: 'nursing action',
					correct: false,
					explanation:
						'Sooner than waiting a month, but a pre-admission visit prepares a patient for a planned operation; new jaundice and ascites need medical review now and may mean the operation is no longer the plan.'
				}
			],
			teachingPoint:
				'New jaundice, itching or abdominal swelling in a patient awaiting liver surgery can mean the disease has progressed or the liver is failing. Either changes whether resection is still possible, so they need prompt escalation, not reassurance.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective: 'Escalate new signs of liver dysfunction in a patient awaiting liver resection.',
			source: {
				passageIds: ['symptoms-6', 'symptoms-8', 'surgery-5'],
				quote: 'Yellow skin or eyes (jaundice) and itchy skin'
			}
		},
		{
			id: 'surgery-cirrhosis-explained',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'Mr Doyle, 63, has a small colorectal liver metastasis and long-standing alcohol-related cirrhosis with fluid in his abdomen. His scans show no cancer outside the liver. The MDT has advised against liver surgery, and he asks the nurse: “Is it because my cancer has spread too far?”',
			leadIn: 'What should the nurse explain?',
			options: [
				{
					text: 'Yes; once cancer reaches the liver, an operation is no longer a treatment option',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'Untrue: for selected patients, surgery is the treatment with the higher chance of cure for liver metastases.'
				},
				{
					text: 'The tumour is too small for a surgeon to find during an operation',
					kind: 'explanation to the patient',
					correct: false,
					explanation: 'Size is not the reason given; small metastases are routinely treated.'
				},
				{
					text: 'Your heart and lungs would not cope with the anaesthetic for a liver operation',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'Nothing in his story points to a fitness problem; the reason lies in the liver.'
				},
				{
					text: 'Your liver’s condition, not the spread of your cancer, is what makes an operation unsafe',
					kind: 'explanation to the patient',
					correct: true,
					explanation:
						'Correct. Liver-related factors refer to the size and function of the liver. His cancer is confined and from a favourable primary, but cirrhosis can affect the liver so much that a resection cannot be performed.'
				},
				{
					text: 'Your cancer is a type that does not respond well to liver surgery',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'Colorectal liver metastases are treated well with an aggressive surgical approach; the primary is favourable.'
				}
			],
			teachingPoint:
				'Liver-related factors can rule out resection on their own. Naming the real reason (the liver, not the cancer) corrects a frightening misunderstanding and prepares him for the alternatives the team will offer.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective:
				'Explain to a patient that cirrhosis, not the spread of cancer, is what rules out surgery.',
			source: {
				passageIds: ['surgery-5'],
				quote: 'Liver-related factors refer to the size and function of the liver.'
			}
		},
		{
			id: 'surgery-ovarian-referral',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 52-year-old woman treated for ovarian cancer two years ago now has a single 4 cm liver metastasis. PET CT shows no other disease, her liver is healthy and she is fit. Her oncologist wonders whether, now that the cancer has spread, the aim should simply be to control it.',
			leadIn: 'What is the most appropriate recommendation for the MDT to make?',
			options: [
				{
					text: 'Referral to a liver surgeon to plan resection',
					kind: 'plan',
					correct: true,
					explanation:
						'Correct. Liver metastases from ovarian cancer, like those from colorectal cancer, can be treated well with an aggressive surgical approach. Her disease is confined to the liver, the liver is healthy and she is fit. For ovarian cancer the selection is more careful than for colorectal, and the liver surgeon plans it with the gynaecological oncology team.'
				},
				{
					text: 'Systemic chemotherapy aimed at control alone',
					kind: 'plan',
					correct: false,
					explanation:
						'Control is the aim when cure is not possible; for her, a curative treatment may still be possible.'
				},
				{
					text: 'Stereotactic radiotherapy as a palliative measure',
					kind: 'plan',
					correct: false,
					explanation:
						'Radiotherapy can be offered to tumours that cannot be removed; hers can be, with a higher chance of cure.'
				},
				{
					text: 'Transarterial chemoembolisation of the metastasis',
					kind: 'plan',
					correct: false,
					explanation:
						'TACE can be used for liver-only disease, but it controls rather than removes, and her metastasis is removable.'
				},
				{
					text: 'Hormone therapy to slow the growth of the metastasis',
					kind: 'plan',
					correct: false,
					explanation:
						'Hormone therapy may be combined with other treatments, but it does not replace removal of a single resectable metastasis.'
				}
			],
			teachingPoint:
				'Spread to the liver does not by itself make cure impossible. For some cancers, including ovarian and colorectal, a curative treatment may still be possible, and surgery is the route to it when the other factors allow.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective:
				'Recognise ovarian cancer liver metastases as suitable for a curative surgical approach.',
			source: {
				passageIds: ['surgery-3', 'treatment-planning-1'],
				quote: 'such as colorectal or ovarian cancers'
			}
		},
		{
			id: 'surgery-tf-not-everyone',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'At a support group, Mrs Ward, whose husband has colorectal liver metastases and has been offered chemotherapy rather than surgery, says to the specialist nurse: “I read that surgery gives the best chance of a cure. Why isn’t everyone with liver metastases offered an operation?”',
			leadIn: 'What is the best explanation for the nurse to give?',
			options: [
				{
					text: 'Surgeons keep the operation for younger patients, who heal more quickly',
					kind: 'explanation to the relative',
					correct: false,
					explanation: 'Age is not one of the factors; fitness is, and it is assessed with tests.'
				},
				{
					text: 'Surgery is kept for people who have a single tumour, because several tumours are too risky',
					kind: 'explanation to the relative',
					correct: false,
					explanation:
						'Several tumours can often be removed, or treated by resection combined with ablation; number is one technical factor, not a rule.'
				},
				{
					text: 'It offers the best chance for people whose cancer, liver and fitness suit surgery',
					kind: 'explanation to the relative',
					correct: true,
					explanation:
						'Correct. Surgery has the higher chance of cure if used in appropriately selected cases, and whether resection is possible depends on oncological, technical, liver-related and patient-related factors.'
				},
				{
					text: 'It is offered once chemotherapy has failed, as a last resort',
					kind: 'explanation to the relative',
					correct: false,
					explanation:
						'Surgery is a first-choice treatment for suitable patients, not a last resort; chemotherapy sometimes shrinks tumours so that surgery becomes possible.'
				},
				{
					text: 'It depends on waiting lists, so some people are given another treatment instead',
					kind: 'explanation to the relative',
					correct: false,
					explanation:
						'The decision rests on clinical factors weighed by the MDT, not on waiting lists.'
				}
			],
			teachingPoint:
				'Surgery’s higher chance of cure applies to appropriately selected cases. Selection rests on the cancer, the metastases, the liver and the patient’s fitness, not on age, a single tumour or chemotherapy having failed.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective:
				'Explain to a relative why not every patient with liver metastases is offered surgery.',
			source: {
				passageIds: ['surgery-1', 'surgery-2'],
				quote: 'if it is used in the appropriately selected cases'
			}
		},
		{
			id: 'surgery-number-not-prohibitive',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 54-year-old woman has seven colorectal liver metastases, 1 to 3 cm across, confined to the left side of the liver. The right side is healthy, there is no disease elsewhere and she is fit. A trainee suggests that seven metastases are too many to remove.',
			leadIn: 'Which treatment should the MDT recommend?',
			options: [
				{
					text: 'Systemic chemotherapy, as seven are too many to remove',
					kind: 'treatment',
					correct: false,
					explanation:
						'Number is one technical factor, not a limit in itself; here all seven lie in one side of the liver and can be removed together.'
				},
				{
					text: 'Percutaneous ablation of each of the seven metastases',
					kind: 'treatment',
					correct: false,
					explanation:
						'Ablation is usually for small tumours that cannot be removed; hers can be removed in one operation, which offers the higher chance of cure.'
				},
				{
					text: 'Stereotactic radiotherapy to the largest three lesions',
					kind: 'treatment',
					correct: false,
					explanation:
						'Stereotactic radiotherapy may be used for 1 to 3 small metastases; treating three of seven leaves four untreated.'
				},
				{
					text: 'Left hepatectomy, a major resection of the affected side',
					kind: 'treatment',
					correct: true,
					explanation:
						'Correct. Size, number and location are technical factors, and here location helps: with all seven metastases on the left, a major resection of that side treats them all and leaves the healthy right side.'
				},
				{
					text: 'Transarterial chemoembolisation of the left side',
					kind: 'treatment',
					correct: false,
					explanation:
						'TACE is for liver disease that cannot be removed, and is not standard care for colorectal metastases; hers is removable.'
				}
			],
			teachingPoint:
				'There is no fixed number of metastases above which resection is impossible. The question is whether all of them can be treated while leaving enough healthy liver, and here one major resection does both.',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective:
				'Judge that the number of metastases alone does not rule out resection when their location allows it.',
			source: {
				passageIds: ['surgery-4', 'radiotherapy-3', 'ablation-1'],
				quote: 'the size, number and location of the liver metastases'
			}
		},
		{
			id: 'surgery-referral-explained',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'Mrs Ito, 60, had her bowel cancer removed at her local hospital and now has three liver metastases. She is being referred to a liver surgeon at a specialist centre 60 miles away and asks the nurse why her own surgeon, whom she trusts, will not do the liver operation.',
			leadIn: 'What is the best explanation?',
			options: [
				{
					text: 'Her local surgeon has decided that the liver tumours are beyond removal',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'Referral means the opposite: the question of removal is being put to the specialist best placed to answer it.'
				},
				{
					text: 'The specialist centre is where chemotherapy for liver tumours is given',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'The referral is to a liver surgeon, for a surgical assessment; chemotherapy is given in many hospitals.'
				},
				{
					text: 'Her local surgeon will still operate, and the centre just reviews her scans',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'The point of referral is that the liver surgeon assesses and plans the operation, not just reviews images for another surgeon.'
				},
				{
					text: 'An experienced liver surgeon needs to judge what can be removed, and how',
					kind: 'explanation to the patient',
					correct: true,
					explanation:
						'Correct. Assessment of each case by an experienced liver surgeon is very important for an appropriate surgical approach to be identified and planned, given the size, number and location of the tumours.'
				},
				{
					text: 'The centre needs to repeat her fitness tests, which her hospital does not offer',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'Fitness is assessed by the specialist anaesthetic and surgical team, but the reason for referral is the liver surgeon’s assessment of the tumours.'
				}
			],
			teachingPoint:
				'Referral to an experienced liver surgeon widens a patient’s options: the same metastases a non-specialist considers unresectable may be removable in a liver unit.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective:
				'Explain to a patient why liver metastases are assessed by an experienced liver surgeon.',
			source: {
				passageIds: ['surgery-4'],
				quote: 'Assessment of each case by an experienced Liver Surgeon is very important'
			}
		},
		{
			id: 'surgery-combined-same-operation',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'Mrs Adeyemi, 59, is to have two colorectal liver metastases removed and a third, small, deep one ablated. She has read about ablation “through the skin under sedation” and asks the nurse whether she will need a second procedure for the ablation after she recovers from the operation.',
			leadIn: 'What should the nurse tell her to expect?',
			options: [
				{
					text: 'The ablation is a separate procedure under sedation, a few weeks after surgery',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'Percutaneous ablation is one way to ablate, but in her plan ablation is combined with resection in one operation.'
				},
				{
					text: 'The ablation will be tried first, with surgery kept for if it fails',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'The plan is resection and ablation together, aimed at treating all the tumours at once.'
				},
				{
					text: 'The ablation will be done in the same operation, under the general anaesthetic',
					kind: 'explanation to the patient',
					correct: true,
					explanation:
						'Correct. Ablation can be performed during an operation under general anaesthetic, open or keyhole, and can be combined with resection to treat as many metastases as possible. She should expect one operation.'
				},
				{
					text: 'The ablation will be done under sedation through the skin before her operation',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'Her ablation is planned as part of the operation, not as a separate procedure through the skin.'
				},
				{
					text: 'She will need a second operation, as ablation is not done while the liver is open',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'Ablation can be done during an open or keyhole operation; that is how it is combined with resection.'
				}
			],
			teachingPoint:
				'Ablation is not only a procedure through the skin: during a liver operation it can be combined with resection under the same general anaesthetic, so a patient with a combined plan should expect one operation.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective:
				'Prepare a patient for liver resection combined with ablation in the same operation.',
			source: {
				passageIds: ['ablation-1', 'surgery-4'],
				quote:
					'Sometimes, ablation can be combined with surgical resection in an effort to treat effectively as many liver metastases as possible.'
			}
		},
		{
			id: 'surgery-imaging-for-planning',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 60-year-old man had bowel cancer removed two years ago. His tumour marker has risen and an ultrasound suggests two or three lesions in the liver. Before the MDT can consider surgery, the team needs to know the number, size and position of the lesions and their relation to the vessels and bile ducts.',
			leadIn: 'Which investigation is most appropriate next?',
			options: [
				{
					text: 'Repeat the tumour marker in three months',
					kind: 'investigation',
					correct: false,
					explanation:
						'Tumour markers aid diagnosis but say nothing about the number, size or position of the lesions.'
				},
				{
					text: 'Liver function blood tests',
					kind: 'investigation',
					correct: false,
					explanation:
						'Liver function tests help judge how well the liver is working (a liver-related factor), not the anatomy of the lesions.'
				},
				{
					text: 'Biopsy of the largest liver lesion',
					kind: 'investigation',
					correct: false,
					explanation:
						'A biopsy is sometimes needed to identify the origin of metastases; with a known bowel primary it does not map the lesions for the surgeon.'
				},
				{
					text: 'CT and MRI scans of the liver',
					kind: 'investigation',
					correct: true,
					explanation:
						'Correct. Radiological imaging is the most important and accurate investigation for liver metastases, and CT and MRI define the technical factors (size, number, location and relation to vessels and bile ducts) that the liver surgeon needs.'
				},
				{
					text: 'Pulmonary and cardiac function tests',
					kind: 'investigation',
					correct: false,
					explanation:
						'These assess fitness for an operation; they come once surgery is a real option, and they do not describe the lesions.'
				}
			],
			teachingPoint:
				'The technical factors that decide resection (size, number, location and relation to vessels and bile ducts) come from cross-sectional imaging, the most important and accurate investigation for liver metastases.',
			difficulty: 'easy',
			audiences: ['doctor'],
			objective: 'Choose the imaging that defines the technical factors for resection.',
			source: {
				passageIds: ['diagnosis-1', 'surgery-4'],
				quote:
					'the most important and accurate investigations for the diagnosis of liver metastases are the radiological imaging investigations'
			}
		},
		{
			id: 'surgery-cure-honest',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'Mr Novak, 64, is fit, has two colorectal liver metastases and no disease elsewhere, and is booked for a liver resection next week. On the ward his wife takes the nurse aside and asks: “Will this operation cure him? I need to know what to tell our children.”',
			leadIn: 'What is the best answer for the nurse to give?',
			options: [
				{
					text: 'Yes; once the tumours are removed, the cancer is gone for good',
					kind: 'explanation to the relative',
					correct: false,
					explanation:
						'This overpromises. Chemotherapy may be given after surgery precisely to reduce the risk of the cancer coming back, which shows that it can.'
				},
				{
					text: 'The operation gives him the best chance of a cure, though a cure is not certain',
					kind: 'explanation to the relative',
					correct: true,
					explanation:
						'Correct. In appropriately selected cases like his, surgery is the treatment with the higher chance of cure, but the cancer can come back, which is why further treatment after surgery may be offered. This is honest and gives her something true to tell the children.'
				},
				{
					text: 'The operation is to ease his symptoms and slow the cancer down, rather than to cure it',
					kind: 'explanation to the relative',
					correct: false,
					explanation:
						'This undersells it: for a fit patient with removable colorectal metastases and nothing elsewhere, the aim of surgery is cure.'
				},
				{
					text: 'That depends on the surgeon’s skill, so it is best to ask the surgeon tomorrow',
					kind: 'explanation to the relative',
					correct: false,
					explanation:
						'The outcome depends on the cancer and the patient as well as the operation, and deflecting leaves her without an answer she needs tonight.'
				},
				{
					text: 'He will be cured as long as he has chemotherapy after the operation too',
					kind: 'explanation to the relative',
					correct: false,
					explanation:
						'Adjuvant chemotherapy reduces the risk of recurrence; it does not guarantee cure.'
				}
			],
			teachingPoint:
				'Surgery offers the higher chance of cure, not a certainty. Adjuvant chemotherapy exists because the cancer can return, and an honest answer holds both truths.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective: 'Answer a relative honestly about the chance of cure from liver resection.',
			source: {
				passageIds: ['surgery-1', 'chemotherapy-1'],
				quote: 'Surgery is the treatment option with the higher chance for a cure'
			}
		},

		// ---------------------------------------------------------------- multiple response
		{
			id: 'surgery-mr-oncological-factors',
			type: 'multiple-response',
			task: 'recall',
			stem: 'A 59-year-old man is presented at the liver MDT. His summary: rectal cancer treated with chemoradiotherapy and surgery; four liver metastases, the largest 5 cm, one beside the right portal vein; two lung nodules unchanged for a year; mild fatty liver; a good exercise test.',
			leadIn: 'Which items in his summary are oncological factors? Select all that apply.',
			options: [
				{
					text: 'Rectal primary cancer',
					kind: 'finding',
					correct: true,
					explanation: 'Correct: the type of the primary cancer is an oncological factor.'
				},
				{
					text: 'Four metastases, the largest 5 cm',
					kind: 'finding',
					correct: false,
					explanation: 'The size and number of the metastases are technical factors.'
				},
				{
					text: 'Previous chemoradiotherapy and surgery',
					kind: 'finding',
					correct: true,
					explanation: 'Correct: previous treatments received are an oncological factor.'
				},
				{
					text: 'One metastasis beside the right portal vein',
					kind: 'finding',
					correct: false,
					explanation:
						'Location in relation to crucial structures such as vessels is a technical factor.'
				},
				{
					text: 'Two lung nodules unchanged for a year',
					kind: 'finding',
					correct: true,
					explanation:
						'Correct: metastases in other parts of the body, and whether that disease is stable and controlled, are oncological factors.'
				},
				{
					text: 'Mild fatty liver',
					kind: 'finding',
					correct: false,
					explanation:
						'The health of the liver is a liver-related factor; a fatty liver may allow less to be removed.'
				},
				{
					text: 'A good exercise test',
					kind: 'finding',
					correct: false,
					explanation: 'Exercise testing assesses fitness, a patient-related factor.'
				}
			],
			teachingPoint:
				'Oncological factors concern the cancer as a whole: the primary, treatments already given, metastases elsewhere and whether systemic disease is stable. The size, number and position of the liver metastases are technical factors.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Classify the oncological factors in a patient’s MDT summary.',
			source: {
				passageIds: ['surgery-3'],
				quote:
					'Oncological factors include the type of the primary cancer and any previous treatments received, as well as the presence of any metastases in other parts of the body.'
			}
		},
		{
			id: 'surgery-mr-technical-factors',
			type: 'multiple-response',
			task: 'recall',
			stem: 'A liver surgeon reviews the MRI of a 66-year-old woman with colorectal liver metastases to decide whether, and how, they could be removed.',
			leadIn: 'Which features will the surgeon weigh as technical factors? Select all that apply.',
			options: [
				{
					text: 'How many metastases there are',
					kind: 'feature',
					correct: true,
					explanation: 'Correct: the number of metastases is a technical factor.'
				},
				{
					text: 'How well the rest of the liver is working',
					kind: 'feature',
					correct: false,
					explanation: 'The function of the liver is a liver-related factor.'
				},
				{
					text: 'How close they lie to vessels and bile ducts',
					kind: 'feature',
					correct: true,
					explanation:
						'Correct: location in relation to crucial liver structures such as vessels and bile ducts is a technical factor.'
				},
				{
					text: 'Whether disease elsewhere is stable',
					kind: 'feature',
					correct: false,
					explanation: 'Systemic disease stability and control is an oncological factor.'
				},
				{
					text: 'How large each metastasis is',
					kind: 'feature',
					correct: true,
					explanation: 'Correct: the size of the metastases is a technical factor.'
				},
				{
					text: 'Which part of the liver each one is in',
					kind: 'feature',
					correct: true,
					explanation: 'Correct: location within the liver is a technical factor.'
				},
				{
					text: 'Whether the primary cancer was colorectal',
					kind: 'feature',
					correct: false,
					explanation: 'The type of primary cancer is an oncological factor.'
				}
			],
			teachingPoint:
				'Technical factors describe the metastases within the liver (size, number, location and relation to vessels and bile ducts) and are what an experienced liver surgeon reads from the scans to plan the operation.',
			difficulty: 'easy',
			audiences: ['doctor', 'nurse'],
			objective:
				'List the technical factors that determine whether liver metastases can be resected.',
			source: {
				passageIds: ['surgery-4'],
				quote:
					'Technical factors include the size, number and location of the liver metastases in the liver and in relation to crucial liver structures, such as vessels and bile ducts.'
			}
		},
		{
			id: 'surgery-mr-liver-related-factors',
			type: 'multiple-response',
			task: 'recall',
			stem: 'A 61-year-old woman with colorectal liver metastases is being considered for an extended right hepatectomy after eight months of chemotherapy. The hepatobiliary registrar is asked to present the liver-related factors, and only those, at the MDT.',
			leadIn: 'Which points belong in that part of the presentation? Select all that apply.',
			options: [
				{
					text: 'The size of her liver',
					kind: 'point',
					correct: true,
					explanation: 'Correct: liver-related factors refer to the size and function of the liver.'
				},
				{
					text: 'The size of the largest metastasis',
					kind: 'point',
					correct: false,
					explanation:
						'The size of the metastases is a technical factor; it is the size of the liver itself that is liver-related.'
				},
				{
					text: 'How well her liver is working on blood tests',
					kind: 'point',
					correct: true,
					explanation: 'Correct: the function of the liver is a liver-related factor.'
				},
				{
					text: 'The effect of her chemotherapy on the liver',
					kind: 'point',
					correct: true,
					explanation:
						'Correct: a liver affected by treatments such as chemotherapy may allow much less to be removed. The chemotherapy itself is also a previous treatment, an oncological factor, but its effect on the liver is liver-related.'
				},
				{
					text: 'Her history of heavy alcohol intake',
					kind: 'point',
					correct: true,
					explanation:
						'Correct: a liver affected by lifestyle choices such as alcohol may allow much less to be removed.'
				},
				{
					text: 'Metastases in her lungs',
					kind: 'point',
					correct: false,
					explanation: 'Metastases elsewhere in the body are an oncological factor.'
				},
				{
					text: 'Her cardiac function test results',
					kind: 'point',
					correct: false,
					explanation: 'Cardiac tests assess fitness, a patient-related factor.'
				}
			],
			teachingPoint:
				'Liver-related factors concern the liver itself, its size and function and whatever has affected it (alcohol, diet, chemotherapy), not the size or number of the metastases, which are technical.',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective: 'Distinguish liver-related factors from technical and oncological factors.',
			source: {
				passageIds: ['surgery-5', 'surgery-4'],
				quote: 'Liver-related factors refer to the size and function of the liver.'
			}
		},
		{
			id: 'surgery-mr-reduce-removable-liver',
			type: 'multiple-response',
			task: 'recall',
			stem: 'A pre-assessment nurse reviews six patients, each listed for a major liver resection for colorectal metastases, to flag those whose liver may tolerate less resection than usual.',
			leadIn:
				'In which patients may much less liver be safely removable than from a healthy liver? Select all that apply.',
			options: [
				{
					text: 'A 60-year-old man after nine months of chemotherapy',
					kind: 'patient',
					correct: true,
					explanation:
						'Correct: a liver affected by treatments such as chemotherapy may allow much less to be removed.'
				},
				{
					text: 'A 58-year-old man with a healthy liver and no previous treatment',
					kind: 'patient',
					correct: false,
					explanation:
						'A liver with normal function and no previous problems tolerates removal of a large part of its volume.'
				},
				{
					text: 'A 55-year-old woman who drinks heavily most days',
					kind: 'patient',
					correct: true,
					explanation:
						'Correct: alcohol is a lifestyle choice that can affect the liver and reduce how much can be removed.'
				},
				{
					text: 'A 71-year-old fit man with normal liver blood tests',
					kind: 'patient',
					correct: false,
					explanation:
						'Age by itself does not reduce how much liver can be removed; his liver is working normally.'
				},
				{
					text: 'A 62-year-old woman with a fatty liver linked to her diet',
					kind: 'patient',
					correct: true,
					explanation:
						'Correct: diet is named, with alcohol, as a lifestyle choice that can affect the liver.'
				},
				{
					text: 'A 50-year-old woman with four metastases in one lobe',
					kind: 'patient',
					correct: false,
					explanation:
						'The number of metastases is a technical factor; it says nothing about how much her liver can tolerate losing.'
				}
			],
			teachingPoint:
				'Flag any patient whose liver has been affected by chemotherapy, alcohol or diet: the amount that can be removed may be much less than from a healthy liver. Age and the number of metastases are different questions.',
			difficulty: 'medium',
			audiences: ['nurse', 'doctor'],
			objective: 'Identify patients whose liver may tolerate less resection than a healthy liver.',
			source: {
				passageIds: ['surgery-5'],
				quote:
					'affected by lifestyle choices (diet, alcohol etc) or treatments, such as chemotherapy'
			}
		},
		{
			id: 'surgery-mr-fitness-statements',
			type: 'multiple-response',
			task: 'recall',
			stem: 'Mr Clarke, 71, is anxious about his pre-operative assessment clinic before a planned liver resection and asks the nurse what it involves and why he has to go.',
			leadIn: 'Which of these can the nurse tell him honestly? Select all that apply.',
			options: [
				{
					text: 'Liver resection is a major operation, so your fitness matters a great deal',
					kind: 'statement to the patient',
					correct: true,
					explanation:
						'Correct: as liver resections are major operations, the patient’s fitness is very important.'
				},
				{
					text: 'The tests will decide how much of your liver can be removed',
					kind: 'statement to the patient',
					correct: false,
					explanation:
						'How much liver can go depends on the size and function of the liver, a liver-related factor; the fitness tests assess heart, lungs and exercise capacity.'
				},
				{
					text: 'A specialist anaesthetic and surgical team will assess your fitness',
					kind: 'statement to the patient',
					correct: true,
					explanation: 'Correct: that is who should assess fitness for a liver resection.'
				},
				{
					text: 'You may need breathing tests, heart tests or an exercise test',
					kind: 'statement to the patient',
					correct: true,
					explanation:
						'Correct: pulmonary function and cardiac function tests or an exercise stress test may be required.'
				},
				{
					text: 'If you feel well on the day, the tests can be skipped',
					kind: 'statement to the patient',
					correct: false,
					explanation:
						'Feeling well does not replace the assessment; the operation is major whatever he feels like.'
				},
				{
					text: 'If the risk turns out to be very high, other treatments will be considered',
					kind: 'statement to the patient',
					correct: true,
					explanation:
						'Correct: for patients deemed very high risk for an operation, alternative treatments should be considered.'
				}
			],
			teachingPoint:
				'A nurse can explain the whole fitness pathway honestly: a major operation, a specialist anaesthetic and surgical team, heart, lung or exercise tests, and alternatives if the risk is too high.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective: 'Explain to a patient why fitness is assessed before liver resection.',
			source: {
				passageIds: ['surgery-6'],
				quote:
					'the patient’s fitness is very important. This should be assessed by a specialist anaesthetic and surgical team'
			}
		},
		{
			id: 'surgery-mr-pancreatic-primary',
			type: 'multiple-response',
			task: 'recall',
			stem: 'Mr Reid, 66, has liver metastases from pancreatic cancer. He has read that people with bowel cancer can have liver metastases removed, and asks the nurse whether he could have the same operation.',
			leadIn: 'Which of these can the nurse say honestly? Select all that apply.',
			options: [
				{
					text: 'Where the cancer started is one of the things the team weighs',
					kind: 'statement to the patient',
					correct: true,
					explanation: 'Correct: the type of primary cancer is an oncological factor.'
				},
				{
					text: 'Liver metastases from pancreatic cancer do as well with surgery as those from bowel cancer',
					kind: 'statement to the patient',
					correct: false,
					explanation:
						'Current evidence suggests that pancreatic liver metastases are not treated well with an aggressive surgical approach, unlike colorectal ones.'
				},
				{
					text: 'For pancreatic cancer, removing liver metastases has not been shown to help as it does for bowel cancer',
					kind: 'statement to the patient',
					correct: true,
					explanation:
						'Correct: this is the honest plain-language version of the current evidence on lung and pancreatic primaries.'
				},
				{
					text: 'He will be offered the operation once his metastases are small enough',
					kind: 'statement to the patient',
					correct: false,
					explanation:
						'The obstacle is the type of primary cancer, not the size of the metastases; shrinking them does not change that.'
				},
				{
					text: 'The team will suggest treatment aimed at controlling the cancer and his symptoms',
					kind: 'statement to the patient',
					correct: true,
					explanation:
						'Correct: for some cancers, controlling the symptoms and slowing the progress of the cancer is the treatment aim, and the MDT suggests an individualised plan.'
				},
				{
					text: 'Nothing more can be done for him',
					kind: 'statement to the patient',
					correct: false,
					explanation:
						'Untrue: treatments can control and slow the growth of liver metastases and relieve symptoms.'
				}
			],
			teachingPoint:
				'Honest counselling about primary type avoids two errors: promising surgery that the evidence does not support, and implying that nothing can be done.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective:
				'Explain to a patient how the type of primary cancer influences the role of surgery.',
			source: {
				passageIds: ['surgery-3', 'treatment-planning-1'],
				quote:
					'On the contrary, current evidence suggests that this is not the case for other types of cancers, such as lung or pancreatic.'
			}
		},
		{
			id: 'surgery-mr-after-chemotherapy',
			type: 'multiple-response',
			task: 'recall',
			stem: 'A 58-year-old woman’s colorectal liver metastases, first judged unresectable, have shrunk after eight months of chemotherapy. The MDT is reconsidering surgery.',
			leadIn: 'Which considerations should the MDT weigh? Select all that apply.',
			options: [
				{
					text: 'The shrinkage may now allow the metastases to be removed',
					kind: 'consideration',
					correct: true,
					explanation:
						'Correct: chemotherapy can sometimes shrink liver metastases enough to allow surgical removal.'
				},
				{
					text: 'Her chemotherapy counts among the oncological factors as a previous treatment',
					kind: 'consideration',
					correct: true,
					explanation: 'Correct: previous treatments received are an oncological factor.'
				},
				{
					text: 'The chemotherapy has made a larger resection safer than before',
					kind: 'consideration',
					correct: false,
					explanation:
						'The reverse: a liver affected by chemotherapy may allow much less to be removed.'
				},
				{
					text: 'Her liver may now tolerate much less resection than a healthy one',
					kind: 'consideration',
					correct: true,
					explanation:
						'Correct: treatments such as chemotherapy can reduce how much liver can be removed.'
				},
				{
					text: 'Metastases that have shrunk usually still hold live cancer cells',
					kind: 'consideration',
					correct: true,
					explanation:
						'Correct: chemotherapy can shrink metastases, but on its own it rarely clears them; even one that vanishes from a scan may still hold cancer cells, so the MDT plans to treat every site.'
				},
				{
					text: 'With the metastases smaller, a liver surgeon’s review is no longer needed',
					kind: 'consideration',
					correct: false,
					explanation:
						'Now more than ever the case needs an experienced liver surgeon to decide whether, and how, the remaining disease can be removed.'
				}
			],
			teachingPoint:
				'Chemotherapy cuts both ways for the surgeon: it can shrink metastases enough to allow removal, but it can also reduce how much liver can safely be removed.',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective:
				'Evaluate how previous chemotherapy bears on the decision to resect liver metastases.',
			source: {
				passageIds: ['treatment-planning-10', 'chemotherapy-1', 'surgery-5'],
				quote:
					'the various treatments can control and slow the growth of or even shrink the liver metastases'
			}
		},
		{
			id: 'surgery-mr-alternatives-unfit',
			type: 'multiple-response',
			task: 'recall',
			stem: 'A 77-year-old man has two colorectal liver metastases, 2 cm and 2.5 cm, and no disease elsewhere. After cardiac and exercise testing, the specialist anaesthetic and surgical team judge him very high risk for an operation.',
			leadIn:
				'Which treatments could the MDT consider for his liver metastases? Select all that apply.',
			options: [
				{
					text: 'Two smaller liver resections',
					kind: 'treatment',
					correct: false,
					explanation:
						'Smaller resections preserve liver, but they are still a liver operation, which his fitness rules out.'
				},
				{
					text: 'Percutaneous ablation',
					kind: 'treatment',
					correct: true,
					explanation:
						'Correct: ablation is usually used for small tumours (under 3 cm) in patients who are not fit for an operation, and through the skin it avoids one.'
				},
				{
					text: 'Resection of one with ablation of the other',
					kind: 'treatment',
					correct: false,
					explanation: 'Combining resection and ablation still requires an operation.'
				},
				{
					text: 'Stereotactic body radiotherapy',
					kind: 'treatment',
					correct: true,
					explanation:
						'Correct: stereotactic radiotherapy may be used when there are 1 to 3 small liver metastases, without an operation.'
				},
				{
					text: 'Major liver resection',
					kind: 'treatment',
					correct: false,
					explanation:
						'A major resection is the most demanding option of all for a patient judged very high risk.'
				}
			],
			teachingPoint:
				'When fitness rules out an operation, every surgical variant is ruled out with it, including smaller resections and resection with ablation; the alternatives are treatments that avoid an operation, such as ablation through the skin or stereotactic radiotherapy.',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective:
				'Identify the alternatives to an operation for small liver metastases in a very high-risk patient.',
			source: {
				passageIds: ['surgery-6', 'ablation-1', 'radiotherapy-3'],
				quote: 'In these cases, alternative treatments should be considered.'
			}
		},

		// ---------------------------------------------------------------- true / false
		{
			id: 'surgery-tf-vessels-liver-related',
			type: 'true-false',
			task: 'recall',
			stem: 'The position of a liver metastasis against major vessels and bile ducts counts as a liver-related factor when resection is considered.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: false,
					explanation:
						'Liver-related factors refer to the size and function of the liver. The relation of a metastasis to vessels and bile ducts is a technical factor, judged by an experienced liver surgeon.'
				},
				{
					text: 'False',
					correct: true,
					explanation:
						'Correct: relation to crucial structures such as vessels and bile ducts is a technical factor, alongside size, number and location.'
				}
			],
			teachingPoint:
				'“Liver-related” means the liver itself (its size and function); where a tumour sits in the liver, even against its vessels and ducts, is technical.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Distinguish technical factors from liver-related factors.',
			source: {
				passageIds: ['surgery-4', 'surgery-5'],
				quote: 'in relation to crucial liver structures, such as vessels and bile ducts'
			}
		},
		{
			id: 'surgery-tf-cirrhosis-no-resection',
			type: 'true-false',
			task: 'recall',
			stem: 'In some patients, cirrhosis affects the liver so much that a liver resection cannot be performed at all.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: true,
					explanation:
						'Correct. There are cases where the liver is so much affected, for example in cirrhosis, that no resection can be performed. The statement says “some”: in well-compensated cirrhosis a limited resection is sometimes still possible, which is why the degree of liver damage is assessed.'
				},
				{
					text: 'False',
					correct: false,
					explanation:
						'The statement is true: cirrhosis is the example given of a liver too affected for any resection.'
				}
			],
			teachingPoint:
				'Cirrhosis can rule out resection entirely; how far it does depends on how badly the liver is affected.',
			difficulty: 'easy',
			audiences: ['nurse', 'doctor'],
			objective: 'Recognise that a severely affected liver can rule out resection.',
			source: {
				passageIds: ['surgery-5'],
				quote: 'that a liver resection cannot be performed at all'
			}
		},
		{
			id: 'surgery-tf-exercise-test-purpose',
			type: 'true-false',
			task: 'recall',
			stem: 'An exercise stress test before liver resection is done to measure how much of the liver can safely be removed.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: false,
					explanation:
						'An exercise stress test assesses the patient’s fitness for a major operation. How much liver can be removed depends on the size and function of the liver, a liver-related factor.'
				},
				{
					text: 'False',
					correct: true,
					explanation:
						'Correct: exercise, pulmonary and cardiac function tests assess fitness, a patient-related factor, not the liver’s reserve.'
				}
			],
			teachingPoint:
				'Two separate questions come before a major resection: will the patient cope with the operation (fitness tests), and will the liver cope with losing part of itself (liver size and function)?',
			difficulty: 'medium',
			audiences: ['nurse', 'doctor'],
			objective: 'Explain what fitness tests before liver resection are for.',
			source: {
				passageIds: ['surgery-6', 'surgery-5'],
				quote: 'such as pulmonary function and cardiac function tests or an exercise stress test'
			}
		},
		{
			id: 'surgery-tf-diet-liver',
			type: 'true-false',
			task: 'recall',
			stem: 'Diet, as well as alcohol, can affect the liver enough to reduce how much of it can safely be removed.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: true,
					explanation:
						'Correct: lifestyle choices such as diet and alcohol are both named as reasons the amount that can be removed may be much less.'
				},
				{
					text: 'False',
					correct: false,
					explanation:
						'The statement is true: diet is named alongside alcohol among the lifestyle choices that can affect the liver.'
				}
			],
			teachingPoint:
				'Alcohol is not the only lifestyle risk to the liver’s reserve: a liver affected by diet (for example, a fatty liver) may also allow much less to be removed.',
			difficulty: 'medium',
			audiences: ['nurse', 'doctor'],
			objective: 'Recognise diet as a lifestyle factor that limits liver resection.',
			source: {
				passageIds: ['surgery-5'],
				quote: 'affected by lifestyle choices (diet, alcohol etc)'
			}
		},
		{
			id: 'surgery-tf-chemo-more-liver',
			type: 'true-false',
			task: 'recall',
			stem: 'Once chemotherapy has shrunk liver metastases, a larger part of the liver can safely be removed than before the chemotherapy.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: false,
					explanation:
						'Shrinkage can make metastases removable, but a liver affected by chemotherapy may allow much less, not more, to be removed.'
				},
				{
					text: 'False',
					correct: true,
					explanation:
						'Correct: treatments such as chemotherapy can affect the liver so that the amount that can be removed may be much less.'
				}
			],
			teachingPoint:
				'Chemotherapy can make the tumours easier to remove and the liver less able to lose volume, both at once.',
			difficulty: 'medium',
			audiences: ['doctor', 'nurse'],
			objective: 'Recognise that chemotherapy can reduce the amount of liver that can be removed.',
			source: {
				passageIds: ['surgery-5', 'chemotherapy-1'],
				quote:
					'or treatments, such as chemotherapy, the amount that can be removed may be much less'
			}
		},
		{
			id: 'surgery-tf-systemic-stability',
			type: 'true-false',
			task: 'recall',
			stem: 'Liver metastases that a surgeon could remove may still not be resected if the cancer elsewhere in the body is progressing.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: true,
					explanation:
						'Correct: systemic disease stability and control is crucial for a positive outcome, so progressing disease elsewhere can outweigh favourable technical factors.'
				},
				{
					text: 'False',
					correct: false,
					explanation:
						'The statement is true: technical resectability is one group of factors, and systemic disease control is crucial for a positive outcome.'
				}
			],
			teachingPoint:
				'Technically removable is not the same as worth removing: without control of the disease elsewhere, resection is unlikely to bring a positive outcome.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective:
				'Recognise the importance of systemic disease control in selecting patients for resection.',
			source: {
				passageIds: ['surgery-3', 'surgery-2'],
				quote: 'Systemic disease stability and control is crucial'
			}
		},

		// ---------------------------------------------------------------- extended matching
		{
			id: 'surgery-emq-classify-findings',
			type: 'extended-matching',
			task: 'decision',
			stem: 'Factors that rule out or limit liver resection',
			leadIn:
				'For each patient, choose the factor that rules out or most limits liver resection. Each option may be used once, more than once or not at all.',
			options: [
				{
					text: 'Type of primary cancer',
					kind: 'factor',
					explanation:
						'Oncological: colorectal and ovarian liver metastases can be treated well with aggressive surgery; lung and pancreatic, on current evidence, cannot.'
				},
				{
					text: 'Previous treatment received',
					kind: 'factor',
					explanation: 'Oncological: treatments the patient has already had.'
				},
				{
					text: 'Uncontrolled disease outside the liver',
					kind: 'factor',
					explanation:
						'Oncological: metastases elsewhere, and whether systemic disease is stable and controlled.'
				},
				{
					text: 'Size of the metastases',
					kind: 'factor',
					explanation: 'Technical: how large the metastases are.'
				},
				{
					text: 'Number of the metastases',
					kind: 'factor',
					explanation:
						'Technical: how many metastases there are and whether all can be treated while leaving enough liver.'
				},
				{
					text: 'Relation to vessels and bile ducts',
					kind: 'factor',
					explanation:
						'Technical: location in relation to crucial liver structures such as vessels and bile ducts.'
				},
				{
					text: 'Function of the background liver',
					kind: 'factor',
					explanation:
						'Liver-related: the size and function of the liver, including damage from alcohol, diet, chemotherapy or cirrhosis.'
				},
				{
					text: 'Fitness for a major operation',
					kind: 'factor',
					explanation:
						'Patient-related: assessed by a specialist anaesthetic and surgical team, with heart, lung or exercise tests.'
				},
				{
					text: 'The patient’s own wishes',
					kind: 'factor',
					explanation: 'Patient-related: every MDT plan takes the patient’s wishes into account.'
				}
			],
			stems: [
				{
					id: 'a',
					text: 'A fit 55-year-old woman with a single removable colorectal metastasis declines any operation after a full discussion of the benefits.',
					answer: 8,
					explanation:
						'Nothing clinical stands in the way; her informed wishes are what rule out resection, and alternatives such as ablation can be considered.'
				},
				{
					id: 'b',
					text: 'A fit 58-year-old man has one colorectal metastasis encasing the main portal vein and the junction of the bile ducts; an experienced liver surgeon judges it cannot be removed safely.',
					answer: 5,
					explanation:
						'The tumour’s relation to crucial structures, vessels and bile ducts, is the technical factor that rules out resection.'
				},
				{
					id: 'c',
					text: 'A 57-year-old man who has drunk heavily for years has a fatty, scarred liver; removing his metastases would take 70% of it.',
					answer: 6,
					explanation:
						'A liver affected by alcohol may allow much less to be removed; the planned 70% is beyond what his liver can be expected to tolerate.'
				},
				{
					id: 'd',
					text: 'A 74-year-old woman with a single removable ovarian metastasis has severe heart failure and is judged very high risk on cardiac testing.',
					answer: 7,
					explanation:
						'Fitness is the limiting factor; alternative treatments should be considered.'
				},
				{
					id: 'e',
					text: 'A fit 62-year-old man with a healthy liver has over twenty small colorectal metastases scattered through every part of both lobes, none near a major vessel.',
					answer: 4,
					explanation:
						'Each metastasis is small and none is near a vessel, but there are so many, in every part of the liver, that they cannot all be removed while leaving enough liver.'
				}
			],
			teachingPoint:
				'Naming the factor that stands in the way points to what comes next: informed wishes are respected, a technical barrier may be revisited after chemotherapy, a damaged liver or poor fitness turns the plan to alternatives that avoid resection.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Identify the factor that rules out or limits resection in a given patient.',
			source: {
				passageIds: ['surgery-2', 'surgery-4', 'surgery-5'],
				quote:
					'Surgical resection may be possible depending on oncological, technical, liver-related and patient-related factors.'
			}
		},
		{
			id: 'surgery-emq-surgical-plan',
			type: 'extended-matching',
			task: 'decision',
			stem: 'Treatment of colorectal or other liver metastases after review by a liver surgeon',
			leadIn:
				'For each patient, choose the most appropriate treatment. Each option may be used once, more than once or not at all.',
			options: [
				{
					text: 'Major liver resection',
					kind: 'treatment',
					explanation: 'Removal of a large part of the liver, such as one side.'
				},
				{
					text: 'Smaller resections',
					kind: 'treatment',
					explanation:
						'Removal of limited parts of the liver around each metastasis, sparing the rest.'
				},
				{
					text: 'Resection combined with ablation',
					kind: 'treatment',
					explanation:
						'Some metastases removed and others ablated in the same operation, to treat all while preserving liver.'
				},
				{
					text: 'Percutaneous ablation',
					kind: 'treatment',
					explanation:
						'Destruction of small metastases through the skin; usually for tumours under 3 cm that cannot be removed, or patients unfit or unwilling to have an operation.'
				},
				{
					text: 'Systemic chemotherapy',
					kind: 'treatment',
					explanation:
						'Drugs through the bloodstream that reach disease wherever it is; the most common treatment for liver metastases.'
				},
				{
					text: 'Hepatic arterial infusion chemotherapy',
					kind: 'treatment',
					explanation:
						'Chemotherapy into the hepatic artery when resection is not possible and the cancer has not spread outside the liver.'
				},
				{
					text: 'Transarterial chemoembolisation',
					kind: 'treatment',
					explanation:
						'Chemotherapy delivered into the tumour-feeding arteries, which are then blocked; for cancer that has spread only to the liver, and used only selectively for colorectal metastases.'
				},
				{
					text: 'Stereotactic body radiotherapy',
					kind: 'treatment',
					explanation:
						'High-dose radiotherapy from many angles; may be used for 1 to 3 small metastases.'
				},
				{
					text: 'Symptom control alone',
					kind: 'treatment',
					explanation: 'Care aimed at comfort without treatment directed at the cancer.'
				}
			],
			stems: [
				{
					id: 'a',
					text: 'A fit 56-year-old woman with no chemotherapy so far has colorectal metastases of 7 cm and 3 cm that together fill most of the right side of an otherwise healthy liver.',
					answer: 0,
					explanation:
						'Both lie on one side of a healthy liver: a major resection of that side treats both, and a healthy liver tolerates removal of a large part of its volume.'
				},
				{
					id: 'b',
					text: 'A fit 63-year-old man has two 4 cm colorectal metastases at the edge of the liver, one on each side of a healthy liver, and wants surgery.',
					answer: 1,
					explanation:
						'Two metastases at the edge of the liver, one on each side, are removed with smaller resections, preserving as much liver as possible; major resections would sacrifice liver for nothing, and at 4 cm they are larger than ablation usually treats.'
				},
				{
					id: 'c',
					text: 'A fit 58-year-old woman after chemotherapy has a 5 cm colorectal metastasis on the left and a 1 cm one deep in the centre of the right side; resecting both would take most of her liver.',
					answer: 2,
					explanation:
						'Resecting the left-sided metastasis and ablating the small deep one during the same operation treats both while preserving as much liver as possible, which matters more after chemotherapy.'
				},
				{
					id: 'd',
					text: 'A fit 59-year-old woman has pancreatic cancer still in place and six liver metastases; her liver is healthy.',
					answer: 4,
					explanation:
						'Pancreatic liver metastases are not treated well with aggressive surgery on current evidence, and with the primary still in place her cancer is not confined to the liver; systemic chemotherapy treats disease wherever it is.'
				}
			],
			teachingPoint:
				'The plan follows the factors: location and a healthy liver decide between major and smaller resections; a small deep metastasis can be ablated alongside a resection; an unfavourable primary turns the plan to systemic treatment.',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective:
				'Match patients with liver metastases to the most appropriate surgical or non-surgical treatment.',
			source: {
				passageIds: ['surgery-4', 'ablation-1', 'surgery-3'],
				quote: 'This may include a major liver resection or smaller resections'
			}
		},
		{
			id: 'surgery-emq-pathway-questions',
			type: 'extended-matching',
			task: 'decision',
			stem: 'Answering patients’ questions about the path to liver surgery',
			leadIn:
				'For each question, choose the best explanation for the nurse to give. Each option may be used once, more than once or not at all.',
			options: [
				{
					text: 'Removing the tumours gives the best chance of cure for people who are suitable.',
					kind: 'explanation to the patient',
					explanation: 'Surgery has the higher chance of cure in appropriately selected cases.'
				},
				{
					text: 'Chemotherapy first may shrink the tumours enough for them to be removed.',
					kind: 'explanation to the patient',
					explanation:
						'Chemotherapy can sometimes shrink liver metastases and allow surgical removal.'
				},
				{
					text: 'Chemotherapy afterwards may lower the risk of the cancer coming back.',
					kind: 'explanation to the patient',
					explanation:
						'Adjuvant chemotherapy is given after surgery to reduce the risk of recurrence.'
				},
				{
					text: 'The team needs to know whether there is cancer elsewhere, and whether it is under control.',
					kind: 'explanation to the patient',
					explanation:
						'Metastases elsewhere and systemic disease stability are oncological factors crucial to the outcome.'
				},
				{
					text: 'Liver tumours from bowel or ovarian cancer do well with surgery; those from lung cancer have not been shown to.',
					kind: 'explanation to the patient',
					explanation: 'The type of primary cancer is an oncological factor.'
				},
				{
					text: 'A liver affected by alcohol, diet or chemotherapy may not cope with losing as much.',
					kind: 'explanation to the patient',
					explanation: 'Liver-related factors can reduce how much liver can be removed.'
				},
				{
					text: 'The operation is a major one, so a specialist team checks how your heart and lungs will cope.',
					kind: 'explanation to the patient',
					explanation: 'Fitness is assessed by a specialist anaesthetic and surgical team.'
				},
				{
					text: 'When an operation is too risky, other treatments will be considered.',
					kind: 'explanation to the patient',
					explanation: 'Alternative treatments are considered for patients deemed very high risk.'
				},
				{
					text: 'The plan treats each tumour while keeping as much healthy liver as possible.',
					kind: 'explanation to the patient',
					explanation: 'The primary goal of any liver operation for metastases.'
				}
			],
			stems: [
				{
					id: 'a',
					text: 'Mrs Khan, 61, whose liver operation for bowel cancer metastases is being planned, asks: “Why do I need a whole-body scan when the cancer is in my liver?”',
					answer: 3,
					explanation:
						'Whole-body imaging looks for metastases in other parts of the body; whether any such disease is stable and controlled is crucial to whether liver surgery will help.'
				},
				{
					id: 'b',
					text: 'Mr Grant, 66, recovering well after his liver metastases were all removed, asks: “The surgeon got everything out, so why is the oncologist offering more chemo?”',
					answer: 2,
					explanation:
						'Chemotherapy after surgery (adjuvant chemotherapy) may be offered to reduce the risk of the cancer coming back.'
				},
				{
					id: 'c',
					text: 'Mrs Osei, 57, whose many liver metastases were judged too widespread to remove, asks: “If they can’t operate, what is the point of chemotherapy?”',
					answer: 1,
					explanation:
						'Besides slowing the cancer, chemotherapy can sometimes shrink liver metastases enough to allow surgical removal, so her case may be looked at again.'
				},
				{
					id: 'd',
					text: 'Mr Lowe, 70, booked for resection of colorectal liver metastases, asks: “My neighbour had lung cancer in his liver and wasn’t offered this. Why me?”',
					answer: 4,
					explanation:
						'Colorectal liver metastases are treated well with an aggressive surgical approach; current evidence suggests this is not the case for lung cancer.'
				}
			],
			teachingPoint:
				'Patients meet surgery as a pathway (staging, chemotherapy before, the operation, chemotherapy after), and each step has a reason a nurse can give in plain words.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective:
				'Match patients’ questions about the path to liver surgery with the right explanation.',
			source: {
				passageIds: ['chemotherapy-1', 'surgery-3'],
				quote:
					'Chemotherapy may be also administered after surgery to reduce the risk of the cancer coming back (adjuvant chemotherapy).'
			}
		},
		// ---------------------------------------------------------------- short answer
		{
			id: 'surgery-healthy-liver-volume-recall',
			type: 'short-answer',
			task: 'recall',
			stem: 'A 55-year-old woman with a normal liver and no previous liver problems is assessed for a major resection of colorectal liver metastases. In a liver like hers, up to about ____ of the volume can be removed, provided enough working liver is left behind.',
			leadIn: 'Complete the sentence with the percentage.',
			options: [],
			shortAnswer: {
				accepted: ['70'],
				unit: '%',
				explanation:
					'In a liver with normal function and no previous problems, up to about 70% of its volume can be removed. What decides the limit is the liver left behind, not the share removed.'
			},
			teachingPoint:
				'Surgeons plan from the future liver remnant: in a normal liver at least 20–30% of the total volume must remain, more after chemotherapy or with a fatty liver, about 40% in cirrhosis. Removing around 70% carries a real risk of liver failure after surgery, so it is a ceiling in a healthy liver, never a safe routine.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Recall how much of a healthy liver can be resected, and what limits it.',
			source: {
				passageIds: ['surgery-5'],
				quote:
					'In a liver with normal function and no previous problems, 70% or more of its volume can be removed'
			}
		},
		{
			id: 'surgery-fitness-exercise-test-recall',
			type: 'short-answer',
			task: 'recall',
			stem: 'Mr Hale, 69, is being considered for a major liver resection, and a specialist anaesthetic and surgical team will assess his fitness for the operation. Besides tests of his lung and heart function, he is booked for a test in which he pedals a static bicycle against a steadily rising load while a mouthpiece measures the oxygen he takes up and the carbon dioxide he breathes out.',
			leadIn: 'What is this test called?',
			options: [],
			shortAnswer: {
				accepted: [
					'exercise stress test',
					'cardiopulmonary exercise test',
					'cardiopulmonary exercise testing',
					'cardiopulmonary exercise stress test',
					'CPET',
					'CPEX',
					'CPX',
					'CPET test',
					'CPEX test',
					'cardiopulmonary exercise test (CPET)',
					'cardiopulmonary exercise testing (CPET)'
				],
				explanation:
					'Fitness for a major liver resection may need pulmonary and cardiac function tests or an exercise stress test; the exercise test meant is cardiopulmonary exercise testing (CPET), which measures breathing gases during exercise to show how well heart, lungs and muscles together meet the demand of a major operation. An exercise tolerance test (an ECG recorded during exercise, looking for signs of coronary heart disease) is a different test.'
			},
			teachingPoint:
				'Liver resections are major operations: a patient judged very high risk at these tests is offered another treatment instead. Nurses prepare the patient for the test (comfortable clothes, usual medicines unless told otherwise) and explain why it matters.',
			difficulty: 'medium',
			audiences: ['nurse', 'doctor'],
			objective: 'Name the tests of fitness before a major liver resection.',
			source: {
				passageIds: ['surgery-6'],
				quote: 'such as pulmonary function and cardiac function tests or an exercise stress test'
			}
		},
		{
			id: 'surgery-primaries-aggressive-recall',
			type: 'short-answer',
			task: 'recall',
			stem: 'A foundation doctor is asked at the MDT which patients with liver metastases are, in general, the strongest candidates for an aggressive surgical approach, and which are not (such as those with lung or pancreatic primaries).',
			leadIn:
				'Which primary cancer is one whose liver metastases are, in general, treated well with aggressive surgery?',
			options: [],
			shortAnswer: {
				accepted: [
					'colorectal',
					'colorectal cancer',
					'colorectal carcinoma',
					'bowel',
					'bowel cancer',
					'large bowel',
					'large bowel cancer',
					'colon',
					'colon cancer',
					'colonic',
					'rectal',
					'rectal cancer',
					'CRC',
					'ovarian',
					'ovarian cancer',
					'ovary',
					'colorectal or ovarian',
					'colorectal and ovarian',
					'neuroendocrine',
					'neuroendocrine tumour',
					'neuroendocrine tumor',
					'NET',
					'carcinoid'
				],
				explanation:
					'Colorectal and ovarian cancers are the examples given of primaries whose liver metastases are treated well with an aggressive surgical approach. The list is open (“such as”), and metastases of well-differentiated neuroendocrine tumours are also often resected, so that answer is right too; high-grade neuroendocrine carcinoma is not treated this way.'
			},
			teachingPoint:
				'Colorectal metastases are the clearest case for resection, and ovarian ones are resected selectively, usually within cytoreductive surgery; lung and pancreatic metastases are not, on current evidence. The primary is one of several oncological factors, with previous treatment and disease outside the liver.',
			difficulty: 'easy',
			audiences: ['doctor'],
			objective: 'Name the primaries whose liver metastases are treated well by surgery.',
			source: {
				passageIds: ['surgery-3'],
				quote: 'such as colorectal or ovarian cancers'
			}
		}
	]
});
