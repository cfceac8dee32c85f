import { defineBank } from '../types';

export default defineBank({
	id: 'presentation',
	title: 'Presentation and diagnosis',
	description: 'What liver metastases are, how they present and how they are diagnosed.',
	items: [
		{
			id: 'presentation-secondary-definition',
			type: 'single-best-answer',
			stem: 'A 64-year-old man who was treated for colon cancer is told that the cancer has spread to his liver. He asks the nurse whether this means he now has "liver cancer" and what the deposit in his liver is made of.',
			leadIn: 'Which explanation is most accurate?',
			options: [
				{
					text: 'It is primary liver cancer, made of liver cells that have become cancerous',
					correct: false,
					explanation:
						'Primary liver cancer is cancer that starts in the liver. His cancer started in the colon and spread, so it is secondary liver cancer.'
				},
				{
					text: 'It is secondary liver cancer, made of liver cells that the colon cancer has changed',
					correct: false,
					explanation:
						'Metastases are made of cells similar to the primary cancer, not of liver cells.'
				},
				{
					text: 'It is secondary liver cancer (a liver metastasis), made of colon cancer cells',
					correct: true,
					explanation:
						'Correct: cancer that starts in another part of the body and spreads to the liver is secondary liver cancer, and a liver metastasis from a primary colon cancer is made of colon cancer cells.'
				},
				{
					text: 'It is a new cancer, unrelated to his colon cancer, made of liver cells',
					correct: false,
					explanation:
						'The deposit arose from the colon cancer (his primary cancer), and metastases are made of cells similar to the primary cancer.'
				},
				{
					text: 'It is primary liver cancer, because the cancer is now in the liver',
					correct: false,
					explanation:
						'Where the cancer starts is the primary cancer. Cancer that has spread to the liver from elsewhere is called secondary liver cancer or liver metastasis.'
				}
			],
			teachingPoint:
				'Cancer that starts elsewhere and spreads to the liver is secondary liver cancer (liver metastasis). The deposits are made of cells similar to the primary cancer: a liver metastasis from colon cancer is made of colon cancer cells.',
			difficulty: 'easy',
			audiences: ['nurse'],
			objective:
				'Explain to a patient the difference between a primary cancer and secondary liver cancer.',
			source: {
				passageIds: ['definition-1', 'definition-2'],
				quote:
					'For example, a metastasis in the liver from a primary colon cancer, is made of colon cancer cells.'
			}
		},
		{
			id: 'presentation-how-metastases-form',
			type: 'multiple-response',
			stem: 'A medical student asks a junior doctor how a primary cancer gives rise to metastases in the liver.',
			leadIn: 'Which of the following steps does the document describe? Select all that apply.',
			options: [
				{
					text: 'Cells separate from the primary tumour',
					correct: true,
					explanation:
						'Correct: at some point in the natural history of the primary cancer, cells can separate from the tumour.'
				},
				{
					text: 'Cells enter the lymphatic system or the blood stream',
					correct: true,
					explanation:
						'Correct: the separated cells can enter the lymphatic system or blood stream.'
				},
				{
					text: 'Cells that survive the immune system create colonies in other organs',
					correct: true,
					explanation:
						'Correct: if they survive the immune system, these cells can create colonies in other organs, forming secondary cancers or metastases.'
				},
				{
					text: 'Once they settle in the liver, the cells turn into liver cells',
					correct: false,
					explanation:
						'Metastases are made of cells similar to the primary cancer: a liver metastasis from colon cancer is made of colon cancer cells.'
				},
				{
					text: 'Cells spread only through the lymphatic system, never through the blood stream',
					correct: false,
					explanation: 'The document says cells can enter the lymphatic system or the blood stream.'
				}
			],
			teachingPoint:
				'Cells separate from the primary tumour, travel in the lymphatic system or blood stream and, if they survive the immune system, form colonies (metastases) made of cells similar to the primary cancer.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Describe how cells from a primary cancer form metastases in other organs.',
			source: {
				passageIds: ['definition-1'],
				quote: 'cells can separate from the tumour and enter the lymphatic system or blood stream'
			}
		},
		{
			id: 'presentation-secondary-more-common',
			type: 'true-false',
			stem: 'Primary liver cancer (cancer that starts in the liver) is more common than secondary liver cancer (liver metastases).',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: false,
					explanation:
						'Incorrect: the document states the reverse. Secondary liver cancer is much more common than primary liver cancer.'
				},
				{
					text: 'False',
					correct: true,
					explanation:
						'Correct: the liver is a very common destination of secondary deposits, and secondary liver cancer is much more common than primary liver cancer.'
				}
			],
			teachingPoint:
				'The liver is a very common destination of secondary deposits; secondary liver cancer is much more common than primary liver cancer.',
			difficulty: 'easy',
			audiences: ['doctor', 'nurse'],
			objective: 'State how common secondary liver cancer is compared with primary liver cancer.',
			source: {
				passageIds: ['definition-2'],
				quote:
					'Secondary liver cancer (liver metastases) is much more common than primary liver cancer'
			}
		},
		{
			id: 'presentation-number-and-site',
			type: 'true-false',
			stem: 'A nurse can tell a patient that liver metastases may be single or multiple, and that they can be found in any part of the liver.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: true,
					explanation:
						'Correct: someone can have one metastasis in the liver or multiple, and it or they can be in any part of the liver.'
				},
				{
					text: 'False',
					correct: false,
					explanation:
						'Incorrect: the document states that a person can have one or multiple liver metastases, in any part of the liver.'
				}
			],
			teachingPoint:
				'A person can have one liver metastasis or several, and they can be in any part of the liver.',
			difficulty: 'easy',
			audiences: ['nurse'],
			objective:
				'Explain to a patient how many liver metastases there may be and where they can occur.',
			source: {
				passageIds: ['definition-2'],
				quote:
					'Someone can have one metastasis in the liver or multiple and it/they can be in any part of the liver.'
			}
		},
		{
			id: 'presentation-common-primaries',
			type: 'multiple-response',
			stem: 'A junior doctor is reviewing referrals to a liver metastases clinic and notes where each patient’s cancer started.',
			leadIn:
				'Which of the following does the document list among the most common cancers that spread to the liver? Select all that apply.',
			options: [
				{
					text: 'Colorectal cancer',
					correct: true,
					explanation:
						'Correct: colorectal cancer is in the document’s list of the most common cancers that spread to the liver.'
				},
				{
					text: 'Thyroid cancer',
					correct: false,
					explanation:
						'Not in the document’s list, which names colorectal, lung, breast, pancreatic, stomach, oesophagus, ovarian, melanoma and neuroendocrine cancers.'
				},
				{
					text: 'Melanoma',
					correct: true,
					explanation: 'Correct: melanoma is in the document’s list.'
				},
				{
					text: 'Neuroendocrine cancer',
					correct: true,
					explanation: 'Correct: neuroendocrine cancer is in the document’s list.'
				},
				{
					text: 'Primary liver cancer',
					correct: false,
					explanation:
						'Primary liver cancer is cancer that starts in the liver; it is not a cancer that spreads to the liver from elsewhere.'
				},
				{
					text: 'Ovarian cancer',
					correct: true,
					explanation: 'Correct: ovarian cancer is in the document’s list.'
				}
			],
			teachingPoint:
				'The most common cancers that spread to the liver are colorectal, lung, breast, pancreatic, stomach, oesophagus, ovarian, melanoma and neuroendocrine.',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective: 'List the primary cancers that most commonly spread to the liver.',
			source: {
				passageIds: ['definition-3', 'definition-2'],
				quote:
					'The most common cancers that spread to the liver are: colorectal, lung, breast, pancreatic, stomach, oesophagus, ovarian, melanoma and neuroendocrine.'
			}
		},
		{
			id: 'presentation-no-early-symptoms',
			type: 'single-best-answer',
			stem: 'A 67-year-old woman with breast cancer is found to have liver metastases on a staging CT scan. She feels well and asks the nurse how she can have cancer in her liver without any symptoms.',
			leadIn: 'Which explanation is best supported by the document?',
			options: [
				{
					text: 'The metastases are made of liver cells, so the body does not notice them',
					correct: false,
					explanation:
						'Metastases are made of cells similar to the primary cancer (here, breast cancer cells), not liver cells.'
				},
				{
					text: 'Symptoms appear only once the cancer has spread beyond the liver',
					correct: false,
					explanation:
						'The document says symptoms may depend on the number and location of the metastases in the liver itself.'
				},
				{
					text: 'Secondary liver cancer is much more common than primary liver cancer',
					correct: false,
					explanation:
						'This is true, but it is about how common secondary liver cancer is; it does not explain why she has no symptoms.'
				},
				{
					text: 'The liver is large and can keep working even when there is cancer in it',
					correct: true,
					explanation:
						'Correct: liver metastatic disease may not cause any symptoms at first, because the liver is large and can retain its function even if there is cancer in it.'
				},
				{
					text: 'The same symptoms can also be caused by other conditions',
					correct: false,
					explanation:
						'This is true, but it explains why symptoms are not specific to liver metastases, not why she has none.'
				}
			],
			teachingPoint:
				'Liver metastases may cause no symptoms at first because the liver is large and can retain its function even with cancer in it.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective: 'Explain why liver metastases may cause no symptoms at first.',
			source: {
				passageIds: ['symptoms-1', 'definition-1', 'definition-2'],
				quote:
					'Liver metastatic disease may not cause any symptoms at first, because the liver is large and can retain its function even if there is cancer in it.'
			}
		},
		{
			id: 'presentation-symptoms-depend-on',
			type: 'single-best-answer',
			stem: 'Two patients with liver metastases from colorectal cancer are seen in the same clinic. One has no symptoms; the other has discomfort in the abdomen.',
			leadIn: 'According to the document, what may the symptoms of liver metastases depend on?',
			options: [
				{
					text: 'The results of the kidney function tests',
					correct: false,
					explanation:
						'Kidney function tests are among the blood tests ordered during diagnosis; the document does not link symptoms to them.'
				},
				{
					text: 'The number and location of the metastases in the liver',
					correct: true,
					explanation:
						'Correct: symptoms may depend on the number and location of liver metastases in the liver.'
				},
				{
					text: 'The tumour marker levels in the blood',
					correct: false,
					explanation:
						'Tumour markers are blood tests that can aid in the diagnosis; the document does not link symptoms to them.'
				},
				{
					text: 'Whether a biopsy has been performed',
					correct: false,
					explanation:
						'A biopsy is sometimes needed to identify the origin of the metastases; it does not determine symptoms.'
				},
				{
					text: 'Which imaging scan was used to find the metastases',
					correct: false,
					explanation:
						'Ultrasound, CT, MRI and PET CT are investigations for diagnosis; the choice of scan does not determine symptoms.'
				}
			],
			teachingPoint:
				'The symptoms of liver metastases may depend on how many metastases there are and where they are in the liver.',
			difficulty: 'easy',
			audiences: ['doctor'],
			objective: 'State what the symptoms of liver metastases may depend on.',
			source: {
				passageIds: ['symptoms-1', 'symptoms-7', 'diagnosis-1'],
				quote: 'Symptoms may depend on the number and location of liver metastases in the liver.'
			}
		},
		{
			id: 'presentation-symptoms-other-causes',
			type: 'true-false',
			stem: 'In a patient with a previous cancer, symptoms such as fatigue and loss of appetite always mean that the cancer has spread to the liver.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: false,
					explanation:
						'Incorrect: the document notes that these symptoms may also be caused by other conditions rather than liver metastasis.'
				},
				{
					text: 'False',
					correct: true,
					explanation:
						'Correct: fatigue and loss of appetite are listed symptoms of liver metastases, but these symptoms may also be caused by other conditions.'
				}
			],
			teachingPoint:
				'The symptoms listed for liver metastases are not specific: they may also be caused by other conditions.',
			difficulty: 'medium',
			audiences: ['doctor', 'nurse'],
			objective: 'Recognise that the symptoms of liver metastases can have other causes.',
			source: {
				passageIds: ['symptoms-1', 'symptoms-2', 'symptoms-4'],
				quote:
					'These symptoms may also be caused by other conditions rather than liver metastasis as well.'
			}
		},
		{
			id: 'presentation-listed-symptoms',
			type: 'multiple-response',
			stem: 'A patient with a history of stomach cancer asks the nurse which symptoms liver metastases can cause.',
			leadIn:
				'Which of the following are in the document’s list of possible symptoms? Select all that apply.',
			options: [
				{
					text: 'Loss of appetite',
					correct: true,
					explanation: 'Correct: loss of appetite is a listed symptom.'
				},
				{
					text: 'Increased appetite',
					correct: false,
					explanation: 'The document lists loss of appetite, not increased appetite.'
				},
				{
					text: 'Unintentional loss of weight',
					correct: true,
					explanation: 'Correct: unintentional loss of weight is a listed symptom.'
				},
				{
					text: 'Fatigue',
					correct: true,
					explanation: 'Correct: fatigue is a listed symptom.'
				},
				{
					text: 'Headache',
					correct: false,
					explanation: 'Headache is not in the document’s list of symptoms.'
				},
				{
					text: 'Feeling sick (nausea)',
					correct: true,
					explanation: 'Correct: the feeling of being sick (nausea) is a listed symptom.'
				},
				{
					text: 'Swelling of the ankles',
					correct: true,
					explanation: 'Correct: swelling of the ankles is a listed symptom.'
				}
			],
			teachingPoint:
				'Listed symptoms include loss of appetite, unintentional weight loss, fatigue, nausea, jaundice with itchy skin, abdominal discomfort or pain, ascites and ankle swelling.',
			difficulty: 'easy',
			audiences: ['doctor', 'nurse'],
			objective: 'Identify the possible symptoms of liver metastases.',
			source: {
				passageIds: [
					'symptoms-1',
					'symptoms-2',
					'symptoms-3',
					'symptoms-4',
					'symptoms-5',
					'symptoms-9'
				],
				quote: 'unintentional loss of weight'
			}
		},
		{
			id: 'presentation-symptom-terms',
			type: 'extended-matching',
			stem: 'Possible symptoms of liver metastases',
			leadIn:
				'For each patient’s description, choose the symptom from the document’s list that it describes. Each option may be used once, more than once or not at all.',
			options: [
				{ text: 'Loss of appetite', explanation: 'A listed symptom: loss of appetite.' },
				{
					text: 'Unintentional loss of weight',
					explanation: 'A listed symptom: weight loss that is not intended.'
				},
				{ text: 'Fatigue', explanation: 'A listed symptom: fatigue.' },
				{ text: 'Nausea', explanation: 'A listed symptom: the feeling of being sick.' },
				{
					text: 'Jaundice and itchy skin',
					explanation: 'A listed symptom: yellow skin or eyes (jaundice) and itchy skin.'
				},
				{
					text: 'Discomfort or pain in the abdomen',
					explanation: 'A listed symptom: discomfort or pain in the abdomen.'
				},
				{
					text: 'Ascites',
					explanation: 'A listed symptom: swelling of the abdomen due to accumulation of fluid.'
				},
				{
					text: 'Swelling of the ankles',
					explanation: 'A listed symptom, separate from swelling of the abdomen (ascites).'
				}
			],
			stems: [
				{
					id: 'a',
					text: 'A 71-year-old man with pancreatic cancer says his wife has noticed that the whites of his eyes have turned yellow. His skin is itchy.',
					answer: 4,
					explanation:
						'Yellow skin or eyes is jaundice, which the document lists together with itchy skin.'
				},
				{
					id: 'b',
					text: 'A 58-year-old woman with ovarian cancer says her tummy has become swollen. An ultrasound scan shows fluid in the abdomen.',
					answer: 6,
					explanation: 'Swelling of the abdomen due to accumulation of fluid is ascites.'
				},
				{
					id: 'c',
					text: 'A 63-year-old man with oesophageal cancer says he has lost weight over recent months without trying to.',
					answer: 1,
					explanation: 'Weight loss he did not intend is unintentional loss of weight.'
				},
				{
					id: 'd',
					text: 'A 49-year-old woman with melanoma says she feels sick for much of the day.',
					answer: 3,
					explanation: 'The feeling of being sick is nausea.'
				}
			],
			teachingPoint:
				'Jaundice is yellow skin or eyes (listed with itchy skin); ascites is swelling of the abdomen due to fluid; nausea is the feeling of being sick.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective: 'Match patients’ descriptions to the symptoms of liver metastases.',
			source: {
				passageIds: [
					'symptoms-1',
					'symptoms-2',
					'symptoms-3',
					'symptoms-4',
					'symptoms-5',
					'symptoms-6',
					'symptoms-7',
					'symptoms-8',
					'symptoms-9'
				],
				quote: 'Swelling of the abdomen due to accumulation of fluid (ascites)'
			}
		},
		{
			id: 'presentation-ascites-meaning',
			type: 'true-false',
			stem: 'A nurse explains to a patient that the word "ascites" in his clinic letter means swelling of his ankles.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: false,
					explanation:
						'Incorrect: ascites is swelling of the abdomen due to accumulation of fluid. Swelling of the ankles is listed as a separate symptom.'
				},
				{
					text: 'False',
					correct: true,
					explanation:
						'Correct: the document defines ascites as swelling of the abdomen due to accumulation of fluid; ankle swelling is a different listed symptom.'
				}
			],
			teachingPoint:
				'Ascites is swelling of the abdomen due to accumulation of fluid; swelling of the ankles is a separate symptom.',
			difficulty: 'easy',
			audiences: ['nurse'],
			objective: 'Explain to a patient what ascites means.',
			source: {
				passageIds: ['symptoms-8', 'symptoms-9'],
				quote: 'Swelling of the abdomen due to accumulation of fluid (ascites)'
			}
		},
		{
			id: 'presentation-initial-diagnostic-step',
			type: 'single-best-answer',
			stem: 'A 59-year-old woman who was treated for breast cancer presents with fatigue and loss of appetite. Liver metastases are among the possible causes.',
			leadIn:
				'According to the document, what is the initial approach to diagnosing liver metastases?',
			options: [
				{
					text: 'A liver biopsy',
					correct: false,
					explanation:
						'A biopsy is only sometimes required, to correctly identify the origin of the liver metastases.'
				},
				{
					text: 'A PET CT scan',
					correct: false,
					explanation:
						'PET CT is one of the radiological imaging investigations; the initial approach is a medical history and clinical examination.'
				},
				{
					text: 'Tumour markers',
					correct: false,
					explanation:
						'Tumour markers are among the blood tests the doctors usually order after the history and examination.'
				},
				{
					text: 'Liver function tests',
					correct: false,
					explanation:
						'Liver function tests are among the blood tests the doctors usually order after the history and examination.'
				},
				{
					text: 'A medical history and clinical examination',
					correct: true,
					explanation:
						'Correct: the initial approach to diagnosing liver metastases is a medical history and clinical examination.'
				}
			],
			teachingPoint:
				'Diagnosis starts with a medical history and clinical examination, followed by blood tests and radiological imaging.',
			difficulty: 'easy',
			audiences: ['doctor'],
			objective: 'Outline the initial approach to diagnosing suspected liver metastases.',
			source: {
				passageIds: ['diagnosis-1', 'symptoms-1', 'symptoms-2', 'symptoms-4'],
				quote:
					'The initial approach to diagnosing liver metastases is a medical history and clinical examination.'
			}
		},
		{
			id: 'presentation-imaging-modalities',
			type: 'multiple-response',
			stem: 'A junior doctor is planning investigations for a patient with suspected liver metastases.',
			leadIn:
				'Which of the following are radiological imaging investigations listed in the document? Select all that apply.',
			options: [
				{
					text: 'Ultrasound scan',
					correct: true,
					explanation: 'Correct: ultrasound scan is a listed imaging investigation.'
				},
				{
					text: 'Full blood count',
					correct: false,
					explanation: 'A full blood count is one of the blood tests, not an imaging investigation.'
				},
				{
					text: 'CT scan',
					correct: true,
					explanation: 'Correct: CT scan is a listed imaging investigation.'
				},
				{
					text: 'Biopsy',
					correct: false,
					explanation:
						'A biopsy is not imaging; it is sometimes required to identify the origin of the metastases.'
				},
				{
					text: 'MRI scan',
					correct: true,
					explanation: 'Correct: MRI scan is a listed imaging investigation.'
				},
				{
					text: 'PET CT scan',
					correct: true,
					explanation: 'Correct: PET CT scan is a listed imaging investigation.'
				},
				{
					text: 'Kidney function tests',
					correct: false,
					explanation: 'Kidney function tests are blood tests, not imaging investigations.'
				}
			],
			teachingPoint:
				'The radiological imaging investigations for liver metastases are ultrasound, CT, MRI and PET CT scans.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'List the imaging investigations used to diagnose liver metastases.',
			source: {
				passageIds: ['diagnosis-1'],
				quote: 'These include Ultrasound scan, CT scan, MRI scan and PET CT scan.'
			}
		},
		{
			id: 'presentation-biopsy-purpose',
			type: 'single-best-answer',
			stem: 'A 66-year-old man has liver metastases on a CT scan and is booked for a liver biopsy. He asks the nurse why he needs it.',
			leadIn: 'Which explanation is best supported by the document?',
			options: [
				{
					text: 'To find out which organ the cancer started in',
					correct: true,
					explanation:
						'Correct: a biopsy may be required to correctly identify the origin of the liver metastases, that is, which organ the primary cancer is originating from.'
				},
				{
					text: 'Because a biopsy is the most accurate test for diagnosing liver metastases',
					correct: false,
					explanation:
						'The most important and accurate investigations for diagnosing liver metastases are radiological imaging investigations.'
				},
				{
					text: 'To check how well his kidneys are working',
					correct: false,
					explanation: 'Kidney function is checked with blood tests (kidney function tests).'
				},
				{
					text: 'To remove the metastases from his liver',
					correct: false,
					explanation:
						'The document describes a biopsy as a way to identify the origin of the metastases, not as a treatment.'
				},
				{
					text: 'Because blood tests cannot help in the diagnosis',
					correct: false,
					explanation: 'Blood tests, including certain tumour markers, can aid in the diagnosis.'
				}
			],
			teachingPoint:
				'A biopsy is sometimes needed to correctly identify the origin of liver metastases, that is, which organ the primary cancer started in.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective: 'Explain to a patient why a liver biopsy may be needed.',
			source: {
				passageIds: ['diagnosis-1'],
				quote:
					'Sometimes a biopsy may also be required to correctly identify the origin of the liver metastases'
			}
		},
		{
			id: 'presentation-most-accurate-investigation',
			type: 'true-false',
			stem: 'Tumour markers are the most important and accurate investigations for diagnosing liver metastases.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: false,
					explanation:
						'Incorrect: tumour markers are blood tests that can aid in the diagnosis, but the most important and accurate investigations are radiological imaging.'
				},
				{
					text: 'False',
					correct: true,
					explanation:
						'Correct: the most important and accurate investigations for the diagnosis of liver metastases are the radiological imaging investigations.'
				}
			],
			teachingPoint:
				'Blood tests, including tumour markers, can aid diagnosis, but radiological imaging investigations are the most important and accurate.',
			difficulty: 'medium',
			audiences: ['doctor', 'nurse'],
			objective:
				'Identify the most important and accurate investigations for diagnosing liver metastases.',
			source: {
				passageIds: ['diagnosis-1'],
				quote:
					'the most important and accurate investigations for the diagnosis of liver metastases are the radiological imaging investigations'
			}
		}
	]
});
