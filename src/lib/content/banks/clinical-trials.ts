import { defineBank } from '../types';

export default defineBank({
	id: 'clinical-trials',
	title: 'Clinical trials',
	description: 'What clinical trials offer and how patients find them.',
	items: [
		{
			id: 'clinical-trials-what-they-are',
			type: 'true-false',
			stem: 'Clinical trials for liver metastases are medical research studies that are trying to find better or new treatments.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: true,
					explanation:
						'Correct: clinical trials are medical research studies that are trying to find better or new treatments for liver metastases.'
				},
				{
					text: 'False',
					correct: false,
					explanation:
						'The statement matches the document’s definition of clinical trials for liver metastases.'
				}
			],
			teachingPoint:
				'Clinical trials are research studies looking for better or new treatments for liver metastases.',
			difficulty: 'easy',
			audiences: ['nurse'],
			objective: 'Define a clinical trial for a patient with liver metastases.',
			source: {
				passageIds: ['clinical-trials-1'],
				quote:
					'Clinical trials are medical research studies that are trying to find better or new treatments for liver metastases.'
			}
		},
		{
			id: 'clinical-trials-no-guarantee',
			type: 'single-best-answer',
			stem: 'A 67-year-old man with liver metastases from colorectal cancer has read about a clinical trial of a new treatment. He asks the nurse: “If I join the trial, will I definitely get the new treatment?”',
			leadIn: 'Which reply is accurate?',
			options: [
				{
					text: '“Yes, everyone who joins a trial receives the new treatment.”',
					correct: false,
					explanation:
						'A trial may be an opportunity to receive a new treatment, but there is no guarantee that every patient will receive it.'
				},
				{
					text: '“No, people taking part in trials never receive new treatments.”',
					correct: false,
					explanation:
						'A trial may be an opportunity to receive a new treatment; it is just not guaranteed for every patient.'
				},
				{
					text: '“A trial may give you the chance of a new treatment, but there is no guarantee that every patient will receive it.”',
					correct: true,
					explanation:
						'Correct: a trial may be an opportunity to receive a new treatment, however, there is no guarantee that every patient will receive it.'
				},
				{
					text: '“Yes, as long as your liver metastases can be removed with surgery.”',
					correct: false,
					explanation:
						'The document gives no such condition: there is no guarantee that every patient in a trial will receive the new treatment.'
				},
				{
					text: '“No, trials only look at treatments that are already in standard use.”',
					correct: false,
					explanation:
						'Clinical trials are trying to find better or new treatments, and may be an opportunity to receive a new treatment.'
				}
			],
			teachingPoint:
				'A trial may offer the chance of a new treatment, but not every patient who takes part is guaranteed to receive it.',
			difficulty: 'easy',
			audiences: ['nurse'],
			objective: 'Explain to a patient what joining a clinical trial can and cannot guarantee.',
			source: {
				passageIds: ['clinical-trials-1'],
				quote:
					'a trial may be an opportunity to receive a new treatment, however, there is no guarantee that every patient will receive it'
			}
		},
		{
			id: 'clinical-trials-pros-and-cons',
			type: 'true-false',
			stem: 'Taking part in a clinical trial has advantages for patients but no disadvantages.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: false,
					explanation:
						'There are pros and cons to taking part in a trial: for example, there is no guarantee that every patient will receive the new treatment.'
				},
				{
					text: 'False',
					correct: true,
					explanation:
						'Correct: there are pros and cons to taking part; a trial may offer a new treatment, but not every patient is guaranteed to receive it.'
				}
			],
			teachingPoint:
				'Taking part in a trial has pros and cons, which patients should weigh up with their cancer specialist.',
			difficulty: 'medium',
			audiences: ['nurse', 'doctor'],
			objective: 'Recognise that taking part in a clinical trial has pros and cons.',
			source: {
				passageIds: ['clinical-trials-1'],
				quote: 'There are pros and cons to taking part in a trial.'
			}
		},
		{
			id: 'clinical-trials-junior-doctor-advice',
			type: 'single-best-answer',
			stem: 'A 59-year-old man with liver metastases from colorectal cancer asks the junior doctor on the ward whether there are any clinical trials he could join.',
			leadIn: 'What is the most appropriate advice, according to the document?',
			options: [
				{
					text: 'Tell him that clinical trials are not carried out for liver metastases',
					correct: false,
					explanation:
						'Clinical trials are trying to find better or new treatments for liver metastases.'
				},
				{
					text: 'Advise him to speak to his cancer specialist about the existing trials and whether any of these are an option for him',
					correct: true,
					explanation:
						'Correct: interested patients should speak to their cancer specialist about the existing trials and whether any of these are an option.'
				},
				{
					text: 'Tell him that clinical trials are only open to patients whose primary cancer is pancreatic',
					correct: false,
					explanation:
						'Trials are looking for treatments for liver metastases; the Pancreatic Cancer UK website is named only as a source of information, including a tool to identify potential trials.'
				},
				{
					text: 'Assure him that joining a trial will guarantee him a new treatment',
					correct: false,
					explanation:
						'There is no guarantee that every patient in a trial will receive the new treatment.'
				},
				{
					text: 'Tell him that trials only test existing treatments, so they offer no chance of a new one',
					correct: false,
					explanation:
						'Trials are trying to find better or new treatments and may be an opportunity to receive a new treatment.'
				}
			],
			teachingPoint:
				'Patients interested in a trial should discuss the existing trials, and whether any is an option for them, with their cancer specialist.',
			difficulty: 'medium',
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
			stem: 'A woman with liver metastases from breast cancer asks the nurse how she can find out about clinical trials and whether she should take part.',
			leadIn: 'Which points are supported by the document? Select all that apply.',
			options: [
				{
					text: 'She should speak to her cancer specialist about the existing trials and whether any are an option for her',
					correct: true,
					explanation:
						'Correct: interested patients should speak to their cancer specialist about the existing trials.'
				},
				{
					text: 'Taking part guarantees that she will receive the new treatment',
					correct: false,
					explanation:
						'There is no guarantee that every patient in a trial will receive the new treatment.'
				},
				{
					text: 'There are pros and cons to taking part in a trial',
					correct: true,
					explanation: 'Correct: the document states there are pros and cons to taking part.'
				},
				{
					text: 'She can join any trial she finds without discussing it with her cancer specialist',
					correct: false,
					explanation:
						'Interested patients should speak to their cancer specialist about the existing trials and whether any of these are an option.'
				},
				{
					text: 'Trials for liver metastases only study treatments that are already in standard use',
					correct: false,
					explanation: 'Clinical trials are trying to find better or new treatments.'
				}
			],
			teachingPoint:
				'Trials have pros and cons and do not guarantee a new treatment, so patients should discuss the existing trials with their cancer specialist.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective: 'Guide a patient on how to consider taking part in a clinical trial.',
			source: {
				passageIds: ['clinical-trials-1'],
				quote: 'There are pros and cons to taking part in a trial.'
			}
		},
		{
			id: 'clinical-trials-online-tool',
			type: 'true-false',
			stem: 'The document points patients with liver metastases to the Pancreatic Cancer UK website, which has an online tool to identify potential clinical trials.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: true,
					explanation:
						'Correct: useful information, including an online tool to identify potential clinical trials, can be found on the Pancreatic Cancer UK website.'
				},
				{
					text: 'False',
					correct: false,
					explanation:
						'The document names the Pancreatic Cancer UK website as the place to find useful information and an online tool to identify potential trials.'
				}
			],
			teachingPoint:
				'An online tool to identify potential clinical trials is available on the Pancreatic Cancer UK website.',
			difficulty: 'hard',
			audiences: ['nurse'],
			objective: 'Identify where patients can find an online tool to search for clinical trials.',
			source: {
				passageIds: ['clinical-trials-1'],
				quote:
					'an online tool to identify potential clinical trials, can be found on the Pancreatic Cancer UK website'
			}
		}
	]
});
