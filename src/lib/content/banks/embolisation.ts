import { defineBank } from '../types';

export default defineBank({
	id: 'embolisation',
	title: 'Embolisation and arterial techniques',
	description:
		'Transarterial chemoembolisation, radioembolisation with yttrium-90 beads and hepatic arterial infusion: the route, how each kills tumour and when each is used.',
	items: [
		// ---------------------------------------------------------------- single best answer
		{
			id: 'embolisation-tace-procedure',
			type: 'single-best-answer',
			stem: 'A 58-year-old woman has colorectal cancer that has spread only to the liver. The MDT recommends transarterial chemoembolisation (TACE), and she asks the junior doctor what the procedure involves.',
			leadIn: 'Which description of TACE is most accurate?',
			options: [
				{
					text: 'A pump is positioned surgically in the hepatic artery and chemotherapy is given directly to the liver through it',
					correct: false,
					explanation:
						'This describes hepatic arterial infusion (HAI), in which the pump is positioned surgically in the hepatic artery. TACE uses a catheter and a guidewire with interventional radiology.'
				},
				{
					text: 'A probe is inserted into the metastasis under ultrasound or x-ray guidance and heat is used to destroy it',
					correct: false,
					explanation:
						'This describes heat-based ablation such as radiofrequency or microwave ablation, not TACE.'
				},
				{
					text: 'A catheter and a guidewire are passed from a peripheral artery into the hepatic artery under x-ray guidance, then into the small arteries feeding the tumours; chemotherapy is injected and the feeding vessels are blocked',
					correct: true,
					explanation:
						'Correct: in TACE the doctors access a peripheral artery with a catheter and a guidewire, reach the hepatic artery under x-ray guidance, advance into the small arteries that feed the tumours, inject the chemotherapy and block the feeding vessels with a special substance.'
				},
				{
					text: 'Chemotherapy is given by intravenous infusion and circulates throughout the body to destroy cancer cells',
					correct: false,
					explanation:
						'This describes systemic chemotherapy. In TACE the chemotherapy is delivered directly to the liver metastases.'
				},
				{
					text: 'A machine directs a radiation beam at the tumour from many different angles around the body',
					correct: false,
					explanation:
						'This describes stereotactic radiotherapy, a form of external radiotherapy. TACE delivers chemotherapy, not a radiation beam.'
				}
			],
			teachingPoint:
				'TACE is an interventional radiology procedure: a catheter and guidewire go from a peripheral artery to the hepatic artery under x-ray guidance, then into the tumour-feeding arteries, where chemotherapy is injected and the vessels are blocked.',
			difficulty: 'medium',
			audiences: ['doctor', 'nurse'],
			objective: 'Describe the steps by which TACE delivers chemotherapy to liver metastases.',
			source: {
				passageIds: [
					'chemotherapy-5',
					'chemotherapy-4',
					'chemotherapy-3',
					'ablation-2',
					'radiotherapy-3'
				],
				quote:
					'The doctors access a peripheral artery in the body with a catheter and a guidewire and find their way under x-ray guidance into the hepatic artery'
			}
		},
		{
			id: 'embolisation-tace-two-effects',
			type: 'single-best-answer',
			stem: 'A 61-year-old man with liver metastases from colorectal cancer has had TACE. A medical student on the ward asks how the procedure acts on the tumours.',
			leadIn: 'According to the document, which pair of effects does TACE have on the tumours?',
			options: [
				{
					text: 'Radiation delivered directly to the tumour, plus blocking of the small feeding arteries',
					correct: false,
					explanation:
						'Delivering radiation directly to the tumour describes radioembolisation with yttrium 90 beads. TACE delivers chemotherapy.'
				},
				{
					text: 'Heat delivered to the tumour, plus blocking of the small feeding arteries',
					correct: false,
					explanation:
						'Heat is used in ablation (radiofrequency or microwave). TACE delivers chemotherapy directly into the tumour.'
				},
				{
					text: 'Chemotherapy delivered directly into the tumour, plus drugs that block the formation of new blood vessels',
					correct: false,
					explanation:
						'Blocking the formation of blood vessels describes angiogenesis inhibitors, a targeted therapy. In TACE a special substance blocks the existing small feeding arteries.'
				},
				{
					text: 'Chemotherapy delivered directly into the tumour, plus blocking of the small feeding arteries so the tumour is deprived of oxygen and nutrients',
					correct: true,
					explanation:
						'Correct: the chemotherapy is delivered directly into the tumour and, by blocking the small feeding arteries, the tumours are deprived of the oxygen and nutrients they need to grow.'
				},
				{
					text: 'Chemotherapy circulating throughout the body, plus boosting of the body’s natural defences',
					correct: false,
					explanation:
						'Drugs circulating throughout the body describes systemic chemotherapy, and boosting natural defences describes immunotherapy. TACE delivers chemotherapy directly into the tumour.'
				}
			],
			teachingPoint:
				'TACE works in two ways: chemotherapy goes directly into the tumour, and blocking the small feeding arteries deprives the tumour of the oxygen and nutrients it needs to grow.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Explain the two ways in which TACE acts on liver metastases.',
			source: {
				passageIds: [
					'chemotherapy-5',
					'radiotherapy-4',
					'ablation-2',
					'targeted-therapy-1',
					'chemotherapy-3',
					'immunotherapy-1'
				],
				quote:
					'With this way the chemotherapy is delivered directly into the tumour and additionally by blocking the small feeding arteries, the tumours are deprived of oxygen and nutrients that they need to grow.'
			}
		},
		{
			id: 'embolisation-sirt-achieved-ir',
			type: 'single-best-answer',
			stem: 'A 62-year-old woman with colorectal liver metastases has met the liver surgeon at clinic. The MDT now recommends radioembolisation, and she asks the nurse whether this means she will have an operation.',
			leadIn: 'How does the document say radioembolisation is carried out?',
			options: [
				{
					text: 'By surgically positioning a pump in the hepatic artery',
					correct: false,
					explanation:
						'A surgically positioned pump in the hepatic artery is used for hepatic arterial infusion of chemotherapy, not radioembolisation.'
				},
				{
					text: 'With interventional radiology, using a catheter and a guidewire passed from a peripheral artery',
					correct: true,
					explanation:
						'Correct: radioembolisation is achieved with interventional radiology; the doctors access a peripheral artery with a catheter and a guidewire and find their way under x-ray guidance to the hepatic artery.'
				},
				{
					text: 'With a probe inserted through the skin into the metastasis under sedation',
					correct: false,
					explanation:
						'A probe passed through the skin under sedation describes percutaneous ablation. Radioembolisation beads are delivered through the arteries.'
				},
				{
					text: 'By an intravenous infusion of radioactive beads into the bloodstream',
					correct: false,
					explanation:
						'Intravenous infusion is a route of systemic chemotherapy. Radioembolisation beads are injected through a catheter directly into the small arteries that feed the tumours.'
				},
				{
					text: 'By a major liver resection that removes the tumours and places the beads',
					correct: false,
					explanation:
						'Radioembolisation is achieved with interventional radiology, not by liver resection.'
				}
			],
			teachingPoint:
				'Radioembolisation is an interventional radiology procedure through the arteries, not an operation: a catheter and guidewire are passed from a peripheral artery to the liver.',
			difficulty: 'easy',
			audiences: ['nurse'],
			objective: 'Explain to a patient how radioembolisation is carried out.',
			source: {
				passageIds: ['radiotherapy-4', 'chemotherapy-4', 'ablation-1', 'chemotherapy-3'],
				quote: 'This is achieved with interventional radiology.'
			}
		},
		{
			id: 'embolisation-hai-less-common',
			type: 'single-best-answer',
			stem: 'On a ward round, a foundation doctor asks why hepatic arterial infusion (HAI) is not offered more widely, given that it delivers chemotherapy directly to the liver.',
			leadIn:
				'Which reason does the document give for HAI being used less often than systemic chemotherapy?',
			options: [
				{
					text: 'It delivers the chemotherapy throughout the whole body rather than to the liver',
					correct: false,
					explanation:
						'In HAI the chemotherapy is administered directly to the liver. Circulating throughout the body describes systemic chemotherapy.'
				},
				{
					text: 'It relies on beads containing radioactive yttrium 90',
					correct: false,
					explanation:
						'Yttrium 90 beads are used in radioembolisation. HAI delivers chemotherapy through a pump in the hepatic artery.'
				},
				{
					text: 'It can only be given as tablets',
					correct: false,
					explanation:
						'Tablets are one way of giving systemic chemotherapy. HAI is given through a pump positioned surgically in the hepatic artery.'
				},
				{
					text: 'It is suitable only for liver metastases that can be surgically removed',
					correct: false,
					explanation:
						'The reverse: HAI may be used when surgical resection is not possible and the cancer has not spread outside the liver.'
				},
				{
					text: 'Its complexity',
					correct: true,
					explanation:
						'Correct: the document states that HAI is not used as often as systemic chemotherapy due to its complexity.'
				}
			],
			teachingPoint:
				'HAI delivers chemotherapy directly to the liver via a surgically placed hepatic artery pump, but it is used less often than systemic chemotherapy because of its complexity.',
			difficulty: 'easy',
			audiences: ['doctor'],
			objective:
				'State why hepatic arterial infusion is used less often than systemic chemotherapy.',
			source: {
				passageIds: ['chemotherapy-4', 'chemotherapy-3', 'radiotherapy-4'],
				quote: 'HAI is not used as often as systemic chemotherapy due to its complexity.'
			}
		},
		{
			id: 'embolisation-hai-candidate',
			type: 'single-best-answer',
			stem: 'The liver MDT is reviewing five patients with colorectal liver metastases and considering hepatic arterial infusion (HAI) chemotherapy for each.',
			leadIn: 'Which patient best fits the situation in which the document says HAI may be used?',
			options: [
				{
					text: 'A 60-year-old man whose liver metastases are surgically resectable and who has no disease outside the liver',
					correct: false,
					explanation:
						'HAI may be used when surgical resection is not possible; these metastases can be resected.'
				},
				{
					text: 'A 57-year-old woman whose liver metastases cannot be resected and who also has metastases in the lungs',
					correct: false,
					explanation:
						'HAI may be used when the cancer has not spread outside the liver; lung metastases mean it has.'
				},
				{
					text: 'A 63-year-old man whose liver metastases cannot be resected and who has no disease outside the liver',
					correct: true,
					explanation:
						'Correct: HAI may be used when surgical resection is not possible and the cancer has not spread outside the liver.'
				},
				{
					text: 'A 59-year-old woman whose liver metastases are surgically resectable and who also has metastases in the bones',
					correct: false,
					explanation:
						'Neither condition is met: resection is possible and the cancer has spread outside the liver.'
				},
				{
					text: 'A 52-year-old man whose liver metastases can be removed and who is fit and willing to have an operation',
					correct: false,
					explanation:
						'HAI may be used when surgical resection is not possible; this patient’s metastases can be removed.'
				}
			],
			teachingPoint:
				'HAI may be used when liver metastases cannot be resected and the cancer has not spread outside the liver: both conditions apply.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Identify patients for whom hepatic arterial infusion may be used.',
			source: {
				passageIds: ['chemotherapy-4'],
				quote:
					'HAI may be used to treat liver metastases when surgical resection is not possible and the cancer has not spread outside the liver.'
			}
		},
		{
			id: 'embolisation-sirt-healthy-tissue',
			type: 'single-best-answer',
			stem: 'A 70-year-old woman with liver metastases from a neuroendocrine cancer is due to have radioembolisation. She tells the nurse she is worried the radiation will harm the rest of her liver.',
			leadIn: 'Which explanation by the nurse is most consistent with the document?',
			options: [
				{
					text: 'The beads deliver the radiation directly to the tumour, with minimal effects on the healthy tissue around it',
					correct: true,
					explanation:
						'Correct: the document states that the beads deliver the radiation directly to the tumour with minimal effects to the healthy tissues around it.'
				},
				{
					text: 'The beads are designed to spread throughout the bloodstream so that the radiation is spread thinly',
					correct: false,
					explanation:
						'The beads are positioned directly into the tumour through its feeding arteries, which are then blocked; they are not spread through the body.'
				},
				{
					text: 'The radiation comes from a machine outside her body and is aimed at the tumour',
					correct: false,
					explanation:
						'A machine producing a beam describes external radiotherapy. In radioembolisation the radiation comes from yttrium 90 beads placed in the tumour.'
				},
				{
					text: 'The beads release chemotherapy rather than radiation',
					correct: false,
					explanation:
						'The beads contain radioactive yttrium 90 and deliver radiation. Chemotherapy injected into the feeding arteries describes TACE.'
				},
				{
					text: 'The beads are placed through the skin with a probe under ultrasound guidance',
					correct: false,
					explanation:
						'A probe through the skin describes percutaneous ablation. The beads are injected through a catheter passed from a peripheral artery under x-ray guidance.'
				}
			],
			teachingPoint:
				'Radioembolisation beads deliver radiation directly to the tumour with minimal effects on the surrounding healthy tissue.',
			difficulty: 'easy',
			audiences: ['nurse'],
			objective: 'Reassure a patient about how radioembolisation targets the tumour.',
			source: {
				passageIds: ['radiotherapy-4', 'radiotherapy-3', 'chemotherapy-5', 'ablation-1'],
				quote:
					'The beads deliver the radiation directly to the tumour with minimal effects to the healthy tissues around it.'
			}
		},
		{
			id: 'embolisation-sirt-sequence',
			type: 'single-best-answer',
			stem: 'A core trainee is preparing to explain radioembolisation (selective internal radiotherapy) to a 61-year-old man with colorectal liver metastases after the MDT has recommended it.',
			leadIn: 'Which sequence matches the document’s description of radioembolisation?',
			options: [
				{
					text: 'A pump is positioned surgically in the hepatic artery, then the radioactive beads are infused through the pump into the liver',
					correct: false,
					explanation:
						'A surgically positioned pump in the hepatic artery describes hepatic arterial infusion of chemotherapy, not radioembolisation.'
				},
				{
					text: 'A peripheral artery is accessed, the small feeding arteries are blocked, then the catheter is advanced into the hepatic artery and the beads are injected',
					correct: false,
					explanation:
						'Wrong order: the catheter reaches the hepatic artery and then the small feeding arteries, the beads are injected, and the feeding vessels are blocked on the way out.'
				},
				{
					text: 'A peripheral artery is accessed and the beads are injected there, to be carried by the blood to the tumour',
					correct: false,
					explanation:
						'The catheter is advanced through the hepatic artery into the small arteries that feed the tumours, and the beads are injected directly into them.'
				},
				{
					text: 'A peripheral artery is accessed with a catheter and a guidewire, the hepatic artery is reached under x-ray guidance, the catheter enters the small tumour-feeding arteries, the beads are injected and the feeding vessels are blocked on the way out',
					correct: true,
					explanation:
						'Correct: this is the order the document gives for radioembolisation, which is achieved with interventional radiology.'
				},
				{
					text: 'A probe is passed through the skin into the tumour under ultrasound guidance and the beads are left in the tumour',
					correct: false,
					explanation:
						'A probe through the skin describes percutaneous ablation. Radioembolisation beads are delivered through the arteries with a catheter and a guidewire.'
				}
			],
			teachingPoint:
				'Radioembolisation: peripheral artery, then hepatic artery under x-ray guidance, then the small tumour-feeding arteries; the beads are injected and the feeding vessels blocked on the way out.',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective: 'Sequence the steps of radioembolisation.',
			source: {
				passageIds: ['radiotherapy-4', 'chemotherapy-4', 'ablation-1'],
				quote:
					'Then they advance the catheter into the small arteries that feed the tumours. They inject the radioactive beads directly to them and use a special substance to block the tumour feeding vessels on their way out.'
			}
		},
		{
			id: 'embolisation-special-substance',
			type: 'single-best-answer',
			stem: 'During TACE for a 57-year-old man with liver metastases from stomach cancer, the interventional radiologist injects the chemotherapy drugs into the small arteries that feed the tumours and then uses a special substance.',
			leadIn: 'What is the purpose of this special substance, according to the document?',
			options: [
				{
					text: 'To widen the feeding arteries so that more blood reaches the tumour',
					correct: false,
					explanation:
						'The opposite: the substance blocks the feeding vessels so that the tumour is deprived of oxygen and nutrients.'
				},
				{
					text: 'To block the tumour feeding vessels so that the tumours are deprived of oxygen and nutrients',
					correct: true,
					explanation:
						'Correct: the special substance blocks the tumour feeding vessels on the way out, depriving the tumours of the oxygen and nutrients they need to grow.'
				},
				{
					text: 'To carry the chemotherapy throughout the body in the bloodstream',
					correct: false,
					explanation:
						'Drugs circulating throughout the body describes systemic chemotherapy. TACE delivers the chemotherapy directly into the tumour.'
				},
				{
					text: 'To create small holes in the outline of the cancer cells',
					correct: false,
					explanation:
						'Creating small holes in the cancer cells’ outline describes irreversible electroporation, which uses electrical impulses.'
				},
				{
					text: 'To boost the body’s natural defences against the cancer',
					correct: false,
					explanation: 'Boosting the body’s natural defences describes immunotherapy, not TACE.'
				}
			],
			teachingPoint:
				'After the chemotherapy is injected in TACE, a special substance blocks the feeding vessels on the way out, starving the tumour of oxygen and nutrients.',
			difficulty: 'easy',
			audiences: ['doctor', 'nurse'],
			objective: 'Explain the role of the blocking substance in TACE.',
			source: {
				passageIds: ['chemotherapy-5', 'chemotherapy-3', 'ablation-2', 'immunotherapy-1'],
				quote:
					'They inject the chemotherapy drugs directly into them and use a special substance to block the tumour feeding vessels on their way out.'
			}
		},
		{
			id: 'embolisation-hai-vs-tace',
			type: 'single-best-answer',
			stem: 'A registrar is teaching medical students about the ways chemotherapy can be delivered to liver metastases.',
			leadIn:
				'Which statement correctly contrasts hepatic arterial infusion (HAI) with transarterial chemoembolisation (TACE)?',
			options: [
				{
					text: 'HAI delivers radiation, whereas TACE delivers chemotherapy',
					correct: false,
					explanation:
						'Both deliver chemotherapy. Radiation delivered through the arteries describes radioembolisation.'
				},
				{
					text: 'HAI is given orally as tablets, whereas TACE is given by intravenous infusion',
					correct: false,
					explanation:
						'Tablets and intravenous infusion are the routes of systemic chemotherapy. HAI uses a pump in the hepatic artery and TACE a catheter in the tumour-feeding arteries.'
				},
				{
					text: 'HAI is used when the cancer has spread outside the liver, whereas TACE is used when the primary has only spread to the liver',
					correct: false,
					explanation:
						'HAI may be used when the cancer has not spread outside the liver, so this contrast is wrong.'
				},
				{
					text: 'TACE uses a pump positioned surgically in the hepatic artery, whereas HAI uses a catheter passed from a peripheral artery',
					correct: false,
					explanation:
						'This reverses the two: the surgically positioned pump belongs to HAI, and the catheter from a peripheral artery to TACE.'
				},
				{
					text: 'HAI uses a pump positioned surgically in the hepatic artery, whereas TACE uses a catheter and a guidewire passed from a peripheral artery with interventional radiology',
					correct: true,
					explanation:
						'Correct: HAI chemotherapy is given via a surgically positioned pump in the hepatic artery; TACE is achieved with interventional radiology using a catheter and a guidewire from a peripheral artery.'
				}
			],
			teachingPoint:
				'HAI and TACE both deliver chemotherapy through the hepatic artery, but HAI uses a surgically positioned pump while TACE is an interventional radiology catheter procedure.',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective: 'Contrast hepatic arterial infusion with TACE.',
			source: {
				passageIds: ['chemotherapy-4', 'chemotherapy-5', 'chemotherapy-3', 'radiotherapy-4'],
				quote:
					'the chemotherapy is administered directly to the liver via a pump that is positioned surgically in the artery that brings blood supply to the liver (called the hepatic artery)'
			}
		},
		{
			id: 'embolisation-tace-indication',
			type: 'single-best-answer',
			stem: 'A 67-year-old man with colorectal cancer has several liver metastases. Staging imaging shows no cancer elsewhere in the body. The MDT is considering TACE.',
			leadIn: 'Which criterion does the document give for when TACE can be used?',
			options: [
				{
					text: 'The primary cancer has only spread to the liver',
					correct: true,
					explanation:
						'Correct: TACE can be used in cases when the primary cancer has only spread to the liver, as in this patient.'
				},
				{
					text: 'The tumours are small, usually less than 3 cm in diameter',
					correct: false,
					explanation:
						'Tumours usually less than 3 cm that cannot be removed with surgery are the document’s description for ablation, not TACE.'
				},
				{
					text: 'There are 1 to 3 small liver metastases',
					correct: false,
					explanation:
						'One to three small liver metastases is when the document says stereotactic body radiation therapy may be used.'
				},
				{
					text: 'The patient is fit enough for a major liver resection',
					correct: false,
					explanation:
						'Fitness for a major operation is assessed before liver resection; the document’s criterion for TACE is spread only to the liver.'
				},
				{
					text: 'The cancer has also spread to other parts of the body',
					correct: false,
					explanation:
						'The document describes TACE for cases in which the primary cancer has only spread to the liver.'
				}
			],
			teachingPoint: 'TACE can be used when the primary cancer has spread only to the liver.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'State when TACE can be used for liver metastases.',
			source: {
				passageIds: ['chemotherapy-5', 'ablation-1', 'radiotherapy-3', 'surgery-6'],
				quote: 'TACE can be used in cases when the primary cancer has only spread to the liver.'
			}
		},
		// ---------------------------------------------------------------- multiple response
		{
			id: 'embolisation-shared-route-mr',
			type: 'multiple-response',
			stem: 'The MDT has discussed TACE and radioembolisation for a 60-year-old woman with colorectal liver metastases. She asks the nurse what the two procedures have in common.',
			leadIn:
				'Which features do TACE and radioembolisation share, as the document describes them? Select all that apply.',
			options: [
				{
					text: 'Both are achieved with interventional radiology',
					correct: true,
					explanation: 'Correct: the document says each is achieved with interventional radiology.'
				},
				{
					text: 'Both begin with access to a peripheral artery using a catheter and a guidewire',
					correct: true,
					explanation:
						'Correct: in both, the doctors access a peripheral artery with a catheter and a guidewire.'
				},
				{
					text: 'Both use a pump positioned surgically in the hepatic artery',
					correct: false,
					explanation:
						'A surgically positioned pump is used in hepatic arterial infusion, not in TACE or radioembolisation.'
				},
				{
					text: 'Both use x-ray guidance to reach the hepatic artery',
					correct: true,
					explanation:
						'Correct: in both, the catheter finds its way to the hepatic artery under x-ray guidance.'
				},
				{
					text: 'Both deliver beads containing yttrium 90 into the tumour',
					correct: false,
					explanation:
						'Only radioembolisation uses yttrium 90 beads; TACE injects chemotherapy drugs.'
				},
				{
					text: 'Both advance the catheter into the small arteries that feed the tumours',
					correct: true,
					explanation:
						'Correct: in both, the catheter is advanced from the hepatic artery into the small arteries that feed the tumours.'
				}
			],
			teachingPoint:
				'TACE and radioembolisation share one route: interventional radiology, a peripheral artery, x-ray guidance to the hepatic artery, then the small tumour-feeding arteries.',
			difficulty: 'medium',
			audiences: ['doctor', 'nurse'],
			objective: 'Describe the arterial route shared by TACE and radioembolisation.',
			source: {
				passageIds: ['chemotherapy-5', 'radiotherapy-4', 'chemotherapy-4'],
				quote:
					'The doctors access a peripheral artery in the body with a catheter and a guidewire and find their way under x-ray guidance to the hepatic artery'
			}
		},
		{
			id: 'embolisation-tace-effects-mr',
			type: 'multiple-response',
			stem: 'A 64-year-old man who has had TACE for liver metastases asks the nurse how the treatment works on his tumours.',
			leadIn: 'Which explanations are supported by the document? Select all that apply.',
			options: [
				{
					text: 'The chemotherapy is delivered directly into the tumour',
					correct: true,
					explanation: 'Correct: in TACE the chemotherapy is delivered directly into the tumour.'
				},
				{
					text: 'Radioactive beads release radiation inside the tumour',
					correct: false,
					explanation: 'Radioactive yttrium 90 beads are used in radioembolisation, not TACE.'
				},
				{
					text: 'Blocking the small feeding arteries deprives the tumours of the oxygen and nutrients they need to grow',
					correct: true,
					explanation:
						'Correct: by blocking the small feeding arteries, the tumours are deprived of oxygen and nutrients that they need to grow.'
				},
				{
					text: 'Heat from a probe destroys the tumour',
					correct: false,
					explanation: 'Heat delivered by a probe describes ablation, not TACE.'
				},
				{
					text: 'The chemotherapy circulates throughout the whole body to reach the tumour',
					correct: false,
					explanation:
						'Circulating throughout the body describes systemic chemotherapy. TACE delivers the chemotherapy directly into the tumour.'
				}
			],
			teachingPoint:
				'TACE attacks the tumour twice: direct chemotherapy, and starvation of oxygen and nutrients by blocking its feeding arteries.',
			difficulty: 'easy',
			audiences: ['nurse'],
			objective: 'Explain to a patient how TACE acts on liver metastases.',
			source: {
				passageIds: ['chemotherapy-5', 'radiotherapy-4', 'ablation-2', 'chemotherapy-3'],
				quote:
					'by blocking the small feeding arteries, the tumours are deprived of oxygen and nutrients that they need to grow'
			}
		},
		{
			id: 'embolisation-sirt-names-mr',
			type: 'multiple-response',
			stem: 'A patient’s clinic letters refer to the planned treatment of her liver metastases by several different names. The treatment uses beads containing radioactive yttrium 90.',
			leadIn: 'Which names does the document use for this treatment? Select all that apply.',
			options: [
				{
					text: 'Transarterial chemoembolisation',
					correct: false,
					explanation:
						'Transarterial chemoembolisation (TACE) injects chemotherapy drugs, not radioactive beads.'
				},
				{
					text: 'Selective internal radiotherapy',
					correct: true,
					explanation:
						'Correct: selective internal radiotherapy is one of the names the document gives.'
				},
				{
					text: 'Stereotactic body radiation therapy',
					correct: false,
					explanation:
						'Stereotactic radiotherapy is a form of external radiotherapy delivered from many angles, not bead treatment.'
				},
				{
					text: 'Radioembolisation',
					correct: true,
					explanation: 'Correct: radioembolisation is one of the names the document gives.'
				},
				{
					text: 'Hepatic arterial infusion',
					correct: false,
					explanation:
						'Hepatic arterial infusion delivers chemotherapy via a surgically positioned pump in the hepatic artery.'
				},
				{
					text: 'Brachytherapy',
					correct: true,
					explanation: 'Correct: the document also calls this treatment brachytherapy.'
				}
			],
			teachingPoint:
				'Radioembolisation, selective internal radiotherapy and brachytherapy are the document’s three names for yttrium 90 bead treatment.',
			difficulty: 'easy',
			audiences: ['doctor', 'nurse'],
			objective: 'Recognise the alternative names for radioembolisation.',
			source: {
				passageIds: ['radiotherapy-4', 'chemotherapy-5', 'radiotherapy-3', 'chemotherapy-4'],
				quote: 'Radioembolisation or selective internal radiotherapy or brachytherapy'
			}
		},
		{
			id: 'embolisation-hai-features-mr',
			type: 'multiple-response',
			stem: 'A 62-year-old man with colorectal liver metastases is being considered for hepatic arterial infusion (HAI).',
			leadIn: 'Which statements about HAI are supported by the document? Select all that apply.',
			options: [
				{
					text: 'The chemotherapy is administered directly to the liver',
					correct: true,
					explanation: 'Correct: in HAI the chemotherapy is administered directly to the liver.'
				},
				{
					text: 'The chemotherapy circulates throughout the whole body',
					correct: false,
					explanation:
						'Circulation throughout the body describes systemic chemotherapy; HAI goes directly to the liver.'
				},
				{
					text: 'The pump is positioned surgically',
					correct: true,
					explanation: 'Correct: the pump is positioned surgically.'
				},
				{
					text: 'The pump sits in the hepatic artery, the artery that brings blood supply to the liver',
					correct: true,
					explanation:
						'Correct: the pump is positioned in the artery that brings blood supply to the liver, the hepatic artery.'
				},
				{
					text: 'The pump delivers radioactive beads to the tumour',
					correct: false,
					explanation:
						'HAI delivers chemotherapy. Radioactive yttrium 90 beads are used in radioembolisation.'
				},
				{
					text: 'It is used when the cancer has spread outside the liver',
					correct: false,
					explanation:
						'HAI may be used when the cancer has not spread outside the liver (and surgical resection is not possible).'
				}
			],
			teachingPoint:
				'HAI gives chemotherapy directly to the liver through a surgically positioned pump in the hepatic artery, for disease confined to the liver.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Describe how hepatic arterial infusion is delivered.',
			source: {
				passageIds: ['chemotherapy-4', 'chemotherapy-3', 'radiotherapy-4'],
				quote:
					'the chemotherapy is administered directly to the liver via a pump that is positioned surgically'
			}
		},
		{
			id: 'embolisation-direct-delivery-mr',
			type: 'multiple-response',
			stem: 'A 55-year-old woman has colorectal cancer that has spread only to the liver, and her liver metastases cannot be surgically removed. The MDT is discussing how treatment could reach her tumours.',
			leadIn:
				'Which treatments does the document describe as delivering treatment directly to the liver or its tumours, rather than throughout the body? Select all that apply.',
			options: [
				{
					text: 'Systemic chemotherapy given by intravenous infusion',
					correct: false,
					explanation:
						'Systemic chemotherapy drugs are given into the bloodstream and circulate throughout the body.'
				},
				{
					text: 'Hepatic arterial infusion',
					correct: true,
					explanation:
						'Correct: HAI chemotherapy is administered directly to the liver via a pump in the hepatic artery.'
				},
				{
					text: 'Transarterial chemoembolisation',
					correct: true,
					explanation:
						'Correct: in TACE the chemotherapy is delivered directly to the liver metastases.'
				},
				{
					text: 'Systemic chemotherapy given orally as tablets',
					correct: false,
					explanation:
						'Tablets are a route of systemic chemotherapy, whose drugs circulate throughout the body.'
				},
				{
					text: 'Radioembolisation',
					correct: true,
					explanation:
						'Correct: in radioembolisation the radioactive beads are positioned directly into the tumour.'
				}
			],
			teachingPoint:
				'HAI, TACE and radioembolisation all deliver treatment directly to the liver or its tumours, whereas systemic chemotherapy circulates throughout the body.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Contrast liver-directed arterial treatments with systemic chemotherapy.',
			source: {
				passageIds: ['chemotherapy-3', 'chemotherapy-4', 'chemotherapy-5', 'radiotherapy-4'],
				quote: 'the chemotherapy is delivered directly to the liver metastases'
			}
		},
		{
			id: 'embolisation-sirt-counselling-mr',
			type: 'multiple-response',
			stem: 'A 68-year-old man with liver metastases from colorectal cancer is booked for selective internal radiotherapy. The nurse is preparing to answer his questions.',
			leadIn:
				'Which statements could the nurse accurately make, based on the document? Select all that apply.',
			options: [
				{
					text: 'The beads contain radioactive yttrium 90',
					correct: true,
					explanation: 'Correct: the beads contain the radioactive yttrium 90.'
				},
				{
					text: 'A machine outside your body will direct a radiation beam at your liver',
					correct: false,
					explanation:
						'That describes external radiotherapy. Selective internal radiotherapy places radioactive beads in the tumour.'
				},
				{
					text: 'A catheter will be passed from an artery elsewhere in your body into the artery that supplies your liver, guided by x-ray',
					correct: true,
					explanation:
						'Correct: the doctors access a peripheral artery with a catheter and a guidewire and find their way under x-ray guidance to the hepatic artery.'
				},
				{
					text: 'The beads contain chemotherapy drugs',
					correct: false,
					explanation:
						'The beads contain radioactive yttrium 90. Injecting chemotherapy drugs into the feeding arteries describes TACE.'
				},
				{
					text: 'Blocking the small arteries that feed the tumours also deprives them of oxygen and nutrients',
					correct: true,
					explanation:
						'Correct: by blocking the small feeding arteries, the tumours are deprived of the oxygen and nutrients they need to grow.'
				},
				{
					text: 'A surgeon will position a pump in your hepatic artery',
					correct: false,
					explanation:
						'A surgically positioned pump is used for hepatic arterial infusion of chemotherapy, not for selective internal radiotherapy.'
				}
			],
			teachingPoint:
				'In selective internal radiotherapy, yttrium 90 beads reach the tumour through a catheter guided by x-ray, and blocking the feeding arteries also starves the tumour.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective:
				'Prepare accurate answers to patient questions about selective internal radiotherapy.',
			source: {
				passageIds: ['radiotherapy-4', 'radiotherapy-3', 'chemotherapy-5', 'chemotherapy-4'],
				quote:
					'Additionally, by blocking the small feeding arteries, the tumours are deprived of oxygen and nutrients that they need to grow.'
			}
		},
		{
			id: 'embolisation-tace-vs-systemic-mr',
			type: 'multiple-response',
			stem: 'A 52-year-old woman with ovarian cancer that has spread only to the liver has previously had systemic chemotherapy. The MDT now recommends TACE, and she asks how the two differ.',
			leadIn:
				'Which statements correctly contrast TACE with systemic chemotherapy, according to the document? Select all that apply.',
			options: [
				{
					text: 'TACE delivers the chemotherapy directly into the tumour, whereas systemic chemotherapy drugs circulate throughout the body',
					correct: true,
					explanation:
						'Correct: systemic drugs circulate throughout the body; TACE delivers the chemotherapy directly into the tumour.'
				},
				{
					text: 'Systemic chemotherapy requires a catheter to be passed from a peripheral artery into the hepatic artery',
					correct: false,
					explanation:
						'Systemic chemotherapy is given by intravenous infusion or orally as tablets; the catheter route belongs to TACE.'
				},
				{
					text: 'Systemic chemotherapy can be given by intravenous infusion or as tablets, whereas TACE drugs are injected through a catheter into the small arteries feeding the tumours',
					correct: true,
					explanation:
						'Correct: these are the routes the document gives for systemic chemotherapy and for TACE.'
				},
				{
					text: 'TACE delivers radiation rather than chemotherapy',
					correct: false,
					explanation:
						'TACE delivers chemotherapy; radiation delivered through the arteries describes radioembolisation.'
				},
				{
					text: 'In TACE, a special substance is also used to block the tumour feeding vessels',
					correct: true,
					explanation:
						'Correct: after the chemotherapy is injected, a special substance blocks the tumour feeding vessels on the way out.'
				},
				{
					text: 'TACE chemotherapy is taken orally as tablets',
					correct: false,
					explanation:
						'Tablets are a route of systemic chemotherapy. TACE chemotherapy is injected into the tumour-feeding arteries.'
				}
			],
			teachingPoint:
				'Systemic chemotherapy circulates throughout the body, whereas TACE puts chemotherapy directly into the tumour and blocks its feeding vessels.',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective: 'Contrast TACE with systemic chemotherapy.',
			source: {
				passageIds: ['chemotherapy-3', 'chemotherapy-5', 'radiotherapy-4'],
				quote:
					'the chemotherapy drugs are administered into the bloodstream via an intravenous infusion or orally as tablets. They circulate throughout the body and destroy cancer cells.'
			}
		},
		{
			id: 'embolisation-tace-vs-sirt-mr',
			type: 'multiple-response',
			stem: 'A junior doctor is preparing a teaching session comparing TACE with radioembolisation.',
			leadIn:
				'Which statements correctly describe a difference between the two, according to the document? Select all that apply.',
			options: [
				{
					text: 'TACE uses a surgically positioned pump, whereas radioembolisation uses a catheter',
					correct: false,
					explanation:
						'Both use a catheter and a guidewire from a peripheral artery; a surgically positioned pump belongs to hepatic arterial infusion.'
				},
				{
					text: 'Only radioembolisation blocks the tumour feeding vessels',
					correct: false,
					explanation:
						'Both use a special substance to block the tumour feeding vessels on the way out.'
				},
				{
					text: 'TACE injects chemotherapy drugs into the feeding arteries, whereas radioembolisation injects radioactive beads',
					correct: true,
					explanation:
						'Correct: TACE injects chemotherapy drugs; radioembolisation injects beads containing radioactive yttrium 90.'
				},
				{
					text: 'Only TACE uses x-ray guidance',
					correct: false,
					explanation: 'Both reach the hepatic artery under x-ray guidance.'
				},
				{
					text: 'Radioembolisation beads contain radioactive yttrium 90, which TACE does not use',
					correct: true,
					explanation:
						'Correct: yttrium 90 is described only for radioembolisation; TACE uses chemotherapy drugs.'
				},
				{
					text: 'Only TACE is achieved with interventional radiology',
					correct: false,
					explanation: 'Both are achieved with interventional radiology.'
				}
			],
			teachingPoint:
				'TACE and radioembolisation share the route, the blocking of feeding vessels and x-ray guidance; they differ in what is injected: chemotherapy or yttrium 90 beads.',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective: 'Distinguish TACE from radioembolisation.',
			source: {
				passageIds: ['chemotherapy-5', 'radiotherapy-4', 'chemotherapy-4'],
				quote: 'They inject the radioactive beads directly to them'
			}
		},
		{
			id: 'embolisation-blocking-mr',
			type: 'multiple-response',
			stem: 'A nurse is reviewing the treatments described for liver metastases before a patient education session.',
			leadIn:
				'In which treatments does the document describe a special substance being used to block the tumour feeding vessels? Select all that apply.',
			options: [
				{
					text: 'Microwave ablation',
					correct: false,
					explanation: 'Microwave ablation delivers heat via a probe to the liver metastasis.'
				},
				{
					text: 'Transarterial chemoembolisation',
					correct: true,
					explanation:
						'Correct: in TACE a special substance blocks the tumour feeding vessels after the chemotherapy is injected.'
				},
				{
					text: 'Irreversible electroporation',
					correct: false,
					explanation:
						'IRE uses electrical impulses that create small holes in the cancer cells’ outline.'
				},
				{
					text: 'Systemic chemotherapy',
					correct: false,
					explanation:
						'Systemic chemotherapy drugs are given into the bloodstream and circulate throughout the body.'
				},
				{
					text: 'Radioembolisation',
					correct: true,
					explanation:
						'Correct: in radioembolisation a special substance blocks the tumour feeding vessels after the beads are injected.'
				},
				{
					text: 'Stereotactic body radiation therapy',
					correct: false,
					explanation:
						'Stereotactic radiotherapy delivers an external radiation beam from many different angles.'
				}
			],
			teachingPoint:
				'Blocking the tumour feeding vessels with a special substance is what TACE and radioembolisation have in common; ablation, systemic chemotherapy and external radiotherapy work differently.',
			difficulty: 'easy',
			audiences: ['nurse'],
			objective: 'Identify the treatments that block tumour feeding vessels.',
			source: {
				passageIds: [
					'chemotherapy-5',
					'radiotherapy-4',
					'ablation-2',
					'chemotherapy-3',
					'radiotherapy-3'
				],
				quote: 'use a special substance to block the tumour feeding vessels on their way out'
			}
		},
		// ---------------------------------------------------------------- true / false
		{
			id: 'embolisation-tf-tace-ir-route',
			type: 'true-false',
			stem: 'TACE is achieved with interventional radiology: the doctors reach the hepatic artery from a peripheral artery elsewhere in the body, using a catheter and a guidewire under x-ray guidance.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: true,
					explanation:
						'True: TACE is achieved with interventional radiology, accessing a peripheral artery with a catheter and a guidewire and reaching the hepatic artery under x-ray guidance.'
				},
				{
					text: 'False',
					correct: false,
					explanation: 'The statement matches the document’s description of TACE.'
				}
			],
			teachingPoint:
				'TACE is an interventional radiology procedure reaching the hepatic artery from a peripheral artery under x-ray guidance.',
			difficulty: 'easy',
			audiences: ['doctor', 'nurse'],
			objective: 'Describe how the hepatic artery is reached during TACE.',
			source: {
				passageIds: ['chemotherapy-5'],
				quote: 'This is achieved with interventional radiology.'
			}
		},
		{
			id: 'embolisation-tf-sirt-block-after',
			type: 'true-false',
			stem: 'In radioembolisation, after the radioactive beads are injected into the small arteries that feed the tumours, a special substance is used to block the tumour feeding vessels on the way out.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: true,
					explanation:
						'True: the beads are injected directly into the small feeding arteries and a special substance blocks the tumour feeding vessels on the way out.'
				},
				{
					text: 'False',
					correct: false,
					explanation:
						'The statement matches the document: blocking follows injection of the beads, on the way out.'
				}
			],
			teachingPoint:
				'In radioembolisation the beads are injected first and the feeding vessels are blocked on the way out.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective: 'Describe the final step of radioembolisation.',
			source: {
				passageIds: ['radiotherapy-4'],
				quote:
					'They inject the radioactive beads directly to them and use a special substance to block the tumour feeding vessels on their way out.'
			}
		},
		{
			id: 'embolisation-tf-sirt-also-deprives',
			type: 'true-false',
			stem: 'Unlike TACE, radioembolisation acts only through radiation and does not deprive the tumours of oxygen and nutrients.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: false,
					explanation:
						'Radioembolisation also blocks the small feeding arteries, which deprives the tumours of oxygen and nutrients.'
				},
				{
					text: 'False',
					correct: true,
					explanation:
						'False: as well as delivering radiation directly to the tumour, blocking the small feeding arteries deprives the tumours of the oxygen and nutrients they need to grow, as in TACE.'
				}
			],
			teachingPoint:
				'Radioembolisation, like TACE, has a second effect: blocking the feeding arteries starves the tumour of oxygen and nutrients.',
			difficulty: 'medium',
			audiences: ['doctor', 'nurse'],
			objective: 'Explain the two ways in which radioembolisation acts on tumours.',
			source: {
				passageIds: ['radiotherapy-4', 'chemotherapy-5'],
				quote:
					'Additionally, by blocking the small feeding arteries, the tumours are deprived of oxygen and nutrients that they need to grow.'
			}
		},
		{
			id: 'embolisation-tf-hai-pump-ir',
			type: 'true-false',
			stem: 'In hepatic arterial infusion (HAI), the pump is placed with interventional radiology by passing a catheter and a guidewire from a peripheral artery.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: false,
					explanation:
						'The catheter-and-guidewire route from a peripheral artery describes TACE and radioembolisation. The HAI pump is positioned surgically.'
				},
				{
					text: 'False',
					correct: true,
					explanation: 'False: in HAI the pump is positioned surgically in the hepatic artery.'
				}
			],
			teachingPoint:
				'The HAI pump is positioned surgically; the interventional radiology catheter route belongs to TACE and radioembolisation.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Distinguish how HAI is set up from the interventional radiology route.',
			source: {
				passageIds: ['chemotherapy-4', 'chemotherapy-5'],
				quote:
					'via a pump that is positioned surgically in the artery that brings blood supply to the liver (called the hepatic artery)'
			}
		},
		{
			id: 'embolisation-tf-tace-liver-only',
			type: 'true-false',
			stem: 'A 64-year-old woman’s breast cancer has spread only to her liver. By the document’s description, this is a situation in which TACE can be used.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: true,
					explanation:
						'True: TACE can be used in cases when the primary cancer has only spread to the liver.'
				},
				{
					text: 'False',
					correct: false,
					explanation:
						'The document states that TACE can be used when the primary cancer has only spread to the liver, as here.'
				}
			],
			teachingPoint: 'TACE can be used when the primary cancer has spread only to the liver.',
			difficulty: 'easy',
			audiences: ['doctor', 'nurse'],
			objective: 'Recognise a situation in which TACE can be used.',
			source: {
				passageIds: ['chemotherapy-5'],
				quote: 'TACE can be used in cases when the primary cancer has only spread to the liver.'
			}
		},
		{
			id: 'embolisation-tf-hai-extrahepatic',
			type: 'true-false',
			stem: 'Hepatic arterial infusion (HAI) may be used for unresectable liver metastases even when the cancer has also spread to other parts of the body.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: false,
					explanation:
						'The document describes HAI for cases in which the cancer has not spread outside the liver, and resection is not possible.'
				},
				{
					text: 'False',
					correct: true,
					explanation:
						'False: HAI may be used when surgical resection is not possible and the cancer has not spread outside the liver.'
				}
			],
			teachingPoint:
				'HAI requires both conditions: resection not possible, and no spread outside the liver.',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective: 'Apply the document’s criteria for hepatic arterial infusion.',
			source: {
				passageIds: ['chemotherapy-4'],
				quote:
					'HAI may be used to treat liver metastases when surgical resection is not possible and the cancer has not spread outside the liver.'
			}
		},
		{
			id: 'embolisation-tf-sirt-injected-arteries',
			type: 'true-false',
			stem: 'In radioembolisation, the beads containing yttrium 90 are injected through the catheter directly into the small arteries that feed the tumours.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: true,
					explanation:
						'True: the catheter is advanced into the small arteries that feed the tumours and the radioactive beads are injected directly into them.'
				},
				{
					text: 'False',
					correct: false,
					explanation:
						'The statement matches the document: the beads are injected directly into the small tumour-feeding arteries.'
				}
			],
			teachingPoint:
				'Radioembolisation beads are injected into the small tumour-feeding arteries, so they are positioned directly into the tumour.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective: 'State where the radioactive beads are injected in radioembolisation.',
			source: {
				passageIds: ['radiotherapy-4'],
				quote: 'Then they advance the catheter into the small arteries that feed the tumours.'
			}
		},
		{
			id: 'embolisation-tf-hai-hepatic-artery',
			type: 'true-false',
			stem: 'A patient with a hepatic arterial infusion (HAI) pump asks the nurse where it is. The nurse explains that the pump is in the hepatic artery, the artery that brings blood supply to the liver, and gives chemotherapy directly to the liver.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: true,
					explanation:
						'True: HAI chemotherapy is administered directly to the liver via a pump positioned surgically in the hepatic artery, the artery that brings blood supply to the liver.'
				},
				{
					text: 'False',
					correct: false,
					explanation: 'The nurse’s explanation matches the document’s description of HAI.'
				}
			],
			teachingPoint:
				'The HAI pump sits in the hepatic artery, which brings blood supply to the liver, and gives chemotherapy directly to the liver.',
			difficulty: 'easy',
			audiences: ['nurse'],
			objective: 'Explain to a patient where an HAI pump is and what it does.',
			source: {
				passageIds: ['chemotherapy-4'],
				quote: 'the chemotherapy is administered directly to the liver via a pump'
			}
		},
		{
			id: 'embolisation-tf-tace-main-trunk',
			type: 'true-false',
			stem: 'In TACE, the catheter stops in the hepatic artery and the chemotherapy is injected there to flow to the whole liver; the catheter is not advanced any further.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: false,
					explanation:
						'From the hepatic artery, the catheter is advanced into the small arteries that feed the tumours, and the chemotherapy is injected directly into them.'
				},
				{
					text: 'False',
					correct: true,
					explanation:
						'False: the doctors advance the catheter into the small arteries that feed the tumours and inject the chemotherapy directly into them.'
				}
			],
			teachingPoint:
				'In TACE the catheter goes beyond the hepatic artery into the small tumour-feeding arteries, so the chemotherapy is delivered directly into the tumour.',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective: 'Describe where in the arterial tree chemotherapy is injected during TACE.',
			source: {
				passageIds: ['chemotherapy-5'],
				quote: 'Then they advance the catheter into the small arteries that feed the tumours.'
			}
		},
		{
			id: 'embolisation-tf-liver-confined-both',
			type: 'true-false',
			stem: 'The document describes both TACE and hepatic arterial infusion (HAI) for cancer confined to the liver: TACE when the primary cancer has only spread to the liver, and HAI when the cancer has not spread outside the liver.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: true,
					explanation:
						'True: TACE can be used when the primary cancer has only spread to the liver, and HAI may be used when surgical resection is not possible and the cancer has not spread outside the liver.'
				},
				{
					text: 'False',
					correct: false,
					explanation:
						'The statement matches the document: both liver-directed chemotherapy techniques are described for disease that has not spread beyond the liver.'
				}
			],
			teachingPoint:
				'Both TACE and HAI are described for liver-confined disease; HAI additionally requires that resection is not possible.',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective: 'Compare when TACE and hepatic arterial infusion are used.',
			source: {
				passageIds: ['chemotherapy-4', 'chemotherapy-5'],
				quote: 'the cancer has not spread outside the liver'
			}
		},
		{
			id: 'embolisation-tf-tace-block-first',
			type: 'true-false',
			stem: 'In TACE, the special substance is injected first to block the tumour feeding vessels, and the chemotherapy drugs are injected afterwards.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: false,
					explanation:
						'The chemotherapy drugs are injected first; the special substance then blocks the feeding vessels on the way out.'
				},
				{
					text: 'False',
					correct: true,
					explanation:
						'False: the doctors inject the chemotherapy drugs directly into the small feeding arteries and use a special substance to block the vessels on their way out.'
				}
			],
			teachingPoint:
				'In TACE the chemotherapy is injected into the feeding arteries first; the vessels are blocked on the way out.',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective: 'Sequence the injection and blocking steps of TACE.',
			source: {
				passageIds: ['chemotherapy-5'],
				quote:
					'They inject the chemotherapy drugs directly into them and use a special substance to block the tumour feeding vessels on their way out.'
			}
		},
		// ---------------------------------------------------------------- extended matching
		{
			id: 'embolisation-emq-compare-features',
			type: 'extended-matching',
			stem: 'Comparing arterial and systemic ways of treating liver metastases',
			leadIn:
				'For each feature, choose the treatment or treatments to which the document attributes it. Each option may be used once, more than once or left unused.',
			options: [
				{
					text: 'TACE only',
					explanation:
						'Transarterial chemoembolisation: chemotherapy injected by interventional radiology into the small tumour-feeding arteries, which are then blocked.'
				},
				{
					text: 'Radioembolisation only',
					explanation:
						'Beads containing radioactive yttrium 90 injected by interventional radiology into the small tumour-feeding arteries, which are then blocked.'
				},
				{
					text: 'Both TACE and radioembolisation',
					explanation:
						'Features the two share: interventional radiology, the peripheral-artery route under x-ray guidance, and blocking of the feeding vessels.'
				},
				{
					text: 'Hepatic arterial infusion (HAI) only',
					explanation:
						'Chemotherapy administered directly to the liver via a surgically positioned pump in the hepatic artery.'
				},
				{
					text: 'Systemic chemotherapy only',
					explanation:
						'Drugs given by intravenous infusion or orally as tablets, which circulate throughout the body.'
				},
				{
					text: 'Both TACE and HAI',
					explanation:
						'Features the two chemotherapy techniques share: chemotherapy delivered directly to the liver or its metastases.'
				}
			],
			stems: [
				{
					id: 'a',
					text: 'Beads containing radioactive yttrium 90 are positioned directly into the tumour.',
					answer: 1,
					explanation: 'Only radioembolisation uses radioactive yttrium 90 beads.'
				},
				{
					id: 'b',
					text: 'A special substance blocks the tumour feeding vessels, depriving the tumours of oxygen and nutrients.',
					answer: 2,
					explanation:
						'The document describes this blocking step, and the resulting lack of oxygen and nutrients, for both TACE and radioembolisation.'
				},
				{
					id: 'c',
					text: 'A pump is positioned surgically in the hepatic artery.',
					answer: 3,
					explanation: 'A surgically positioned pump is described only for HAI.'
				},
				{
					id: 'd',
					text: 'The drugs may be given orally as tablets.',
					answer: 4,
					explanation: 'Tablets are a route of systemic chemotherapy only.'
				},
				{
					id: 'e',
					text: 'Chemotherapy is delivered directly to the liver or its metastases, rather than circulating throughout the body.',
					answer: 5,
					explanation:
						'HAI administers chemotherapy directly to the liver and TACE delivers it directly to the liver metastases; radioembolisation delivers radiation, not chemotherapy.'
				}
			],
			teachingPoint:
				'TACE and radioembolisation share the route and the blocking step but differ in payload; HAI and TACE both give chemotherapy directly to the liver, but only HAI needs a surgical pump.',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective: 'Compare the features of TACE, radioembolisation, HAI and systemic chemotherapy.',
			source: {
				passageIds: ['chemotherapy-5', 'radiotherapy-4', 'chemotherapy-4', 'chemotherapy-3'],
				quote: 'the chemotherapy is administered directly to the liver'
			}
		},
		{
			id: 'embolisation-emq-route-anatomy',
			type: 'extended-matching',
			stem: 'Routes by which treatments reach liver metastases',
			leadIn:
				'For each description, choose the vessel or route described in the document. Each option may be used once, more than once or left unused.',
			options: [
				{
					text: 'A peripheral artery',
					explanation:
						'The artery elsewhere in the body that is accessed with a catheter and a guidewire at the start of TACE and radioembolisation.'
				},
				{
					text: 'The hepatic artery',
					explanation:
						'The artery that brings blood supply to the liver; reached under x-ray guidance in TACE and radioembolisation, and the site of the HAI pump.'
				},
				{
					text: 'The small arteries that feed the tumours',
					explanation:
						'Where the catheter is advanced to, and where the chemotherapy (TACE) or radioactive beads (radioembolisation) are injected before these vessels are blocked.'
				},
				{
					text: 'The bloodstream, via an intravenous infusion',
					explanation:
						'A route for systemic chemotherapy, whose drugs then circulate throughout the body.'
				},
				{
					text: 'Through the skin, with a probe into the metastasis',
					explanation:
						'Percutaneous ablation: a probe inserted into the liver metastasis under ultrasound or x-ray guidance.'
				},
				{
					text: 'A radiation beam from outside the body',
					explanation:
						'External radiotherapy: a machine produces a beam that is directed at the tumour.'
				}
			],
			stems: [
				{
					id: 'a',
					text: 'The vessel that the interventional radiologist first accesses with a catheter and a guidewire at the start of TACE.',
					answer: 0,
					explanation: 'TACE begins with access to a peripheral artery.'
				},
				{
					id: 'b',
					text: 'The vessel in which the pump for hepatic arterial infusion is surgically positioned.',
					answer: 1,
					explanation:
						'The HAI pump is positioned surgically in the hepatic artery, the artery that brings blood supply to the liver.'
				},
				{
					id: 'c',
					text: 'The vessels into which the yttrium 90 beads are injected during radioembolisation.',
					answer: 2,
					explanation:
						'The catheter is advanced into the small arteries that feed the tumours and the beads are injected directly into them.'
				},
				{
					id: 'd',
					text: 'The route of systemic chemotherapy when it is not given as tablets.',
					answer: 3,
					explanation:
						'Systemic chemotherapy is given into the bloodstream via an intravenous infusion or orally as tablets.'
				}
			],
			teachingPoint:
				'Arterial treatments travel from a peripheral artery to the hepatic artery and then the small tumour-feeding arteries; HAI sits in the hepatic artery; systemic chemotherapy goes into the bloodstream.',
			difficulty: 'medium',
			audiences: ['doctor', 'nurse'],
			objective: 'Locate each step of the arterial route used to treat liver metastases.',
			source: {
				passageIds: [
					'chemotherapy-5',
					'radiotherapy-4',
					'chemotherapy-4',
					'chemotherapy-3',
					'ablation-1',
					'ablation-2',
					'radiotherapy-3'
				],
				quote:
					'find their way under x-ray guidance into the hepatic artery (the artery that brings blood supply to the liver)'
			}
		},
		{
			id: 'embolisation-emq-explaining-mechanism',
			type: 'extended-matching',
			stem: 'Explaining to patients how treatments act on liver metastases',
			leadIn:
				'For each patient, choose the explanation of how the treatment works that matches the document. Each option may be used once, more than once or left unused.',
			options: [
				{
					text: 'Chemotherapy goes directly into the tumour, and blocking its small feeding arteries deprives it of oxygen and nutrients',
					explanation: 'How TACE works.'
				},
				{
					text: 'Radiation from beads goes directly to the tumour with minimal effects on healthy tissue, and blocking its small feeding arteries deprives it of oxygen and nutrients',
					explanation:
						'How radioembolisation (selective internal radiotherapy, brachytherapy) works.'
				},
				{
					text: 'Chemotherapy goes directly to the liver through a pump in the hepatic artery',
					explanation: 'How hepatic arterial infusion works.'
				},
				{
					text: 'Drugs circulate throughout the body in the bloodstream and destroy cancer cells',
					explanation: 'How systemic chemotherapy works.'
				},
				{
					text: 'Heat delivered through a probe destroys the metastasis',
					explanation: 'How radiofrequency and microwave ablation work.'
				},
				{
					text: 'Electrical impulses create small holes in the cancer cells’ outline, causing their death',
					explanation: 'How irreversible electroporation works.'
				}
			],
			stems: [
				{
					id: 'a',
					text: 'A 63-year-old man booked for TACE asks how it will treat his liver metastases.',
					answer: 0,
					explanation:
						'TACE delivers chemotherapy directly into the tumour and, by blocking the small feeding arteries, deprives it of oxygen and nutrients.'
				},
				{
					id: 'b',
					text: 'A 58-year-old woman whose letter says she is to have brachytherapy for her liver metastases asks how it works.',
					answer: 1,
					explanation:
						'Brachytherapy is another name for radioembolisation: yttrium 90 beads deliver radiation directly to the tumour, and blocking the feeding arteries deprives it of oxygen and nutrients.'
				},
				{
					id: 'c',
					text: 'A 61-year-old man with a surgically placed hepatic artery pump asks how his chemotherapy reaches the cancer.',
					answer: 2,
					explanation:
						'In hepatic arterial infusion, chemotherapy is administered directly to the liver via the pump in the hepatic artery.'
				},
				{
					id: 'd',
					text: 'A 55-year-old woman taking chemotherapy tablets for liver metastases asks how the drugs reach the cancer.',
					answer: 3,
					explanation:
						'Oral tablets are systemic chemotherapy: the drugs enter the bloodstream and circulate throughout the body.'
				}
			],
			teachingPoint:
				'TACE and radioembolisation combine a direct payload (chemotherapy or radiation) with starving the tumour; HAI gives chemotherapy directly to the liver; systemic chemotherapy circulates throughout the body.',
			difficulty: 'easy',
			audiences: ['nurse'],
			objective:
				'Explain to patients how arterial and systemic treatments act on liver metastases.',
			source: {
				passageIds: [
					'chemotherapy-5',
					'radiotherapy-4',
					'chemotherapy-4',
					'chemotherapy-3',
					'ablation-2'
				],
				quote:
					'The beads deliver the radiation directly to the tumour with minimal effects to the healthy tissues around it.'
			}
		}
	]
});
