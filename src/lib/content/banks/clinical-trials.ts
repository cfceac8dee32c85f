import { defineBank } from '$lib/content/types';

export default defineBank({
	id: 'clinical-trials',
	title: 'Clinical trials',
	description:
		'What clinical trials are, their pros and cons, and how to talk with patients about taking part.',
	items: [
		{
			id: 'clinical-trials-what-they-are',
			type: 'single-best-answer',
			task: 'recall',
			stem: 'A 64-year-old woman with liver metastases from colorectal cancer has seen a poster about clinical trials in the clinic waiting room. She asks the nurse what a clinical trial actually is.',
			leadIn: 'What is the best explanation to give her?',
			options: [
				{
					text: 'A new treatment that has been proven better than the usual one',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'If a treatment were already proven better, there would be no need for a trial: trials are trying to find out whether new treatments are better.'
				},
				{
					text: 'A last-resort treatment for when nothing else has worked',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'A common misunderstanding: trials look for better or new treatments, and some are open to patients at earlier stages of their care.'
				},
				{
					text: 'A research study looking for new or better treatments',
					kind: 'explanation to the patient',
					correct: true,
					explanation:
						'Right: clinical trials are medical research studies that are trying to find better or new treatments for liver metastases.'
				},
				{
					text: 'A test to find out whether her cancer has spread any further',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'Spread is assessed with scans and other investigations; a trial is research into treatment.'
				},
				{
					text: 'A second opinion on her plan from a cancer centre elsewhere',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'A second opinion reviews existing treatment options; a trial studies treatments whose value is not yet known.'
				}
			],
			teachingPoint:
				'A clinical trial is a research study trying to find better or new treatments. Because the answer is not yet known, a trial treatment is not proven better, and trials are not only a last resort.',
			difficulty: 'easy',
			audiences: ['nurse'],
			objective: 'Explain to a patient what a clinical trial is.',
			source: {
				passageIds: ['clinical-trials-1'],
				quote:
					'Clinical trials are medical research studies that are trying to find better or new treatments for liver metastases.'
			}
		},
		{
			id: 'clinical-trials-no-guarantee',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 67-year-old man with liver metastases from colorectal cancer has read about a trial of a new drug. He tells the nurse he wants to join “to get the new drug”, and asks whether taking part means he will definitely receive it.',
			leadIn: 'What is the best answer to give him?',
			options: [
				{
					text: '“Yes: joining the trial is how people get the new treatment.”',
					kind: 'answer to the patient',
					correct: false,
					explanation:
						'There is no guarantee that every patient in a trial will receive the new treatment; saying yes sets him up for disappointment.'
				},
				{
					text: '“No: people in trials are given the usual treatment, not new ones.”',
					kind: 'answer to the patient',
					correct: false,
					explanation:
						'A trial may be an opportunity to receive a new treatment; it is simply not guaranteed.'
				},
				{
					text: '“Yes, as long as your liver metastases can be removed by surgery.”',
					kind: 'answer to the patient',
					correct: false,
					explanation:
						'No such condition decides who receives the new treatment; taking part gives a chance of it, not a promise.'
				},
				{
					text: '“It depends on how early you sign up for the trial.”',
					kind: 'answer to the patient',
					correct: false,
					explanation: 'The order of joining does not decide who receives the new treatment.'
				},
				{
					text: '“Taking part gives a chance of the new drug, but not a guarantee.”',
					kind: 'answer to the patient',
					correct: true,
					explanation:
						'Right: a trial may be an opportunity to receive a new treatment, but there is no guarantee that every patient will receive it. In many trials chance decides who receives the new treatment and who the standard one.'
				}
			],
			teachingPoint:
				'A trial may offer the chance of a new treatment, but there is no guarantee that every patient will receive it; in many trials, chance decides who receives the new treatment and who the standard one for comparison. Patients should know this before they agree.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective: 'Explain to a patient what joining a clinical trial can and cannot guarantee.',
			source: {
				passageIds: ['clinical-trials-1'],
				quote: 'there is no guarantee that every patient will receive it'
			}
		},
		{
			id: 'clinical-trials-pros-and-cons',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 55-year-old woman with liver metastases from breast cancer has been told by her oncologist that she may be eligible for a trial. Her husband tells the nurse: “It’s the newest treatment, so there’s no downside. She should just sign up.”',
			leadIn: 'What is the best response?',
			options: [
				{
					text: '“You’re right: a trial offers the newest treatment without any downside.”',
					kind: 'response to the relative',
					correct: false,
					explanation:
						'There are pros and cons to taking part; the new treatment is not guaranteed, and its value is still being tested.'
				},
				{
					text: '“Trials carry more risks than benefits, so she would do better to avoid them.”',
					kind: 'response to the relative',
					correct: false,
					explanation:
						'This swaps one one-sided view for another; a trial may be an opportunity to receive a new treatment.'
				},
				{
					text: '“She should sign up first and ask her questions once she has started.”',
					kind: 'response to the relative',
					correct: false,
					explanation:
						'Questions belong before agreeing to take part, when she can weigh the pros and cons with her cancer specialist.'
				},
				{
					text: '“There are pros and cons to taking part, and they are worth talking through.”',
					kind: 'response to the relative',
					correct: true,
					explanation:
						'Right: there are pros and cons to taking part in a trial. The chance of a new treatment is one side; no guarantee of receiving it, and a treatment still being tested, are the other.'
				},
				{
					text: '“The decision is her oncologist’s to make, so there is nothing to weigh.”',
					kind: 'response to the relative',
					correct: false,
					explanation:
						'Taking part is her choice; her cancer specialist advises on whether a trial is an option, and she weighs the pros and cons.'
				}
			],
			teachingPoint:
				'Taking part in a trial has pros and cons: the chance of a new treatment on one side; on the other, no guarantee of receiving it, and a treatment whose value is still being tested. The patient weighs them, with her cancer specialist, before deciding.',
			difficulty: 'medium',
			audiences: ['nurse', 'doctor'],
			objective: 'Help a patient or relative weigh the pros and cons of taking part in a trial.',
			source: {
				passageIds: ['clinical-trials-1'],
				quote: 'There are pros and cons to taking part in a trial.'
			}
		},
		{
			id: 'clinical-trials-junior-doctor-advice',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 59-year-old man with liver metastases from colorectal cancer is on a surgical ward recovering from an unrelated operation. He asks the foundation doctor whether there are any clinical trials he could join for his liver metastases.',
			leadIn: 'What is the most appropriate advice?',
			options: [
				{
					text: 'Suggest he asks his cancer specialist which trials could suit him',
					kind: 'advice',
					correct: true,
					explanation:
						'Right: interested patients should speak to their cancer specialist about the existing trials and whether any of them is an option.'
				},
				{
					text: 'Tell him that trials are not run for liver metastases',
					kind: 'advice',
					correct: false,
					explanation:
						'Clinical trials are looking for better or new treatments for liver metastases.'
				},
				{
					text: 'Find a trial online for him and put his name forward from the ward',
					kind: 'advice',
					correct: false,
					explanation:
						'Whether a trial is an option depends on his cancer and his plan, which his cancer specialist knows; a ward doctor cannot judge that.'
				},
				{
					text: 'Tell him trials are for people who have run out of other options',
					kind: 'advice',
					correct: false,
					explanation:
						'Trials look for better or new treatments; they are not kept for people with no other option.'
				},
				{
					text: 'Advise him to ask his GP to refer him to a trial near home',
					kind: 'advice',
					correct: false,
					explanation:
						'His cancer specialist, not his GP, knows his treatment and can advise which existing trials are an option.'
				}
			],
			teachingPoint:
				'A patient interested in a trial should speak to the cancer specialist, who knows the existing trials and whether any is an option for his cancer and his plan. Other doctors can encourage the conversation.',
			difficulty: 'easy',
			audiences: ['doctor'],
			objective: 'Advise a patient with liver metastases how to pursue a clinical trial.',
			source: {
				passageIds: ['clinical-trials-1'],
				quote:
					'Interested patients should speak to their cancer specialist about the existing trials and whether any of these are an option.'
			}
		},
		{
			id: 'clinical-trials-finding-trials',
			type: 'multiple-response',
			task: 'recall',
			stem: 'A 62-year-old woman with liver metastases from breast cancer would like to know more about clinical trials before her next oncology appointment, and asks the nurse what she should know.',
			leadIn: 'Which of these would be accurate to tell her? Select all that apply.',
			options: [
				{
					text: 'Your cancer specialist can tell you whether any existing trial is an option for you.',
					kind: 'statement to the patient',
					correct: true,
					explanation:
						'Right: interested patients should speak to their cancer specialist about the existing trials and whether any of these are an option.'
				},
				{
					text: 'If you take part, you will be given the new treatment.',
					kind: 'statement to the patient',
					correct: false,
					explanation:
						'There is no guarantee that every patient in a trial will receive the new treatment.'
				},
				{
					text: 'Taking part may give you the chance of a new treatment.',
					kind: 'statement to the patient',
					correct: true,
					explanation: 'Right: a trial may be an opportunity to receive a new treatment.'
				},
				{
					text: 'A treatment being tested in a trial is already known to work better.',
					kind: 'statement to the patient',
					correct: false,
					explanation:
						'Trials are trying to find better or new treatments; whether the new one is better is what the trial asks.'
				},
				{
					text: 'Taking part has both advantages and disadvantages.',
					kind: 'statement to the patient',
					correct: true,
					explanation:
						'Right: the chance of a new treatment comes with uncertainty, as no one yet knows whether it works better, so she should weigh both sides.'
				},
				{
					text: 'Joining a trial is something to arrange without your specialist.',
					kind: 'statement to the patient',
					correct: false,
					explanation:
						'Whether a trial is an option for her is a question for her cancer specialist.'
				}
			],
			teachingPoint:
				'Before an appointment, a patient can be told: trials may offer a new treatment but do not guarantee it, taking part has pros and cons, and her cancer specialist can say whether any existing trial is an option.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective: 'Prepare a patient to discuss clinical trials with her cancer specialist.',
			source: {
				passageIds: ['clinical-trials-1'],
				quote: 'whether any of these are an option'
			}
		},
		{
			id: 'clinical-trials-would-you-join',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 63-year-old man with liver metastases from colorectal cancer has been offered a place in a trial by his oncologist and has taken the information sheet home. At the nurse-led clinic he asks: “Would you join, if you were me?”',
			leadIn: 'What is the best response?',
			options: [
				{
					text: '“Yes, I would join: trials give people the newest treatment.”',
					kind: 'response to the patient',
					correct: false,
					explanation:
						'This makes his decision for him on a false premise: the new treatment is not guaranteed, and its value is being tested.'
				},
				{
					text: '“No, I would wait until the new treatment has been properly tested.”',
					kind: 'response to the patient',
					correct: false,
					explanation:
						'The trial is how the treatment is tested; refusing on his behalf ignores the pros that may matter to him.'
				},
				{
					text: '“Let’s list the pros and cons, and questions for your specialist.”',
					kind: 'response to the patient',
					correct: true,
					explanation:
						'Right: there are pros and cons to taking part, and interested patients should speak to their cancer specialist. Helping him weigh them, and prepare his questions, supports his own decision.'
				},
				{
					text: '“I can’t talk about trials with you; that is for the research team.”',
					kind: 'response to the patient',
					correct: false,
					explanation:
						'Nurses can help a patient understand a trial and prepare his questions; closing the conversation leaves him alone with it.'
				},
				{
					text: '“Most people in your position say yes, so you’d be in good company.”',
					kind: 'response to the patient',
					correct: false,
					explanation:
						'What others decide is no guide to what suits him; it pressures rather than informs.'
				}
			],
			teachingPoint:
				'Asked “would you?”, the nurse neither decides for the patient nor closes the conversation: she helps him weigh the pros and cons and prepare his questions for his cancer specialist, so that the decision is his and informed.',
			difficulty: 'hard',
			audiences: ['nurse'],
			objective:
				'Support a patient deciding whether to take part in a trial without deciding for him.',
			source: {
				passageIds: ['clinical-trials-1'],
				quote: 'speak to their cancer specialist about the existing trials'
			}
		},
		{
			id: 'clinical-trials-allocated-standard',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 66-year-old woman with liver metastases joined a trial comparing a new treatment with the standard one. She has just learned that she will receive the standard treatment, and tells the research nurse she feels cheated, because she joined “to get the new treatment”.',
			leadIn: 'What is the best response?',
			options: [
				{
					text: '“I’ll ask the trial team to move you onto the new treatment.”',
					kind: 'response to the patient',
					correct: false,
					explanation:
						'Allocation is not changed on request; promising it would be dishonest and would undermine the trial.'
				},
				{
					text: '“You were told this at the start, so there’s no reason to be upset.”',
					kind: 'response to the patient',
					correct: false,
					explanation:
						'Even if she was told, dismissing her feelings does not help her; acknowledge them and explain again.'
				},
				{
					text: '“The standard treatment is better anyway, so you are the lucky one.”',
					kind: 'response to the patient',
					correct: false,
					explanation:
						'Nobody yet knows which is better; that is what the trial is trying to find out.'
				},
				{
					text: '“You could leave the trial and ask for the new drug elsewhere.”',
					kind: 'response to the patient',
					correct: false,
					explanation:
						'A treatment still in trials is not generally available elsewhere; this raises false hope.'
				},
				{
					text: '“That’s disappointing; the trial gave a chance of it, not a promise.”',
					kind: 'response to the patient',
					correct: true,
					explanation:
						'Right: a trial may be an opportunity to receive a new treatment, but there is no guarantee that every patient will receive it. Acknowledging her disappointment, and that she is still being treated, is honest and kind.'
				}
			],
			teachingPoint:
				'Taking part in a trial gives a chance of the new treatment, not a guarantee. A patient allocated to the standard treatment needs her disappointment acknowledged, an honest reminder of how trials work, and reassurance that she is still being treated.',
			difficulty: 'hard',
			audiences: ['nurse'],
			objective: 'Respond to a trial participant disappointed not to receive the new treatment.',
			source: {
				passageIds: ['clinical-trials-1'],
				quote: 'a trial may be an opportunity to receive a new treatment'
			}
		},
		{
			id: 'clinical-trials-new-not-proven',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 52-year-old woman with two colorectal liver metastases has been offered surgery aiming at cure by the MDT. She tells the junior doctor she would rather join a trial of a new drug instead, because she is sure that new treatments are better than old ones.',
			leadIn: 'What is the best response?',
			options: [
				{
					text: '“You are right, so the trial should take the place of surgery.”',
					kind: 'response to the patient',
					correct: false,
					explanation:
						'Whether the new drug is better is not known; giving up a treatment that may cure her on that assumption could cost her that chance.'
				},
				{
					text: '“Trials are meant for people who have no standard treatment left.”',
					kind: 'response to the patient',
					correct: false,
					explanation:
						'Trials look for better or new treatments and are not kept for the end of treatment; her reasoning, not her eligibility, is the problem.'
				},
				{
					text: '“New drugs are tested on healthy volunteers rather than on patients.”',
					kind: 'response to the patient',
					correct: false,
					explanation:
						'Trials for liver metastases study patients with the disease; this is simply wrong.'
				},
				{
					text: '“Trials test whether new treatments are better; nobody knows yet.”',
					kind: 'response to the patient',
					correct: true,
					explanation:
						'Right: trials are trying to find better or new treatments, so newer is not yet known to be better. She should weigh the trial against her curative plan with her cancer specialist.'
				},
				{
					text: '“The trial drug will work, as it is already approved for use.”',
					kind: 'response to the patient',
					correct: false,
					explanation: 'A treatment under trial is being tested; nobody can promise it will work.'
				}
			],
			teachingPoint:
				'Clinical trials exist to find out whether new treatments are better; until the trial reports, nobody knows. A patient with a plan that may cure her weighs a trial carefully with her cancer specialist, rather than assuming that newer means better.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Correct the belief that a treatment under trial is known to be better.',
			source: {
				passageIds: ['clinical-trials-1', 'treatment-planning-1'],
				quote: 'trying to find better or new treatments'
			}
		}
	]
});
