import { defineBank } from '../types';

export default defineBank({
	id: 'chemotherapy',
	title: 'Chemotherapy',
	description: 'The roles of chemotherapy and the main ways of giving it.',
	items: [
		{
			id: 'chemotherapy-most-common',
			type: 'single-best-answer',
			stem: 'A patient newly diagnosed with liver metastases asks the nurse which treatment is most often offered for this condition.',
			leadIn:
				'According to the document, which is the most common treatment offered for liver metastases?',
			options: [
				{
					text: 'Surgery',
					correct: false,
					explanation:
						'Surgery is the treatment with the higher chance of a cure in appropriately selected cases, but chemotherapy is the most common treatment offered.'
				},
				{
					text: 'Chemotherapy',
					correct: true,
					explanation:
						'Correct: chemotherapy is the most common treatment offered for liver metastases.'
				},
				{
					text: 'Ablation',
					correct: false,
					explanation:
						'Ablation is one of the treatments that can be offered; the document names chemotherapy as the most common.'
				},
				{
					text: 'Radiotherapy',
					correct: false,
					explanation:
						'Radiotherapy is one of the treatments that can be offered; the document names chemotherapy as the most common.'
				},
				{
					text: 'Immunotherapy',
					correct: false,
					explanation:
						'Immunotherapy is one of the treatments that can be offered; the document names chemotherapy as the most common.'
				}
			],
			teachingPoint:
				'Chemotherapy is the most common treatment for liver metastases; surgery offers the higher chance of cure in selected cases.',
			difficulty: 'easy',
			audiences: ['doctor', 'nurse'],
			objective: 'Identify the most common treatment offered for liver metastases.',
			source: {
				passageIds: ['chemotherapy-1', 'surgery-1', 'treatment-planning-10'],
				quote: 'Chemotherapy is the most common treatment offered for liver metastases.'
			}
		},
		{
			id: 'chemotherapy-roles',
			type: 'multiple-response',
			stem: 'A specialist nurse is preparing an information session for patients starting chemotherapy for liver metastases.',
			leadIn:
				'Which of the following roles of chemotherapy does the document describe? Select all that apply.',
			options: [
				{
					text: 'Helping to slow the growth of the cancer',
					correct: true,
					explanation: 'Correct: chemotherapy can help slow the growth of cancer.'
				},
				{
					text: 'Relieving symptoms',
					correct: true,
					explanation: 'Correct: chemotherapy can help relieve symptoms.'
				},
				{
					text: 'Identifying which organ the cancer started in',
					correct: false,
					explanation:
						'This is the purpose of a biopsy during diagnosis, not a role of chemotherapy.'
				},
				{
					text: 'Sometimes shrinking liver metastases so that they can be removed surgically',
					correct: true,
					explanation:
						'Correct: sometimes chemotherapy can even shrink liver metastases and allow surgical removal.'
				},
				{
					text: 'Making liver metastases go away completely without surgery, in most cases',
					correct: false,
					explanation:
						'Treatments can control, slow or even shrink liver metastases, but most do not go away completely unless removed by surgery.'
				},
				{
					text: 'Reducing the risk of the cancer coming back after surgery',
					correct: true,
					explanation:
						'Correct: chemotherapy may be given after surgery to reduce the risk of the cancer coming back (adjuvant chemotherapy).'
				}
			],
			teachingPoint:
				'Chemotherapy can slow growth, relieve symptoms, sometimes shrink metastases to allow surgical removal, and be given after surgery (adjuvant) to reduce the risk of recurrence.',
			difficulty: 'medium',
			audiences: ['doctor', 'nurse'],
			objective: 'Describe the roles of chemotherapy in treating liver metastases.',
			source: {
				passageIds: ['chemotherapy-1', 'treatment-planning-10', 'diagnosis-1'],
				quote: 'Chemotherapy can help slow the growth of cancer and relieve symptoms.'
			}
		},
		{
			id: 'chemotherapy-conversion-role',
			type: 'single-best-answer',
			stem: 'A 59-year-old woman has colorectal liver metastases that the MDT initially judged could not be removed. After a course of chemotherapy the metastases have shrunk, and the MDT now recommends surgical removal.',
			leadIn: 'Which role of chemotherapy described in the document does this illustrate?',
			options: [
				{
					text: 'Reducing the risk of the cancer coming back after surgery (adjuvant chemotherapy)',
					correct: false,
					explanation:
						'Adjuvant chemotherapy is given after surgery; here chemotherapy was given before surgery and made removal possible.'
				},
				{
					text: 'Relieving symptoms only',
					correct: false,
					explanation:
						'Chemotherapy can relieve symptoms, but here its effect was to shrink the metastases and allow surgery.'
				},
				{
					text: 'Identifying which organ the cancer started in',
					correct: false,
					explanation: 'This is the purpose of a biopsy during diagnosis, not of chemotherapy.'
				},
				{
					text: 'Shrinking liver metastases to allow surgical removal',
					correct: true,
					explanation:
						'Correct: sometimes chemotherapy can even shrink liver metastases and allow surgical removal.'
				},
				{
					text: 'Slowing growth only, without any change in the plan',
					correct: false,
					explanation:
						'The metastases did more than stop growing: they shrank, and the plan changed to surgical removal.'
				}
			],
			teachingPoint:
				'Chemotherapy can sometimes shrink liver metastases enough to allow surgical removal, the option with the higher chance of cure in selected cases.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective:
				'Recognise chemotherapy used to shrink liver metastases and allow surgical removal.',
			source: {
				passageIds: ['chemotherapy-1', 'surgery-1', 'diagnosis-1'],
				quote: 'Sometimes it can even shrink liver metastases and allow surgical removal.'
			}
		},
		{
			id: 'chemotherapy-adjuvant-explained',
			type: 'single-best-answer',
			stem: 'A 62-year-old man has had his colorectal liver metastases removed surgically. He is offered chemotherapy afterwards and asks the nurse why, since the metastases have been taken out.',
			leadIn: 'Which explanation is best supported by the document?',
			options: [
				{
					text: 'It is given to reduce the risk of the cancer coming back (adjuvant chemotherapy)',
					correct: true,
					explanation:
						'Correct: chemotherapy may be given after surgery to reduce the risk of the cancer coming back; this is adjuvant chemotherapy.'
				},
				{
					text: 'It is given to shrink the metastases so that they can be removed',
					correct: false,
					explanation:
						'His metastases have already been removed; shrinking metastases to allow removal is a use of chemotherapy before surgery.'
				},
				{
					text: 'It is given because surgery cannot remove liver metastases',
					correct: false,
					explanation:
						'Surgery can remove liver metastases; most metastases do not go away completely unless removed by surgery.'
				},
				{
					text: 'It is given to find out which organ the cancer started in',
					correct: false,
					explanation: 'Identifying the origin of the metastases is the purpose of a biopsy.'
				},
				{
					text: 'It is given to block the blood vessels that feed the tumours',
					correct: false,
					explanation:
						'Blocking the tumour-feeding vessels is a step of TACE, a procedure that delivers chemotherapy into the tumours; it is not why chemotherapy is given after surgery.'
				}
			],
			teachingPoint:
				'Adjuvant chemotherapy is given after surgery to reduce the risk of the cancer coming back.',
			difficulty: 'easy',
			audiences: ['nurse'],
			objective: 'Explain to a patient the purpose of adjuvant chemotherapy.',
			source: {
				passageIds: ['chemotherapy-1', 'treatment-planning-10', 'diagnosis-1', 'chemotherapy-5'],
				quote:
					'Chemotherapy may be also administered after surgery to reduce the risk of the cancer coming back (adjuvant chemotherapy).'
			}
		},
		{
			id: 'chemotherapy-not-only-inoperable',
			type: 'true-false',
			stem: 'Chemotherapy for liver metastases is used only in patients for whom surgery is not an option.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: false,
					explanation:
						'Incorrect: chemotherapy can sometimes shrink liver metastases to allow surgical removal, and may be given after surgery to reduce the risk of the cancer coming back.'
				},
				{
					text: 'False',
					correct: true,
					explanation:
						'Correct: chemotherapy also works alongside surgery, by sometimes shrinking metastases to allow removal and as adjuvant chemotherapy after surgery.'
				}
			],
			teachingPoint:
				'Chemotherapy and surgery work together: chemotherapy can make removal possible and is given after surgery as adjuvant treatment.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Describe how chemotherapy is combined with surgery for liver metastases.',
			source: {
				passageIds: ['chemotherapy-1'],
				quote: 'Chemotherapy may be also administered after surgery'
			}
		},
		{
			id: 'chemotherapy-drug-choice',
			type: 'single-best-answer',
			stem: 'The MDT recommends systemic chemotherapy for a 55-year-old woman with liver metastases from breast cancer. A junior doctor asks what determines which drugs she will receive.',
			leadIn: 'According to the document, what do the type of drugs and combinations depend on?',
			options: [
				{
					text: 'Whether the drugs are given intravenously or as tablets',
					correct: false,
					explanation:
						'That is the route of systemic chemotherapy; the document links the choice of drugs to the primary cancer.'
				},
				{
					text: 'The number of metastases in the liver',
					correct: false,
					explanation:
						'The document links the choice of drugs to the primary cancer, not to the number of metastases.'
				},
				{
					text: 'The primary cancer (where the cancer started)',
					correct: true,
					explanation: 'Correct: the type of drugs and combinations depend on the primary cancer.'
				},
				{
					text: 'The location of the metastases within the liver',
					correct: false,
					explanation:
						'Systemic drugs circulate throughout the body; the document links the choice of drugs to the primary cancer.'
				},
				{
					text: 'Which imaging scan found the metastases',
					correct: false,
					explanation:
						'Imaging is used for diagnosis; the document links the choice of drugs to the primary cancer.'
				}
			],
			teachingPoint:
				'The type of systemic chemotherapy drugs and combinations depends on the primary cancer (where the cancer started).',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'State what determines the choice of systemic chemotherapy drugs.',
			source: {
				passageIds: ['chemotherapy-3', 'diagnosis-1'],
				quote:
					'The type of drugs and combinations depend on the primary cancer (where the cancer started).'
			}
		},
		{
			id: 'chemotherapy-systemic-routes',
			type: 'multiple-response',
			stem: 'A patient due to start systemic chemotherapy for liver metastases asks the nurse how it will be given.',
			leadIn:
				'Which of the following are ways of giving systemic chemotherapy described in the document? Select all that apply.',
			options: [
				{
					text: 'Through a pump positioned surgically in the hepatic artery',
					correct: false,
					explanation:
						'This is hepatic arterial infusion (HAI), which delivers chemotherapy directly to the liver; it is not systemic chemotherapy.'
				},
				{
					text: 'As an intravenous infusion into the bloodstream',
					correct: true,
					explanation:
						'Correct: systemic chemotherapy drugs can be given into the bloodstream via an intravenous infusion.'
				},
				{
					text: 'By mouth, as tablets',
					correct: true,
					explanation: 'Correct: systemic chemotherapy can be given orally as tablets.'
				},
				{
					text: 'Through a catheter into the small arteries feeding the tumours, which are then blocked',
					correct: false,
					explanation:
						'This is transarterial chemoembolisation (TACE), which delivers chemotherapy directly into the tumours; it is not systemic chemotherapy.'
				}
			],
			teachingPoint:
				'Systemic chemotherapy is given into the bloodstream by intravenous infusion or orally as tablets.',
			difficulty: 'easy',
			audiences: ['doctor', 'nurse'],
			objective: 'Describe how systemic chemotherapy is given.',
			source: {
				passageIds: ['chemotherapy-3', 'chemotherapy-4', 'chemotherapy-5'],
				quote:
					'the chemotherapy drugs are administered into the bloodstream via an intravenous infusion or orally as tablets'
			}
		},
		{
			id: 'chemotherapy-systemic-circulates',
			type: 'true-false',
			stem: 'A nurse explains to a patient that systemic chemotherapy stays in the liver and does not travel to the rest of the body.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: false,
					explanation:
						'Incorrect: systemic chemotherapy drugs circulate throughout the body and destroy cancer cells.'
				},
				{
					text: 'False',
					correct: true,
					explanation:
						'Correct: systemic chemotherapy is given into the bloodstream and circulates throughout the body.'
				}
			],
			teachingPoint:
				'Systemic chemotherapy circulates throughout the body; it is not confined to the liver.',
			difficulty: 'easy',
			audiences: ['nurse'],
			objective: 'Explain to a patient how systemic chemotherapy reaches cancer cells.',
			source: {
				passageIds: ['chemotherapy-3'],
				quote: 'They circulate throughout the body and destroy cancer cells.'
			}
		},
		{
			id: 'chemotherapy-routes-compared',
			type: 'multiple-response',
			stem: 'At an MDT, the team compares the three main ways of giving chemotherapy for liver metastases.',
			leadIn:
				'Which statements comparing systemic chemotherapy, hepatic arterial infusion (HAI) and transarterial chemoembolisation (TACE) are supported by the document? Select all that apply.',
			options: [
				{
					text: 'Systemic chemotherapy circulates throughout the body, whereas HAI and TACE deliver chemotherapy directly to the liver',
					correct: true,
					explanation:
						'Correct: systemic drugs circulate throughout the body; HAI delivers chemotherapy directly to the liver and TACE directly to the liver metastases.'
				},
				{
					text: 'TACE uses a pump positioned surgically in the hepatic artery',
					correct: false,
					explanation:
						'The surgically positioned pump is HAI. TACE uses a catheter and guidewire passed from a peripheral artery under x-ray guidance.'
				},
				{
					text: 'HAI is used less often than systemic chemotherapy because of its complexity',
					correct: true,
					explanation:
						'Correct: HAI is not used as often as systemic chemotherapy due to its complexity.'
				},
				{
					text: 'Systemic chemotherapy works by blocking the arteries that feed the tumours',
					correct: false,
					explanation:
						'Blocking the tumour-feeding arteries is part of TACE. Systemic drugs are given by intravenous infusion or tablets and circulate throughout the body.'
				},
				{
					text: 'TACE also blocks the tumour-feeding arteries, depriving the tumours of oxygen and nutrients',
					correct: true,
					explanation:
						'Correct: as well as delivering chemotherapy into the tumour, TACE blocks the small feeding arteries, depriving the tumours of the oxygen and nutrients they need to grow.'
				}
			],
			teachingPoint:
				'Systemic chemotherapy circulates throughout the body; HAI (surgical pump in the hepatic artery, used less often because of its complexity) and TACE (catheter delivery plus blocking of feeding arteries) target the liver directly.',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective:
				'Compare systemic chemotherapy with hepatic arterial infusion and chemoembolisation.',
			source: {
				passageIds: ['chemotherapy-3', 'chemotherapy-4', 'chemotherapy-5'],
				quote: 'HAI is not used as often as systemic chemotherapy due to its complexity.'
			}
		},
		{
			id: 'chemotherapy-routes-matching',
			type: 'extended-matching',
			stem: 'Ways of delivering chemotherapy and other treatments to liver metastases',
			leadIn:
				'For each patient, choose the treatment being described. Each option may be used once, more than once or not at all.',
			options: [
				{
					text: 'Systemic chemotherapy',
					explanation:
						'Chemotherapy given into the bloodstream by intravenous infusion or orally as tablets; it circulates throughout the body.'
				},
				{
					text: 'Hepatic arterial infusion (HAI)',
					explanation:
						'Chemotherapy given directly to the liver through a pump positioned surgically in the hepatic artery.'
				},
				{
					text: 'Transarterial chemoembolisation (TACE)',
					explanation:
						'Interventional radiology: chemotherapy injected through a catheter into the small arteries feeding the tumours, which are then blocked.'
				},
				{
					text: 'Radioembolisation (selective internal radiotherapy)',
					explanation:
						'Interventional radiology: radioactive beads containing Yttrium 90 injected into the tumour-feeding arteries, which are then blocked.'
				},
				{
					text: 'Microwave ablation',
					explanation: 'Heat delivered through a probe to the liver metastasis to destroy it.'
				},
				{
					text: 'Surgical resection',
					explanation:
						'Removal of liver metastases at an operation; the option with the higher chance of cure in appropriately selected cases.'
				}
			],
			stems: [
				{
					id: 'a',
					text: 'A 66-year-old man whose colorectal liver metastases cannot be removed surgically, and have not spread outside the liver, is to have chemotherapy through a pump that a surgeon positions in the artery bringing blood to his liver.',
					answer: 1,
					explanation:
						'A surgically positioned pump in the hepatic artery delivering chemotherapy directly to the liver is HAI.'
				},
				{
					id: 'b',
					text: 'A 60-year-old woman is told that, under x-ray guidance, a catheter will be passed from a peripheral artery into the small arteries feeding her liver tumours; chemotherapy drugs will be injected and the vessels then blocked.',
					answer: 2,
					explanation:
						'Chemotherapy injected into the tumour-feeding arteries, which are then blocked, is TACE.'
				},
				{
					id: 'c',
					text: 'A 71-year-old man is to take chemotherapy tablets by mouth; the drugs will circulate throughout his body.',
					answer: 0,
					explanation:
						'Chemotherapy taken orally as tablets that circulates throughout the body is systemic chemotherapy.'
				},
				{
					id: 'd',
					text: 'A 58-year-old woman is told that beads containing a radioactive substance, rather than chemotherapy drugs, will be injected into the arteries feeding her liver tumours.',
					answer: 3,
					explanation:
						'Radioactive beads placed through the tumour-feeding arteries is radioembolisation, not TACE.'
				}
			],
			teachingPoint:
				'Systemic chemotherapy circulates throughout the body; HAI uses a surgically placed hepatic artery pump; TACE injects chemotherapy into tumour-feeding arteries and blocks them; radioembolisation uses radioactive beads by the same arterial route.',
			difficulty: 'medium',
			audiences: ['doctor', 'nurse'],
			objective:
				'Distinguish systemic chemotherapy, HAI and TACE from other liver-directed treatments.',
			source: {
				passageIds: [
					'chemotherapy-3',
					'chemotherapy-4',
					'chemotherapy-5',
					'radiotherapy-4',
					'ablation-2',
					'surgery-1'
				],
				quote:
					'They inject the chemotherapy drugs directly into them and use a special substance to block the tumour feeding vessels on their way out.'
			}
		},
		{
			id: 'chemotherapy-spread-beyond-liver',
			type: 'single-best-answer',
			stem: 'A 57-year-old woman has colorectal cancer that has spread to both her liver and her lungs. She has read about chemotherapy given directly into the liver and asks the nurse why the MDT has recommended systemic chemotherapy instead.',
			leadIn: 'Which explanation is best supported by the document?',
			options: [
				{
					text: 'Chemotherapy given directly into the liver is only used after surgery',
					correct: false,
					explanation:
						'HAI may be used when surgical resection is not possible; the document does not restrict liver-directed chemotherapy to after surgery.'
				},
				{
					text: 'Systemic chemotherapy can only be given as tablets, which is simpler',
					correct: false,
					explanation:
						'Systemic chemotherapy can be given by intravenous infusion or orally as tablets.'
				},
				{
					text: 'Systemic chemotherapy uses the same drugs whatever the primary cancer',
					correct: false,
					explanation: 'The type of drugs and combinations depend on the primary cancer.'
				},
				{
					text: 'Chemotherapy given directly into the liver cannot reach liver metastases',
					correct: false,
					explanation:
						'HAI delivers chemotherapy directly to the liver and TACE delivers it directly to the liver metastases.'
				},
				{
					text: 'Systemic chemotherapy circulates throughout the body, whereas HAI and TACE are described for cancer that has not spread outside the liver',
					correct: true,
					explanation:
						'Correct: systemic drugs circulate throughout the body, while HAI is used when the cancer has not spread outside the liver and TACE when the primary cancer has only spread to the liver.'
				}
			],
			teachingPoint:
				'When cancer has spread beyond the liver, systemic chemotherapy reaches the whole body; HAI and TACE are described for disease confined to the liver.',
			difficulty: 'hard',
			audiences: ['nurse', 'doctor'],
			objective:
				'Explain why systemic chemotherapy is used when cancer has spread beyond the liver.',
			source: {
				passageIds: ['chemotherapy-3', 'chemotherapy-4', 'chemotherapy-5'],
				quote:
					'HAI may be used to treat liver metastases when surgical resection is not possible and the cancer has not spread outside the liver.'
			}
		}
	]
});
