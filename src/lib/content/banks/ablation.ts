import { defineBank } from '$lib/content/types';

export default defineBank({
	id: 'ablation',
	title: 'Ablation types',
	description:
		'Radiofrequency, microwave and irreversible electroporation ablation: how each works, percutaneous or operative delivery, and choosing ablation, resection or another treatment for the patient in front of you.',
	items: [
		{
			id: 'ablation-typical-candidate',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'At a colorectal cancer MDT, five patients with liver metastases are discussed. Each has normal liver blood tests, and each has had a CT scan of the chest, abdomen and pelvis within the last month.',
			leadIn: 'For which patient is percutaneous ablation the most suitable treatment?',
			options: [
				{
					text: 'A fit 48-year-old with one resectable 6 cm metastasis, who wants an operation',
					kind: 'patient',
					correct: false,
					explanation:
						'The metastasis is twice the usual size for ablation, it can be removed, and he is fit and willing: resection gives him the higher chance of cure.'
				},
				{
					text: 'A 71-year-old with one 2 cm liver metastasis and new, growing lung metastases',
					kind: 'patient',
					correct: false,
					explanation:
						'The liver metastasis is small, but his disease is progressing outside the liver. Treating one liver deposit does not control that; systemic treatment comes first.'
				},
				{
					text: 'An 82-year-old unfit for an operation, with one 2 cm metastasis, no other disease',
					kind: 'patient',
					correct: true,
					explanation:
						'Correct: a small metastasis, well under 3 cm, in a patient who is not fit for an operation and has no disease elsewhere is the typical use of percutaneous ablation.'
				},
				{
					text: 'A 55-year-old unfit for an operation, with one 9 cm metastasis, no other disease',
					kind: 'patient',
					correct: false,
					explanation:
						'Being unfit points towards a non-operative treatment, but 9 cm is far beyond the usual size for ablation (usually under 3 cm); it is unlikely to destroy the whole tumour.'
				},
				{
					text: 'A fit 60-year-old with a 5 cm and a 1 cm metastasis, who wants an operation',
					kind: 'patient',
					correct: false,
					explanation:
						'The 5 cm metastasis is too large for ablation alone. A resection, perhaps combined with ablation of the 1 cm one, suits a fit patient who wants an operation.'
				}
			],
			teachingPoint:
				'Ablation is usually for small metastases (usually under 3 cm) that cannot be removed, or for patients not fit or willing to have an operation. Size, fitness and disease outside the liver all have to line up.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective:
				'Select, from several patients, the one for whom percutaneous ablation is the usual choice.',
			source: {
				passageIds: ['ablation-1', 'surgery-3'],
				quote:
					'Ablation is usually used in small tumours (usually less than 3 cm in diameter) that cannot be removed with surgery or in patients that are not fit or willing to have an operation'
			}
		},
		{
			id: 'ablation-unwilling-patient',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 77-year-old woman has a single 2 cm colorectal liver metastasis and no disease elsewhere. The surgeon told her it could be removed, but after hearing about the operation she decided against it. The MDT now suggests ablation, and she asks the specialist nurse why, if an operation was possible.',
			leadIn: 'What is the best explanation to give her?',
			options: [
				{
					text: 'Ablation is offered because your tumour has grown too large for an operation.',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'Her metastasis is 2 cm and the surgeon said it could be removed. Size is a reason against ablation when a tumour is large, not a reason for it.'
				},
				{
					text: 'Ablation is offered because it gives a higher chance of cure than surgery does.',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'Surgery, in well-selected patients, is the treatment with the higher chance of cure. Telling her otherwise would mislead the choice she has just made.'
				},
				{
					text: 'Ablation is offered because your tumour lies against major vessels and ducts.',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'Closeness to vessels and bile ducts is a reason to choose IRE among ablation methods; nothing in her case suggests it, and it is not why ablation is on the table.'
				},
				{
					text: 'Ablation is offered because your cancer has spread beyond the liver as well.',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'She has no disease outside the liver. Growing disease elsewhere would, if anything, make a local liver treatment less useful.'
				},
				{
					text: 'Ablation is offered because your tumour is small and you turned down surgery.',
					kind: 'explanation to the patient',
					correct: true,
					explanation:
						'Correct: ablation is used for small tumours in patients who are not willing to have an operation, as well as those who are not fit for one.'
				}
			],
			teachingPoint:
				"A patient's decision not to have an operation is an accepted reason to offer ablation for a small metastasis. She should also know that surgery, where possible, has the higher chance of cure, so her choice stays an informed one.",
			difficulty: 'medium',
			audiences: ['nurse'],
			objective: 'Explain to a patient who declines surgery why ablation is being offered.',
			source: {
				passageIds: ['ablation-1', 'surgery-1'],
				quote: 'in patients that are not fit or willing to have an operation'
			}
		},
		{
			id: 'ablation-resection-for-fit-patient',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 52-year-old man, fit and working, has a single 2.8 cm metastasis in segment 3 of the liver, found 18 months after surgery for colon cancer. His liver is otherwise healthy and staging CT shows no disease outside the liver. He wants the treatment with the best chance of cure and asks whether "the needle treatment" would do.',
			leadIn: 'Which treatment is most appropriate to recommend?',
			options: [
				{
					text: 'Percutaneous microwave ablation of the metastasis',
					kind: 'treatment',
					correct: false,
					explanation:
						'The size (under 3 cm) would allow it, but ablation is usually kept for tumours that cannot be removed or patients unfit or unwilling; he is fit and wants the best chance of cure. Trials comparing ablation with resection for small colorectal metastases are refining this, and the MDT may discuss it, but resection remains the standard for him.'
				},
				{
					text: 'Liver resection of the segment 3 metastasis',
					kind: 'treatment',
					correct: true,
					explanation:
						'Correct: a fit patient with a single resectable colorectal metastasis, a healthy liver and no disease elsewhere is the appropriately selected case in which surgery offers the higher chance of cure.'
				},
				{
					text: 'Stereotactic body radiation therapy to the metastasis',
					kind: 'treatment',
					correct: false,
					explanation:
						'SBRT may be used for 1 to 3 small metastases, but it is an alternative when surgery is not the right choice; for a fit man with a resectable metastasis, resection comes first.'
				},
				{
					text: 'Transarterial chemoembolisation of the metastasis',
					kind: 'treatment',
					correct: false,
					explanation:
						'TACE is used for some cancers confined to the liver, but for colorectal metastases it is not standard care and is used only selectively; it controls tumours rather than removing them, and is not the curative choice for one resectable metastasis.'
				},
				{
					text: 'Systemic chemotherapy alone, with three-monthly scans',
					kind: 'treatment',
					correct: false,
					explanation:
						'Chemotherapy can slow or shrink metastases, but on its own it rarely makes them disappear completely. It may be given after resection, not instead of it.'
				}
			],
			teachingPoint:
				'Size alone does not make ablation the choice. In a fit patient with a resectable colorectal metastasis, surgery gives the higher chance of cure; ablation is for those who cannot have, or do not want, an operation.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective:
				'Choose resection rather than ablation for a fit patient with a small resectable metastasis.',
			source: {
				passageIds: ['surgery-1', 'ablation-1'],
				quote:
					'Surgery is the treatment option with the higher chance for a cure for liver metastases, if it is used in the appropriately selected cases'
			}
		},
		{
			id: 'ablation-very-high-risk-for-surgery',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 74-year-old man with severe COPD has a single 2.2 cm colorectal metastasis in segment 6, clearly seen on ultrasound, and no disease outside the liver. After pulmonary function tests and an exercise stress test, the anaesthetic and surgical team judge him very high risk for a liver resection.',
			leadIn: 'Which treatment should the MDT recommend?',
			options: [
				{
					text: 'Right hemihepatectomy once his COPD has been optimised',
					kind: 'treatment',
					correct: false,
					explanation:
						'His risk has been measured with formal tests; a major resection is the riskiest option of all for him, and a 2.2 cm metastasis does not need it.'
				},
				{
					text: 'Laparoscopic resection of segment 6 under general anaesthetic',
					kind: 'treatment',
					correct: false,
					explanation:
						'Keyhole surgery is still a liver resection under general anaesthetic, and the team has judged him very high risk for a resection.'
				},
				{
					text: 'Hepatic arterial infusion chemotherapy via an implanted pump',
					kind: 'treatment',
					correct: false,
					explanation:
						'HAI needs an operation to place a catheter in the hepatic arterial system connected to a pump under the skin, and it is complex; it is not the answer for one small metastasis in a man too frail for surgery.'
				},
				{
					text: 'Percutaneous microwave ablation of the metastasis',
					kind: 'treatment',
					correct: true,
					explanation:
						'Correct: a small metastasis, well seen on ultrasound, in a patient very high risk for an operation suits percutaneous ablation through the skin. The anaesthetist will advise on sedation or general anaesthetic given his COPD.'
				},
				{
					text: 'Systemic chemotherapy alone, without any local treatment',
					kind: 'treatment',
					correct: false,
					explanation:
						'Chemotherapy may slow the disease, but on its own it rarely makes a metastasis disappear; a single small metastasis can be destroyed with ablation.'
				}
			],
			teachingPoint:
				'When fitness testing shows an operation is very high risk, alternatives should be considered. For a single small metastasis, percutaneous ablation avoids an operation while still aiming to destroy the tumour.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective:
				'Recommend percutaneous ablation for a patient judged very high risk for resection.',
			source: {
				passageIds: ['surgery-6', 'ablation-1'],
				quote:
					'Some patients may be deemed very high risk for an operation. In these cases, alternative treatments should be considered'
			}
		},
		{
			id: 'ablation-cirrhotic-liver',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 64-year-old man with alcohol-related cirrhosis has a single 1.8 cm metastasis from a rectal cancer treated a year ago. There is no other disease. He no longer drinks and is otherwise well, but the hepatologist advises that his liver is too damaged for any resection.',
			leadIn: 'Which treatment is most appropriate to offer?',
			options: [
				{
					text: 'Percutaneous ablation of the metastasis',
					kind: 'treatment',
					correct: true,
					explanation:
						'Correct: the metastasis is small and cannot be removed because of the liver, which is exactly where ablation is used; it destroys the tumour while sacrificing very little liver.'
				},
				{
					text: 'A small segmental resection to spare liver',
					kind: 'treatment',
					correct: false,
					explanation:
						'A smaller resection removes less liver, but in cirrhosis the liver can be so affected that a resection cannot be performed at all, which is the hepatologist’s advice here.'
				},
				{
					text: 'Chemotherapy, then resection if it shrinks',
					kind: 'treatment',
					correct: false,
					explanation:
						'Chemotherapy can shrink metastases to allow removal, but his barrier to surgery is the liver, not the tumour size, and chemotherapy can harm the liver further.'
				},
				{
					text: 'Hepatic arterial infusion via a surgical pump',
					kind: 'treatment',
					correct: false,
					explanation:
						'HAI needs an operation to place the catheter and pump, and is complex; for a single 1.8 cm metastasis, a local treatment that destroys it is simpler and more suitable.'
				},
				{
					text: 'Transarterial chemoembolisation of the lesion',
					kind: 'treatment',
					correct: false,
					explanation:
						'TACE controls rather than destroys, and for colorectal metastases it is not standard care. For one small metastasis, ablation is the more suitable local treatment.'
				}
			],
			teachingPoint:
				'Cirrhosis can rule out resection altogether. A small metastasis in such a liver is one that "cannot be removed with surgery", and ablation treats it while preserving liver.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Choose ablation when cirrhosis rules out resection of a small metastasis.',
			source: {
				passageIds: ['surgery-5', 'ablation-1'],
				quote:
					'There are also cases that the liver is so much affected (example in cirrhosis), that a liver resection cannot be performed at all'
			}
		},
		{
			id: 'ablation-size-limit',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 69-year-old man with heart failure has a single 6.5 cm colorectal metastasis in the right lobe and no disease outside the liver. He has been judged unfit for liver resection. A registrar suggests percutaneous microwave ablation as the alternative to surgery.',
			leadIn: 'Which finding rules against ablation in this patient?',
			options: [
				{
					text: 'His heart failure',
					kind: 'finding',
					correct: false,
					explanation:
						'His heart failure is what makes him unfit for resection, which is a reason ablation is considered at all, not a reason against it.'
				},
				{
					text: 'His age of 69 years',
					kind: 'finding',
					correct: false,
					explanation:
						'Age in itself does not rule out ablation; fitness and the tumour decide, and ablation is often chosen for older patients.'
				},
				{
					text: 'The colorectal primary',
					kind: 'finding',
					correct: false,
					explanation:
						'Colorectal metastases are among those most often treated with local liver treatments; the primary is not the obstacle here.'
				},
				{
					text: 'No disease outside the liver',
					kind: 'finding',
					correct: false,
					explanation:
						'Disease confined to the liver favours a liver-directed treatment; it is a point in favour, not against.'
				},
				{
					text: 'The 6.5 cm tumour diameter',
					kind: 'finding',
					correct: true,
					explanation:
						'Correct: ablation is usually used in tumours under 3 cm. At 6.5 cm the chance of destroying the whole tumour falls and local recurrence becomes likely, so the MDT should consider other treatments.'
				}
			],
			teachingPoint:
				'Being unfit for surgery does not by itself make ablation suitable: the tumour must also be small, usually under 3 cm. Larger tumours are hard to destroy completely with a probe.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Recognise tumour size as the factor that rules out ablation in an unfit patient.',
			source: {
				passageIds: ['ablation-1'],
				quote: 'Ablation is usually used in small tumours (usually less than 3 cm in diameter)'
			}
		},
		{
			id: 'ablation-large-tumour-declines-surgery',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A fit 70-year-old woman has a single 5 cm colorectal liver metastasis that the surgeon can remove, and no disease elsewhere. She does not want an operation, has read that ablation is used for people who decline surgery, and asks to have it instead.',
			leadIn: 'What is the best thing to tell her?',
			options: [
				{
					text: 'Ablation suits you, because you have chosen not to have an operation.',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'Her wish counts, but it is only half of the indication: ablation is used for small tumours in people unwilling to have an operation, and hers is 5 cm.'
				},
				{
					text: 'Ablation is less reliable for a tumour this size than for one under 3 cm.',
					kind: 'explanation to the patient',
					correct: true,
					explanation:
						'Correct: ablation is usually used for tumours under 3 cm. She needs to know it is less likely to destroy a 5 cm tumour completely, so she can weigh that against surgery and other options.'
				},
				{
					text: 'Ablation is reserved for patients who are unfit to have an operation.',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'Patients who are not willing to have an operation can also be offered ablation; her unwillingness is legitimate. The problem is the size.'
				},
				{
					text: 'Ablation will work at this size if IRE is used instead of a heat method.',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'The benefit of IRE is being less disruptive to structures near the tumour, not treating larger tumours.'
				},
				{
					text: 'Ablation can treat it at this size if it is done at an open operation.',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'Open ablation changes the route, not the usual size limit, and it is an operation, which she has declined.'
				}
			],
			teachingPoint:
				'Unwillingness to have surgery is a reason for ablation only when the tumour is also small. For a 5 cm metastasis, the patient should hear honestly that ablation is less likely to succeed, so her choice is an informed one.',
			difficulty: 'hard',
			audiences: ['doctor', 'nurse'],
			objective:
				'Counsel a patient who declines surgery about the limits of ablation for a large metastasis.',
			source: {
				passageIds: ['ablation-1'],
				quote: 'Ablation is usually used in small tumours'
			}
		},
		{
			id: 'ablation-recurrence-in-remnant',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A fit 67-year-old woman had a right hepatectomy for colorectal metastases two years ago. Surveillance MRI now shows a single new 1.5 cm metastasis deep in the centre of her remaining left liver, away from the major vessels. There is no other disease. Volumetry shows that resecting it would leave too little liver.',
			leadIn: 'What is the most appropriate treatment?',
			options: [
				{
					text: 'Repeat liver resection of the new metastasis',
					kind: 'treatment',
					correct: false,
					explanation:
						'A second resection is often possible after a hepatectomy, but a deep central metastasis takes a large part of what is left with it, and volumetry shows she would be left with too little liver.'
				},
				{
					text: 'Percutaneous ablation of the new metastasis',
					kind: 'treatment',
					correct: true,
					explanation:
						'Correct: a small, deep metastasis that cannot be removed without taking too much of her remaining liver is a classic use of ablation, which destroys it while sparing the liver around it.'
				},
				{
					text: 'Systemic chemotherapy alone, without local treatment',
					kind: 'treatment',
					correct: false,
					explanation:
						'Chemotherapy may control disease, but a single small metastasis can be destroyed locally; chemotherapy alone rarely makes a metastasis go away.'
				},
				{
					text: 'Transarterial chemoembolisation of the metastasis',
					kind: 'treatment',
					correct: false,
					explanation:
						'TACE controls rather than destroys, and for colorectal metastases it is not standard care; for one small metastasis, ablation is the more effective local treatment.'
				},
				{
					text: 'Hepatic arterial infusion via an implanted pump',
					kind: 'treatment',
					correct: false,
					explanation:
						'HAI is complex, needs surgery to place the catheter and pump, and is used for more extensive unresectable liver disease, not a single small recurrence.'
				}
			],
			teachingPoint:
				'"Cannot be removed with surgery" includes tumours whose removal would leave too little liver. After a major resection, ablation of a small recurrence treats the cancer while preserving the liver that remains.',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective:
				'Choose ablation for a small recurrence when the remaining liver could not withstand another resection.',
			source: {
				passageIds: ['surgery-5', 'ablation-1'],
				quote: 'Liver-related factors refer to the size and function of the liver'
			}
		},
		{
			id: 'ablation-residual-after-chemotherapy',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 78-year-old man, unfit for liver resection because of heart failure, had a single 4.5 cm colorectal metastasis in segment 6 and no other disease. After four months of systemic chemotherapy it measures 2.3 cm, lies away from the major vessels and is clearly seen on ultrasound. No new disease has appeared, and his case is back at the MDT.',
			leadIn: 'Which treatment is most suitable now?',
			options: [
				{
					text: 'Right hemihepatectomy now that the metastasis has shrunk',
					kind: 'treatment',
					correct: false,
					explanation:
						'Shrinkage can allow surgical removal in a fit patient, but his heart failure still makes him unfit for a liver resection; the response to chemotherapy has not changed that.'
				},
				{
					text: 'Continue chemotherapy alone for as long as he tolerates it',
					kind: 'treatment',
					correct: false,
					explanation:
						'Chemotherapy can slow and shrink metastases, but most do not go away completely with it; now that the tumour is under 3 cm, a treatment that destroys it has become possible.'
				},
				{
					text: 'Percutaneous ablation of the shrunken metastasis',
					kind: 'treatment',
					correct: true,
					explanation:
						'Correct: ablation is usually used for tumours under about 3 cm in patients unfit for an operation. At 2.3 cm, visible on ultrasound and away from the major vessels, the metastasis can now be destroyed through the skin without an operation.'
				},
				{
					text: 'Transarterial chemoembolisation of the metastasis',
					kind: 'treatment',
					correct: false,
					explanation:
						'TACE aims to control tumours by blocking their blood supply; a single metastasis under 3 cm in an unfit patient can be destroyed by ablation, the more suitable local treatment.'
				},
				{
					text: 'Hepatic arterial infusion through a surgically placed catheter',
					kind: 'treatment',
					correct: false,
					explanation:
						'HAI needs an operation to place the catheter in the hepatic artery, with a pump under the skin, which he is unfit for; it is also a way of giving chemotherapy, not of destroying a single small tumour.'
				}
			],
			teachingPoint:
				'Ablation is usually used for small tumours (under about 3 cm) in patients unfit or unwilling to have an operation. Chemotherapy that shrinks a larger metastasis below that size can bring it into range for ablation, which destroys the tumour rather than only slowing it.',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective:
				'Choose ablation once chemotherapy has shrunk a metastasis under 3 cm in a patient unfit for resection.',
			source: {
				passageIds: ['ablation-1', 'chemotherapy-1'],
				quote: 'usually less than 3 cm in diameter'
			}
		},
		{
			id: 'ablation-ire-nearby-structures',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 59-year-old woman has a single 2 cm colorectal metastasis at the liver hilum, lying against the right hepatic duct and the right portal vein. Resection would need an extended right hepatectomy, and volumetry shows the liver left behind would be too small. She has no disease outside the liver.',
			leadIn: 'Which treatment is most suitable?',
			options: [
				{
					text: 'Percutaneous microwave ablation of the metastasis',
					kind: 'treatment',
					correct: false,
					explanation:
						'Heat can injure the bile duct lying against the tumour, causing a later stricture, and blood flowing in the large vein carries heat away, so the tumour edge may survive.'
				},
				{
					text: 'Percutaneous radiofrequency ablation of the metastasis',
					kind: 'treatment',
					correct: false,
					explanation:
						'RFA is also a heat method, with the same risks to the duct and the same cooling by the nearby vein; it was the main type of ablation in the past.'
				},
				{
					text: 'Irreversible electroporation of the metastasis',
					kind: 'treatment',
					correct: true,
					explanation:
						'Correct: IRE kills cells with electrical impulses rather than heat and is less disruptive to normal tissues and structures near the tumour, such as this duct and vein.'
				},
				{
					text: 'Extended right hepatectomy with duct reconstruction',
					kind: 'treatment',
					correct: false,
					explanation:
						'Volumetry shows the remaining liver would be too small; the goal is to treat the tumour while preserving as much liver as possible.'
				},
				{
					text: 'Transarterial chemoembolisation of the metastasis',
					kind: 'treatment',
					correct: false,
					explanation:
						'TACE is not standard care for colorectal metastases and does not reliably destroy a single small metastasis; an ablation method that spares the hilar structures is better.'
				}
			],
			teachingPoint:
				'IRE is chosen for metastases next to bile ducts and major vessels: it is less disruptive to the structures around the tumour, whereas heat can damage ducts and is carried away by blood flow in large vessels.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Choose IRE for a small metastasis lying against major bile ducts and vessels.',
			source: {
				passageIds: ['ablation-2', 'surgery-4', 'surgery-5'],
				quote:
					'has the additional benefit of being less disruptive to normal tissues and structures that are located near the tumour'
			}
		},
		{
			id: 'ablation-mwa-vs-ire',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 76-year-old woman with heart disease, judged unfit for liver resection, has a single 2.4 cm colorectal metastasis in segment 6. It lies well away from the major vessels and bile ducts and is clearly seen on ultrasound. There is no disease outside the liver.',
			leadIn: 'Which treatment is most suitable?',
			options: [
				{
					text: 'Percutaneous microwave ablation',
					kind: 'treatment',
					correct: true,
					explanation:
						'Correct: a small metastasis away from major structures, in a patient unfit for surgery, suits percutaneous ablation with heat; microwave is now the more commonly used heat method (RFA, the older one, would also be reasonable).'
				},
				{
					text: 'Percutaneous irreversible electroporation',
					kind: 'treatment',
					correct: false,
					explanation:
						'The benefit of IRE is sparing structures near the tumour, which she does not need. IRE is also usually done under general anaesthetic with muscle relaxation and pulses timed to the heartbeat, an added burden with heart disease.'
				},
				{
					text: 'Laparoscopic irreversible electroporation',
					kind: 'treatment',
					correct: false,
					explanation:
						'Wrong twice over: IRE’s benefit, sparing structures near the tumour, is not needed here, and a keyhole operation needs the operation and general anaesthetic she is unfit for.'
				},
				{
					text: 'Laparoscopic microwave ablation',
					kind: 'treatment',
					correct: false,
					explanation:
						'A keyhole operation needs a general anaesthetic and an operation she is unfit for; a tumour clearly seen on ultrasound can be reached through the skin.'
				},
				{
					text: 'Percutaneous chemical ablation',
					kind: 'treatment',
					correct: false,
					explanation:
						'Ablation can use chemicals, but chemical injection is rarely used for colorectal metastases now; heat methods destroy them more reliably.'
				}
			],
			teachingPoint:
				'For a small metastasis away from major structures, percutaneous heat ablation (now usually microwave) is the method of choice; IRE is kept for tumours where its sparing of nearby structures matters.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective:
				'Choose between microwave ablation and IRE according to where the metastasis lies.',
			source: {
				passageIds: ['ablation-2', 'ablation-1'],
				quote:
					'More recently, microwave ablation (which also delivers heat via a probe to the liver metastasis)'
			}
		},
		{
			id: 'ablation-mwa-vs-rfa',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 68-year-old woman is booked for microwave ablation of a 2 cm liver metastasis. Her brother had radiofrequency ablation (RFA) for a liver tumour ten years ago, and she asks the nurse why she is not having the same treatment he had.',
			leadIn: 'What is the best explanation to give her?',
			options: [
				{
					text: 'It is a heat treatment too, but RFA has largely given way to microwave ablation',
					kind: 'explanation to the patient',
					correct: true,
					explanation:
						'Correct: microwave ablation also destroys the tumour with heat through a probe and is now more commonly used than RFA. Studies favour it, though the evidence is not settled, so "now more commonly used" is the honest summary.'
				},
				{
					text: 'Microwave uses electrical pulses, not heat, so it is gentler on the liver',
					kind: 'explanation to the patient',
					correct: false,
					explanation: 'That describes IRE. Microwave ablation, like RFA, uses heat.'
				},
				{
					text: 'Microwave works without a probe, so nothing is placed into your liver itself',
					kind: 'explanation to the patient',
					correct: false,
					explanation: 'Microwave ablation also delivers heat via a probe placed in the metastasis.'
				},
				{
					text: 'Microwave is chosen because your tumour lies close to major vessels and ducts',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'Sparing nearby vessels and ducts is the benefit of IRE, not microwave ablation; nothing suggests her tumour is in such a place.'
				},
				{
					text: 'Microwave is chosen because RFA is now kept for tumours larger than 3 cm',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'There is no such rule; both heat methods are used for small tumours, usually under 3 cm.'
				}
			],
			teachingPoint:
				'RFA was the main ablation method in the past; microwave ablation, also heat through a probe, is now more commonly used. Tell patients that, without promising that one is proven better.',
			difficulty: 'easy',
			audiences: ['nurse', 'doctor'],
			objective: 'Explain to a patient why microwave ablation is used rather than RFA.',
			source: {
				passageIds: ['ablation-2'],
				quote: 'this is now more commonly used'
			}
		},
		{
			id: 'ablation-ire-choice-explained',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 57-year-old woman is booked for irreversible electroporation (IRE) of a 2 cm metastasis lying against the main bile duct. Her friend had microwave ablation for a metastasis of similar size, and she asks the nurse why she is being offered something different.',
			leadIn: 'What is the best explanation to give her?',
			options: [
				{
					text: 'IRE has been shown to work better than microwave ablation for small tumours.',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'No trial has shown this; evidence for IRE in colorectal metastases is still limited (the better results claimed are for microwave ablation over RFA, and even those are not settled). IRE was chosen for where her tumour lies.'
				},
				{
					text: 'IRE does not use a probe in the liver, so the bile duct is left untouched.',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'IRE is also delivered via a probe under imaging guidance (usually several probes placed around the tumour).'
				},
				{
					text: 'IRE is used because your metastasis is too large for microwave ablation.',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'Her metastasis is the same size as her friend’s and within the usual size for ablation; size is not the reason.'
				},
				{
					text: 'IRE is less likely to damage the bile duct lying against your tumour.',
					kind: 'explanation to the patient',
					correct: true,
					explanation:
						'Correct: IRE is less disruptive to normal tissues and structures near the tumour. Heat could injure the duct; that is why the team chose IRE for her.'
				},
				{
					text: 'IRE is the older method, so the team has the most experience with it.',
					kind: 'explanation to the patient',
					correct: false,
					explanation: 'IRE is a modern method; RFA was the main type of ablation in the past.'
				}
			],
			teachingPoint:
				'The reason for IRE is the tumour’s position, not better results overall: it is less disruptive to structures near the tumour, such as bile ducts and vessels. A nurse should not overstate it.',
			difficulty: 'hard',
			audiences: ['nurse'],
			objective: 'Explain honestly to a patient why IRE has been chosen for her.',
			source: {
				passageIds: ['ablation-2'],
				quote: 'less disruptive to normal tissues and structures that are located near the tumour'
			}
		},
		{
			id: 'ablation-ire-mechanism',
			type: 'single-best-answer',
			task: 'recall',
			stem: 'A 66-year-old man is booked for irreversible electroporation (IRE) of a liver metastasis. At the pre-assessment clinic he asks the nurse how the treatment actually kills the cancer cells.',
			leadIn: 'Which explanation should the nurse give?',
			options: [
				{
					text: 'An electric current heats the tumour until the cancer cells die.',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'This is how RFA works: the current produces heat. IRE does not rely on heat.'
				},
				{
					text: 'Microwaves from a probe inside the tumour heat the cancer cells.',
					kind: 'explanation to the patient',
					correct: false,
					explanation: 'This is microwave ablation, a heat method.'
				},
				{
					text: 'A chemical injected into the tumour kills the cancer cells.',
					kind: 'explanation to the patient',
					correct: false,
					explanation: 'Ablation can use chemicals, but that is a different method from IRE.'
				},
				{
					text: 'Electrical pulses make tiny holes in the cells, which then die.',
					kind: 'explanation to the patient',
					correct: true,
					explanation:
						'Correct: IRE uses electrical impulses that open small holes in the outline (membrane) of cells, which then die. The pulses act on every cell in the treated zone, not only the cancer cells, but they spare the framework of vessels and bile ducts, which is why IRE suits tumours beside them.'
				},
				{
					text: 'Electrical pulses close off the small arteries feeding the tumour.',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'Blocking tumour-feeding arteries is how embolisation works; IRE acts on the cancer cells themselves.'
				}
			],
			teachingPoint:
				'IRE kills cells without heat: electrical pulses open small holes in the membranes of the cells in the treated zone and they die. RFA also uses electricity, but to make heat, which is the difference to get across.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective: 'Explain to a patient how irreversible electroporation destroys cancer cells.',
			source: {
				passageIds: ['ablation-2'],
				quote:
					'Irreversible electroporation (IRE) is another modern ablation method that utilises electrical impulses that create small holes in the cancer cells outline, resulting in their death'
			}
		},
		{
			id: 'ablation-shared-probe',
			type: 'single-best-answer',
			task: 'recall',
			stem: 'A nurse on the interventional radiology day unit is preparing three patients: one for radiofrequency ablation (RFA), one for microwave ablation and one for irreversible electroporation (IRE).',
			leadIn: 'Which feature will the three procedures share?',
			options: [
				{
					text: 'Heat is used to destroy the tumour',
					kind: 'feature of the procedure',
					correct: false,
					explanation: 'RFA and microwave ablation use heat; IRE uses electrical impulses.'
				},
				{
					text: 'A probe is guided to the tumour by imaging',
					kind: 'feature of the procedure',
					correct: true,
					explanation:
						'Correct: in RFA a probe is inserted in the metastasis under ultrasound or x-ray guidance, microwave ablation delivers heat via a probe, and IRE is delivered via a probe under imaging guidance (in practice several, placed around the tumour).'
				},
				{
					text: 'Electrical pulses open holes in cancer cells',
					kind: 'feature of the procedure',
					correct: false,
					explanation: 'This is the mechanism of IRE alone.'
				},
				{
					text: 'A catheter is passed along the hepatic artery',
					kind: 'feature of the procedure',
					correct: false,
					explanation:
						'Catheters in the hepatic artery belong to TACE and radioembolisation, not ablation.'
				},
				{
					text: 'The liver is exposed at an open operation',
					kind: 'feature of the procedure',
					correct: false,
					explanation:
						'Any of the three can be done through the skin; an open operation is one option, not a shared feature.'
				}
			],
			teachingPoint:
				'RFA, microwave ablation and IRE are all probe treatments placed under imaging guidance; they differ in using heat (RFA, microwave) or electrical pulses (IRE).',
			difficulty: 'medium',
			audiences: ['nurse', 'doctor'],
			objective: 'Identify the feature shared by RFA, microwave ablation and IRE.',
			source: {
				passageIds: ['ablation-2'],
				quote:
					'In RFA a probe is inserted in the liver metastasis under ultrasound or x-ray guidance'
			}
		},
		{
			id: 'ablation-ire-delivered-by-probe',
			type: 'single-best-answer',
			task: 'recall',
			stem: 'A man booked for irreversible electroporation (IRE) of a liver metastasis tells the nurse he is relieved that, unlike his neighbour’s microwave ablation, IRE "works from outside the body with no needles".',
			leadIn: 'What should the nurse tell him?',
			options: [
				{
					text: 'IRE pulses come from a machine outside the body, with no needles.',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'This is his misunderstanding; a beam from outside the body describes external radiotherapy, not IRE.'
				},
				{
					text: 'IRE is given through a catheter passed up an artery from the groin.',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'A catheter from a peripheral artery is the route of TACE and radioembolisation, not ablation.'
				},
				{
					text: 'IRE is given at an open operation so the surgeon can see the tumour.',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'Ablation can be done at an operation, but IRE is commonly placed through the skin; an open operation is not the rule.'
				},
				{
					text: 'IRE, like microwave ablation, uses probes placed under scan guidance.',
					kind: 'explanation to the patient',
					correct: true,
					explanation:
						'Correct: IRE is also delivered via a probe under imaging guidance. In practice several probes are placed around the tumour, usually under general anaesthetic.'
				},
				{
					text: 'IRE needles are placed by feel alone, without a scan to guide them.',
					kind: 'explanation to the patient',
					correct: false,
					explanation: 'IRE probes are placed under imaging guidance.'
				}
			],
			teachingPoint:
				'IRE is a probe treatment like the heat methods, placed under imaging guidance; correcting a patient’s belief that it is "needle-free" prepares him properly for the day.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective: 'Correct a patient’s misunderstanding of how IRE is delivered.',
			source: {
				passageIds: ['ablation-2'],
				quote: 'IRE is also delivered via a probe under imaging guidance'
			}
		},
		{
			id: 'ablation-percutaneous-meaning',
			type: 'single-best-answer',
			task: 'recall',
			stem: 'A patient’s clinic letter says she has been listed for "percutaneous ablation" of a liver metastasis. She asks the nurse what "percutaneous" means for how it will be done.',
			leadIn: 'Which answer should the nurse give?',
			options: [
				{
					text: 'Through small keyhole cuts in the abdomen',
					kind: 'meaning of the term',
					correct: false,
					explanation:
						'Keyhole (laparoscopic) ablation is done during an operation under general anaesthetic.'
				},
				{
					text: 'Through a catheter passed along an artery',
					kind: 'meaning of the term',
					correct: false,
					explanation: 'This is the route of TACE and radioembolisation, not ablation.'
				},
				{
					text: 'Through an open cut in the abdomen',
					kind: 'meaning of the term',
					correct: false,
					explanation: 'Open ablation is done during an operation under general anaesthetic.'
				},
				{
					text: 'Through a tube passed into the stomach',
					kind: 'meaning of the term',
					correct: false,
					explanation: 'This describes endoscopy, which is not used to ablate liver metastases.'
				},
				{
					text: 'Through the skin, guided by a scan',
					kind: 'meaning of the term',
					correct: true,
					explanation:
						'Correct: ablation through the skin under ultrasound or x-ray (usually CT) guidance is called percutaneous ablation.'
				}
			],
			teachingPoint:
				'"Percutaneous" means through the skin: the probe is guided into the tumour by ultrasound or x-ray (CT), without an operation.',
			difficulty: 'easy',
			audiences: ['nurse'],
			objective: 'Explain the term "percutaneous" to a patient listed for ablation.',
			source: {
				passageIds: ['ablation-1'],
				quote:
					'through the skin under ultrasound or x-ray guidance and then it is called percutaneous ablation'
			}
		},
		{
			id: 'ablation-percutaneous-sedation',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 70-year-old woman is booked for percutaneous microwave ablation of a 2 cm liver metastasis. At pre-assessment she tells the nurse she is frightened of "being cut open" and of "being put to sleep", and asks what will happen on the day.',
			leadIn: 'What is the best answer to give her?',
			options: [
				{
					text: 'The surgeon makes small keyhole cuts while you are under a general anaesthetic.',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'This describes laparoscopic ablation during an operation; she is booked for the percutaneous route.'
				},
				{
					text: 'A probe goes in through the skin using a scan, under sedation or an anaesthetic.',
					kind: 'explanation to the patient',
					correct: true,
					explanation:
						'Correct: percutaneous ablation is done through the skin under ultrasound or x-ray guidance, with no surgical cut. It may be done under sedation, but some patients need a general anaesthetic; the team will confirm which, so the nurse should not promise either.'
				},
				{
					text: 'You will be wide awake with no medicine, as the probe is just a fine needle.',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'Placing and running an ablation probe is painful; patients have sedation or a general anaesthetic.'
				},
				{
					text: 'A probe goes in through the skin using a scan; I promise sedation, not an anaesthetic.',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'The route is right, but the promise is not hers to make: percutaneous ablation may be done under sedation, and is sometimes done under general anaesthetic.'
				},
				{
					text: 'An open cut under the ribs lets the surgeon place the probe into the tumour.',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'Open ablation is done during an operation under general anaesthetic; percutaneous ablation needs no open cut.'
				}
			],
			teachingPoint:
				'Percutaneous ablation is done through the skin with imaging guidance and no surgical cut. It may be done under sedation, but general anaesthetic is also used, so a nurse should explain both and not promise sedation.',
			difficulty: 'hard',
			audiences: ['nurse'],
			objective: 'Prepare a patient honestly for how percutaneous ablation is done.',
			source: {
				passageIds: ['ablation-1'],
				quote:
					'It may be performed under sedation through the skin under ultrasound or x-ray guidance and then it is called percutaneous ablation'
			}
		},
		{
			id: 'ablation-laparoscopic-explained',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 62-year-old man is listed for laparoscopic microwave ablation of a liver metastasis that the radiologist cannot reach safely through the skin. He asks the nurse what the procedure will involve.',
			leadIn: 'What should the nurse tell him?',
			options: [
				{
					text: 'A keyhole operation under general anaesthetic, with a probe to heat the tumour.',
					kind: 'explanation to the patient',
					correct: true,
					explanation:
						'Correct: laparoscopic ablation is done during an operation under general anaesthetic, and microwave ablation delivers heat through a probe.'
				},
				{
					text: 'A needle through the skin under sedation, with a probe that heats the tumour.',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'This is percutaneous ablation, which the radiologist has judged unsafe for his tumour.'
				},
				{
					text: 'A keyhole operation under sedation, with probes that send electrical pulses.',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'A keyhole operation needs a general anaesthetic, and electrical pulses describe IRE, not microwave ablation.'
				},
				{
					text: 'An open operation under general anaesthetic, to cut the tumour out.',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'He is having ablation through keyhole incisions; the tumour is destroyed, not cut out.'
				},
				{
					text: 'A catheter passed through an artery in the groin, to heat the tumour from inside.',
					kind: 'explanation to the patient',
					correct: false,
					explanation: 'Arterial catheters are used for TACE and radioembolisation, not ablation.'
				}
			],
			teachingPoint:
				'When a tumour cannot be reached safely through the skin, ablation can be done at a keyhole (laparoscopic) or open operation, under general anaesthetic; patients should expect an operation, small wounds and an anaesthetic.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective: 'Explain laparoscopic microwave ablation to a patient.',
			source: {
				passageIds: ['ablation-1', 'ablation-2'],
				quote: 'It can also be performed during an operation under general anaesthetic'
			}
		},
		{
			id: 'ablation-open-wound-explained',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A woman is recovering on the surgical ward from an open right hepatectomy, during which a small metastasis in her left lobe was also treated with microwave ablation. Her son had read that ablation is done through the skin under sedation, and asks why his mother has a large wound and had a general anaesthetic.',
			leadIn: 'What is the best explanation to give him?',
			options: [
				{
					text: 'Microwave ablation is a stronger type, so it needs a large open cut.',
					kind: 'explanation to a relative',
					correct: false,
					explanation:
						'Microwave ablation is commonly done through the skin; the method does not dictate an open cut.'
				},
				{
					text: 'The ablation failed through the skin, so the surgeon had to open her up instead.',
					kind: 'explanation to a relative',
					correct: false,
					explanation:
						'Nothing suggests a failed attempt; the ablation was planned as part of her operation.'
				},
				{
					text: 'Her ablation was done at her liver operation, which needed an anaesthetic.',
					kind: 'explanation to a relative',
					correct: true,
					explanation:
						'Correct: ablation can be performed during an open operation under general anaesthetic, here combined with the resection so that both metastases were treated at once.'
				},
				{
					text: 'Ablation through the skin is kept for tumours larger than 3 cm.',
					kind: 'explanation to a relative',
					correct: false,
					explanation:
						'The reverse of the size guidance: ablation is usually used for tumours under 3 cm, whatever the route.'
				},
				{
					text: 'The wound is from the ablation itself, which needs room to heat it.',
					kind: 'explanation to a relative',
					correct: false,
					explanation:
						'The wound is from the liver resection; the ablation probe itself needs no large incision.'
				}
			],
			teachingPoint:
				'Ablation has two routes: through the skin, or during an open or keyhole operation under general anaesthetic. When it is combined with a resection, the patient’s recovery is that of the operation.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective: 'Explain to a relative why ablation was done at an open operation.',
			source: {
				passageIds: ['ablation-1'],
				quote:
					'It can also be performed during an operation under general anaesthetic, either as an open or as a laparoscopic (keyhole) procedure'
			}
		},
		{
			id: 'ablation-laparoscopic-same-operation',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'During a planned laparoscopic left lateral sectionectomy for a 3.5 cm colorectal metastasis in a fit 58-year-old woman, intraoperative ultrasound finds a further 1 cm metastasis deep in segment 5 that was not seen on her preoperative MRI. The rest of the liver is healthy.',
			leadIn: 'What is the most appropriate way to treat the segment 5 metastasis?',
			options: [
				{
					text: 'Convert to open surgery and resect segment 5',
					kind: 'treatment',
					correct: false,
					explanation:
						'Converting to open and resecting a deep segment removes more liver and adds a large wound, for a lesion that can be destroyed through the laparoscope.'
				},
				{
					text: 'Percutaneous ablation once she has recovered',
					kind: 'treatment',
					correct: false,
					explanation:
						'It adds a second procedure, and a 1 cm lesion not visible on MRI may be hard to target through the skin later; it can be treated now.'
				},
				{
					text: 'Stereotactic radiotherapy once she has recovered',
					kind: 'treatment',
					correct: false,
					explanation:
						'SBRT may be used for 1 to 3 small metastases, but it adds a separate course of treatment for a lesion that can be ablated at this operation.'
				},
				{
					text: 'Laparoscopic ablation of it during this operation',
					kind: 'treatment',
					correct: true,
					explanation:
						'Correct: ablation can be performed during a laparoscopic operation and combined with resection, treating every metastasis found while preserving liver.'
				},
				{
					text: 'Add a right hemihepatectomy to this operation',
					kind: 'treatment',
					correct: false,
					explanation:
						'Removing half the liver for a 1 cm metastasis goes against the goal of preserving as much liver as possible.'
				}
			],
			teachingPoint:
				'Combining resection with ablation at the same operation, open or laparoscopic, treats as many metastases as possible while sparing liver, and avoids a second procedure.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Decide how to treat a small metastasis found during a laparoscopic resection.',
			source: {
				passageIds: ['ablation-1', 'surgery-4'],
				quote: 'either as an open or as a laparoscopic (keyhole) procedure'
			}
		},
		{
			id: 'ablation-resect-and-ablate-plan',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A fit 61-year-old man with rectal cancer has a 5 cm metastasis in the right lobe and a 1.5 cm metastasis deep in segment 4, with no disease elsewhere. After six cycles of chemotherapy, volumetry shows that removing both would need an extended right hepatectomy and leave too little functioning liver.',
			leadIn: 'Which treatment plan is most appropriate?',
			options: [
				{
					text: 'Extended right hepatectomy removing both metastases',
					kind: 'treatment',
					correct: false,
					explanation:
						'Volumetry shows this would leave too little functioning liver, a greater risk after chemotherapy.'
				},
				{
					text: 'Right hepatectomy with ablation of the segment 4 lesion',
					kind: 'treatment',
					correct: true,
					explanation:
						'Correct: resecting the large metastasis and ablating the small one treats both while preserving as much liver as possible.'
				},
				{
					text: 'Percutaneous ablation of both metastases under sedation',
					kind: 'treatment',
					correct: false,
					explanation:
						'The 1.5 cm metastasis suits ablation, but the 5 cm one is well beyond the usual size (under 3 cm) and would probably not be destroyed completely.'
				},
				{
					text: 'Right hepatectomy, leaving the segment 4 lesion untreated',
					kind: 'treatment',
					correct: false,
					explanation:
						'The goal is to treat every liver tumour effectively; leaving a known metastasis undermines the operation.'
				},
				{
					text: 'Further chemotherapy alone, without any liver treatment',
					kind: 'treatment',
					correct: false,
					explanation:
						'He is fit and his disease can be treated locally; chemotherapy alone rarely makes metastases go away, and more cycles may harm the liver further.'
				}
			],
			teachingPoint:
				'When removing every metastasis would take too much liver, resection of the large ones combined with ablation of small, deep ones treats them all while preserving liver.',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective:
				'Plan resection combined with ablation when resection alone would leave too little liver.',
			source: {
				passageIds: ['surgery-4', 'ablation-1', 'surgery-5'],
				quote:
					'In any case the primary goal is to treat all the liver tumours effectively by preserving as much liver as possible'
			}
		},
		{
			id: 'ablation-chemotherapy-injured-liver',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 58-year-old man has three colorectal metastases, each under 2.5 cm, in segments 2, 6 and 8, with no disease elsewhere. After twelve cycles of oxaliplatin-based chemotherapy, imaging suggests chemotherapy-related liver injury. The surgeon plans two small resections and ablation of the deep segment 8 metastasis rather than a major hepatectomy.',
			leadIn: 'Which finding is the main reason for this liver-sparing plan?',
			options: [
				{
					text: 'The colorectal origin of his three metastases',
					kind: 'finding',
					correct: false,
					explanation:
						'A colorectal primary makes an aggressive surgical approach worthwhile; it does not explain why liver must be spared.'
				},
				{
					text: 'Each metastasis measuring less than 2.5 cm',
					kind: 'finding',
					correct: false,
					explanation:
						'Small size makes ablation of the segment 8 metastasis possible, but the reason to avoid a major hepatectomy is the state of his liver.'
				},
				{
					text: 'Liver injury from his chemotherapy',
					kind: 'finding',
					correct: true,
					explanation:
						'Correct: a liver affected by chemotherapy cannot lose as much volume safely, so the plan removes as little as possible and ablates the deep lesion.'
				},
				{
					text: 'The absence of any disease outside the liver',
					kind: 'finding',
					correct: false,
					explanation:
						'This makes treating the liver disease worthwhile at all, but it does not determine how much liver can be removed.'
				},
				{
					text: 'His age of 58 years at the time of diagnosis',
					kind: 'finding',
					correct: false,
					explanation:
						'His age does not limit how much liver can be removed; the liver’s condition does.'
				}
			],
			teachingPoint:
				'Chemotherapy can reduce how much liver can safely be removed. Ablating deep metastases instead of resecting them is one way to treat every tumour while preserving liver.',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective:
				'Identify liver injury after chemotherapy as a reason to combine smaller resections with ablation.',
			source: {
				passageIds: ['surgery-5', 'ablation-1'],
				quote:
					'if a liver is not healthy or has been affected by lifestyle choices (diet, alcohol etc) or treatments, such as chemotherapy, the amount that can be removed may be much less'
			}
		},
		{
			id: 'ablation-combined-explained',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 60-year-old man is due to have part of his liver removed, with microwave ablation of a second, small and deep metastasis at the same operation. At pre-assessment he asks the nurse: "Why not just cut out both? Wouldn’t that be more certain?"',
			leadIn: 'What is the best explanation to give him?',
			options: [
				{
					text: 'Ablation is more certain than surgery for any tumour under 3 cm.',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'This overclaims: surgery, where appropriate, has the higher chance of cure. The reason for ablation here is to spare liver.'
				},
				{
					text: 'The second tumour is too small for the surgeon to find at operation.',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'It will be found and treated at the operation; it is being ablated there, not left behind.'
				},
				{
					text: 'Ablation means your operation can be done through the skin instead.',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'He is having an operation for the resection; the ablation is done during it.'
				},
				{
					text: 'Cutting out the second tumour would need a general anaesthetic.',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'He will have a general anaesthetic for the resection anyway; this is not the reason.'
				},
				{
					text: 'Ablating the small one lets the surgeon keep more healthy liver.',
					kind: 'explanation to the patient',
					correct: true,
					explanation:
						'Correct: combining resection with ablation aims to treat as many metastases as possible while preserving as much liver as possible.'
				}
			],
			teachingPoint:
				'Resection and ablation are combined to treat every metastasis without removing more liver than needed. The honest answer names that aim and does not claim ablation is more certain than surgery.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective: 'Explain to a patient why ablation is combined with his resection.',
			source: {
				passageIds: ['ablation-1', 'surgery-4'],
				quote: 'in an effort to treat effectively as many liver metastases as possible'
			}
		},
		{
			id: 'ablation-progressing-extrahepatic',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 63-year-old man treated for colon cancer has a single 2 cm liver metastasis. Staging CT also shows several new lung nodules and peritoneal deposits, all larger than on a scan two months ago. He asks whether the liver metastasis can be "burned away" with ablation.',
			leadIn: 'What is the most appropriate next step?',
			options: [
				{
					text: 'Systemic chemotherapy for his widespread disease',
					kind: 'treatment',
					correct: true,
					explanation:
						'Correct: his cancer is growing outside the liver, and systemic disease control is crucial. Chemotherapy treats disease in and beyond the liver; local treatment of one liver metastasis would not change his outlook.'
				},
				{
					text: 'Percutaneous microwave ablation of the liver metastasis',
					kind: 'treatment',
					correct: false,
					explanation:
						'The metastasis is small enough, but destroying it leaves the growing lung and peritoneal disease untouched.'
				},
				{
					text: 'Laparoscopic resection of the liver metastasis',
					kind: 'treatment',
					correct: false,
					explanation:
						'Surgery for liver metastases needs systemic disease to be stable and controlled, which his is not.'
				},
				{
					text: 'Transarterial chemoembolisation of the liver',
					kind: 'treatment',
					correct: false,
					explanation:
						'TACE is for disease confined to or mainly in the liver, and even then is not standard care for colorectal metastases; his has spread to the lungs and peritoneum.'
				},
				{
					text: 'Irreversible electroporation of the liver metastasis',
					kind: 'treatment',
					correct: false,
					explanation:
						'IRE is a local treatment like any ablation and does nothing for disease elsewhere; its benefit is near vital structures, which does not apply here.'
				}
			],
			teachingPoint:
				'Ablation is a local treatment. When disease is progressing outside the liver, systemic treatment comes first; liver-directed treatment is reconsidered only if the disease elsewhere is controlled.',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective:
				'Recognise progressing disease outside the liver as a reason to choose systemic treatment over ablation.',
			source: {
				passageIds: ['surgery-3', 'chemotherapy-1', 'chemotherapy-5'],
				quote: 'Systemic disease stability and control is crucial for a positive outcome'
			}
		},
		{
			id: 'ablation-many-metastases-liver-only',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 72-year-old woman has seven colorectal metastases, 2 to 4 cm across, spread through both lobes of the liver, and no disease outside it. She is independent and active, but heart disease makes her unfit for a liver operation. She has not yet had chemotherapy for the metastases.',
			leadIn: 'Which treatment is most suitable?',
			options: [
				{
					text: 'Percutaneous microwave ablation of each metastasis',
					kind: 'treatment',
					correct: false,
					explanation:
						'Seven metastases through both lobes, several over 3 cm, are beyond what ablation is usually used for; it could not be relied on to destroy them.'
				},
				{
					text: 'Irreversible electroporation of each metastasis',
					kind: 'treatment',
					correct: false,
					explanation:
						'IRE is an ablation method like the others; its benefit near vessels and bile ducts does not help with many metastases through the liver.'
				},
				{
					text: 'Stereotactic radiotherapy to each metastasis',
					kind: 'treatment',
					correct: false,
					explanation: 'SBRT may be used when there are 1 to 3 small metastases, not seven.'
				},
				{
					text: 'Transarterial chemoembolisation of the liver',
					kind: 'treatment',
					correct: false,
					explanation:
						'TACE is used for some cancers that have spread only to the liver, but for colorectal metastases it is not standard care and is used only selectively, not in place of first systemic treatment.'
				},
				{
					text: 'Systemic chemotherapy, then review at the MDT',
					kind: 'treatment',
					correct: true,
					explanation:
						'Correct: chemotherapy is the most common treatment for liver metastases and reaches every one of them. If they shrink, the MDT can look again at local treatment such as ablation.'
				}
			],
			teachingPoint:
				'Ablation is for a few small metastases. Many colorectal metastases through both lobes are treated first with systemic chemotherapy, which reaches them all; TACE is not standard care for them. If chemotherapy shrinks them, local treatment can be reconsidered.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective:
				'Recognise metastases too many for ablation, and choose systemic treatment for them.',
			source: {
				passageIds: ['ablation-1', 'chemotherapy-1', 'radiotherapy-3'],
				quote: 'Ablation is usually used in small tumours (usually less than 3 cm in diameter)'
			}
		},
		{
			id: 'ablation-staging-before-treatment',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 64-year-old woman had a colon cancer resected two years ago. A routine ultrasound now shows a single 2 cm liver lesion, and her CEA tumour marker has risen. She has read about ablation and is keen to have it as soon as possible.',
			leadIn: 'Which investigation should come next, before a treatment is chosen?',
			options: [
				{
					text: 'Biopsy of the liver lesion',
					kind: 'investigation',
					correct: false,
					explanation:
						'A biopsy is sometimes needed to identify where a metastasis came from, but her primary is known; imaging must first show the full extent of the disease.'
				},
				{
					text: 'Repeat liver ultrasound in three months',
					kind: 'investigation',
					correct: false,
					explanation:
						'Waiting delays treatment of a likely metastasis and tells the team nothing about disease elsewhere.'
				},
				{
					text: 'CT of the chest, abdomen and pelvis',
					kind: 'investigation',
					correct: true,
					explanation:
						'Correct: imaging is the most important investigation. CT shows the number, size and site of liver metastases and any disease outside the liver, all of which decide whether ablation suits her.'
				},
				{
					text: 'Repeat the CEA tumour marker next month',
					kind: 'investigation',
					correct: false,
					explanation:
						'Tumour markers aid diagnosis, but another result will not show how many metastases there are or where.'
				},
				{
					text: 'Diagnostic laparoscopy of the abdomen',
					kind: 'investigation',
					correct: false,
					explanation:
						'An operation is not the first way to stage the disease; cross-sectional imaging comes first.'
				}
			],
			teachingPoint:
				'Before ablation is chosen, imaging must show how many metastases there are, their size and position, and any disease outside the liver; an ultrasound finding is only the start.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Stage the disease with imaging before deciding on ablation.',
			source: {
				passageIds: ['diagnosis-1', 'treatment-planning-6'],
				quote:
					'the most important and accurate investigations for the diagnosis of liver metastases are the radiological imaging investigations'
			}
		},
		{
			id: 'ablation-pancreatic-primary',
			type: 'single-best-answer',
			task: 'decision',
			stem: "A fit 60-year-old woman had a Whipple's operation for pancreatic cancer ten months ago. CT now shows a single 1.5 cm liver metastasis and no other disease. She asks whether it can be ablated, as her neighbour's bowel cancer metastasis was.",
			leadIn: 'Which treatment is most appropriate to recommend?',
			options: [
				{
					text: 'Percutaneous microwave ablation of the metastasis',
					kind: 'treatment',
					correct: false,
					explanation:
						'The size would suit ablation, but for pancreatic cancer a liver metastasis is a sign of disease throughout the body; destroying the visible one does not change her outlook as it can for a colorectal metastasis.'
				},
				{
					text: 'Liver resection of the metastasis',
					kind: 'treatment',
					correct: false,
					explanation:
						'Current evidence does not support an aggressive surgical approach to liver metastases from pancreatic cancer, unlike colorectal or ovarian cancer.'
				},
				{
					text: 'Irreversible electroporation of the metastasis',
					kind: 'treatment',
					correct: false,
					explanation:
						'IRE is still a local treatment; its benefit is sparing nearby structures, not overcoming the biology of pancreatic cancer.'
				},
				{
					text: 'Systemic chemotherapy suited to her primary cancer',
					kind: 'treatment',
					correct: true,
					explanation:
						'Correct: the type of primary cancer decides. Pancreatic cancer metastases do not do well with aggressive local treatment, so systemic treatment, chosen for the primary, is recommended.'
				},
				{
					text: 'Stereotactic body radiation therapy to the metastasis',
					kind: 'treatment',
					correct: false,
					explanation:
						'SBRT may be used for 1 to 3 small metastases, but, like ablation, it treats one site when her disease is likely to be systemic.'
				}
			],
			teachingPoint:
				'The primary cancer matters as much as the metastasis. Local treatments such as ablation pay off for colorectal (and ovarian) metastases; for pancreatic or lung cancer, the evidence does not support treating liver metastases aggressively.',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective:
				'Recognise the primary cancer as a reason to choose systemic treatment over ablation.',
			source: {
				passageIds: ['surgery-3', 'ablation-1', 'chemotherapy-3'],
				quote:
					'On the contrary, current evidence suggests that this is not the case for other types of cancers, such as lung or pancreatic'
			}
		},
		{
			id: 'ablation-mdt-before-booking',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A GP writes about a 69-year-old woman, treated for colon cancer three years ago, whose surveillance CT shows a new 2 cm liver lesion typical of a metastasis. The GP asks the surgical registrar to book her directly for ablation because "it is small".',
			leadIn: 'What is the most appropriate next step?',
			options: [
				{
					text: 'Refer her for discussion at the liver MDT',
					kind: 'next step',
					correct: true,
					explanation:
						'Correct: every case of liver metastases should be discussed at an MDT, which weighs size, number, site, disease elsewhere, liver function, fitness and wishes before choosing ablation or another treatment.'
				},
				{
					text: 'Book percutaneous ablation of the small lesion',
					kind: 'next step',
					correct: false,
					explanation:
						'Small size alone does not make ablation right: she may be fit for resection, which has the higher chance of cure, and her wishes are not yet known.'
				},
				{
					text: 'List her for resection of the lesion',
					kind: 'next step',
					correct: false,
					explanation:
						'Resection may prove best, but the decision belongs to the MDT after full assessment.'
				},
				{
					text: 'Ask the GP to start chemotherapy',
					kind: 'next step',
					correct: false,
					explanation:
						'Chemotherapy is planned by oncologists within the MDT plan, not started in primary care.'
				},
				{
					text: 'Repeat the CT scan in six months',
					kind: 'next step',
					correct: false,
					explanation:
						'Waiting allows a treatable metastasis to grow beyond the range for ablation.'
				}
			],
			teachingPoint:
				'A small metastasis is not automatically for ablation. Every case goes to the MDT, which weighs the tumour, the liver, the patient’s fitness and her wishes to build an individual plan.',
			difficulty: 'easy',
			audiences: ['doctor'],
			objective: 'Route a new small liver metastasis through the MDT before ablation is arranged.',
			source: {
				passageIds: ['treatment-planning-2', 'ablation-1'],
				quote:
					'All cases of liver metastatic disease should be discussed in a multidisciplinary meeting (MDT)'
			}
		},
		{
			id: 'ablation-fitness-testing-first',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 76-year-old man with COPD and angina has a single 2.6 cm colorectal metastasis in segment 5 and no disease outside the liver. The surgeon could resect it, but he becomes breathless climbing one flight of stairs, and the MDT is unsure whether he could withstand a liver resection.',
			leadIn:
				'What is the most appropriate next step before choosing between resection and ablation?',
			options: [
				{
					text: 'Offer him ablation, since he is probably unfit',
					kind: 'next step',
					correct: false,
					explanation:
						'This decides his fitness by impression; if he is fit, resection offers him the higher chance of cure.'
				},
				{
					text: 'Formal heart and lung testing by specialists',
					kind: 'next step',
					correct: true,
					explanation:
						'Correct: fitness for liver resection should be assessed by a specialist anaesthetic and surgical team, with tests such as pulmonary and cardiac function tests or an exercise stress test. The result decides between resection and ablation.'
				},
				{
					text: 'List him for resection, since it is resectable',
					kind: 'next step',
					correct: false,
					explanation:
						'Resectability is only one factor; a major operation in a patient who may be very high risk needs assessment first.'
				},
				{
					text: 'Give chemotherapy until his breathing improves',
					kind: 'next step',
					correct: false,
					explanation:
						'Chemotherapy will not improve COPD or angina, and it delays a decision that testing can make now.'
				},
				{
					text: 'Ask his GP to judge his fitness for surgery',
					kind: 'next step',
					correct: false,
					explanation:
						'Fitness for a liver resection is judged by a specialist anaesthetic and surgical team, not in primary care.'
				}
			],
			teachingPoint:
				'Whether a patient is "not fit" for an operation is decided by formal assessment, not impression. The answer decides between resection and alternatives such as ablation.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Assess fitness formally before choosing ablation over resection.',
			source: {
				passageIds: ['surgery-6', 'ablation-1'],
				quote:
					'This should be assessed by a specialist anaesthetic and surgical team and various tests may be required, such as pulmonary function and cardiac function tests or an exercise stress test'
			}
		},
		{
			id: 'ablation-declines-surgery-two-small',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A fit 66-year-old woman has two colorectal liver metastases, 1.5 cm in segment 3 and 2 cm in segment 6, both clearly seen on ultrasound and away from the major vessels and bile ducts. There is no disease outside the liver. A liver surgeon could remove both, but after hearing what the operation involves she has firmly declined any operation, and the MDT discusses her case again.',
			leadIn: 'Which treatment is most suitable to offer her?',
			options: [
				{
					text: 'Liver resection of both metastases, as first advised',
					kind: 'treatment',
					correct: false,
					explanation:
						'Resection offers the higher chance of cure, and she should know that, but she has made an informed decision to decline any operation; patient wishes are part of every MDT plan.'
				},
				{
					text: 'Laparoscopic ablation of both under general anaesthetic',
					kind: 'treatment',
					correct: false,
					explanation:
						'Right treatment, wrong route for her: keyhole ablation is an operation under general anaesthetic, which she has declined. It is used when a tumour cannot be reached safely through the skin, or with a resection.'
				},
				{
					text: 'Percutaneous ablation of both metastases',
					kind: 'treatment',
					correct: true,
					explanation:
						'Correct: ablation is used for small tumours (usually under 3 cm) in patients unwilling to have an operation. Both tumours are small, few and visible on ultrasound, so they can be treated through the skin, without the operation she has declined.'
				},
				{
					text: 'Systemic chemotherapy alone, with three-monthly scans',
					kind: 'treatment',
					correct: false,
					explanation:
						'Chemotherapy can slow or shrink metastases, but most do not go away completely with it; two small tumours confined to the liver can be destroyed by a local treatment.'
				},
				{
					text: 'Transarterial chemoembolisation of both metastases',
					kind: 'treatment',
					correct: false,
					explanation:
						'TACE aims to control tumours by blocking their blood supply; two small metastases that ablation can destroy do not need it.'
				}
			],
			teachingPoint:
				'Ablation is usually used for small tumours (under about 3 cm) in patients who are unfit or unwilling to have an operation. For a patient who has declined surgery, the route matters too: percutaneous ablation avoids an operation, whereas open or keyhole ablation is itself an operation under general anaesthetic.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective:
				'Choose percutaneous ablation for a patient with two small metastases who has declined any operation.',
			source: {
				passageIds: ['ablation-1', 'treatment-planning-9'],
				quote: 'or in patients that are not fit or willing to have an operation'
			}
		},
		{
			id: 'ablation-cure-expectation',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'An 80-year-old man, judged unfit for a liver operation, is having percutaneous microwave ablation of a single 2 cm colorectal metastasis next week. He asks the nurse: "Is this meant to get rid of the cancer, or just to hold it back for a while?"',
			leadIn: 'What is the best answer to give him?',
			options: [
				{
					text: 'It is certain to get rid of a tumour as small as yours for good.',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'This overclaims. Ablation aims to destroy the tumour, but the cancer can still come back, in the treated spot or elsewhere in the liver.'
				},
				{
					text: 'It will hold the tumour back for a while but will not destroy it.',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'Ablation is a procedure that destroys liver metastases; describing it as only holding the tumour back undersells it and may dishearten him.'
				},
				{
					text: 'It is meant to destroy the tumour, though a cure cannot be promised.',
					kind: 'explanation to the patient',
					correct: true,
					explanation:
						'Correct: ablation destroys liver metastases, and for one small metastasis it is given to get rid of it, not just to hold it back. No treatment can promise that the cancer will not return, so he should not be promised a cure.'
				},
				{
					text: 'It is mainly to ease symptoms, rather than to treat the tumour.',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'Ablation of a single small metastasis is given to destroy it, not as symptom relief.'
				},
				{
					text: 'That is one for your consultant, so I should leave it to them.',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'A nurse can answer honestly within what is known and then involve the consultant for detail; deflecting the question leaves him anxious.'
				}
			],
			teachingPoint:
				'Ablation of a small metastasis aims to destroy it, not merely to slow it. An honest answer gives the patient that aim without promising a cure.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective:
				'Answer honestly a patient’s question about what ablation of his metastasis aims to do.',
			source: {
				passageIds: ['ablation-1', 'treatment-planning-1'],
				quote: 'Ablation is the procedure that destroys liver metastases'
			}
		},
		{
			id: 'ablation-second-best-question',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'An 81-year-old woman with heart failure has a single 2 cm liver metastasis. After cardiac tests, the anaesthetist and surgeon judged her very high risk for a liver resection, and the MDT has offered percutaneous ablation. She asks the nurse: "Am I getting second best? Why can I not just have the operation?"',
			leadIn: 'What is the best answer to give her?',
			options: [
				{
					text: 'Your tests showed an operation would be very risky, so the team avoided it.',
					kind: 'explanation to the patient',
					correct: true,
					explanation:
						'Correct: when a patient is very high risk for an operation, alternatives should be considered, and ablation of a small metastasis is one. This explains the choice honestly without claiming it equals surgery.'
				},
				{
					text: 'Ablation gives exactly the same chance of cure as an operation, for everybody.',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'This overclaims; surgery in well-selected patients has the higher chance of cure.'
				},
				{
					text: 'Your tumour has grown too large to be removed, so ablation is the alternative.',
					kind: 'explanation to the patient',
					correct: false,
					explanation: 'Her tumour is small; large size would argue against ablation, not for it.'
				},
				{
					text: 'People over the age of 80 are offered ablation instead of surgery as routine.',
					kind: 'explanation to the patient',
					correct: false,
					explanation: 'Age alone does not decide; her tested fitness did.'
				},
				{
					text: 'Ablation is the newer treatment, so it has replaced surgery for small tumours.',
					kind: 'explanation to the patient',
					correct: false,
					explanation:
						'Ablation has not replaced surgery. For suitable patients, surgery remains the standard; trials comparing the two for small colorectal metastases are refining this, but that is not why she is having ablation.'
				}
			],
			teachingPoint:
				'When testing shows an operation is very high risk, ablation is offered to avoid that risk. The honest explanation is about her safety, not a claim that the two treatments are the same.',
			difficulty: 'hard',
			audiences: ['nurse'],
			objective:
				'Explain to a frail patient why ablation has been offered instead of an operation.',
			source: {
				passageIds: ['surgery-6', 'ablation-1'],
				quote: 'Some patients may be deemed very high risk for an operation'
			}
		},
		{
			id: 'ablation-mr-agents',
			type: 'multiple-response',
			task: 'recall',
			stem: 'A patient newly told that ablation is an option for his liver metastasis asks the nurse what ablation can use to destroy a tumour.',
			leadIn:
				'Which of the following can ablation use to destroy liver metastases? Select all that apply.',
			options: [
				{
					text: 'Heat',
					kind: 'means of destroying the tumour',
					correct: true,
					explanation:
						'Correct: RFA and microwave ablation use heat. (Freezing, cryoablation, is also used in some centres.)'
				},
				{
					text: 'Radioactive beads in the tumour vessels',
					kind: 'means of destroying the tumour',
					correct: false,
					explanation: 'Radioactive beads are radioembolisation, a form of internal radiotherapy.'
				},
				{
					text: 'Chemicals',
					kind: 'means of destroying the tumour',
					correct: true,
					explanation:
						'Correct: chemicals are one of the three means listed, though chemical ablation is rarely used for liver metastases now.'
				},
				{
					text: 'Electrical signals',
					kind: 'means of destroying the tumour',
					correct: true,
					explanation: 'Correct: IRE uses electrical impulses.'
				},
				{
					text: 'A radiation beam from outside the body',
					kind: 'means of destroying the tumour',
					correct: false,
					explanation: 'That is external beam radiotherapy, including SBRT.'
				},
				{
					text: 'Drugs trapped by blocking the tumour vessels',
					kind: 'means of destroying the tumour',
					correct: false,
					explanation: 'That is transarterial chemoembolisation (TACE).'
				}
			],
			teachingPoint:
				'Ablation destroys liver metastases directly, with heat, chemicals or electrical signals; beads, beams and blocked vessels belong to other treatments.',
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
			task: 'recall',
			stem: 'A nurse is preparing a 72-year-old man for percutaneous ablation of a 2 cm liver metastasis and checks her own understanding before explaining the procedure to him.',
			leadIn: 'Which statements about percutaneous ablation are correct? Select all that apply.',
			options: [
				{
					text: 'The probe is passed through the skin',
					kind: 'statement about the procedure',
					correct: true,
					explanation: 'Correct: percutaneous means through the skin.'
				},
				{
					text: 'Ultrasound or x-ray imaging guides the probe',
					kind: 'statement about the procedure',
					correct: true,
					explanation: 'Correct: it is done under ultrasound or x-ray (usually CT) guidance.'
				},
				{
					text: 'It may be done under sedation',
					kind: 'statement about the procedure',
					correct: true,
					explanation:
						'Correct: it may be done under sedation; some patients have a general anaesthetic instead, so neither should be promised.'
				},
				{
					text: 'The surgeon works through keyhole incisions',
					kind: 'statement about the procedure',
					correct: false,
					explanation:
						'That is laparoscopic ablation, done during an operation under general anaesthetic.'
				},
				{
					text: 'It is done through an open incision',
					kind: 'statement about the procedure',
					correct: false,
					explanation: 'That is open ablation, during an operation under general anaesthetic.'
				},
				{
					text: 'A catheter is passed into the hepatic artery',
					kind: 'statement about the procedure',
					correct: false,
					explanation: 'That is the route of TACE and radioembolisation.'
				}
			],
			teachingPoint:
				'Percutaneous ablation: through the skin, imaging-guided, with sedation or a general anaesthetic. Keyhole and open ablation are operations.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective: 'Describe percutaneous ablation accurately before explaining it to a patient.',
			source: {
				passageIds: ['ablation-1'],
				quote: 'under ultrasound or x-ray guidance and then it is called percutaneous ablation'
			}
		},
		{
			id: 'ablation-mr-indications',
			type: 'multiple-response',
			task: 'recall',
			stem: 'At the liver MDT, six patients with colorectal liver metastases and no disease outside the liver are discussed for ablation.',
			leadIn: 'For which patients is ablation a usual choice? Select all that apply.',
			options: [
				{
					text: 'A fit 58-year-old whose 2 cm metastasis cannot be removed with surgery',
					kind: 'patient',
					correct: true,
					explanation:
						'Correct: a small tumour that cannot be removed with surgery is a usual use of ablation.'
				},
				{
					text: 'An unfit 80-year-old with a single 2.5 cm metastasis',
					kind: 'patient',
					correct: true,
					explanation: 'Correct: a small tumour in a patient not fit for an operation.'
				},
				{
					text: 'A fit 64-year-old who declines surgery for a 2 cm metastasis',
					kind: 'patient',
					correct: true,
					explanation:
						'Correct: a small tumour in a patient not willing to have an operation; she should know surgery has the higher chance of cure.'
				},
				{
					text: 'A fit 45-year-old with a resectable 7 cm metastasis who wants surgery',
					kind: 'patient',
					correct: false,
					explanation:
						'Large, resectable, in a fit and willing patient: resection is the treatment.'
				},
				{
					text: 'An unfit 70-year-old with a single 8 cm metastasis',
					kind: 'patient',
					correct: false,
					explanation:
						'Unfit, but the tumour is far beyond the usual size for ablation; other treatments are needed.'
				},
				{
					text: 'A fit 60-year-old having a 5 cm metastasis resected, with a second deep 1 cm one',
					kind: 'patient',
					correct: true,
					explanation:
						'Correct: ablation of the small metastasis can be combined with the resection, treating both while sparing liver.'
				}
			],
			teachingPoint:
				'Ablation suits small tumours that cannot be removed, patients not fit or willing to have an operation, and small extra tumours at a resection; large tumours are not its territory.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Identify the patients for whom ablation is a usual choice.',
			source: {
				passageIds: ['ablation-1'],
				quote:
					'that cannot be removed with surgery or in patients that are not fit or willing to have an operation'
			}
		},
		{
			id: 'ablation-mr-ire-features',
			type: 'multiple-response',
			task: 'recall',
			stem: 'A 63-year-old man with a 2 cm colorectal metastasis against the left portal vein is listed for irreversible electroporation (IRE). The foundation doctor prepares to explain the procedure on the ward round.',
			leadIn: 'Which statements about IRE are correct? Select all that apply.',
			options: [
				{
					text: 'It kills cells with electrical impulses rather than heat',
					kind: 'statement about IRE',
					correct: true,
					explanation:
						'Correct: electrical impulses open small holes in the membranes of the cells in the treated zone, which die; heat plays no part.'
				},
				{
					text: 'It is delivered through a probe under imaging guidance',
					kind: 'statement about IRE',
					correct: true,
					explanation:
						'Correct: IRE is delivered via a probe (in practice several) under imaging guidance.'
				},
				{
					text: 'It is less disruptive to nearby vessels and ducts',
					kind: 'statement about IRE',
					correct: true,
					explanation:
						'Correct: this is its additional benefit, and the reason it was chosen for a tumour against the portal vein.'
				},
				{
					text: 'It was the main type of ablation in the past',
					kind: 'statement about IRE',
					correct: false,
					explanation: 'That was RFA; IRE is a modern method.'
				},
				{
					text: 'It has been shown to outperform microwave ablation',
					kind: 'statement about IRE',
					correct: false,
					explanation:
						'No trial has shown this, and evidence for IRE in colorectal metastases is still limited; IRE is chosen for where a tumour lies.'
				},
				{
					text: 'It works by blocking the arteries feeding the tumour',
					kind: 'statement about IRE',
					correct: false,
					explanation: 'That describes embolisation; IRE acts on the cancer cells directly.'
				}
			],
			teachingPoint:
				'IRE: modern, non-thermal (electrical impulses), probe-delivered under imaging guidance, and less disruptive to nearby structures. It is chosen for position, not for proven better results overall.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Describe the mechanism, delivery and benefit of irreversible electroporation.',
			source: {
				passageIds: ['ablation-2'],
				quote: 'Irreversible electroporation (IRE) is another modern ablation method'
			}
		},
		{
			id: 'ablation-mr-microwave',
			type: 'multiple-response',
			task: 'recall',
			stem: 'A 71-year-old woman with a liver metastasis from ovarian cancer is booked for microwave ablation. She asks how it compares with the radiofrequency ablation (RFA) her friend had years ago.',
			leadIn: 'Which statements about microwave ablation are correct? Select all that apply.',
			options: [
				{
					text: 'It destroys the tumour with heat',
					kind: 'statement about microwave ablation',
					correct: true,
					explanation: 'Correct: like RFA, microwave ablation uses heat.'
				},
				{
					text: 'It is delivered through a probe in the metastasis',
					kind: 'statement about microwave ablation',
					correct: true,
					explanation: 'Correct: it delivers heat via a probe to the liver metastasis.'
				},
				{
					text: 'It is now more commonly used than RFA',
					kind: 'statement about microwave ablation',
					correct: true,
					explanation:
						'Correct: studies favour it over RFA, though the evidence is not settled, and it is now more commonly used.'
				},
				{
					text: 'It was the main type of ablation in the past',
					kind: 'statement about microwave ablation',
					correct: false,
					explanation: 'That was RFA.'
				},
				{
					text: 'It uses electrical pulses to make holes in cancer cells',
					kind: 'statement about microwave ablation',
					correct: false,
					explanation: 'That is IRE.'
				},
				{
					text: 'It is chosen mainly to spare nearby ducts and vessels',
					kind: 'statement about microwave ablation',
					correct: false,
					explanation:
						'Sparing nearby structures is the benefit of IRE; heat can harm bile ducts next to the tumour.'
				}
			],
			teachingPoint:
				'Microwave ablation is heat through a probe, like RFA, and is now the more commonly used heat method; sparing nearby structures is IRE’s strength, not microwave’s.',
			difficulty: 'medium',
			audiences: ['nurse', 'doctor'],
			objective: 'Describe microwave ablation and how it compares with RFA.',
			source: {
				passageIds: ['ablation-2'],
				quote: 'which also delivers heat via a probe to the liver metastasis'
			}
		},
		{
			id: 'ablation-mr-combined-resection',
			type: 'multiple-response',
			task: 'recall',
			stem: 'A 57-year-old man has several colorectal liver metastases. An experienced liver surgeon plans to resect the larger ones and ablate one small, deep metastasis at the same open operation.',
			leadIn: 'Which statements about this plan are correct? Select all that apply.',
			options: [
				{
					text: 'It aims to treat as many of the metastases as possible',
					kind: 'statement about the plan',
					correct: true,
					explanation:
						'Correct: ablation is combined with resection to treat effectively as many metastases as possible.'
				},
				{
					text: 'It aims to preserve as much liver as possible',
					kind: 'statement about the plan',
					correct: true,
					explanation:
						'Correct: the primary goal is to treat the tumours while preserving as much liver as possible.'
				},
				{
					text: 'The ablation will be done under general anaesthetic',
					kind: 'statement about the plan',
					correct: true,
					explanation:
						'Correct: ablation during an open operation is done under the general anaesthetic for the operation.'
				},
				{
					text: 'It aims to remove as much liver as is safe',
					kind: 'statement about the plan',
					correct: false,
					explanation: 'The aim is the reverse: remove no more liver than needed.'
				},
				{
					text: 'The larger metastases could equally be ablated',
					kind: 'statement about the plan',
					correct: false,
					explanation:
						'Ablation is usually used for tumours under 3 cm; the larger ones are resected for that reason.'
				}
			],
			teachingPoint:
				'A surgical plan may combine resection and ablation: large tumours are removed, small deep ones ablated at the same operation, treating them all while sparing liver.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Explain the purpose of combining liver resection with ablation.',
			source: {
				passageIds: ['surgery-4', 'ablation-1'],
				quote:
					'This may include a major liver resection or smaller resections or even combination of resection and ablation'
			}
		},
		{
			id: 'ablation-mr-rfa',
			type: 'multiple-response',
			task: 'recall',
			stem: 'A registrar asks a foundation doctor to summarise radiofrequency ablation (RFA) before a teaching session on how ablation practice has changed.',
			leadIn: 'Which statements about RFA are correct? Select all that apply.',
			options: [
				{
					text: 'It was the main type of ablation in the past',
					kind: 'statement about RFA',
					correct: true,
					explanation: 'Correct: RFA was the main type of ablation in the past.'
				},
				{
					text: 'A probe is inserted into the metastasis',
					kind: 'statement about RFA',
					correct: true,
					explanation: 'Correct: in RFA a probe is inserted in the liver metastasis.'
				},
				{
					text: 'The probe is placed under ultrasound or x-ray guidance',
					kind: 'statement about RFA',
					correct: true,
					explanation: 'Correct: it is placed under ultrasound or x-ray guidance.'
				},
				{
					text: 'Heat is used to destroy the metastasis',
					kind: 'statement about RFA',
					correct: true,
					explanation: 'Correct: heat destroys the metastasis.'
				},
				{
					text: 'It uses electrical impulses to open holes in cells',
					kind: 'statement about RFA',
					correct: false,
					explanation:
						'That is IRE. RFA passes a current to make heat; it does not rely on opening holes in cells.'
				},
				{
					text: 'It is now used more often than microwave ablation',
					kind: 'statement about RFA',
					correct: false,
					explanation: 'The reverse: microwave ablation is now more commonly used.'
				}
			],
			teachingPoint:
				'RFA, the main ablation method of the past, destroys a metastasis with heat from a probe placed under ultrasound or x-ray guidance; microwave ablation has largely taken its place.',
			difficulty: 'easy',
			audiences: ['doctor'],
			objective: 'Describe how radiofrequency ablation is performed and its place today.',
			source: {
				passageIds: ['ablation-2'],
				quote:
					'In RFA a probe is inserted in the liver metastasis under ultrasound or x-ray guidance and heat is used to destroy it'
			}
		},
		{
			id: 'ablation-tf-rfa-past',
			type: 'true-false',
			task: 'recall',
			stem: 'Radiofrequency ablation (RFA) is still the most commonly used type of ablation for liver metastases.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: false,
					explanation:
						'RFA was the main type in the past; microwave ablation is now more commonly used.'
				},
				{
					text: 'False',
					correct: true,
					explanation:
						'Correct: RFA was the main type of ablation in the past; microwave ablation, also heat via a probe, is now more commonly used.'
				}
			],
			teachingPoint:
				'RFA was the main type of ablation in the past; microwave ablation has since become the more commonly used heat method.',
			difficulty: 'medium',
			audiences: ['nurse', 'doctor'],
			objective: 'Describe the change from RFA to microwave ablation.',
			source: {
				passageIds: ['ablation-2'],
				quote: 'The main type of ablation in the past was radiofrequency ablation (RFA)'
			}
		},
		{
			id: 'ablation-tf-3cm-absolute',
			type: 'true-false',
			task: 'recall',
			stem: 'The 3 cm figure for ablation is the usual upper size of tumours treated, rather than a fixed cut-off beyond which ablation is ruled out.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: true,
					explanation:
						'Correct: ablation is usually used in tumours usually less than 3 cm in diameter. The MDT may still consider it for a slightly larger tumour in the right patient, accepting a lower chance of destroying it completely.'
				},
				{
					text: 'False',
					correct: false,
					explanation:
						'The guidance is worded as what is usual ("usually less than 3 cm"), not as a strict limit.'
				}
			],
			teachingPoint:
				'Ablation is usually for tumours under 3 cm; the figure guides, and the chance of complete destruction falls as tumours get larger.',
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
			task: 'recall',
			stem: 'Irreversible electroporation (IRE), being the newer method, has been shown to give better results than microwave ablation.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: false,
					explanation:
						'No trial has shown IRE to be better than microwave ablation, and evidence for IRE in colorectal metastases is limited. Its benefit is that it spares the vessels and bile ducts near the tumour.'
				},
				{
					text: 'False',
					correct: true,
					explanation:
						'Correct: newer is not the same as better. IRE is chosen for tumours next to vessels or bile ducts that heat could damage; for other small tumours, heat ablation (now usually microwave) is the usual choice.'
				}
			],
			teachingPoint:
				'IRE’s advantage is sparing the vessels and ducts near a tumour, not better results overall; among the heat methods, microwave ablation is now more commonly used than RFA.',
			difficulty: 'medium',
			audiences: ['doctor', 'nurse'],
			objective: 'Compare the benefits attributed to microwave ablation and to IRE.',
			source: {
				passageIds: ['ablation-2'],
				quote:
					'has the additional benefit of being less disruptive to normal tissues and structures'
			}
		},
		{
			id: 'ablation-tf-never-combined',
			type: 'true-false',
			task: 'recall',
			stem: 'A patient having a liver resection may also have another metastasis treated by ablation at the same operation.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: true,
					explanation:
						'Correct: ablation can be combined with surgical resection to treat effectively as many liver metastases as possible.'
				},
				{
					text: 'False',
					correct: false,
					explanation:
						'Resection and ablation are not alternatives only; they are sometimes combined in one plan.'
				}
			],
			teachingPoint:
				'Resection and ablation can be combined in one operation to treat as many metastases as possible.',
			difficulty: 'easy',
			audiences: ['doctor', 'nurse'],
			objective: 'Recognise that ablation may be combined with liver resection.',
			source: {
				passageIds: ['ablation-1'],
				quote: 'Sometimes, ablation can be combined with surgical resection'
			}
		},
		{
			id: 'ablation-emq-mdt-choices',
			type: 'extended-matching',
			task: 'decision',
			stem: 'Choosing treatment for liver metastases',
			leadIn:
				'For each patient, choose the most suitable treatment. Each option may be used once, more than once or not at all.',
			options: [
				{
					text: 'Percutaneous microwave ablation',
					kind: 'treatment',
					explanation: 'Heat through a probe placed through the skin under imaging guidance.'
				},
				{
					text: 'Percutaneous irreversible electroporation',
					kind: 'treatment',
					explanation:
						'Electrical impulses through probes placed through the skin; less disruptive to nearby structures.'
				},
				{
					text: 'Laparoscopic microwave ablation',
					kind: 'treatment',
					explanation: 'Heat ablation at a keyhole operation under general anaesthetic.'
				},
				{
					text: 'Liver resection alone',
					kind: 'treatment',
					explanation: 'Surgical removal; the higher chance of cure in well-selected patients.'
				},
				{
					text: 'Liver resection with ablation at the same operation',
					kind: 'treatment',
					explanation:
						'Large tumours removed, small ones ablated, to treat them all while preserving liver.'
				},
				{
					text: 'Stereotactic body radiation therapy',
					kind: 'treatment',
					explanation:
						'External radiotherapy from many angles; may be used for 1 to 3 small metastases.'
				},
				{
					text: 'Transarterial chemoembolisation',
					kind: 'treatment',
					explanation:
						'Chemotherapy into the tumour arteries; for cancer spread only to the liver, and used only selectively for colorectal metastases.'
				},
				{
					text: 'Hepatic arterial infusion chemotherapy',
					kind: 'treatment',
					explanation:
						'Chemotherapy into the hepatic artery via a surgically placed catheter and pump; for unresectable liver-only disease.'
				},
				{
					text: 'Systemic chemotherapy',
					kind: 'treatment',
					explanation: 'Drugs through the bloodstream, treating cancer throughout the body.'
				}
			],
			stems: [
				{
					id: 'a',
					text: 'A fit 66-year-old woman who has declined an operation after a full discussion has one 2 cm colorectal metastasis in segment 3, well seen on ultrasound and away from major vessels, with no other disease.',
					answer: 0,
					explanation:
						'Small, away from major structures, in a patient unwilling to have an operation: percutaneous heat ablation, now usually microwave. She should know that surgery, which she has declined, has the higher chance of cure.'
				},
				{
					id: 'b',
					text: 'A fit 56-year-old woman has a 6 cm colorectal metastasis in the right lobe and a 1 cm metastasis deep in the left lobe; removing both would leave too little liver.',
					answer: 4,
					explanation:
						'Resect the large one and ablate the small one at the same operation, treating both while preserving liver.'
				},
				{
					id: 'c',
					text: 'A 68-year-old woman has one 1.8 cm metastasis pressed against the confluence of the main bile ducts, with no other disease; removing it would leave her too little liver.',
					answer: 1,
					explanation:
						'IRE is less disruptive to structures near the tumour; heat could injure the bile duct confluence. What rules out resection is the liver that would be left, not her fitness.'
				},
				{
					id: 'd',
					text: 'A 60-year-old man has growing lung and bone metastases as well as eight metastases in both lobes of the liver.',
					answer: 8,
					explanation:
						'Disease is progressing outside the liver; systemic treatment comes first, and liver-only treatments (TACE, HAI) do not apply.'
				},
				{
					id: 'e',
					text: 'A fit 50-year-old woman has a single 5 cm metastasis from ovarian cancer in the left lateral segment; her liver is healthy and there is no other disease.',
					answer: 3,
					explanation:
						'Ovarian cancer metastases do well with an aggressive surgical approach; a fit patient with one resectable metastasis, too large for ablation, should have it removed.'
				}
			],
			teachingPoint:
				'The treatment follows the patient: ablation for small tumours in patients who should avoid surgery, IRE near vital structures, resection plus ablation to spare liver, resection for fit patients with resectable disease, systemic treatment when disease is growing outside the liver.',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective: 'Choose between ablation, resection and other treatments for given patients.',
			source: {
				passageIds: ['ablation-1', 'ablation-2', 'surgery-3'],
				quote:
					'Sometimes, ablation can be combined with surgical resection in an effort to treat effectively as many liver metastases as possible'
			}
		},
		{
			id: 'ablation-emq-deciding-factors',
			type: 'extended-matching',
			task: 'decision',
			stem: 'Patient and tumour factors in decisions about ablation',
			leadIn:
				'For each decision, choose the most important factor behind it. Each option may be used once, more than once or not at all.',
			options: [
				{
					text: 'Diameter of the metastasis',
					kind: 'factor',
					explanation: 'Ablation is usually used for tumours under 3 cm.'
				},
				{
					text: 'Number of metastases',
					kind: 'factor',
					explanation: 'Ablation suits a few small metastases; many call for other treatments.'
				},
				{
					text: 'Closeness to major vessels or bile ducts',
					kind: 'factor',
					explanation: 'Favours IRE over heat methods.'
				},
				{
					text: 'Cirrhosis of the liver',
					kind: 'factor',
					explanation: 'Can make resection impossible, leaving ablation for small tumours.'
				},
				{
					text: 'Liver injury from previous chemotherapy',
					kind: 'factor',
					explanation: 'Reduces how much liver can be removed; favours liver-sparing plans.'
				},
				{
					text: 'Fitness for an operation',
					kind: 'factor',
					explanation: 'Patients not fit for an operation may have ablation instead.'
				},
				{
					text: "The patient's wishes",
					kind: 'factor',
					explanation: 'Patients not willing to have an operation may have ablation instead.'
				},
				{
					text: 'Disease outside the liver',
					kind: 'factor',
					explanation: 'Growing disease elsewhere makes local liver treatment less useful.'
				},
				{
					text: 'Type of primary cancer',
					kind: 'factor',
					explanation:
						'Colorectal and ovarian metastases do well with aggressive local treatment; lung and pancreatic less so.'
				}
			],
			stems: [
				{
					id: 'a',
					text: 'A fit 62-year-old woman with a resectable 2 cm metastasis is offered ablation after she declines surgery.',
					answer: 6,
					explanation:
						'She is fit and the tumour is resectable; her unwillingness to have an operation is what makes ablation the plan.'
				},
				{
					id: 'b',
					text: 'For a 2 cm metastasis abutting the right hepatic duct, the team chooses IRE rather than microwave ablation.',
					answer: 2,
					explanation: 'IRE is less disruptive to structures near the tumour, such as the duct.'
				},
				{
					id: 'c',
					text: 'An unfit 75-year-old man with a single 7 cm metastasis and no other disease is not offered ablation.',
					answer: 0,
					explanation:
						'He is unfit and the disease is confined to one metastasis, but 7 cm is well beyond the usual size for ablation.'
				},
				{
					id: 'd',
					text: 'A 66-year-old man with a 2 cm metastasis is offered ablation because his hepatologist advises that his alcohol-damaged liver could not tolerate any resection.',
					answer: 3,
					explanation:
						'In cirrhosis the liver can be so affected that resection cannot be performed at all.'
				},
				{
					id: 'e',
					text: 'A man with a 2 cm liver metastasis is offered chemotherapy rather than ablation because his lung metastases are growing.',
					answer: 7,
					explanation:
						'Progressing disease outside the liver needs systemic treatment; destroying one liver metastasis would not control it.'
				}
			],
			teachingPoint:
				'Decisions about ablation turn on a few factors: tumour size, position near vital structures, whether the liver allows resection, fitness, the patient’s wishes and disease outside the liver.',
			difficulty: 'hard',
			audiences: ['doctor', 'nurse'],
			objective: 'Identify the factor that drives a decision for or against ablation.',
			source: {
				passageIds: ['surgery-4', 'ablation-1', 'ablation-2'],
				quote:
					'Technical factors include the size, number and location of the liver metastases in the liver and in relation to crucial liver structures, such as vessels and bile ducts'
			}
		},
		{
			id: 'ablation-emq-patient-questions',
			type: 'extended-matching',
			task: 'decision',
			stem: "Answering patients' questions about ablation",
			leadIn:
				"For each patient's question, choose the best answer for the nurse to give. Each option may be used once, more than once or not at all.",
			options: [
				{
					text: 'It uses heat, delivered through a probe placed in the tumour.',
					kind: 'answer to the patient',
					explanation: 'Describes RFA and microwave ablation.'
				},
				{
					text: 'It uses electrical pulses that make tiny holes in the cancer cells.',
					kind: 'answer to the patient',
					explanation: 'Describes how IRE kills cells.'
				},
				{
					text: 'It is usually used for tumours smaller than 3 cm across.',
					kind: 'answer to the patient',
					explanation: 'The usual size of tumour treated with ablation.'
				},
				{
					text: 'A probe goes in through your skin, guided by a scan.',
					kind: 'answer to the patient',
					explanation: 'Describes percutaneous ablation.'
				},
				{
					text: 'It is done during an operation, under a general anaesthetic.',
					kind: 'answer to the patient',
					explanation: 'Describes open or laparoscopic (keyhole) ablation.'
				},
				{
					text: 'It lets the surgeon treat more tumours while keeping more liver.',
					kind: 'answer to the patient',
					explanation: 'The reason ablation is combined with resection.'
				},
				{
					text: 'It can be offered if you would rather not have an operation.',
					kind: 'answer to the patient',
					explanation: 'Ablation is used for patients not willing to have an operation.'
				},
				{
					text: 'It is less likely to harm the vessels and ducts near the tumour.',
					kind: 'answer to the patient',
					explanation: 'The additional benefit of IRE.'
				},
				{
					text: 'It was the main type in the past, and is now used less often.',
					kind: 'answer to the patient',
					explanation: 'Describes RFA, now overtaken by microwave ablation.'
				}
			],
			stems: [
				{
					id: 'a',
					text: '"I am having IRE because my tumour is right next to a bile duct. Why this type?"',
					answer: 7,
					explanation:
						'IRE was chosen for its position: it is less disruptive to structures near the tumour.'
				},
				{
					id: 'b',
					text: '"The surgeon will remove part of my liver and also ablate another spot. Why do both?"',
					answer: 5,
					explanation:
						'Combining the two treats as many metastases as possible while preserving liver.'
				},
				{
					id: 'c',
					text: '"My letter says percutaneous ablation. Does that mean I am having an operation?"',
					answer: 3,
					explanation:
						'Percutaneous means through the skin, with imaging guidance, not an operation.'
				},
				{
					id: 'd',
					text: '"My friend had RFA years ago. Is that what most people have now?"',
					answer: 8,
					explanation:
						'RFA was the main type in the past; microwave ablation is now more commonly used.'
				},
				{
					id: 'e',
					text: '"I am booked for laparoscopic ablation next week. Does that mean I will be put to sleep?"',
					answer: 4,
					explanation: 'Laparoscopic ablation is a keyhole operation under general anaesthetic.'
				}
			],
			teachingPoint:
				'Nurses can answer common questions about ablation plainly: why IRE, why combined with surgery, what percutaneous and laparoscopic mean, and where RFA stands now.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective: 'Answer common patient questions about ablation accurately.',
			source: {
				passageIds: ['ablation-2', 'ablation-1'],
				quote:
					'IRE is also delivered via a probe under imaging guidance and has the additional benefit of being less disruptive to normal tissues and structures that are located near the tumour'
			}
		},
		{
			id: 'ablation-emq-methods',
			type: 'extended-matching',
			task: 'recall',
			stem: 'Ablation methods and how they are delivered',
			leadIn:
				'For each description, choose the matching procedure. Each option may be used once, more than once or not at all.',
			options: [
				{
					text: 'Percutaneous radiofrequency ablation',
					kind: 'ablation procedure',
					explanation: 'Heat from a probe placed through the skin; the main type in the past.'
				},
				{
					text: 'Percutaneous microwave ablation',
					kind: 'ablation procedure',
					explanation: 'Heat from a probe placed through the skin; now more commonly used than RFA.'
				},
				{
					text: 'Percutaneous irreversible electroporation',
					kind: 'ablation procedure',
					explanation: 'Electrical impulses from probes placed through the skin.'
				},
				{
					text: 'Percutaneous chemical ablation',
					kind: 'ablation procedure',
					explanation: 'A chemical injected through the skin into the tumour.'
				},
				{
					text: 'Laparoscopic microwave ablation',
					kind: 'ablation procedure',
					explanation: 'Microwave heat at a keyhole operation under general anaesthetic.'
				},
				{
					text: 'Open microwave ablation',
					kind: 'ablation procedure',
					explanation: 'Microwave heat at an open operation under general anaesthetic.'
				},
				{
					text: 'Laparoscopic irreversible electroporation',
					kind: 'ablation procedure',
					explanation: 'Electrical impulses at a keyhole operation under general anaesthetic.'
				},
				{
					text: 'Open radiofrequency ablation',
					kind: 'ablation procedure',
					explanation: 'RFA heat at an open operation under general anaesthetic.'
				}
			],
			stems: [
				{
					id: 'a',
					text: 'Through the skin, under ultrasound or x-ray guidance, a probe delivers heat by the method that was the main type of ablation in the past.',
					answer: 0,
					explanation: 'Radiofrequency ablation through the skin.'
				},
				{
					id: 'b',
					text: 'Through the skin, probes deliver electrical impulses that create small holes in the outline of the cancer cells.',
					answer: 2,
					explanation: 'Irreversible electroporation through the skin.'
				},
				{
					id: 'c',
					text: 'Through small keyhole incisions under general anaesthetic, a probe delivers heat by the method now more commonly used than RFA.',
					answer: 4,
					explanation: 'Laparoscopic microwave ablation.'
				},
				{
					id: 'd',
					text: 'Through the skin, a substance is placed into the tumour that destroys it without heat or electricity.',
					answer: 3,
					explanation: 'Chemical ablation, the third means ablation can use.'
				},
				{
					id: 'e',
					text: 'At an open liver operation, a probe delivers heat by the method that has largely replaced RFA.',
					answer: 5,
					explanation: 'Open microwave ablation, for example alongside a resection.'
				}
			],
			teachingPoint:
				'Every ablation is a method (heat by RFA or microwave, electrical impulses by IRE, or chemicals) delivered by a route: through the skin, or at a keyhole or open operation under general anaesthetic.',
			difficulty: 'medium',
			audiences: ['doctor', 'nurse'],
			objective: 'Match ablation methods and routes to their descriptions.',
			source: {
				passageIds: ['ablation-1', 'ablation-2'],
				quote:
					'It can also be performed during an operation under general anaesthetic, either as an open or as a laparoscopic (keyhole)'
			}
		},
		// ---------------------------------------------------------------- short answer
		{
			id: 'ablation-size-limit-recall',
			type: 'short-answer',
			task: 'recall',
			stem: 'A 71-year-old man has a single colorectal liver metastasis, and heart disease makes an operation too risky. Thermal ablation is usually used for tumours smaller than about ____ in diameter.',
			leadIn: 'Complete the sentence with the size.',
			options: [],
			shortAnswer: {
				accepted: ['3'],
				unit: 'cm',
				explanation:
					'Ablation is usually used in small tumours, usually less than 3 cm in diameter. Larger tumours are harder to destroy completely, and more often recur at the edge of the treated zone.'
			},
			teachingPoint:
				'About 3 cm is the usual size limit for ablation, not an absolute one: the site of the tumour, its closeness to large vessels and the method chosen matter too, and the MDT weighs them for each patient.',
			difficulty: 'easy',
			audiences: ['doctor', 'nurse'],
			objective: 'Recall the usual size limit for ablating a liver metastasis.',
			source: {
				passageIds: ['ablation-1'],
				quote: 'usually less than 3 cm in diameter'
			}
		},
		{
			id: 'ablation-ire-recall',
			type: 'short-answer',
			task: 'recall',
			stem: 'A 2 cm colorectal liver metastasis lies directly against a main bile duct. The ablation method that destroys tumour with electrical impulses, and is less disruptive to the structures near the tumour than heat, is ____.',
			leadIn: 'Name the method.',
			options: [],
			shortAnswer: {
				accepted: [
					'irreversible electroporation',
					'IRE',
					'irreversible electroporation (IRE)',
					'NanoKnife'
				],
				explanation:
					'Irreversible electroporation (IRE) uses electrical impulses that open small holes in cell membranes, so that the cells die. It spares the framework of vessels and bile ducts, which heat would damage. “Irreversible” is the point: reversible electroporation leaves cells alive and is used to let a drug into them (electrochemotherapy), so it is not this method.'
			},
			teachingPoint:
				'IRE suits a tumour beside a bile duct or large vessel, where heat would injure the structure or be carried away by the blood. It opens pores in every cell of the treated zone, not only cancer cells, usually through several electrodes, under general anaesthetic; evidence for it in colorectal metastases is still limited.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Name the ablation method that spares structures near the tumour.',
			source: {
				passageIds: ['ablation-2'],
				quote:
					'Irreversible electroporation (IRE) is another modern ablation method that utilises electrical impulses'
			}
		}
	]
});
