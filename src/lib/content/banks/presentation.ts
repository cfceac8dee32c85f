import { defineBank } from '$lib/content/types';

export default defineBank({
	id: 'presentation',
	title: 'Presentation and diagnosis',
	description:
		'What liver metastases are, how they present, which symptoms need escalating, and how they are diagnosed.',
	items: [
		{
			id: 'presentation-secondary-definition',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 64-year-old man had an operation for colon cancer two years ago. A CT scan now shows deposits in his liver, and he has been told that the cancer has spread there. He asks the nurse whether he now has “liver cancer”, and what the deposits are made of.',
			leadIn: 'What is the best explanation to give him?',
			options: [
				{
					text: 'It is primary liver cancer: liver cells that have turned cancerous',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'Primary liver cancer starts in the liver itself. His cancer started in the colon and spread, so this is secondary liver cancer.'
				},
				{
					text: 'It is a second, unrelated cancer that has started in his liver',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'He has been told the cancer has spread: the deposits came from his colon cancer. A new, unrelated primary in the liver is far less likely than spread from a known cancer.'
				},
				{
					text: 'It is secondary cancer in the liver, made of colon cancer cells',
					kind: 'explanation to the patient',
					correct: true,
					explanation:
						'Right: cancer that starts elsewhere and spreads to the liver is secondary liver cancer (liver metastases), and a metastasis from a colon cancer is made of colon cancer cells. That is why his treatment is planned around where the cancer started.'
				},
				{
					text: 'It is secondary cancer in the liver, made of liver cells the cancer has changed',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'Metastases are made of cells similar to the primary cancer. Colon cancer cells that settle in the liver stay colon cancer cells; they do not turn liver cells cancerous.'
				},
				{
					text: 'It is liver cancer, because a cancer is named after the organ it is found in',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'The reverse: a cancer is named after where it starts (the primary cancer), not after the organ it has spread to.'
				}
			],
			teachingPoint:
				'A cancer is named after where it starts. Deposits that have spread to the liver from a colon cancer are secondary liver cancer (liver metastases) made of colon cancer cells, and where the cancer started is the first thing the treatment plan weighs.',
			difficulty: 'easy',
			audiences: ['nurse'],
			objective: 'Explain to a patient the difference between primary and secondary liver cancer.',
			source: {
				passageIds: ['definition-1', 'treatment-planning-3'],
				quote:
					'a metastasis in the liver from a primary colon cancer, is made of colon cancer cells'
			}
		},
		{
			id: 'presentation-how-metastases-form',
			type: 'multiple-response',
			task: 'recall',
			stem: 'A medical student on a colorectal firm asks the junior doctor how a bowel cancer comes to produce deposits in the liver.',
			leadIn:
				'Which of these steps are part of how a liver metastasis forms? Select all that apply.',
			options: [
				{
					text: 'Cells separate from the primary tumour',
					kind: 'step',
					correct: true,
					explanation:
						'Right: at some point in the natural history of the primary cancer, cells can separate from the tumour.'
				},
				{
					text: 'The cells enter the lymphatic system or the blood stream',
					kind: 'step',
					correct: true,
					explanation:
						'Right. From the bowel, stomach and pancreas, cells usually reach the liver in the portal venous blood, which drains these organs through the liver.'
				},
				{
					text: 'Cells that survive the immune system form colonies in another organ',
					kind: 'step',
					correct: true,
					explanation:
						'Right: only cells that survive the immune system go on to create colonies, the secondary cancers or metastases.'
				},
				{
					text: 'On reaching the liver, the cancer cells turn into liver cells',
					kind: 'step',
					correct: false,
					explanation:
						'Metastases are made of cells similar to the primary cancer: a liver metastasis from bowel cancer is made of bowel cancer cells, which is why it is treated as bowel cancer.'
				},
				{
					text: 'The immune system carries the cells to the liver and helps them settle',
					kind: 'step',
					correct: false,
					explanation:
						'The cells travel in lymph or blood, and they must survive the immune system to form colonies; the immune system works against them.'
				}
			],
			teachingPoint:
				'Metastasis is a sequence: cells leave the primary tumour, travel in the lymphatic system or blood stream, survive the immune system and form colonies that keep the character of the primary cancer.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Describe how cells from a primary cancer form metastases in other organs.',
			source: {
				passageIds: ['definition-1'],
				quote:
					'If they survive the immune system, these cells can create colonies in other organs and parts of the body'
			}
		},
		{
			id: 'presentation-secondary-more-common',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 69-year-old man had a right hemicolectomy for colon cancer three years ago. A follow-up CT scan shows three new solid lesions in the liver that were not present a year earlier. He has no history of liver disease.',
			leadIn: 'What is the most likely cause of the lesions?',
			options: [
				{
					text: 'A primary liver cancer',
					kind: 'diagnosis',
					correct: false,
					explanation:
						'Primary liver cancer is much less common than secondary liver cancer, and he has a known cancer that commonly spreads to the liver.'
				},
				{
					text: 'Metastases from a second, undiagnosed primary cancer',
					kind: 'diagnosis',
					correct: false,
					explanation:
						'Possible in principle, but he already has a cancer that commonly spreads to the liver; a second hidden primary is far less likely.'
				},
				{
					text: 'A new cancer of the bile ducts within the liver',
					kind: 'diagnosis',
					correct: false,
					explanation:
						'A bile-duct cancer within the liver is a form of primary liver cancer, which is much less common than metastases, particularly in a man with a known cancer that spreads to the liver.'
				},
				{
					text: 'Metastases from his colon cancer',
					kind: 'diagnosis',
					correct: true,
					explanation:
						'Right: secondary liver cancer is much more common than primary liver cancer, and colorectal cancer is among the cancers that most often spread to the liver.'
				},
				{
					text: 'Lymphoma involving the liver',
					kind: 'diagnosis',
					correct: false,
					explanation:
						'Lymphoma can involve the liver, but in a man with a previous colon cancer new liver lesions are most likely to be metastases from it.'
				}
			],
			teachingPoint:
				'Secondary liver cancer is much more common than primary liver cancer. New liver lesions in a patient with a previous colorectal cancer are metastases until proved otherwise, and the diagnosis is confirmed by imaging.',
			difficulty: 'easy',
			audiences: ['doctor'],
			objective:
				'Judge the likeliest cause of new liver lesions in a patient with a previous cancer.',
			source: {
				passageIds: ['definition-2', 'definition-3'],
				quote:
					'Secondary liver cancer (liver metastases) is much more common than primary liver cancer'
			}
		},
		{
			id: 'presentation-number-and-site',
			type: 'true-false',
			task: 'recall',
			stem: 'Liver metastases may be single or multiple, and they may be found in any part of the liver.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: true,
					explanation:
						'Right: someone can have one metastasis in the liver or several, and it or they can be in any part of the liver. That is why the plan weighs both how many there are and where they lie.'
				},
				{
					text: 'False',
					correct: false,
					explanation:
						'The statement is true: a person can have one liver metastasis or several, in any part of the liver.'
				}
			],
			teachingPoint:
				'A person can have one liver metastasis or several, anywhere in the liver; their number and location shape both the symptoms and the treatment plan.',
			difficulty: 'easy',
			audiences: ['nurse'],
			objective:
				'Explain to a patient how many liver metastases there may be and where they can occur.',
			source: {
				passageIds: ['definition-2'],
				quote: 'Someone can have one metastasis in the liver or multiple'
			}
		},
		{
			id: 'presentation-common-primaries',
			type: 'multiple-response',
			task: 'recall',
			stem: 'A junior doctor in the acute medical unit sees a 57-year-old woman whose ultrasound scan shows several liver lesions with the appearance of metastases. She has never been diagnosed with cancer, and he considers where the cancer may have started.',
			leadIn:
				'Which of these are among the cancers that most commonly spread to the liver? Select all that apply.',
			options: [
				{
					text: 'Colorectal cancer',
					kind: 'primary cancer',
					correct: true,
					explanation:
						'Right: colorectal cancer is one of the commonest sources of liver metastases.'
				},
				{
					text: 'Basal cell carcinoma of the skin',
					kind: 'primary cancer',
					correct: false,
					explanation:
						'Melanoma is a skin cancer that commonly spreads to the liver; basal cell carcinoma, the commonest skin cancer, very rarely spreads at all.'
				},
				{
					text: 'Melanoma',
					kind: 'primary cancer',
					correct: true,
					explanation:
						'Right: melanoma commonly spreads to the liver, so ask about moles or skin cancers removed in the past.'
				},
				{
					text: 'Neuroendocrine tumour',
					kind: 'primary cancer',
					correct: true,
					explanation: 'Right: neuroendocrine tumours commonly spread to the liver.'
				},
				{
					text: 'Thyroid cancer',
					kind: 'primary cancer',
					correct: false,
					explanation:
						'Thyroid cancer is not among the cancers that most commonly spread to the liver.'
				},
				{
					text: 'Ovarian cancer',
					kind: 'primary cancer',
					correct: true,
					explanation:
						'Right: ovarian cancer is among the cancers that commonly spread to the liver.'
				},
				{
					text: 'Glioma (primary brain tumour)',
					kind: 'primary cancer',
					correct: false,
					explanation: 'Primary brain tumours rarely spread outside the brain and spinal cord.'
				},
				{
					text: 'Oesophageal cancer',
					kind: 'primary cancer',
					correct: true,
					explanation:
						'Right: oesophageal cancer is among the cancers that commonly spread to the liver.'
				}
			],
			teachingPoint:
				'The cancers that most commonly spread to the liver are colorectal, lung, breast, pancreatic, stomach, oesophageal, ovarian, melanoma and neuroendocrine. Knowing the list guides the history and the search for a primary when liver metastases are found first.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'List the primary cancers that most commonly spread to the liver.',
			source: {
				passageIds: ['definition-3'],
				quote:
					'The most common cancers that spread to the liver are: colorectal, lung, breast, pancreatic, stomach, oesophagus, ovarian, melanoma and neuroendocrine.'
			}
		},
		{
			id: 'presentation-no-early-symptoms',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 67-year-old woman with breast cancer has a staging CT scan that shows two metastases in her liver. She feels well, is eating normally and has no pain. She asks the breast care nurse how she can have cancer in her liver without feeling ill.',
			leadIn: 'What is the best explanation to give her?',
			options: [
				{
					text: 'Symptoms appear once the cancer has spread beyond the liver',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'Liver metastases can cause symptoms themselves, depending on how many there are and where they lie; symptoms do not wait for spread elsewhere.'
				},
				{
					text: 'The liver is large and keeps working with cancer in it',
					kind: 'explanation to the patient',
					correct: true,
					explanation:
						'Right: liver metastases may cause no symptoms at first because the liver is large and can retain its function even with cancer in it.'
				},
				{
					text: 'Metastases are made of liver cells, so the body does not react',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'Metastases are made of cells similar to the primary cancer, here breast cancer cells, not liver cells.'
				},
				{
					text: 'Her breast cancer treatment is masking the symptoms',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'Nothing suggests this. The size and reserve of the liver explain why early metastases are often silent.'
				},
				{
					text: 'Feeling well means the metastases are too small to matter',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'Feeling well says little about how much disease there is or whether it needs treatment; early metastases of any size may be silent.'
				}
			],
			teachingPoint:
				'Liver metastases are often silent at first because the liver is large and keeps its function even with cancer in it. Feeling well neither rules them out nor means they need no treatment.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective: 'Explain to a patient why liver metastases may cause no symptoms at first.',
			source: {
				passageIds: ['symptoms-1'],
				quote:
					'because the liver is large and can retain its function even if there is cancer in it'
			}
		},
		{
			id: 'presentation-well-patient-surveillance',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 58-year-old man had surgery for rectal cancer 18 months ago and is on a follow-up programme with regular CT scans. He rings the colorectal nurse: he feels fit, has put on weight and has no symptoms, and asks whether he really needs to attend his scan next week.',
			leadIn: 'What is the best advice to give him?',
			options: [
				{
					text: 'He can safely put it off until he notices a new symptom',
					kind: 'advice to the patient',
					correct: false,
					explanation:
						'Waiting for symptoms defeats the purpose of follow-up: liver metastases may cause none at first.'
				},
				{
					text: 'He could have a tumour marker blood test instead of the scan',
					kind: 'advice to the patient',
					correct: false,
					explanation:
						'Tumour markers can aid the diagnosis, but imaging is the most important and accurate investigation; a blood test does not replace the scan.'
				},
				{
					text: 'He should attend if he has noticed weight loss or poor appetite',
					kind: 'advice to the patient',
					correct: false,
					explanation:
						'These are symptoms of liver metastases, but their absence does not rule spread out, so the scan is still needed.'
				},
				{
					text: 'He should keep it: liver spread may cause no symptoms at first',
					kind: 'advice to the patient',
					correct: true,
					explanation:
						'Right: liver metastatic disease may not cause any symptoms at first, so feeling well is not a reason to miss a planned scan.'
				},
				{
					text: 'He should keep it, as his weight gain may be fluid in his abdomen',
					kind: 'advice to the patient',
					correct: false,
					explanation:
						'The advice to attend is right, but the reason is not: nothing suggests ascites in a well man with no swelling. He should attend because spread is often silent.'
				}
			],
			teachingPoint:
				'Feeling well does not rule out liver metastases, which may cause no symptoms at first. Follow-up after bowel cancer therefore relies on planned imaging rather than on waiting for symptoms.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective:
				'Advise a well patient on follow-up why the absence of symptoms does not rule out spread.',
			source: {
				passageIds: ['symptoms-1', 'diagnosis-1'],
				quote: 'Liver metastatic disease may not cause any symptoms at first'
			}
		},
		{
			id: 'presentation-symptoms-depend-on',
			type: 'single-best-answer',
			task: 'recall',
			stem: 'Two men with liver metastases from colorectal cancer attend the same clinic. Mr A has a single 4 cm metastasis at the edge of the right lobe and no symptoms. Mr B has a single 2 cm metastasis where the main bile ducts leave the liver, and he has yellow eyes and itchy skin.',
			leadIn: 'What best explains the difference between the two men?',
			options: [
				{
					text: 'The size of the metastasis in the liver',
					kind: 'explanation',
					correct: false,
					explanation:
						'Mr A’s metastasis is the larger, yet he has no symptoms; size does not explain the difference.'
				},
				{
					text: 'The organ in which the cancer started',
					kind: 'explanation',
					correct: false,
					explanation:
						'Both cancers started in the bowel, so the primary cannot explain the difference.'
				},
				{
					text: 'The number of metastases in the liver',
					kind: 'explanation',
					correct: false,
					explanation:
						'Number does shape symptoms, but each man has a single metastasis, so it does not explain the difference here.'
				},
				{
					text: 'Spread of the cancer beyond the liver',
					kind: 'explanation',
					correct: false,
					explanation:
						'Nothing suggests spread elsewhere; Mr B’s jaundice is explained by where his liver metastasis lies.'
				},
				{
					text: 'Where the metastasis lies in the liver',
					kind: 'explanation',
					correct: true,
					explanation:
						'Right: symptoms depend on the number and location of the metastases. A small deposit where the bile ducts leave the liver can block bile drainage and cause jaundice, while a larger one at the edge may be silent.'
				}
			],
			teachingPoint:
				'Symptoms depend on the number and location of liver metastases more than on their size: a small deposit at the hilum can cause jaundice, a larger one at the edge may cause nothing. New jaundice needs prompt assessment.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Explain why patients with similar liver metastases may have different symptoms.',
			source: {
				passageIds: ['symptoms-1', 'symptoms-6'],
				quote: 'Symptoms may depend on the number and location of liver metastases in the liver.'
			}
		},
		{
			id: 'presentation-symptoms-other-causes',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 61-year-old woman completed treatment for breast cancer two years ago. She rings the breast care nurse, frightened: since a bout of flu three weeks ago she has felt tired and has not wanted to eat, and she is sure her cancer has spread to her liver. She has no yellowing and no swelling.',
			leadIn: 'What is the most appropriate reply?',
			options: [
				{
					text: '“These are the first signs of liver spread, so we will book urgent treatment.”',
					kind: 'reply to the patient',
					correct: false,
					explanation:
						'They are listed symptoms of liver metastases, but they are not specific, and treatment is not started on symptoms: diagnosis needs examination, blood tests and imaging.'
				},
				{
					text: '“Liver spread does not cause tiredness or poor appetite, so please don’t worry.”',
					kind: 'reply to the patient',
					correct: false,
					explanation:
						'Both are recognised symptoms of liver metastases; false reassurance could delay a diagnosis.'
				},
				{
					text: '“These symptoms have many possible causes; let’s get the team to assess you.”',
					kind: 'reply to the patient',
					correct: true,
					explanation:
						'Right: these symptoms may be caused by other conditions, such as her recent flu, as well as by liver metastases, so she needs assessment rather than an assumption either way.'
				},
				{
					text: '“Without yellow skin or swelling, your liver is very unlikely to be involved.”',
					kind: 'reply to the patient',
					correct: false,
					explanation:
						'Liver metastases may cause only vague symptoms, or none, at first; the absence of jaundice or ascites does not make them unlikely.'
				},
				{
					text: '“Mention it at your routine check-up next year if it hasn’t settled by then.”',
					kind: 'reply to the patient',
					correct: false,
					explanation:
						'Other causes are likely, but new symptoms lasting weeks in someone treated for cancer should be assessed now, not in a year.'
				}
			],
			teachingPoint:
				'Loss of appetite, fatigue and the other listed symptoms are not specific to liver metastases: other conditions can cause them. A patient with a cancer history who has them needs assessment, neither false reassurance nor an assumption of spread.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective: 'Respond to a patient who attributes non-specific symptoms to liver spread.',
			source: {
				passageIds: ['symptoms-1', 'symptoms-2', 'symptoms-4'],
				quote:
					'These symptoms may also be caused by other conditions rather than liver metastasis as well.'
			}
		},
		{
			id: 'presentation-normal-liver-tests',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 55-year-old woman who had breast cancer treated four years ago sees her GP with two months of fatigue and a dull ache under the right ribs. Examination is unremarkable. Her full blood count, liver function tests and kidney function tests are normal. The GP phones the on-call junior doctor for advice.',
			leadIn: 'What is the most appropriate next step?',
			options: [
				{
					text: 'Arrange imaging of her liver despite the normal tests',
					kind: 'next step',
					correct: true,
					explanation:
						'Right: with a cancer history and symptoms that fit, liver metastases must be looked for, and radiological imaging is the most important and accurate investigation. Normal blood tests do not exclude them.'
				},
				{
					text: 'Reassure her that normal liver tests exclude liver spread',
					kind: 'next step',
					correct: false,
					explanation:
						'The liver is large and can keep working with cancer in it, so liver function tests may be normal even when metastases are present.'
				},
				{
					text: 'Repeat the liver function tests in three months',
					kind: 'next step',
					correct: false,
					explanation:
						'A second normal result would not exclude metastases either; waiting only delays the diagnosis.'
				},
				{
					text: 'Request a liver biopsy to look for any cancer cells',
					kind: 'next step',
					correct: false,
					explanation:
						'Nothing has yet been seen to biopsy. Imaging comes first; a biopsy is only sometimes needed, to identify where metastases came from.'
				},
				{
					text: 'Put her fatigue down to the effects of her past treatment',
					kind: 'next step',
					correct: false,
					explanation:
						'Her symptoms may have another cause, but with her history and right-sided abdominal discomfort, liver metastases have to be looked for first.'
				}
			],
			teachingPoint:
				'Normal liver function tests do not exclude liver metastases, because the liver can retain its function with cancer in it. In a patient with a cancer history and suggestive symptoms, imaging, the most accurate investigation, is the next step.',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective:
				'Decide the next investigation when blood tests are normal but liver metastases are suspected.',
			source: {
				passageIds: ['symptoms-1', 'diagnosis-1', 'symptoms-7'],
				quote: 'can retain its function even if there is cancer in it'
			}
		},
		{
			id: 'presentation-appetite-and-weight',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 73-year-old man with liver metastases from pancreatic cancer attends the oncology day unit. He says food has lost its appeal and he eats about half of what he used to. He weighs 6 kg less than at his visit six weeks ago, and he has not been trying to lose weight.',
			leadIn: 'What is the most appropriate action for the nurse?',
			options: [
				{
					text: 'Record the weight and recheck it at his next visit in six weeks',
					kind: 'nursing action',
					correct: false,
					explanation:
						'Losing 6 kg in six weeks without trying is a symptom to act on now; another six weeks of watching loses ground that is hard to regain.'
				},
				{
					text: 'Reassure him that losing weight is expected and needs no action',
					kind: 'nursing action',
					correct: false,
					explanation:
						'It is a recognised symptom of liver metastases, but recognised does not mean untreatable: it needs assessment and support.'
				},
				{
					text: 'Ask him to weigh himself daily and call if it keeps falling',
					kind: 'nursing action',
					correct: false,
					explanation:
						'The loss is already significant; more monitoring at home delays the assessment and support he needs now.'
				},
				{
					text: 'Advise a low-fat diet to reduce the work his liver has to do',
					kind: 'nursing action',
					correct: false,
					explanation:
						'Restricting his diet would make the weight loss worse; he needs more nourishment, with specialist advice.'
				},
				{
					text: 'Report the weight loss to his team and ask for dietician input',
					kind: 'nursing action',
					correct: true,
					explanation:
						'Right: loss of appetite and unintentional weight loss are symptoms of liver metastases to report, and dieticians are part of the multidisciplinary team caring for him.'
				}
			],
			teachingPoint:
				'Loss of appetite and unintentional weight loss are symptoms of liver metastases. They are reported and acted on, not just recorded: the multidisciplinary team includes dieticians as well as doctors and specialist nurses.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective:
				'Act on loss of appetite and unintentional weight loss in a patient with liver metastases.',
			source: {
				passageIds: ['symptoms-3', 'symptoms-2', 'treatment-planning-2'],
				quote: 'unintentional loss of weight'
			}
		},
		{
			id: 'presentation-itch-look-for-jaundice',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 66-year-old woman with liver metastases from colorectal cancer tells the ward nurse that for a few days her skin has itched all over, keeping her awake at night. There is no rash, she has started no new medicines and her observations are normal.',
			leadIn: 'What should the nurse check first?',
			options: [
				{
					text: 'Whether the whites of her eyes look yellow',
					kind: 'check',
					correct: true,
					explanation:
						'Right: itchy skin comes with jaundice (yellow skin or eyes) in liver metastases, and yellowing shows first in the whites of the eyes. Jaundice needs prompt medical assessment.'
				},
				{
					text: 'Whether she has changed her soap or washing powder',
					kind: 'check',
					correct: false,
					explanation:
						'An irritant could cause itch, but with liver metastases, itch without a rash is a prompt to look for jaundice first.'
				},
				{
					text: 'Whether her ankles have become swollen',
					kind: 'check',
					correct: false,
					explanation:
						'Ankle swelling is a symptom of liver metastases too, but it does not cause itching.'
				},
				{
					text: 'Whether her abdomen has become swollen',
					kind: 'check',
					correct: false,
					explanation:
						'Ascites matters and is worth checking, but it does not explain itch; jaundice does.'
				},
				{
					text: 'Whether her skin is dry from the ward heating',
					kind: 'check',
					correct: false,
					explanation:
						'Dry skin can itch, but in a patient with liver metastases jaundice is the cause that must not be missed.'
				}
			],
			teachingPoint:
				'Itchy skin is a symptom of liver metastases that travels with jaundice (yellow skin or eyes). New itch without a rash is a prompt to look at the whites of the eyes and to escalate if they are yellow.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective:
				'Recognise itch as a prompt to look for jaundice in a patient with liver metastases.',
			source: {
				passageIds: ['symptoms-6'],
				quote: 'Yellow skin or eyes (jaundice) and itchy skin'
			}
		},
		{
			id: 'presentation-jaundice-triage',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A clinical nurse specialist is returning five phone messages from patients with liver metastases who are waiting for their next clinic appointment. Each caller describes how they have been since they were last seen.',
			leadIn: 'Which caller should the medical team assess first?',
			options: [
				{
					text: 'A woman whose ankles have started to swell by evening this week',
					kind: 'caller',
					correct: false,
					explanation:
						'New ankle swelling is a symptom of liver metastases and should be reported and reviewed soon, but it does not carry the same-day risk that new jaundice does.'
				},
				{
					text: 'A man whose wife noticed yesterday his eyes look yellow',
					kind: 'caller',
					correct: true,
					explanation:
						'Right: new jaundice in a patient with liver metastases often means a blocked bile duct or extensive involvement of the liver, and needs medical assessment the same day.'
				},
				{
					text: 'A man who has felt more tired than usual for the past fortnight',
					kind: 'caller',
					correct: false,
					explanation:
						'Worsening fatigue deserves review, but it has many possible causes and is not the most urgent of these calls.'
				},
				{
					text: 'A woman whose appetite is a little lower, with a steady weight',
					kind: 'caller',
					correct: false,
					explanation:
						'Worth noting, and a dietician may help, but a slight change with a stable weight is not urgent.'
				},
				{
					text: 'A man with mild nausea, eased by the medicine he was given',
					kind: 'caller',
					correct: false,
					explanation: 'Nausea is a symptom of liver metastases, but his is mild and controlled.'
				}
			],
			teachingPoint:
				'All five describe recognised symptoms of liver metastases, and three are new; urgency depends on what a new symptom may mean. New jaundice can signal bile-duct obstruction or extensive liver involvement and needs the same-day attention of the medical team; new ankle swelling or tiredness is reported and reviewed soon, and mild, controlled symptoms as planned.',
			difficulty: 'hard',
			audiences: ['nurse'],
			objective:
				'Prioritise new jaundice among the symptoms reported by patients with liver metastases.',
			source: {
				passageIds: ['symptoms-6', 'symptoms-9', 'symptoms-4'],
				quote: 'Yellow skin or eyes (jaundice)'
			}
		},
		{
			id: 'presentation-ascites-escalation',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 62-year-old woman with liver metastases from ovarian cancer is weighed at each visit. Today she is 3 kg heavier than two weeks ago, although she says she is eating less. Her trousers no longer fasten, her abdomen looks distended and feels tight, and she is breathless lying flat.',
			leadIn: 'What is the most appropriate interpretation and action?',
			options: [
				{
					text: 'Possible fluid in the abdomen (ascites): report it to the team today',
					kind: 'interpretation and action',
					correct: true,
					explanation:
						'Right: swelling of the abdomen from accumulated fluid is ascites, a recognised symptom of liver metastases. Weight gain despite eating less, a tight abdomen and breathlessness lying flat need medical assessment the same day.'
				},
				{
					text: 'Weight regained as her appetite recovers: record it and encourage her',
					kind: 'interpretation and action',
					correct: false,
					explanation:
						'She says she is eating less; weight going up as intake falls, with a tight abdomen, points to fluid, not nourishment.'
				},
				{
					text: 'Probable constipation: give a laxative and review at her next visit',
					kind: 'interpretation and action',
					correct: false,
					explanation:
						'Constipation can bloat the abdomen, but not with this weight gain and breathlessness lying flat; missing ascites delays treatment.'
				},
				{
					text: 'Ankle swelling spreading upwards: raise her legs and recheck next week',
					kind: 'interpretation and action',
					correct: false,
					explanation:
						'Ankle swelling is a separate symptom; her distended, tight abdomen is the finding that needs escalating.'
				},
				{
					text: 'Bloating from her diet: suggest smaller meals and review in a month',
					kind: 'interpretation and action',
					correct: false,
					explanation:
						'Dietary bloating does not add 3 kg in two weeks or cause breathlessness lying flat.'
				}
			],
			teachingPoint:
				'Ascites is swelling of the abdomen from accumulated fluid. Weight that rises while appetite falls, a tight, distended abdomen and breathlessness lying flat point to fluid, not to better nutrition, and need the medical team’s assessment.',
			difficulty: 'hard',
			audiences: ['nurse'],
			objective: 'Recognise ascites behind weight gain and escalate it.',
			source: {
				passageIds: ['symptoms-8', 'symptoms-3'],
				quote: 'Swelling of the abdomen due to accumulation of fluid'
			}
		},
		{
			id: 'presentation-ascites-meaning',
			type: 'single-best-answer',
			task: 'recall',
			stem: 'A 70-year-old man with liver metastases from stomach cancer is reading his clinic letter, which says: “Examination showed ascites and mild swelling of both ankles.” He asks the nurse what “ascites” means.',
			leadIn: 'What is the best explanation to give him?',
			options: [
				{
					text: 'Swelling of the ankles from fluid in the legs',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'Ankle swelling is a separate symptom, and the letter lists it separately from ascites.'
				},
				{
					text: 'Fluid that has built up in the tummy, making it swell',
					kind: 'explanation to the patient',
					correct: true,
					explanation: 'Right: ascites is swelling of the abdomen due to an accumulation of fluid.'
				},
				{
					text: 'Yellowing of the skin and the whites of the eyes',
					kind: 'explanation to the patient',
					correct: false,
					explanation: 'That is jaundice, a different symptom of liver metastases.'
				},
				{
					text: 'A lump in the liver that the doctor could feel',
					kind: 'explanation to the patient',
					correct: false,
					explanation: 'Ascites is fluid in the abdomen, not a lump in the liver.'
				},
				{
					text: 'Fluid that has built up around the lungs, causing breathlessness',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'Fluid around the lungs is a pleural effusion; ascites is fluid in the abdomen, though a large amount can make breathing harder.'
				}
			],
			teachingPoint:
				'Ascites is swelling of the abdomen due to accumulated fluid; ankle swelling and jaundice are separate symptoms. Plain words help patients recognise and report changes.',
			difficulty: 'easy',
			audiences: ['nurse'],
			objective: 'Explain to a patient what ascites means.',
			source: {
				passageIds: ['symptoms-8', 'symptoms-9'],
				quote: 'Swelling of the abdomen due to accumulation of fluid (ascites)'
			}
		},
		{
			id: 'presentation-ankle-swelling',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 76-year-old man with liver metastases from colorectal cancer also has heart failure, which has been stable for a year. Over the past fortnight both his ankles have become more swollen. His daughter has read that swollen ankles come from the heart, and asks the nurse whether the cancer could be responsible.',
			leadIn: 'What is the best answer to give her?',
			options: [
				{
					text: '“Swollen ankles come from the heart, not from the liver.”',
					kind: 'answer to the relative',
					correct: false,
					explanation:
						'Swelling of the ankles is also a recognised symptom of liver metastases; assuming the known cause could miss a change in his cancer.'
				},
				{
					text: '“Liver spread can swell the ankles too, so the team should see him.”',
					kind: 'answer to the relative',
					correct: true,
					explanation:
						'Right: ankle swelling is a symptom of liver metastases as well as of heart failure. A new change needs the team to assess which is responsible.'
				},
				{
					text: '“Ankle swelling from the liver comes with a swollen tummy as well.”',
					kind: 'answer to the relative',
					correct: false,
					explanation:
						'Ankle swelling and ascites are separate symptoms of liver metastases; either can occur without the other.'
				},
				{
					text: '“It is expected with heart failure, so he does not need a review.”',
					kind: 'answer to the relative',
					correct: false,
					explanation:
						'His heart failure has been stable; a new change needs review whatever its cause.'
				},
				{
					text: '“Raising his legs at night will settle it, so no review is needed.”',
					kind: 'answer to the relative',
					correct: false,
					explanation:
						'Raising the legs may ease swelling, but it does not explain a new change, which needs assessment.'
				}
			],
			teachingPoint:
				'Swelling of the ankles is a recognised symptom of liver metastases as well as of other conditions such as heart failure. A new or worsening change is assessed, not put down to the known cause.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective: 'Recognise ankle swelling as a possible symptom of liver metastases.',
			source: {
				passageIds: ['symptoms-9', 'symptoms-1'],
				quote: 'Swelling of the ankles'
			}
		},
		{
			id: 'presentation-abdominal-discomfort-call',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 57-year-old woman with liver metastases from colorectal cancer is waiting for her treatment plan; her clinic appointment is in four weeks. She phones the specialist nurse about a dull ache under her right ribs for ten days. She has no fever and no yellowing, and paracetamol eases the ache.',
			leadIn: 'What is the most appropriate advice?',
			options: [
				{
					text: 'Tell her the ache is muscular and will settle without a review',
					kind: 'advice',
					correct: false,
					explanation:
						'Discomfort under the right ribs is a recognised symptom of liver metastases; calling it muscular without assessment is false reassurance.'
				},
				{
					text: 'Send her to the emergency department now for urgent assessment',
					kind: 'advice',
					correct: false,
					explanation:
						'Without fever, jaundice or severe pain, an emergency attendance is out of proportion; an earlier review by her own team is the right level of urgency.'
				},
				{
					text: 'Tell her it may come from the liver, and bring her review forward',
					kind: 'advice',
					correct: true,
					explanation:
						'Right: discomfort or pain in the abdomen is a symptom of liver metastases. It should be reported to her team and reviewed sooner, and her plan should take it into account.'
				},
				{
					text: 'Tell her liver metastases do not cause pain, so it is unrelated',
					kind: 'advice',
					correct: false,
					explanation: 'Discomfort or pain in the abdomen is one of the recognised symptoms.'
				},
				{
					text: 'Advise stronger painkillers and keep her appointment as planned',
					kind: 'advice',
					correct: false,
					explanation:
						'Relieving the pain is reasonable, but a new symptom needs reporting and review, not four weeks of waiting.'
				}
			],
			teachingPoint:
				'Discomfort or pain in the abdomen is a symptom of liver metastases. New pain is reported to the team, and its urgency judged: a settled ache without fever or jaundice calls for an earlier review, not an emergency attendance and not a wait.',
			difficulty: 'hard',
			audiences: ['nurse'],
			objective: 'Judge the urgency of new abdominal pain in a patient with liver metastases.',
			source: {
				passageIds: ['symptoms-7'],
				quote: 'Discomfort or pain in the abdomen'
			}
		},
		{
			id: 'presentation-symptom-terms',
			type: 'extended-matching',
			task: 'recall',
			stem: 'Possible symptoms of liver metastases, in patients’ own words',
			leadIn:
				'For each patient, choose the symptom that their description fits best. Each option may be used once, more than once or not at all.',
			options: [
				{ text: 'Loss of appetite', kind: 'symptom', explanation: 'Food no longer appeals.' },
				{
					text: 'Unintentional loss of weight',
					kind: 'symptom',
					explanation: 'Weight lost without trying to lose it.'
				},
				{ text: 'Fatigue', kind: 'symptom', explanation: 'Tiredness out of proportion to effort.' },
				{ text: 'Nausea', kind: 'symptom', explanation: 'The feeling of being sick.' },
				{
					text: 'Jaundice and itchy skin',
					kind: 'symptom',
					explanation: 'Yellow skin or eyes, often with itching.'
				},
				{
					text: 'Discomfort or pain in the abdomen',
					kind: 'symptom',
					explanation: 'An ache or pain in the tummy, often under the right ribs.'
				},
				{
					text: 'Ascites',
					kind: 'symptom',
					explanation: 'Swelling of the abdomen due to an accumulation of fluid.'
				},
				{
					text: 'Swelling of the ankles',
					kind: 'symptom',
					explanation: 'Fluid collecting around the ankles, separate from ascites.'
				}
			],
			stems: [
				{
					id: 'a',
					text: 'A 49-year-old woman with melanoma says that most mornings she feels as if she might vomit, though she rarely does.',
					answer: 3,
					explanation: 'Feeling as if about to be sick, without vomiting, is nausea.'
				},
				{
					id: 'b',
					text: 'A 63-year-old man with oesophageal cancer has had to make two new holes in his belt, though he has changed nothing in what he eats.',
					answer: 1,
					explanation:
						'Weight lost without any change in diet is unintentional loss of weight; his appetite is not what he describes.'
				},
				{
					id: 'c',
					text: 'A 58-year-old woman with ovarian cancer says her tummy has grown so much that people ask whether she is pregnant.',
					answer: 6,
					explanation: 'A swelling abdomen from fluid is ascites.'
				},
				{
					id: 'd',
					text: 'A 70-year-old man with lung cancer says that by evening his socks leave deep marks just above both feet.',
					answer: 7,
					explanation: 'Sock marks above the feet by evening are swelling of the ankles.'
				},
				{
					id: 'e',
					text: 'A 71-year-old man with pancreatic cancer: his granddaughter says his eyes have gone “the colour of custard”, and he scratches his arms constantly.',
					answer: 4,
					explanation:
						'Yellow eyes with itching are jaundice with itchy skin, which needs prompt assessment.'
				}
			],
			teachingPoint:
				'Patients describe symptoms in their own words: belt holes for weight loss, “looking pregnant” for ascites, sock marks for ankle swelling, “custard” eyes for jaundice. Translating them is the first step to recognising what needs escalating.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective: 'Match patients’ descriptions to the symptoms of liver metastases.',
			source: {
				passageIds: ['symptoms-5', 'symptoms-3', 'symptoms-8'],
				quote: 'feeling of being sick (nausea)'
			}
		},
		{
			id: 'presentation-listed-symptoms',
			type: 'multiple-response',
			task: 'recall',
			stem: 'A 60-year-old woman with stomach cancer has read that cancer can spread to the liver. She asks the nurse which symptoms could come from liver spread, so that she knows what to report.',
			leadIn: 'Which of these are recognised symptoms of liver metastases? Select all that apply.',
			options: [
				{
					text: 'Loss of appetite',
					kind: 'symptom',
					correct: true,
					explanation: 'Right: loss of appetite is a recognised symptom.'
				},
				{
					text: 'Headache',
					kind: 'symptom',
					correct: false,
					explanation:
						'Not a symptom of liver metastases. She should still report a new persistent headache, but it would point elsewhere.'
				},
				{
					text: 'Fatigue',
					kind: 'symptom',
					correct: true,
					explanation:
						'Right: fatigue is a recognised symptom, though many other conditions cause it.'
				},
				{
					text: 'Itchy skin',
					kind: 'symptom',
					correct: true,
					explanation: 'Right: itchy skin comes with jaundice.'
				},
				{
					text: 'Persistent cough',
					kind: 'symptom',
					correct: false,
					explanation:
						'A cough points to the chest rather than the liver. It is worth reporting, but it is not a symptom of liver metastases.'
				},
				{
					text: 'Swelling of the ankles',
					kind: 'symptom',
					correct: true,
					explanation: 'Right: swelling of the ankles is a recognised symptom.'
				},
				{
					text: 'Blood in the urine',
					kind: 'symptom',
					correct: false,
					explanation:
						'Not a symptom of liver metastases; dark urine can come with jaundice, but visible blood points to the kidneys or bladder.'
				}
			],
			teachingPoint:
				'Recognised symptoms of liver metastases are loss of appetite, unintentional weight loss, fatigue, nausea, jaundice with itchy skin, abdominal discomfort or pain, ascites and ankle swelling.',
			difficulty: 'easy',
			audiences: ['doctor', 'nurse'],
			objective: 'Identify the possible symptoms of liver metastases.',
			source: {
				passageIds: ['symptoms-2', 'symptoms-4', 'symptoms-9'],
				quote: 'Loss of appetite'
			}
		},
		{
			id: 'presentation-fatigue-blood-count',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 68-year-old man who had colon cancer treated three years ago presents with three months of fatigue and breathlessness on exertion. He looks pale; there is no jaundice and his abdomen is soft and not tender. Liver metastases are among the possibilities being considered.',
			leadIn: 'Which blood test is most important for explaining his pallor?',
			options: [
				{
					text: 'Liver function tests',
					kind: 'blood test',
					correct: false,
					explanation:
						'Part of the usual series, but they describe the liver, not the pallor, and may be normal with metastases.'
				},
				{
					text: 'Kidney function tests',
					kind: 'blood test',
					correct: false,
					explanation: 'Part of the usual series, but they do not explain pallor.'
				},
				{
					text: 'Tumour markers',
					kind: 'blood test',
					correct: false,
					explanation:
						'Tumour markers can aid the diagnosis of cancer, but they do not explain why he is pale.'
				},
				{
					text: 'Thyroid function tests',
					kind: 'blood test',
					correct: false,
					explanation:
						'Hypothyroidism can cause fatigue, but pallor with breathlessness on exertion points first to anaemia.'
				},
				{
					text: 'Full blood count',
					kind: 'blood test',
					correct: true,
					explanation:
						'Right: the full blood count shows anaemia, a common cause of fatigue and pallor, and it is one of the usual blood tests when liver metastases are suspected.'
				}
			],
			teachingPoint:
				'Fatigue is a symptom of liver metastases, but other conditions such as anaemia cause it too. The usual blood tests (full blood count, liver and kidney function, tumour markers) each answer a different question; imaging answers whether there are metastases.',
			difficulty: 'easy',
			audiences: ['doctor'],
			objective:
				'Choose the blood test that answers a clinical question in suspected liver metastases.',
			source: {
				passageIds: ['diagnosis-1', 'symptoms-4', 'symptoms-1'],
				quote: 'including a full blood count'
			}
		},
		{
			id: 'presentation-nausea-from-liver',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 70-year-old man had a gastrectomy for stomach cancer last year and now has liver metastases. He feels sick most days and asks the nurse: “How can I feel sick when my stomach has been taken out and the cancer is now in my liver?”',
			leadIn: 'What is the best answer to give him?',
			options: [
				{
					text: '“Cancer in the liver can itself cause the feeling of being sick.”',
					kind: 'answer to the patient',
					correct: true,
					explanation:
						'Right: nausea (the feeling of being sick) is a recognised symptom of liver metastases. It should still be reported, as other causes are possible and it can be treated.'
				},
				{
					text: '“Feeling sick means the cancer has come back where your stomach was.”',
					kind: 'answer to the patient',
					correct: false,
					explanation:
						'Nausea does not point to recurrence at the site of surgery; liver metastases can cause it themselves.'
				},
				{
					text: '“Nausea is not linked to liver spread, so it is probably your diet.”',
					kind: 'answer to the patient',
					correct: false,
					explanation: 'Nausea is a recognised symptom of liver metastases.'
				},
				{
					text: '“Feeling sick from the liver shows the cancer has spread further.”',
					kind: 'answer to the patient',
					correct: false,
					explanation:
						'Liver metastases can cause nausea without any further spread; this would alarm him without reason.'
				},
				{
					text: '“It is from your operation last year and will settle with time.”',
					kind: 'answer to the patient',
					correct: false,
					explanation:
						'Possible, but it dismisses a recognised symptom of his liver metastases and discourages him from reporting it.'
				}
			],
			teachingPoint:
				'Nausea is a recognised symptom of liver metastases in its own right; it needs no disease in the stomach. Like the other symptoms it can have other causes, so it is reported and assessed.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective: 'Explain to a patient that liver metastases can cause nausea.',
			source: {
				passageIds: ['symptoms-5'],
				quote: 'feeling of being sick'
			}
		},
		{
			id: 'presentation-new-jaundice-next-step',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 64-year-old man with three colorectal liver metastases, one close to where the bile ducts leave the liver, is awaiting discussion at the liver MDT. He attends the assessment unit with two days of yellow eyes, itching and dark urine. He is afebrile and otherwise well, with no abdominal tenderness.',
			leadIn: 'What is the most appropriate next step?',
			options: [
				{
					text: 'Keep to the MDT date and discuss the jaundice there',
					kind: 'next step',
					correct: false,
					explanation:
						'New jaundice needs assessment now; waiting for a planned meeting risks progressive bile-duct obstruction and a liver that works less well.'
				},
				{
					text: 'Biopsy the metastasis near the bile ducts to confirm it',
					kind: 'next step',
					correct: false,
					explanation:
						'The origin is known, and a biopsy would not explain the jaundice. Biopsy is avoided when a metastasis may be removed with curative intent, because of the small risk of seeding tumour along the needle track.'
				},
				{
					text: 'Check tumour markers and decide the next step on the result',
					kind: 'next step',
					correct: false,
					explanation:
						'Tumour markers support a diagnosis of cancer; they do not show why he is jaundiced.'
				},
				{
					text: 'Urgent liver blood tests and imaging, and inform the MDT',
					kind: 'next step',
					correct: true,
					explanation:
						'Right: new jaundice with liver metastases often means a blocked bile duct at the hilum or extensive liver involvement. Blood tests and imaging show which, and the MDT needs to know, because how well the liver is working changes the plan.'
				},
				{
					text: 'Treat the itch with an antihistamine and review in a week',
					kind: 'next step',
					correct: false,
					explanation:
						'This treats the symptom and leaves its cause, which needs prompt assessment, unexplored.'
				}
			],
			teachingPoint:
				'New jaundice in a patient with liver metastases needs prompt assessment: liver blood tests and imaging distinguish bile-duct obstruction from extensive liver involvement, and the result changes how well the liver is working and therefore the plan.',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective: 'Decide the next step for new jaundice in a patient with known liver metastases.',
			source: {
				passageIds: ['symptoms-6', 'diagnosis-1', 'treatment-planning-8'],
				quote: 'Yellow skin or eyes'
			}
		},
		{
			id: 'presentation-initial-diagnostic-step',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 59-year-old woman who had breast cancer treated five years ago is referred to the medical clinic by her GP with two months of fatigue and loss of appetite. No tests have yet been done, and the referral asks whether her cancer could have spread to her liver.',
			leadIn: 'What is the most appropriate first step?',
			options: [
				{
					text: 'A full medical history and clinical examination',
					kind: 'step',
					correct: true,
					explanation:
						'Right: diagnosis starts with a medical history and clinical examination, which look for the symptoms and signs of liver metastases and other causes of her symptoms.'
				},
				{
					text: 'A PET CT scan of the whole body to look for spread',
					kind: 'step',
					correct: false,
					explanation:
						'Imaging is the most accurate investigation, but it follows the history and examination, which decide what to request and how urgently.'
				},
				{
					text: 'A liver biopsy to look for cancer cells in the liver',
					kind: 'step',
					correct: false,
					explanation:
						'Nothing has been found to biopsy, and a biopsy is only sometimes needed, to identify where metastases came from.'
				},
				{
					text: 'Tumour marker blood tests to screen for spread',
					kind: 'step',
					correct: false,
					explanation:
						'Tumour markers can aid the diagnosis, after the history and examination; they do not make or exclude it.'
				},
				{
					text: 'Referral to the liver MDT for a treatment plan',
					kind: 'step',
					correct: false,
					explanation:
						'The MDT plans treatment for established liver metastases; she does not yet have a diagnosis.'
				}
			],
			teachingPoint:
				'Diagnosis of liver metastases starts with a medical history and clinical examination, then blood tests, then radiological imaging, the most important and accurate step.',
			difficulty: 'easy',
			audiences: ['doctor'],
			objective: 'Choose the first step in diagnosing suspected liver metastases.',
			source: {
				passageIds: ['diagnosis-1', 'symptoms-2'],
				quote:
					'The initial approach to diagnosing liver metastases is a medical history and clinical examination.'
			}
		},
		{
			id: 'presentation-history-previous-cancer',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 62-year-old man has an ultrasound scan for abdominal discomfort, which shows several solid lesions in the liver. He is seen in clinic to begin the diagnostic work-up. He has no known liver disease, drinks little alcohol and takes no regular medicines.',
			leadIn: 'Which question in the history is most important to ask?',
			options: [
				{
					text: 'Has he travelled outside Europe in the past year?',
					kind: 'question in the history',
					correct: false,
					explanation:
						'Travel matters for some infective liver lesions, but solid lesions in a man of 62 are far more likely to be metastases.'
				},
				{
					text: 'Has anyone in his family had liver disease?',
					kind: 'question in the history',
					correct: false,
					explanation:
						'Family history matters for some liver diseases, but it does not address the likeliest cause of solid liver lesions.'
				},
				{
					text: 'Has he ever had hepatitis B or C infection?',
					kind: 'question in the history',
					correct: false,
					explanation:
						'A reasonable question, since hepatitis raises the risk of primary liver cancer, but metastases are much more common than primary liver cancer.'
				},
				{
					text: 'Has he ever had cancer, including skin cancer?',
					kind: 'question in the history',
					correct: true,
					explanation:
						'Right: secondary liver cancer is much more common than primary, so a previous cancer is the likeliest source. Ask about skin: a melanoma removed years ago is easily forgotten and commonly spreads to the liver.'
				},
				{
					text: 'Has he taken any herbal or over-the-counter remedies?',
					kind: 'question in the history',
					correct: false,
					explanation:
						'Remedies can inflame the liver, but they do not cause solid lesions like these.'
				}
			],
			teachingPoint:
				'The work-up of liver lesions starts with the history, and its most important question is about previous cancer, skin cancers included: metastases are much more common than primary liver cancer.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Take the history that matters most when liver lesions are found.',
			source: {
				passageIds: ['diagnosis-1', 'definition-2', 'definition-3'],
				quote: 'a medical history and clinical examination'
			}
		},
		{
			id: 'presentation-blood-tests-series',
			type: 'multiple-response',
			task: 'recall',
			stem: 'A nurse in a rapid-access clinic is completing the blood forms for a 65-year-old man with suspected liver metastases, after the doctor has taken his history and examined him.',
			leadIn: 'Which blood tests are usually part of the initial series? Select all that apply.',
			options: [
				{
					text: 'Full blood count',
					kind: 'blood test',
					correct: true,
					explanation: 'Right: a full blood count is part of the usual series.'
				},
				{
					text: 'Troponin',
					kind: 'blood test',
					correct: false,
					explanation: 'Troponin is a test for heart muscle damage, not part of this work-up.'
				},
				{
					text: 'Liver function tests',
					kind: 'blood test',
					correct: true,
					explanation:
						'Right, though they may be normal with metastases, because the liver can keep working with cancer in it.'
				},
				{
					text: 'Kidney function tests',
					kind: 'blood test',
					correct: true,
					explanation: 'Right: kidney function tests are part of the usual series.'
				},
				{
					text: 'Blood cultures',
					kind: 'blood test',
					correct: false,
					explanation:
						'Blood cultures look for infection in the blood; they are not part of this work-up.'
				},
				{
					text: 'Tumour markers',
					kind: 'blood test',
					correct: true,
					explanation:
						'Right: certain tumour markers can aid the diagnosis, though they do not make it.'
				},
				{
					text: 'Thyroid function tests',
					kind: 'blood test',
					correct: false,
					explanation: 'Not part of the usual series for suspected liver metastases.'
				}
			],
			teachingPoint:
				'After the history and examination, the usual blood tests are a full blood count, liver function tests, kidney function tests and certain tumour markers. They aid the diagnosis; imaging makes it.',
			difficulty: 'easy',
			audiences: ['doctor', 'nurse'],
			objective: 'List the blood tests usually requested when liver metastases are suspected.',
			source: {
				passageIds: ['diagnosis-1'],
				quote: 'a full blood count, liver function tests, kidney function tests'
			}
		},
		{
			id: 'presentation-diagnosis-pathway-explained',
			type: 'single-best-answer',
			task: 'recall',
			stem: 'A 52-year-old woman who had a melanoma removed three years ago has been referred because her GP is worried that the cancer may have spread to her liver. Before she sees the doctor, she asks the clinic nurse what the tests will involve.',
			leadIn: 'What is the best description to give her?',
			options: [
				{
					text: 'A liver biopsy first, then scans if the biopsy shows cancer',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'The order is the other way round: scans come first, and a biopsy is only sometimes needed, to find where metastases came from.'
				},
				{
					text: 'Blood tests, which on their own show whether it has spread',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'Blood tests, including tumour markers, can aid the diagnosis but cannot show on their own whether cancer is in the liver.'
				},
				{
					text: 'A scan first, then questions about her health if it is abnormal',
					kind: 'explanation to the patient',
					correct: false,
					explanation: 'The history and examination come first; they guide which scans are needed.'
				},
				{
					text: 'Questions and an examination first, then blood tests and scans',
					kind: 'explanation to the patient',
					correct: true,
					explanation:
						'Right: the doctor takes a history and examines her, then usually orders blood tests, and scans are the most important and accurate tests for the liver.'
				},
				{
					text: 'An operation to look at the liver, then blood tests to confirm',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'An operation is not a diagnostic step here; scans show the liver without one.'
				}
			],
			teachingPoint:
				'Diagnosis follows a sequence: history and examination, blood tests (full blood count, liver and kidney function, tumour markers), then imaging, with a biopsy only sometimes, to identify where the cancer started. Describing the sequence helps a patient know what to expect.',
			difficulty: 'easy',
			audiences: ['nurse'],
			objective: 'Describe to a patient the usual steps in diagnosing liver metastases.',
			source: {
				passageIds: ['diagnosis-1'],
				quote: 'Then the doctors usually order a series of blood tests'
			}
		},
		{
			id: 'presentation-raised-marker-next-step',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 63-year-old man had surgery for rectal cancer two years ago. At a follow-up visit he feels well, examination is normal and his liver function tests are normal, but his CEA tumour marker has risen on two measurements a month apart.',
			leadIn: 'What is the most appropriate next step?',
			options: [
				{
					text: 'Tell him the cancer has spread and refer him for treatment',
					kind: 'next step',
					correct: false,
					explanation:
						'A tumour marker can aid the diagnosis but does not make it; nobody should be told the cancer has spread, or treated, on a marker alone.'
				},
				{
					text: 'Repeat the CEA in three months before arranging other tests',
					kind: 'next step',
					correct: false,
					explanation:
						'Two rising results already need explaining; another wait delays a diagnosis that may still allow treatment aiming at cure.'
				},
				{
					text: 'Arrange a liver biopsy to find the source of the CEA',
					kind: 'next step',
					correct: false,
					explanation:
						'Nothing has been seen to biopsy. Imaging comes first, and a biopsy is not routine, particularly when a metastasis might be removed with curative intent.'
				},
				{
					text: 'Reassure him, as he has no symptoms of liver spread',
					kind: 'next step',
					correct: false,
					explanation:
						'Liver metastases may cause no symptoms at first, and normal liver tests do not exclude them.'
				},
				{
					text: 'Arrange imaging to look for metastases in his liver',
					kind: 'next step',
					correct: true,
					explanation:
						'Right: a rising marker is a reason to look, and radiological imaging is the most important and accurate investigation for liver metastases.'
				}
			],
			teachingPoint:
				'Tumour markers such as CEA support the diagnosis but neither make nor exclude it. A rising marker after bowel cancer is a reason for imaging, the most important and accurate investigation, even when the patient is well and the liver tests are normal.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Decide the next step when a tumour marker rises after treatment for cancer.',
			source: {
				passageIds: ['diagnosis-1', 'symptoms-1'],
				quote: 'certain tumour markers that can aid in the diagnosis'
			}
		},
		{
			id: 'presentation-raised-marker-explanation',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 59-year-old woman on follow-up after bowel cancer has been told that her CEA tumour marker has risen and that a CT scan has been booked. She asks the nurse: “Does this blood result mean the cancer has come back in my liver?”',
			leadIn: 'What is the best answer to give her?',
			options: [
				{
					text: '“Yes: a raised marker confirms spread; the scan will show where.”',
					kind: 'answer to the patient',
					correct: false,
					explanation:
						'A tumour marker aids the diagnosis but does not confirm it; this answer frightens her with a certainty nobody has.'
				},
				{
					text: '“No: markers often rise for no reason, so you can ignore it.”',
					kind: 'answer to the patient',
					correct: false,
					explanation:
						'A rising marker needs explaining, which is why the scan is booked; false reassurance may make her miss it.'
				},
				{
					text: '“It is a reason to look; the scan will show whether cancer is there.”',
					kind: 'answer to the patient',
					correct: true,
					explanation:
						'Right: tumour markers can aid the diagnosis but do not make it. Imaging is the most important and accurate investigation, and telling her so is honest without being alarming.'
				},
				{
					text: '“We will need a liver biopsy to find out, and that comes next.”',
					kind: 'answer to the patient',
					correct: false,
					explanation:
						'The scan comes next. A biopsy is only sometimes needed, and it is avoided when a metastasis may be removed with curative intent.'
				},
				{
					text: '“The marker shows that the cancer is in the liver and nowhere else.”',
					kind: 'answer to the patient',
					correct: false,
					explanation: 'A blood marker cannot show where cancer is; that is what the scan is for.'
				}
			],
			teachingPoint:
				'A raised tumour marker supports but never makes the diagnosis: it is a reason to look. Patients should hear that honestly, without false alarm or false reassurance, and that imaging will answer the question.',
			difficulty: 'hard',
			audiences: ['nurse'],
			objective:
				'Explain honestly to a patient what a raised tumour marker does and does not mean.',
			source: {
				passageIds: ['diagnosis-1'],
				quote: 'can aid in the diagnosis'
			}
		},
		{
			id: 'presentation-most-accurate-investigation',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 66-year-old woman treated for ovarian cancer has vague abdominal discomfort. Her blood tests, including tumour markers, are normal, and she has been booked for an MRI scan of her liver. She asks the nurse why she needs a scan when her blood tests are fine.',
			leadIn: 'What is the best explanation to give her?',
			options: [
				{
					text: 'Scans show which organ a cancer found in the liver started from',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'Finding the organ of origin is the purpose of a biopsy, when one is needed; the scan shows whether there is cancer in the liver.'
				},
				{
					text: 'Scans are the most accurate tests for finding cancer in the liver',
					kind: 'explanation to the patient',
					correct: true,
					explanation:
						'Right: radiological imaging is the most important and accurate investigation for liver metastases. Blood tests aid the diagnosis but cannot exclude it.'
				},
				{
					text: 'The scan is needed to plan a biopsy, which is the most accurate test',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'Imaging, not biopsy, is the most important and accurate investigation; a biopsy is only sometimes added.'
				},
				{
					text: 'Normal blood tests are unreliable, so the scan replaces them',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'Blood tests aid the diagnosis and are still useful; they simply cannot rule metastases out.'
				},
				{
					text: 'The scan checks whether her liver is working normally',
					kind: 'explanation to the patient',
					correct: false,
					explanation: 'Liver function is checked with blood tests; the scan looks for metastases.'
				}
			],
			teachingPoint:
				'Normal blood tests, tumour markers included, do not exclude liver metastases. Radiological imaging (ultrasound, CT, MRI, PET CT) is the most important and accurate investigation; a biopsy is sometimes added to identify where the cancer started.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective: 'Explain to a patient why imaging is needed when blood tests are normal.',
			source: {
				passageIds: ['diagnosis-1'],
				quote:
					'the most important and accurate investigations for the diagnosis of liver metastases are the radiological imaging investigations'
			}
		},
		{
			id: 'presentation-imaging-modalities',
			type: 'multiple-response',
			task: 'recall',
			stem: 'A patient with suspected liver metastases has been sent appointment letters for several investigations. She asks the nurse which of them are scans that look at the liver.',
			leadIn:
				'Which of these are imaging investigations used to diagnose liver metastases? Select all that apply.',
			options: [
				{
					text: 'Ultrasound scan',
					kind: 'investigation',
					correct: true,
					explanation: 'Right: ultrasound is one of the imaging investigations.'
				},
				{
					text: 'Plain X-ray of the abdomen',
					kind: 'investigation',
					correct: false,
					explanation:
						'A plain X-ray cannot show metastases within the liver; it is not among the imaging investigations used.'
				},
				{
					text: 'CT scan',
					kind: 'investigation',
					correct: true,
					explanation: 'Right: CT is one of the imaging investigations.'
				},
				{
					text: 'MRI scan',
					kind: 'investigation',
					correct: true,
					explanation: 'Right: MRI is one of the imaging investigations.'
				},
				{
					text: 'Liver biopsy',
					kind: 'investigation',
					correct: false,
					explanation:
						'A biopsy takes a sample of tissue, sometimes to identify where the cancer started; it is not a scan.'
				},
				{
					text: 'PET CT scan',
					kind: 'investigation',
					correct: true,
					explanation: 'Right: PET CT is one of the imaging investigations.'
				},
				{
					text: 'Bone scan',
					kind: 'investigation',
					correct: false,
					explanation: 'A bone scan looks for spread to the bones, not to the liver.'
				}
			],
			teachingPoint:
				'The imaging investigations for liver metastases are ultrasound, CT, MRI and PET CT scans, and together they are the most important and accurate part of the diagnosis.',
			difficulty: 'easy',
			audiences: ['nurse'],
			objective: 'Name the imaging investigations used to diagnose liver metastases.',
			source: {
				passageIds: ['diagnosis-1'],
				quote: 'These include Ultrasound scan, CT scan, MRI scan and PET CT scan.'
			}
		},
		{
			id: 'presentation-biopsy-purpose',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 66-year-old man with weight loss has a CT scan showing many lesions in his liver that look like metastases; no cancer has been found elsewhere, and he has never had cancer. He is booked for a liver biopsy and asks the nurse why it is needed when the scan has already shown the problem.',
			leadIn: 'What is the best explanation to give him?',
			options: [
				{
					text: 'It is the most accurate test for showing cancer in the liver',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'Imaging is the most important and accurate investigation, and it has already shown the lesions.'
				},
				{
					text: 'It removes the lesions so they can be examined and treated',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'A biopsy takes a small sample of tissue; it does not remove or treat the lesions.'
				},
				{
					text: 'It shows how well his liver is working before any treatment',
					kind: 'explanation to the patient',
					correct: false,
					explanation: 'Liver function is assessed with blood tests, not with a biopsy.'
				},
				{
					text: 'It can show which organ the cancer began in, to guide treatment',
					kind: 'explanation to the patient',
					correct: true,
					explanation:
						'Right: a biopsy may be required to identify the origin of liver metastases, and where the cancer started shapes the treatment plan.'
				},
				{
					text: 'It shows how far the cancer has spread beyond his liver',
					kind: 'explanation to the patient',
					correct: false,
					explanation: 'Spread elsewhere is shown by imaging; a liver biopsy samples the liver.'
				}
			],
			teachingPoint:
				'Scans show where the cancer is; a biopsy is sometimes needed to show what it is, that is, which organ it started in. When no primary is known, that answer decides the treatment.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective: 'Explain to a patient why a liver biopsy may be needed after a scan.',
			source: {
				passageIds: ['diagnosis-1', 'treatment-planning-3'],
				quote:
					'Sometimes a biopsy may also be required to correctly identify the origin of the liver metastases'
			}
		},
		{
			id: 'presentation-biopsy-unknown-primary',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 58-year-old woman has three months of fatigue and unintentional weight loss. CT of the chest, abdomen and pelvis shows multiple lesions in both lobes of the liver, typical of metastases, and no primary tumour. Her tumour markers are mildly raised but point to no single organ. She has never had cancer.',
			leadIn: 'What is the most appropriate next investigation?',
			options: [
				{
					text: 'Repeat the CT in three months to see how the lesions change',
					kind: 'investigation',
					correct: false,
					explanation:
						'Watching the lesions grow tells nothing about where they came from and delays treatment.'
				},
				{
					text: 'A wider panel of tumour markers to decide where it started',
					kind: 'investigation',
					correct: false,
					explanation:
						'Tumour markers can aid the diagnosis but do not make it, and cannot reliably name the organ of origin.'
				},
				{
					text: 'Image-guided biopsy of one of the lesions in her liver',
					kind: 'investigation',
					correct: true,
					explanation:
						'Right: when the primary is unknown, a biopsy may be required to identify which organ the cancer started in, which decides the treatment.'
				},
				{
					text: 'Ultrasound of the liver to confirm what the CT has shown',
					kind: 'investigation',
					correct: false,
					explanation:
						'Another scan of the liver adds little; the question is now where the cancer started, not whether it is there.'
				},
				{
					text: 'Liver function tests to show which organ it started in',
					kind: 'investigation',
					correct: false,
					explanation: 'Liver function tests describe the liver; they cannot identify the primary.'
				}
			],
			teachingPoint:
				'When imaging shows liver metastases and no primary is known, a biopsy is the investigation that can identify which organ the cancer started in; tumour markers help but do not decide it.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective:
				'Choose the investigation that identifies the origin of liver metastases of unknown primary.',
			source: {
				passageIds: ['diagnosis-1', 'definition-3'],
				quote: 'which organ the primary cancer is originating from'
			}
		},
		{
			id: 'presentation-biopsy-not-routine',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 63-year-old man had a sigmoid colectomy for colon cancer two years ago. His CEA has risen, and MRI shows a single 3 cm lesion in the right lobe of the liver with the typical appearance of a metastasis; CT shows no disease elsewhere. He is fit and keen on treatment. The junior doctor suggests a liver biopsy “to be sure”.',
			leadIn: 'What is the most appropriate next step?',
			options: [
				{
					text: 'Discuss him at the liver MDT before any biopsy is done',
					kind: 'next step',
					correct: true,
					explanation:
						'Right: a biopsy is needed only sometimes, to identify the origin, which is already known. Every case of liver metastases goes to the MDT, which can plan treatment aiming at cure.'
				},
				{
					text: 'Percutaneous biopsy of the lesion to confirm it is cancer',
					kind: 'next step',
					correct: false,
					explanation:
						'The origin is known and the imaging is typical. Biopsy is avoided when a metastasis may be removed with curative intent, because of the small risk of seeding tumour along the needle track.'
				},
				{
					text: 'Repeat the MRI in three months to see whether it grows',
					kind: 'next step',
					correct: false,
					explanation:
						'Waiting risks the metastasis growing or new ones appearing while a curative treatment may be possible now.'
				},
				{
					text: 'Repeat the CEA in a month and refer if it rises further',
					kind: 'next step',
					correct: false,
					explanation:
						'The marker has done its job by prompting imaging; the imaging now needs a plan, not another marker.'
				},
				{
					text: 'Plan palliative care, since the cancer has now spread',
					kind: 'next step',
					correct: false,
					explanation:
						'For some cancers that spread to the liver, colorectal among them, treatment aiming at cure may still be possible.'
				}
			],
			teachingPoint:
				'A biopsy is sometimes needed to identify the origin of liver metastases; it is not a routine step. When the primary is known and the imaging typical of a metastasis that may be removed with curative intent, biopsy is avoided, because of the small risk of seeding along the needle track, and the case goes to the MDT.',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective: 'Recognise when a liver biopsy should be avoided in suspected liver metastases.',
			source: {
				passageIds: ['diagnosis-1', 'treatment-planning-2', 'treatment-planning-1'],
				quote: 'Sometimes a biopsy may also be required'
			}
		},
		// ---------------------------------------------------------------- short answer
		{
			id: 'presentation-yellow-eyes-recall',
			type: 'short-answer',
			task: 'recall',
			stem: 'Mrs Doyle, 62, with known liver metastases from colon cancer, tells the chemotherapy nurse that the whites of her eyes have turned yellow this week and that her skin itches.',
			leadIn: 'What is the name of the sign she describes?',
			options: [],
			shortAnswer: {
				accepted: [
					'jaundice',
					'jaundiced',
					'icterus',
					'scleral icterus',
					'obstructive jaundice',
					'cholestatic jaundice'
				],
				explanation:
					'Yellow skin or eyes, often with itchy skin, is jaundice. It shows first in the whites of the eyes, and the itch comes with it when bile cannot drain; naming the sign in the notes and the handover is what gets it assessed.'
			},
			teachingPoint:
				'New jaundice in a patient with liver metastases often means a blocked bile duct at the hilum or widespread replacement of the liver; the nurse escalates it the same day, because a blocked duct may be relieved and it changes what treatment is possible.',
			difficulty: 'easy',
			audiences: ['nurse'],
			objective: 'Recognise jaundice as a sign that needs escalation.',
			source: {
				passageIds: ['symptoms-6'],
				quote: 'Yellow skin or eyes (jaundice) and itchy skin'
			}
		}
	]
});
