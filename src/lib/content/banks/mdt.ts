import { defineBank } from '$lib/content/types';

export default defineBank({
	id: 'mdt',
	title: 'MDT planning',
	description:
		'Cure or control, the multidisciplinary meeting, the factors an individualised plan weighs, and what treatments can achieve.',
	items: [
		{
			id: 'mdt-all-cases-discussed',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'An 81-year-old woman with several liver metastases from pancreatic cancer has become frail and spends most of the day in bed. Her oncologist expects that treatment can aim at no more than controlling her symptoms. The foundation doctor asks whether she still needs to be discussed at the liver MDT.',
			leadIn: 'What is the most appropriate advice?',
			options: [
				{
					text: 'Skip the MDT, as it is for patients who might have surgery',
					kind: 'advice',
					correct: false,
					explanation:
						'The MDT plans care for every kind of liver metastatic disease, not only for surgical candidates; surgery is one of several treatments it weighs.'
				},
				{
					text: 'Skip the MDT, as the aim of her treatment is already clear',
					kind: 'advice',
					correct: false,
					explanation:
						'An expectation from one specialist is not an MDT plan; the meeting weighs her disease, liver, fitness and wishes together.'
				},
				{
					text: 'Discuss her at the MDT if her symptoms get hard to control',
					kind: 'advice',
					correct: false,
					explanation:
						'Discussion is not kept for when things go wrong; her plan, including how to control symptoms, should come from the MDT now.'
				},
				{
					text: 'Refer her to the palliative care team in place of the MDT',
					kind: 'advice',
					correct: false,
					explanation:
						'Palliative care may well be part of her plan, but it does not replace the MDT discussion that all cases should have.'
				},
				{
					text: 'Discuss her at the MDT, as for all cases of liver metastases',
					kind: 'advice',
					correct: true,
					explanation:
						'Right: all cases of liver metastatic disease should be discussed at an MDT, including those where treatment can aim only at control of symptoms and progress.'
				}
			],
			teachingPoint:
				'All cases of liver metastatic disease should be discussed at the MDT, whatever the likely aim: the meeting decides the aim of treatment as well as the means, including for patients whose treatment can only control symptoms.',
			difficulty: 'easy',
			audiences: ['doctor'],
			objective: 'State which patients with liver metastases should be discussed at an MDT.',
			source: {
				passageIds: ['treatment-planning-2', 'treatment-planning-1'],
				quote:
					'All cases of liver metastatic disease should be discussed in a multidisciplinary meeting (MDT).'
			}
		},
		{
			id: 'mdt-who-attends',
			type: 'single-best-answer',
			task: 'recall',
			stem: 'A 54-year-old woman with liver metastases from breast cancer has been told that her case will be discussed at the liver MDT next week. She asks the specialist nurse who will be at the meeting, and whether “it is just the surgeons deciding”.',
			leadIn: 'What is the best answer to give her?',
			options: [
				{
					text: 'Liver surgeons, who decide whether an operation is possible',
					kind: 'answer to the patient',
					correct: false,
					explanation:
						'Surgeons are one specialty among several; the meeting brings together surgery, radiology, oncology and other professionals.'
				},
				{
					text: 'Her oncologist and her GP, who know her history best',
					kind: 'answer to the patient',
					correct: false,
					explanation:
						'The MDT is a meeting of cancer specialists of various specialties with other healthcare professionals; it is not a meeting with her GP.'
				},
				{
					text: 'Cancer doctors of several specialties, with nurses and dieticians',
					kind: 'answer to the patient',
					correct: true,
					explanation:
						'Right: the MDT is a meeting of cancer specialist doctors of various specialties, including surgery, radiology and oncology, with other professionals such as specialist nurses and dieticians.'
				},
				{
					text: 'Cancer doctors of several specialties, but no other professionals',
					kind: 'answer to the patient',
					correct: false,
					explanation:
						'Specialist nurses, dieticians and other healthcare professionals are part of the MDT as well as doctors.'
				},
				{
					text: 'Radiologists, who review her scans and choose the treatment',
					kind: 'answer to the patient',
					correct: false,
					explanation:
						'Radiologists review the imaging, but the plan is made by the whole team, not by one specialty.'
				}
			],
			teachingPoint:
				'The MDT brings together cancer specialist doctors of various specialties (surgery, radiology, oncology and others) with other healthcare professionals such as specialist nurses and dieticians, so no single specialty decides alone.',
			difficulty: 'easy',
			audiences: ['nurse'],
			objective: 'Describe to a patient who takes part in the MDT.',
			source: {
				passageIds: ['treatment-planning-2'],
				quote:
					'cancer specialist doctors of various specialties, including surgery, radiology and oncology'
			}
		},
		{
			id: 'mdt-plan-factors-matching',
			type: 'extended-matching',
			task: 'recall',
			stem: 'Factors the MDT weighs in an individualised plan for liver metastases',
			leadIn:
				'For each piece of information presented at the MDT, choose the planning factor it most directly informs. Each option may be used once, more than once or not at all.',
			options: [
				{
					text: 'Where the cancer started',
					kind: 'planning factor',
					explanation: 'The primary cancer: the organ in which the cancer began.'
				},
				{
					text: 'How many metastases there are and where they lie in the liver',
					kind: 'planning factor',
					explanation: 'The number of liver metastases and their location.'
				},
				{
					text: 'The size of the metastases',
					kind: 'planning factor',
					explanation: 'How large the liver metastases are.'
				},
				{
					text: 'Metastases in other parts of the body',
					kind: 'planning factor',
					explanation: 'Whether the cancer has also spread outside the liver.'
				},
				{
					text: 'Cancer treatments already given',
					kind: 'planning factor',
					explanation: 'Treatment the patient has already received for the cancer.'
				},
				{
					text: 'How well the liver is working',
					kind: 'planning factor',
					explanation: 'The function of the liver, apart from the metastases in it.'
				},
				{
					text: 'The patient’s fitness',
					kind: 'planning factor',
					explanation: 'How well the patient could withstand treatment.'
				},
				{
					text: 'The patient’s wishes',
					kind: 'planning factor',
					explanation: 'What the patient wants, after hearing the options.'
				}
			],
			stems: [
				{
					id: 'a',
					text: 'A 60-year-old man with colorectal liver metastases: his staging CT also shows several nodules in both lungs.',
					answer: 3,
					explanation:
						'Nodules in the lungs are metastases in another part of the body, a factor in their own right.'
				},
				{
					id: 'b',
					text: 'A 52-year-old woman with liver metastases from breast cancer completed six cycles of chemotherapy at another hospital last year.',
					answer: 4,
					explanation: 'Chemotherapy she has already had is a cancer treatment already given.'
				},
				{
					id: 'c',
					text: 'A 74-year-old man who has been judged fit for an operation tells the nurse he would rather not have one.',
					answer: 7,
					explanation:
						'He is fit, so fitness is not the issue here; his choice is about his wishes.'
				},
				{
					id: 'd',
					text: 'A 66-year-old woman with colorectal cancer: MRI shows a single 3 cm liver metastasis lying against the main vessels where they enter the liver.',
					answer: 1,
					explanation:
						'She has one metastasis of moderate size; what matters is where it lies, against the main vessels, which shapes what can safely be done to it.'
				},
				{
					id: 'e',
					text: 'A 57-year-old man: MRI shows that his single liver metastasis has grown from 2 cm to 6 cm in four months.',
					answer: 2,
					explanation: 'He still has one metastasis; what has changed is its size.'
				}
			],
			teachingPoint:
				'The individualised plan weighs where the cancer started, the number, location and size of the metastases, metastases elsewhere, treatments already given, how well the liver is working, and the patient’s fitness and wishes. Sorting findings into these factors is how an MDT presentation is built.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Classify clinical information according to the factors the MDT plan considers.',
			source: {
				passageIds: ['treatment-planning-2', 'treatment-planning-5', 'treatment-planning-7'],
				quote: 'This plan should take into consideration:'
			}
		},
		{
			id: 'mdt-explaining-the-plan',
			type: 'multiple-response',
			task: 'recall',
			stem: 'After his case has been discussed at the MDT, a 68-year-old man with liver metastases from stomach cancer asks the specialist nurse what the team took into account in making his plan.',
			leadIn: 'Which of these would be accurate to tell him? Select all that apply.',
			options: [
				{
					text: 'The team looked at where your cancer started.',
					kind: 'statement to the patient',
					correct: true,
					explanation: 'Right: where the cancer started is one of the factors in the plan.'
				},
				{
					text: 'The team follows one standard plan for everyone with liver spread.',
					kind: 'statement to the patient',
					correct: false,
					explanation: 'The MDT goes through each case and suggests an individualised plan.'
				},
				{
					text: 'The team considered how well your liver is working.',
					kind: 'statement to the patient',
					correct: true,
					explanation: 'Right: how well the liver is working is one of the factors in the plan.'
				},
				{
					text: 'Whether the cancer has spread elsewhere does not affect the plan.',
					kind: 'statement to the patient',
					correct: false,
					explanation:
						'The presence of metastases in other parts of the body is one of the factors the plan weighs.'
				},
				{
					text: 'Your fitness and your own wishes are part of the plan.',
					kind: 'statement to the patient',
					correct: true,
					explanation: 'Right: patient fitness and wishes are taken into consideration.'
				},
				{
					text: 'The team considered the cancer treatment you have already had.',
					kind: 'statement to the patient',
					correct: true,
					explanation: 'Right: cancer treatments already given are taken into consideration.'
				},
				{
					text: 'The surgeon makes the plan, and the others give advice.',
					kind: 'statement to the patient',
					correct: false,
					explanation:
						'The plan comes from the whole team: specialists in surgery, radiology and oncology, with specialist nurses and other professionals.'
				}
			],
			teachingPoint:
				'The MDT suggests an individualised plan for each case, weighing the disease, the liver, previous treatment and the patient’s own fitness and wishes; it is made by the whole team.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective: 'Explain to a patient what the MDT considers when planning treatment.',
			source: {
				passageIds: ['treatment-planning-2', 'treatment-planning-3', 'treatment-planning-8'],
				quote: 'suggests an individualised plan'
			}
		},
		{
			id: 'mdt-cure-sometimes-possible',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 56-year-old man has just been told that his bowel cancer has spread to two areas of his liver; his case goes to the MDT next week. He says to the specialist nurse: “So that’s it, then. Once it’s in the liver nobody can cure it.”',
			leadIn: 'What is the best reply?',
			options: [
				{
					text: '“Sadly so, but treatment can slow it down and ease your symptoms.”',
					kind: 'reply to the patient',
					correct: false,
					explanation:
						'For some cancers that spread to the liver, bowel cancer among them, treatment aiming at cure may still be possible; agreeing removes hope that may be real.'
				},
				{
					text: '“Some people can still be cured; the team will look at your case.”',
					kind: 'reply to the patient',
					correct: true,
					explanation:
						'Right: for some types of cancer that spread to the liver a curative treatment may still be possible. Whether it is for him depends on the individual MDT plan, so the reply is honest without promising.'
				},
				{
					text: '“Bowel cancer in the liver is cured if the surgeon can operate.”',
					kind: 'reply to the patient',
					correct: false,
					explanation:
						'Surgery offers the best chance of cure in well-selected patients, but it does not promise it; this overstates what anyone can yet say.'
				},
				{
					text: '“It is best not to think about cure until the team has met and decided.”',
					kind: 'reply to the patient',
					correct: false,
					explanation:
						'It is true the plan is not yet made, but this evades his fear and leaves a false belief uncorrected.'
				},
				{
					text: '“Cure is likely, since chemotherapy usually clears liver spread.”',
					kind: 'reply to the patient',
					correct: false,
					explanation:
						'Chemotherapy can control, slow or shrink liver metastases, but most do not go away with it; this promises what treatment rarely delivers.'
				}
			],
			teachingPoint:
				'Spread to the liver does not rule out cure: for some cancers, including bowel cancer in selected patients, treatment aiming at cure may still be possible. An honest reply neither removes hope nor promises cure, and points to the individual MDT plan.',
			difficulty: 'hard',
			audiences: ['nurse'],
			objective: 'Answer honestly a patient who believes liver spread cannot be cured.',
			source: {
				passageIds: ['treatment-planning-1', 'treatment-planning-3'],
				quote:
					'For some type of cancers that spread to the liver, a curative treatment may still be possible.'
			}
		},
		{
			id: 'mdt-non-curative-aim',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'The MDT has advised that a 70-year-old woman’s liver metastases from pancreatic cancer cannot be cured. At her clinic visit she asks the nurse: “If you can’t cure it, what is the point of having any treatment?”',
			leadIn: 'What is the best answer to give her?',
			options: [
				{
					text: '“Treatment can ease your symptoms and try to slow the cancer down.”',
					kind: 'answer to the patient',
					correct: true,
					explanation:
						'Right: for some cancers, controlling the symptoms and trying to slow down the progress of the cancer and the liver metastases is the aim of treatment.'
				},
				{
					text: '“Treatment may still clear the metastases, so cure remains possible.”',
					kind: 'answer to the patient',
					correct: false,
					explanation:
						'The MDT has advised that cure is not possible for her; holding out cure would mislead her.'
				},
				{
					text: '“There is little point, so cancer treatment would now stop.”',
					kind: 'answer to the patient',
					correct: false,
					explanation:
						'Treatment still has a purpose when cure is not possible: controlling symptoms and slowing the cancer.'
				},
				{
					text: '“Treatment can ease symptoms, but it won’t affect the cancer itself.”',
					kind: 'answer to the patient',
					correct: false,
					explanation:
						'Treatment also tries to slow the progress of the cancer and the liver metastases, not only to relieve symptoms.'
				},
				{
					text: '“Treatment is mainly to help confirm where the cancer started.”',
					kind: 'answer to the patient',
					correct: false,
					explanation:
						'Identifying where the cancer started is the job of investigations such as biopsy, not the aim of treatment.'
				}
			],
			teachingPoint:
				'When cure is not possible, treatment has two aims: to control symptoms and to slow the progress of the cancer and the liver metastases. Naming both answers the patient’s question honestly.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective: 'Explain to a patient the aims of treatment when cure is not possible.',
			source: {
				passageIds: ['treatment-planning-1'],
				quote:
					'controlling the symptoms and trying to slow down the progress of the cancer and the liver metastases'
			}
		},
		{
			id: 'mdt-complete-disappearance',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 61-year-old man with four colorectal liver metastases has had six months of chemotherapy. His latest scan shows that all four have shrunk and one can no longer be seen. At clinic he asks the junior doctor: “Has the chemotherapy got rid of them?”',
			leadIn: 'What is the best answer to give him?',
			options: [
				{
					text: '“Yes: the one that no longer shows on the scan has gone.”',
					kind: 'answer to the patient',
					correct: false,
					explanation:
						'A metastasis that disappears from scans after chemotherapy may still hold live cancer cells; invisible is not the same as gone.'
				},
				{
					text: '“No: chemotherapy can slow them down but doesn’t shrink them.”',
					kind: 'answer to the patient',
					correct: false,
					explanation:
						'Treatments can control and slow the growth of liver metastases, and can even shrink them, as his have.'
				},
				{
					text: '“Yes: four of them shrinking together means the cancer is cured.”',
					kind: 'answer to the patient',
					correct: false,
					explanation:
						'Shrinkage is a response to treatment, not a cure; it is the point at which the MDT reconsiders the plan.'
				},
				{
					text: '“No: scans are not accurate enough to judge a change like this.”',
					kind: 'answer to the patient',
					correct: false,
					explanation:
						'Imaging is the most important and accurate way to follow liver metastases; it has shown real shrinkage.'
				},
				{
					text: '“They have responded well, but shrinking isn’t the same as gone.”',
					kind: 'answer to the patient',
					correct: true,
					explanation:
						'Right: treatments can control, slow and even shrink liver metastases, and his have responded. But most do not go away completely with chemotherapy, and even one that has vanished from the scan may still hold live cells, so the MDT plans what comes next.'
				}
			],
			teachingPoint:
				'Treatments can control and slow the growth of liver metastases, and even shrink them. Shrinkage is a good response, not a cure: a metastasis that disappears from scans after chemotherapy may still hold live cancer cells, which is why the MDT reviews the plan rather than stopping.',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective: 'Explain what treatments for liver metastases can and cannot usually achieve.',
			source: {
				passageIds: ['treatment-planning-10'],
				quote:
					'the various treatments can control and slow the growth of or even shrink the liver metastases'
			}
		},
		{
			id: 'mdt-liver-function-factor',
			type: 'single-best-answer',
			task: 'recall',
			stem: 'A 63-year-old woman with colorectal liver metastases is to be discussed at the MDT. She has a history of alcohol-related liver disease; her bilirubin is raised and her albumin low, and the radiologist reports features of cirrhosis in the liver around the metastases.',
			leadIn: 'Which planning factor do these findings most directly inform?',
			options: [
				{
					text: 'Where the cancer started',
					kind: 'planning factor',
					correct: false,
					explanation:
						'Her primary is known to be colorectal; these findings describe the liver itself, not the cancer’s origin.'
				},
				{
					text: 'The size of the metastases',
					kind: 'planning factor',
					correct: false,
					explanation:
						'Size is a feature of the metastases; these findings describe the liver around them.'
				},
				{
					text: 'How well the liver is working',
					kind: 'planning factor',
					correct: true,
					explanation:
						'Right: a raised bilirubin, low albumin and cirrhosis describe how well her liver is working, a separate factor from the metastases themselves.'
				},
				{
					text: 'Cancer treatments already administered',
					kind: 'planning factor',
					correct: false,
					explanation:
						'This factor is the treatment she has already received, not her liver disease.'
				},
				{
					text: 'Patient fitness and wishes',
					kind: 'planning factor',
					correct: false,
					explanation:
						'Liver disease may affect her overall fitness, but these findings most directly measure liver function.'
				}
			],
			teachingPoint:
				'How well the liver is working is weighed separately from the metastases in it: cirrhosis, or a liver damaged by alcohol or by treatment, limits what can safely be done to the liver, however favourable the metastases look.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Link investigation results to the planning factors the MDT considers.',
			source: {
				passageIds: ['treatment-planning-8'],
				quote: 'how well the liver is working'
			}
		},
		{
			id: 'mdt-treatments-offered',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 58-year-old woman with liver metastases from breast cancer has been told that an operation is not an option for her. Her husband asks the specialist nurse whether that means chemotherapy is the one treatment left.',
			leadIn: 'What is the best answer to give him?',
			options: [
				{
					text: '“Yes: when surgery is ruled out, chemotherapy is the treatment offered.”',
					kind: 'answer to the relative',
					correct: false,
					explanation:
						'Chemotherapy is the most common treatment, but it is one of several; the MDT weighs the others too.'
				},
				{
					text: '“No: others, such as ablation or hormone therapy, may also suit her.”',
					kind: 'answer to the relative',
					correct: true,
					explanation:
						'Right: besides surgery and chemotherapy, treatments include ablation, radiotherapy, hormone therapy, targeted therapy and immunotherapy. Which suit her depends on where the cancer started and the other planning factors.'
				},
				{
					text: '“Yes, although radiotherapy may be added once chemotherapy has ended.”',
					kind: 'answer to the relative',
					correct: false,
					explanation:
						'This still narrows her choices to two; ablation, hormone, targeted and immunotherapy are also among the treatments that can be offered.'
				},
				{
					text: '“No: without surgery her plan would be supportive care, not treatment.”',
					kind: 'answer to the relative',
					correct: false,
					explanation:
						'When surgery is not possible, other treatments can still control, slow or even shrink liver metastases.'
				},
				{
					text: '“No: a liver transplant is the usual choice when surgery is not possible.”',
					kind: 'answer to the relative',
					correct: false,
					explanation:
						'Transplantation is not a usual treatment for liver metastases; the treatments offered are surgery, chemotherapy, ablation, radiotherapy, hormone, targeted and immunotherapy.'
				}
			],
			teachingPoint:
				'Treatments for liver metastases include surgery, chemotherapy, ablation, radiotherapy, hormone therapy, targeted therapy and immunotherapy. When surgery is not possible the MDT weighs the others, and which suit depends on where the cancer started and the other planning factors.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective: 'Explain to a patient or relative the range of treatments for liver metastases.',
			source: {
				passageIds: ['treatment-planning-10', 'treatment-planning-3'],
				quote:
					'Treatments that can be offered include surgery, chemotherapy, ablation, radiotherapy, hormone therapy, targeted therapy and immunotherapy.'
			}
		},
		{
			id: 'mdt-why-primary-matters',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'Two patients are discussed at the same MDT. Each has three metastases of similar size in one half of the liver, no disease elsewhere, a healthy liver and good fitness, and each wants active treatment. One cancer started in the bowel, the other in the pancreas. The team proposes treatment aiming at cure for one of them.',
			leadIn: 'Which planning factor best explains the difference in the plans?',
			options: [
				{
					text: 'The number and location of the metastases',
					kind: 'planning factor',
					correct: false,
					explanation: 'Both have three metastases in one half of the liver.'
				},
				{
					text: 'The size of the metastases',
					kind: 'planning factor',
					correct: false,
					explanation: 'The metastases are of similar size in both patients.'
				},
				{
					text: 'How well the liver is working',
					kind: 'planning factor',
					correct: false,
					explanation: 'Both have a healthy liver.'
				},
				{
					text: 'Where the cancer started',
					kind: 'planning factor',
					correct: true,
					explanation:
						'Right: for some cancers that spread to the liver, such as bowel cancer, cure may still be possible; for others, such as pancreatic cancer, control of symptoms and progress may be the only realistic aim, even with similar disease in the liver.'
				},
				{
					text: 'Patient fitness and wishes',
					kind: 'planning factor',
					correct: false,
					explanation: 'Both are fit and want active treatment.'
				}
			],
			teachingPoint:
				'Where the cancer started can decide the aim of treatment on its own: with otherwise identical liver disease, metastases from bowel cancer may be treated with curative intent while those from pancreatic cancer usually are not.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Explain why the primary cancer site influences the MDT plan.',
			source: {
				passageIds: ['treatment-planning-1', 'treatment-planning-3', 'surgery-3'],
				quote: 'For other types of cancer'
			}
		},
		{
			id: 'mdt-spread-outside-liver',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'The MDT has advised that a 68-year-old man’s colorectal liver metastases should be treated with the aim of control, because his scans also show many deposits in both lungs. His daughter tells the specialist nurse that the liver metastases are small, so “a surgeon could just cut them out and cure him”.',
			leadIn: 'What is the best response?',
			options: [
				{
					text: '“You may be right; I will ask the surgeon to see him about an operation.”',
					kind: 'response to the relative',
					correct: false,
					explanation:
						'The MDT, including surgeons, has already weighed this; promising a surgical opinion raises hope the plan does not support.'
				},
				{
					text: '“Small liver metastases can be cut out, so the team may change its plan.”',
					kind: 'response to the relative',
					correct: false,
					explanation:
						'Removing the liver metastases would leave the lung disease; size alone does not decide the plan.'
				},
				{
					text: '“The team has made its decision, so there is nothing more to discuss.”',
					kind: 'response to the relative',
					correct: false,
					explanation:
						'Closing the conversation leaves her misunderstanding in place; she deserves an explanation of why.'
				},
				{
					text: '“The team weighs spread outside the liver; his lungs change the aim.”',
					kind: 'response to the relative',
					correct: true,
					explanation:
						'Right: the presence of metastases in other parts of the body is one of the factors the plan weighs. Removing the liver metastases would not remove his lung disease, so the aim is control.'
				},
				{
					text: '“Surgery isn’t used for liver metastases that come from the bowel.”',
					kind: 'response to the relative',
					correct: false,
					explanation:
						'Liver metastases from bowel cancer are often treated with surgery in well-selected patients; what rules it out for him is the spread to his lungs.'
				}
			],
			teachingPoint:
				'Metastases in other parts of the body are a planning factor in their own right: widespread disease outside the liver usually moves the aim from cure to control, however treatable the liver metastases look. Families deserve the reason, not just the decision.',
			difficulty: 'hard',
			audiences: ['nurse'],
			objective: 'Explain to a relative why spread outside the liver changes the aim of treatment.',
			source: {
				passageIds: ['treatment-planning-6', 'treatment-planning-1'],
				quote: 'the presence of any metastases in other parts of the body'
			}
		},
		{
			id: 'mdt-previous-treatment-in-referral',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A specialist nurse is preparing the MDT referral for a 62-year-old woman with colorectal liver metastases. The referral has her scans, blood results and a note of her wishes. She mentions that she had six months of chemotherapy at another hospital before moving to the area, which the referral does not record.',
			leadIn: 'What is the most appropriate action?',
			options: [
				{
					text: 'Leave it out, as the MDT plans from her current scans',
					kind: 'action',
					correct: false,
					explanation:
						'Cancer treatments already given are a planning factor; scans alone do not tell the team what she has had.'
				},
				{
					text: 'Add her previous chemotherapy to the referral before the meeting',
					kind: 'action',
					correct: true,
					explanation:
						'Right: cancer treatments already given are one of the factors the plan weighs. Earlier chemotherapy affects which treatments remain useful and how much her liver can tolerate.'
				},
				{
					text: 'Mention it to her oncologist after the MDT has met',
					kind: 'action',
					correct: false,
					explanation:
						'After the meeting is too late: the plan would be made without a factor it should weigh.'
				},
				{
					text: 'Ask her to raise it herself when she next sees a doctor',
					kind: 'action',
					correct: false,
					explanation: 'It is the team’s job to give the MDT a complete history, not the patient’s.'
				},
				{
					text: 'Leave it out, as that treatment was given at another hospital',
					kind: 'action',
					correct: false,
					explanation: 'Where the treatment was given does not matter; that she had it does.'
				}
			],
			teachingPoint:
				'Cancer treatments already given are a planning factor: earlier chemotherapy affects which treatments remain useful and how much the liver can tolerate. A referral that leaves it out asks the MDT to plan blind.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective: 'Prepare an MDT referral that gives the treatment history the plan needs.',
			source: {
				passageIds: ['treatment-planning-7'],
				quote: 'cancer treatments already administered'
			}
		},
		{
			id: 'mdt-patient-declines-surgery',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 71-year-old man with a single colorectal liver metastasis is fit, and the surgeon has explained that an operation offers his best chance of cure. After talking it over with his family, he tells the specialist nurse that he does not want an operation, and asks what will happen now.',
			leadIn: 'What is the best reply?',
			options: [
				{
					text: '“The team will book the operation, as it is your best chance of cure.”',
					kind: 'reply to the patient',
					correct: false,
					explanation:
						'His wishes are a planning factor; an operation he has declined after an informed discussion cannot simply go ahead.'
				},
				{
					text: '“Without an operation, the team can offer you symptom control.”',
					kind: 'reply to the patient',
					correct: false,
					explanation:
						'Declining surgery does not mean declining all treatment; other treatments may still control or destroy the metastasis.'
				},
				{
					text: '“Please think again, because the team plans around the operation.”',
					kind: 'reply to the patient',
					correct: false,
					explanation:
						'Pressing him to change his mind ignores a factor the plan must weigh; he can be given information, not pressure.'
				},
				{
					text: '“Your wishes count; the team will go through the other options.”',
					kind: 'reply to the patient',
					correct: true,
					explanation:
						'Right: patient fitness and wishes are part of the individualised plan. The MDT considers the alternatives for a patient who does not want an operation.'
				},
				{
					text: '“The team will need to hear this from the surgeon, not from you.”',
					kind: 'reply to the patient',
					correct: false,
					explanation:
						'His own wishes are what count; the specialist nurse can pass them to the MDT directly.'
				}
			],
			teachingPoint:
				'Patient fitness and wishes are planning factors. A fit patient who declines surgery after an informed discussion has that choice respected, and the MDT considers the alternatives; declining one treatment is not declining all treatment.',
			difficulty: 'hard',
			audiences: ['nurse'],
			objective: 'Respond to a patient who declines a recommended operation.',
			source: {
				passageIds: ['treatment-planning-9', 'treatment-planning-10'],
				quote: 'patient fitness and wishes'
			}
		},
		{
			id: 'mdt-fitness-explained',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'An 83-year-old woman has two small liver metastases from colorectal cancer and no disease elsewhere. She has severe heart failure and is breathless walking across a room. The MDT advises against treatment aiming at cure. Her son asks the nurse why, when “the tumours are small”.',
			leadIn: 'What is the best explanation to give him?',
			options: [
				{
					text: '“Cancer in the liver from the bowel can’t be cured at her age.”',
					kind: 'explanation to the relative',
					correct: false,
					explanation:
						'Age alone is not a planning factor; fitness is. Bowel cancer in the liver may be curable in a fit older patient.'
				},
				{
					text: '“Her heart failure makes treatment aiming at cure too risky.”',
					kind: 'explanation to the relative',
					correct: true,
					explanation:
						'Right: patient fitness is one of the factors the plan weighs. Her severe heart failure makes treatment aiming at cure more dangerous than the disease it would treat.'
				},
				{
					text: '“The tumours are too small to treat until they have grown.”',
					kind: 'explanation to the relative',
					correct: false,
					explanation: 'Small size generally favours treatment; it is not a reason to withhold it.'
				},
				{
					text: '“Her liver is not working well enough to allow treatment.”',
					kind: 'explanation to the relative',
					correct: false,
					explanation: 'Nothing suggests poor liver function; her limiting problem is her heart.'
				},
				{
					text: '“The cancer has probably spread elsewhere, even if scans don’t show it.”',
					kind: 'explanation to the relative',
					correct: false,
					explanation: 'There is no disease elsewhere; inventing unseen spread would mislead him.'
				}
			],
			teachingPoint:
				'Patient fitness is weighed alongside the disease. A patient unfit for an operation may still be offered ablation; but when even less invasive treatment carries more risk than benefit, small, favourable liver metastases may not be treated with curative intent. Age on its own is not the reason.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective: 'Explain to a relative how fitness shapes the MDT plan.',
			source: {
				passageIds: ['treatment-planning-9', 'treatment-planning-5'],
				quote: 'patient fitness'
			}
		},
		{
			id: 'mdt-curative-candidate',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'Five patients with liver metastases are listed for this week’s MDT. Each has had staging scans, blood tests and an assessment of fitness, and each wants active treatment. Their main findings are summarised below.',
			leadIn: 'For which patient is a plan aiming at cure most likely?',
			options: [
				{
					text: 'Pancreas primary, one liver metastasis, no other spread, fit, healthy liver',
					kind: 'patient',
					correct: false,
					explanation:
						'A single metastasis and good health, but pancreatic cancer is one of the cancers for which control, not cure, is usually the aim.'
				},
				{
					text: 'Bowel primary, one liver metastasis, lung and bone spread, fit, healthy liver',
					kind: 'patient',
					correct: false,
					explanation:
						'Metastases in other parts of the body, here in the lungs and bones, usually move the aim to control, however treatable the single liver metastasis.'
				},
				{
					text: 'Bowel primary, two liver metastases, no other spread, fit, cirrhosis with ascites',
					kind: 'patient',
					correct: false,
					explanation:
						'How well the liver is working limits treatment: ascites shows that this cirrhotic liver is failing (decompensated), and in such a liver a resection cannot be performed at all.'
				},
				{
					text: 'Bowel primary, four liver metastases, no other spread, fit, healthy liver',
					kind: 'patient',
					correct: true,
					explanation:
						'Right: every factor lines up: a primary whose liver metastases can be cured, disease confined to the liver, a healthy liver and a fit patient who wants treatment. Four metastases are not in themselves a bar, if enough healthy liver can be left behind.'
				},
				{
					text: 'Bowel primary, one liver metastasis, no other spread, bed-bound, healthy liver',
					kind: 'patient',
					correct: false,
					explanation:
						'A single metastasis looks favourable, but fitness is a planning factor: a bed-bound patient is unlikely to withstand treatment aiming at cure.'
				}
			],
			teachingPoint:
				'A plan aiming at cure needs the factors to line up: a primary whose liver metastases can be cured (such as bowel cancer), no spread elsewhere, a liver that works well and a fit, willing patient. Several metastases confined to a healthy liver do not rule cure out, while one unfavourable factor elsewhere, however small the liver disease, can move the aim to control.',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective: 'Weigh the MDT planning factors to judge whether cure is a realistic aim.',
			source: {
				passageIds: ['treatment-planning-1', 'treatment-planning-6', 'treatment-planning-8'],
				quote: 'a curative treatment may still be possible'
			}
		},
		{
			id: 'mdt-review-after-response',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 57-year-old woman with six colorectal liver metastases in both halves of the liver was judged unsuitable for treatment aiming at cure and started chemotherapy to control the disease. After four months the metastases have shrunk considerably, there is still no disease elsewhere, and she remains fit.',
			leadIn: 'What is the most appropriate next step?',
			options: [
				{
					text: 'Bring her case back to the MDT to review her plan',
					kind: 'next step',
					correct: true,
					explanation:
						'Right: the MDT suggests an individualised plan that weighs the number and size of the metastases and the treatments already given. All have changed, and the aim may change with them.'
				},
				{
					text: 'Continue the same chemotherapy without further discussion',
					kind: 'next step',
					correct: false,
					explanation:
						'Her disease and the treatment she has had have both changed; the plan should be reviewed, not simply continued.'
				},
				{
					text: 'Stop treatment now that the metastases have shrunk',
					kind: 'next step',
					correct: false,
					explanation: 'Shrinkage is not disappearance; stopping without a plan risks regrowth.'
				},
				{
					text: 'Book liver surgery directly with the surgical team',
					kind: 'next step',
					correct: false,
					explanation:
						'Surgery may now be possible, but that is for the MDT to weigh with all the factors, not for one team to book.'
				},
				{
					text: 'Repeat her scans in a year before making any change',
					kind: 'next step',
					correct: false,
					explanation: 'A year’s wait could lose the chance that her response has opened.'
				}
			],
			teachingPoint:
				'The MDT plan is not fixed: when the number or size of the metastases or the treatments already given change, the case returns to the MDT, and a plan made for control may become one aiming at cure.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Recognise when a patient’s plan should return to the MDT.',
			source: {
				passageIds: ['treatment-planning-2', 'treatment-planning-7', 'treatment-planning-4'],
				quote: 'The MDT goes through each case and suggests an individualised plan.'
			}
		},
		{
			id: 'mdt-number-and-location',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 64-year-old man has colorectal cancer. MRI shows twelve liver metastases spread through both halves of the liver, the largest 3 cm across. There is no disease outside the liver, his liver blood tests are normal, and he is fit and wants treatment.',
			leadIn: 'Which planning factor is most important in setting the aim of his treatment?',
			options: [
				{
					text: 'The size of his largest metastasis',
					kind: 'planning factor',
					correct: false,
					explanation: 'At 3 cm the largest metastasis is not what limits his options.'
				},
				{
					text: 'The organ where his cancer started',
					kind: 'planning factor',
					correct: false,
					explanation:
						'Colorectal cancer is one of the cancers whose liver metastases may be treated with curative intent, so the primary favours him.'
				},
				{
					text: 'How well his liver is working at present',
					kind: 'planning factor',
					correct: false,
					explanation: 'His liver blood tests are normal.'
				},
				{
					text: 'The number and location of his metastases',
					kind: 'planning factor',
					correct: true,
					explanation:
						'Right: twelve metastases spread through both halves of the liver are the finding that limits what can be treated while leaving enough liver behind.'
				},
				{
					text: 'His fitness to undergo treatment',
					kind: 'planning factor',
					correct: false,
					explanation: 'He is fit, so fitness does not limit his plan.'
				}
			],
			teachingPoint:
				'How many metastases there are and where they lie is a planning factor separate from their size: many small deposits spread through both halves of the liver can limit the aim of treatment more than one large one.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective:
				'Identify the planning factor that limits treatment in widespread liver metastases.',
			source: {
				passageIds: ['treatment-planning-4', 'treatment-planning-5'],
				quote: 'how many metastases are and their location in the liver'
			}
		},
		// ---------------------------------------------------------------- short answer
		{
			id: 'mdt-meeting-name-recall',
			type: 'short-answer',
			task: 'recall',
			stem: 'A 58-year-old man’s follow-up CT shows a single new liver metastasis, two years after surgery for rectal cancer. His surgeon thinks it can plainly be removed. Before any treatment is offered, his case should be discussed at the ____.',
			leadIn: 'Complete the sentence.',
			options: [],
			shortAnswer: {
				accepted: [
					'multidisciplinary meeting',
					'MDT',
					'MDT meeting',
					'multidisciplinary team meeting',
					'multidisciplinary team',
					'multidisciplinary',
					'multi-disciplinary meeting',
					'multi-disciplinary team meeting',
					'multi-disciplinary team',
					'MDM',
					'MDTM',
					'liver MDT',
					'HPB MDT',
					'tumour board',
					'tumor board',
					'multidisciplinary tumour board'
				],
				explanation:
					'All cases of liver metastatic disease should be discussed in a multidisciplinary meeting (MDT), even one that looks straightforward to a single specialist: surgeons, radiologists, oncologists and specialist nurses weigh the case together and suggest an individualised plan.'
			},
			teachingPoint:
				'The MDT plan takes in where the cancer started, the number, size and site of the metastases, disease elsewhere, earlier treatment, liver function, and the patient’s fitness and wishes; histopathology and palliative care usually sit on it too.',
			difficulty: 'easy',
			audiences: ['nurse', 'doctor'],
			objective: 'Name the meeting where every case of liver metastases is planned.',
			source: {
				passageIds: ['treatment-planning-2'],
				quote:
					'All cases of liver metastatic disease should be discussed in a multidisciplinary meeting (MDT).'
			}
		}
	]
});
