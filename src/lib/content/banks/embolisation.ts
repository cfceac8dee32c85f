import { defineBank } from '$lib/content/types';

/*
 * Two passages of the source are imprecise and are never keyed here. Hepatic arterial infusion:
 * the catheter is placed surgically into the hepatic arterial system and connected to a pump
 * implanted under the skin of the abdominal wall; the pump is not in the artery. Radioembolisation:
 * no separate blocking substance is normally used, because the yttrium-90 microspheres lodge in the
 * small tumour vessels themselves, and the treatment acts mainly through radiation rather than by
 * starving the tumour.
 */
export default defineBank({
	id: 'embolisation',
	title: 'Embolisation and arterial techniques',
	description:
		'Transarterial chemoembolisation (TACE), radioembolisation (selective internal radiotherapy with yttrium-90 beads) and hepatic arterial infusion: how each reaches the tumour, which patients they suit, and how to explain them.',
	items: [
		// ---------------------------------------------------------------- single best answer
		{
			id: 'embolisation-tace-procedure',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'Mrs Okafor, 58, has a neuroendocrine tumour of the small intestine that has spread to the liver and nowhere else. Her liver metastases cannot be removed, and the MDT has recommended transarterial chemoembolisation (TACE). At her pre-procedure visit she asks the nurse what will actually be done to her on the day.',
			leadIn: 'What is the best plain-language explanation for the nurse to give?',
			options: [
				{
					kind: 'explanation to the patient',
					text: 'A surgeon places a small device at an operation, so that chemotherapy can run into your liver over several weeks',
					correct: false,
					explanation:
						'This describes hepatic arterial infusion, which needs an operation. TACE is an interventional radiology procedure and needs no surgical wound.'
				},
				{
					kind: 'explanation to the patient',
					text: 'A needle-like probe is passed through your skin into each tumour on ultrasound, and heat is used to destroy it',
					correct: false,
					explanation:
						'This describes percutaneous heat ablation (radiofrequency or microwave). In TACE nothing is passed through the skin into the tumour; the chemotherapy reaches it through its arteries.'
				},
				{
					kind: 'explanation to the patient',
					text: 'A fine tube is put into an artery elsewhere in your body and steered on x-ray to the tumours’ arteries',
					correct: true,
					explanation:
						'Right: a catheter and guidewire enter a peripheral artery and are steered under x-ray guidance into the hepatic artery and on into the small arteries that feed her tumours, where the chemotherapy is injected.'
				},
				{
					kind: 'explanation to the patient',
					text: 'Chemotherapy is dripped into a vein in your arm and is carried around your whole body in the blood',
					correct: false,
					explanation:
						'This is systemic chemotherapy. The point of TACE for a patient whose cancer is confined to the liver is that the drug is delivered directly to the liver metastases.'
				},
				{
					kind: 'explanation to the patient',
					text: 'A machine outside your body aims radiation beams at the tumours from several different angles',
					correct: false,
					explanation:
						'This is stereotactic radiotherapy, an external treatment. TACE delivers chemotherapy from inside, through the arteries.'
				}
			],
			teachingPoint:
				'TACE is an interventional radiology procedure, not an operation: a catheter and guidewire go from a peripheral artery, under x-ray guidance, into the hepatic artery and then into the small arteries feeding the tumours, where the chemotherapy is injected. Explaining the route in these terms prepares the patient for an arterial puncture rather than a wound.',
			difficulty: 'medium',
			audiences: ['nurse', 'doctor'],
			objective: 'Explain to a patient, in plain words, how TACE is carried out.',
			source: {
				passageIds: ['chemotherapy-5'],
				quote:
					'The doctors access a peripheral artery in the body with a catheter and a guidewire and find their way under x-ray guidance into the hepatic artery'
			}
		},
		{
			id: 'embolisation-tace-two-effects',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 61-year-old man has six liver metastases from a pancreatic neuroendocrine tumour, which the liver surgeon cannot remove, and staging CT shows no disease outside the liver. He has been on chemotherapy tablets for a year, and the MDT now recommends TACE. He asks why chemotherapy put into the liver’s arteries should work any differently from the tablets he has already taken.',
			leadIn: 'What is the best explanation of how TACE acts on his tumours?',
			options: [
				{
					kind: 'explanation to the patient',
					text: 'The drug goes into the main liver artery and from there spreads evenly through the whole of the liver',
					correct: false,
					explanation:
						'The catheter does not stop in the hepatic artery: it is advanced into the small arteries that feed the tumours, so the drug is delivered into the tumours rather than spread across the liver.'
				},
				{
					kind: 'explanation to the patient',
					text: 'Beads left in the liver artery give off radiation, which destroys the tumours from the inside',
					correct: false,
					explanation:
						'Radioactive yttrium-90 beads are used in radioembolisation. TACE delivers chemotherapy.'
				},
				{
					kind: 'explanation to the patient',
					text: 'The drug still travels round the bloodstream as before, but the dose given into the artery is far higher',
					correct: false,
					explanation:
						'Circulation through the whole body is what systemic chemotherapy does. TACE places the drug in the tumours’ own arteries; its advantage is where the drug goes, not simply a bigger dose.'
				},
				{
					kind: 'explanation to the patient',
					text: 'The drug goes straight into the tumours, and blocking their small arteries starves them of oxygen and nutrients',
					correct: true,
					explanation:
						'Right: TACE acts twice. The chemotherapy is delivered directly into the tumours, and blocking their small feeding arteries deprives them of the oxygen and nutrients they need to grow.'
				},
				{
					kind: 'explanation to the patient',
					text: 'A drug given alongside it stops the tumours forming new blood vessels, so they are unable to build a fresh blood supply',
					correct: false,
					explanation:
						'Blocking the formation of new blood vessels is how angiogenesis inhibitors, a targeted therapy, work. TACE blocks the tumours’ existing feeding arteries with a special substance.'
				}
			],
			teachingPoint:
				'TACE differs from systemic chemotherapy in two ways: the drug is delivered directly into the tumour, and blocking the small feeding arteries deprives the tumour of oxygen and nutrients. That is why it can be offered after systemic treatment to a patient whose disease is confined to the liver.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Explain the two ways in which TACE acts on liver metastases.',
			source: {
				passageIds: ['chemotherapy-5', 'chemotherapy-3'],
				quote:
					'With this way the chemotherapy is delivered directly into the tumour and additionally by blocking the small feeding arteries, the tumours are deprived of oxygen and nutrients that they need to grow.'
			}
		},
		{
			id: 'embolisation-sirt-achieved-ir',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 62-year-old woman with colorectal liver metastases has seen the liver surgeon, who cannot remove them. The MDT now recommends radioembolisation. The surgical consent discussion frightened her, and she asks the nurse whether this treatment means another operation and a large wound.',
			leadIn: 'What should the nurse tell her?',
			options: [
				{
					kind: 'explanation to the patient',
					text: 'No: a radiologist passes a fine tube through an artery, guided by x-ray',
					correct: true,
					explanation:
						'Right: radioembolisation is achieved with interventional radiology. A catheter and guidewire go from a peripheral artery to the hepatic artery under x-ray guidance; there is no surgical wound.'
				},
				{
					kind: 'explanation to the patient',
					text: 'Yes: a surgeon places a small device in your abdomen to carry the treatment to your liver',
					correct: false,
					explanation:
						'An operation to place equipment is needed for hepatic arterial infusion of chemotherapy, not for radioembolisation.'
				},
				{
					kind: 'explanation to the patient',
					text: 'No: a probe is pushed through the skin into each tumour while you are sedated',
					correct: false,
					explanation:
						'A probe through the skin describes percutaneous ablation. Radioembolisation reaches the tumours through their arteries.'
				},
				{
					kind: 'explanation to the patient',
					text: 'Yes: it is done by keyhole surgery so that the beads can be placed inside the tumours',
					correct: false,
					explanation:
						'Keyhole (laparoscopic) surgery is one way of performing ablation or resection. Radioembolisation beads are delivered through a catheter in the arteries, not at an operation.'
				},
				{
					kind: 'explanation to the patient',
					text: 'No: the radioactive beads are given as a drip into a vein in your arm over an hour',
					correct: false,
					explanation:
						'An intravenous drip is a route for systemic chemotherapy. The beads are injected through a catheter into the arteries that feed the tumours.'
				}
			],
			teachingPoint:
				'Radioembolisation is an interventional radiology procedure through the arteries, not an operation. A patient frightened by surgery can be told honestly that no wound is made; the treatment is steered to the liver from an artery elsewhere in the body.',
			difficulty: 'easy',
			audiences: ['nurse'],
			objective: 'Explain to a patient that radioembolisation is done by interventional radiology.',
			source: {
				passageIds: ['radiotherapy-4'],
				quote: 'This is achieved with interventional radiology.'
			}
		},
		{
			id: 'embolisation-hai-less-common',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 57-year-old man has colorectal cancer with liver metastases that cannot be resected and no disease elsewhere. He has read that chemotherapy can be pumped straight into the liver’s artery and asks the registrar why the MDT has recommended standard chemotherapy through a vein instead.',
			leadIn: 'Which reason is the registrar best to give him?',
			options: [
				{
					kind: 'reason',
					text: 'Arterial chemotherapy is complex to set up and run, so it is offered less often than chemotherapy by vein',
					correct: true,
					explanation:
						'Right: he meets the conditions for hepatic arterial infusion (no resection possible, no spread outside the liver), but it is used less often than systemic chemotherapy because of its complexity, and systemic chemotherapy is the most common treatment for liver metastases.'
				},
				{
					kind: 'reason',
					text: 'Chemotherapy through the liver’s artery reaches liver tumours less well than chemotherapy by vein',
					correct: false,
					explanation:
						'The reverse: hepatic arterial infusion gives the chemotherapy directly to the liver. Its drawback is not poor delivery.'
				},
				{
					kind: 'reason',
					text: 'Chemotherapy through the liver’s artery is kept for metastases that the surgeon is able to remove',
					correct: false,
					explanation:
						'Hepatic arterial infusion may be used when resection is not possible, as in his case, so this would be a false reason.'
				},
				{
					kind: 'reason',
					text: 'His metastases are too many for arterial chemotherapy, which suits one to three small tumours',
					correct: false,
					explanation:
						'One to three small metastases is the description for stereotactic body radiation therapy. The number of his metastases does not exclude hepatic arterial infusion.'
				},
				{
					kind: 'reason',
					text: 'Arterial chemotherapy gives radiation to the liver, which his earlier bowel treatment rules out',
					correct: false,
					explanation:
						'Hepatic arterial infusion gives chemotherapy, not radiation; radiation through the arteries is radioembolisation.'
				}
			],
			teachingPoint:
				'A patient can meet the conditions for hepatic arterial infusion and still be offered systemic chemotherapy: HAI is used less often because of its complexity. In practice it needs a surgically placed catheter in the hepatic arterial system, connected to a pump implanted under the skin of the abdominal wall, and a centre experienced in running it.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective:
				'Explain to a patient why hepatic arterial infusion is used less often than systemic chemotherapy.',
			source: {
				passageIds: ['chemotherapy-4', 'chemotherapy-1'],
				quote: 'HAI is not used as often as systemic chemotherapy due to its complexity.'
			}
		},
		{
			id: 'embolisation-hai-candidate',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'The liver MDT is reviewing five patients with colorectal liver metastases. For each, staging imaging, the liver surgeon’s opinion and a fitness assessment are available. A trainee has proposed hepatic arterial infusion (HAI) chemotherapy for each of them.',
			leadIn: 'For which patient is HAI the most suitable option to discuss?',
			options: [
				{
					kind: 'patient',
					text: 'A 60-year-old man with two metastases that the surgeon can resect and no disease elsewhere',
					correct: false,
					explanation:
						'His metastases can be resected, and surgery offers the higher chance of cure. HAI is for patients in whom resection is not possible.'
				},
				{
					kind: 'patient',
					text: 'A 57-year-old woman with unresectable liver metastases and new nodules in both lungs',
					correct: false,
					explanation:
						'Lung metastases mean the cancer has spread outside the liver; HAI treats the liver and would leave the lung disease untreated.'
				},
				{
					kind: 'patient',
					text: 'A 59-year-old woman with unresectable metastases, no other spread, judged very high risk for any operation',
					correct: false,
					explanation:
						'She meets the disease conditions, but the HAI equipment is placed surgically, and she is too high risk for an operation. Alternatives that need no operation should be considered.'
				},
				{
					kind: 'patient',
					text: 'A 52-year-old man with one resectable metastasis and a confirmed deposit in the peritoneum',
					correct: false,
					explanation:
						'Neither condition is met: his liver disease is resectable and the cancer has spread to the peritoneum.'
				},
				{
					kind: 'patient',
					text: 'A 63-year-old man with unresectable metastases, no other spread, and fit for surgery',
					correct: true,
					explanation:
						'Right: resection is not possible, the cancer has not spread outside the liver, and he is fit for the operation needed to place the equipment.'
				}
			],
			teachingPoint:
				'HAI may be used when two conditions hold together: the liver metastases cannot be resected, and the cancer has not spread outside the liver. Because the equipment is placed surgically, the patient must also be fit for an operation.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Select a patient for whom hepatic arterial infusion may be used.',
			source: {
				passageIds: ['chemotherapy-4', 'surgery-6'],
				quote:
					'HAI may be used to treat liver metastases when surgical resection is not possible and the cancer has not spread outside the liver.'
			}
		},
		{
			id: 'embolisation-sirt-healthy-tissue',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 70-year-old woman with liver metastases from a neuroendocrine cancer is booked for selective internal radiotherapy. Years ago she had external radiotherapy to the breast and remembers sore, burnt skin. She asks the nurse whether the radiation will damage the healthy part of her liver.',
			leadIn: 'What is the best answer for the nurse to give?',
			options: [
				{
					kind: 'explanation to the patient',
					text: 'The beads give their radiation to the tumour alone, so there is no effect on the healthy liver',
					correct: false,
					explanation:
						'Reassuring but overstated: the effects on the surrounding healthy tissue are minimal, not absent. Promising no effect is an answer she may later feel was untrue.'
				},
				{
					kind: 'explanation to the patient',
					text: 'The radiation is spread thinly through the whole liver, so no one area gets enough to harm it',
					correct: false,
					explanation:
						'The beads are carried through the arteries that feed the tumour and lodge in its small vessels, so the radiation is concentrated in the tumour, not spread evenly.'
				},
				{
					kind: 'explanation to the patient',
					text: 'The beads give their radiation directly to the tumour, so effects on the healthy liver are minimal',
					correct: true,
					explanation:
						'Right, and honest: the radiation is delivered directly to the tumour with minimal effects on the healthy tissue around it. Unlike her breast treatment, no beam passes through the skin.'
				},
				{
					kind: 'explanation to the patient',
					text: 'The beam is aimed from outside at many angles, so the skin and liver get a lower dose than before',
					correct: false,
					explanation:
						'Aiming a beam from many angles describes stereotactic external radiotherapy. Selective internal radiotherapy carries the radiation source into the tumour through its arteries; no beam passes through the skin.'
				},
				{
					kind: 'explanation to the patient',
					text: 'The beads carry chemotherapy rather than radiation, so radiation damage does not arise',
					correct: false,
					explanation:
						'The beads contain radioactive yttrium-90. Chemotherapy into the feeding arteries describes TACE.'
				}
			],
			teachingPoint:
				'Radioembolisation beads deliver radiation directly to the tumour with minimal effects on the healthy tissue around it. The honest answer to a worried patient is "minimal", not "none": the hard judgement is to reassure without overpromising.',
			difficulty: 'hard',
			audiences: ['nurse'],
			objective:
				'Answer a patient’s question about the effect of radioembolisation on healthy liver honestly.',
			source: {
				passageIds: ['radiotherapy-4', 'radiotherapy-3'],
				quote:
					'The beads deliver the radiation directly to the tumour with minimal effects to the healthy tissues around it.'
			}
		},
		{
			id: 'embolisation-sirt-sequence',
			type: 'single-best-answer',
			task: 'recall',
			stem: 'A core trainee is consenting a 61-year-old man for radioembolisation of colorectal liver metastases and wants to describe the procedure in the order in which it happens.',
			leadIn: 'Which sequence describes how the beads reach the tumour?',
			options: [
				{
					kind: 'sequence',
					text: 'Hepatic artery reached at an operation, then a device is placed there to infuse the beads over several weeks',
					correct: false,
					explanation:
						'An operation and an infusion device belong to hepatic arterial infusion of chemotherapy, not to radioembolisation.'
				},
				{
					kind: 'sequence',
					text: 'Peripheral artery, where the beads are injected and left to be carried by the blood to the liver and into the tumour',
					correct: false,
					explanation:
						'The beads are not released at the entry point; the catheter is steered on from the hepatic artery into the branch that feeds the tumours before they are injected.'
				},
				{
					kind: 'sequence',
					text: 'A vein in the arm, then through the heart and lungs, then the liver, where the beads settle inside the tumour',
					correct: false,
					explanation:
						'Radioembolisation is an arterial treatment. Beads given into a vein would reach the lungs, not the liver tumours.'
				},
				{
					kind: 'sequence',
					text: 'Peripheral artery, then hepatic artery under x-ray guidance, then the branch feeding the tumours, where the beads go in',
					correct: true,
					explanation:
						'Right: a catheter and guidewire enter a peripheral artery, reach the hepatic artery under x-ray guidance, and are advanced into the arteries that feed the tumours, where the beads are injected. In practice this is usually a lobar or segmental branch; the beads are carried on and lodge in the tumours’ small vessels.'
				},
				{
					kind: 'sequence',
					text: 'The skin over the liver, then the tumour itself under ultrasound guidance, where the beads are placed through a probe',
					correct: false,
					explanation:
						'A probe through the skin under ultrasound guidance describes percutaneous ablation, not radioembolisation.'
				}
			],
			teachingPoint:
				'Radioembolisation follows the arterial route: peripheral artery, hepatic artery under x-ray guidance, then the arteries feeding the tumours (in practice usually a lobar or segmental branch), where the yttrium-90 beads are injected. The source speaks of the small feeding arteries and of a special substance that then blocks them, copying its TACE wording; in practice no separate blocking substance is normally used in radioembolisation, because the microspheres lodge in the small tumour vessels themselves.',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective: 'Sequence the steps by which radioembolisation beads reach the tumour.',
			source: {
				passageIds: ['radiotherapy-4'],
				quote: 'They inject the radioactive beads directly to them'
			}
		},
		{
			id: 'embolisation-hai-vs-tace',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 64-year-old man has colorectal metastases confined to the liver, which the surgeon cannot remove, and the MDT has recommended hepatic arterial infusion (HAI). His sister had TACE for neuroendocrine liver metastases, and he has read that both put chemotherapy into the liver’s arteries. He asks the nurse why his treatment involves the surgeons and an operation when hers did not.',
			leadIn: 'What is the best explanation for the nurse to give?',
			options: [
				{
					kind: 'explanation to the patient',
					text: 'TACE is done at an operation under general anaesthetic; HAI is given on the ward through a drip',
					correct: false,
					explanation:
						'Neither half is right: TACE is an interventional radiology procedure with no operation, and HAI runs chemotherapy into the liver’s arterial supply from surgically placed equipment, not through a drip into a vein.'
				},
				{
					kind: 'explanation to the patient',
					text: 'HAI needs an operation to remove part of the liver first; TACE treats the tumours without removing any liver',
					correct: false,
					explanation:
						'HAI is for patients in whom resection is not possible, as in his case; the operation is to place the equipment, not to remove liver.'
				},
				{
					kind: 'explanation to the patient',
					text: 'HAI gives radioactive beads, which are handled in theatre; TACE gives chemotherapy on the ward',
					correct: false,
					explanation:
						'Radioactive beads are used in radioembolisation. HAI gives chemotherapy, and TACE is done in the interventional radiology suite.'
				},
				{
					kind: 'explanation to the patient',
					text: 'Both are done by a radiologist; the surgeons simply review the liver once the treatment is over',
					correct: false,
					explanation:
						'The equipment for HAI is placed surgically, so the surgeons are directly involved; only TACE is an interventional radiology procedure.'
				},
				{
					kind: 'explanation to the patient',
					text: 'The equipment for HAI is put in place at an operation; TACE is done by a radiologist through an artery',
					correct: true,
					explanation:
						'Right: HAI equipment is positioned surgically, whereas TACE is achieved with interventional radiology from a peripheral artery. In practice the surgeon places a catheter into the hepatic arterial system and connects it to a pump implanted under the skin of the abdominal wall; the pump is not in the artery.'
				}
			],
			teachingPoint:
				'HAI and TACE both give chemotherapy through the liver’s arteries, but HAI equipment is placed at an operation, whereas TACE is an interventional radiology procedure. The source says the pump is "positioned surgically in the artery"; in practice a surgically placed catheter in the hepatic arterial system is connected to a pump under the skin of the abdominal wall.',
			difficulty: 'hard',
			audiences: ['nurse', 'doctor'],
			objective:
				'Explain to a patient why hepatic arterial infusion involves an operation and TACE does not.',
			source: {
				passageIds: ['chemotherapy-4', 'chemotherapy-5'],
				quote: 'via a pump that is positioned surgically'
			}
		},
		{
			id: 'embolisation-tace-indication',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 67-year-old man whose neuroendocrine tumour of the small bowel was removed two years ago now has seven liver metastases in both halves of the liver, the largest 5 cm, which the liver surgeon cannot remove; they have grown despite systemic treatment. He is fit, and the MDT is considering TACE. His staging CT of the chest, abdomen and pelvis has just been reported.',
			leadIn:
				'Which finding on his staging is most important in deciding whether TACE can be offered?',
			options: [
				{
					kind: 'finding',
					text: 'No cancer seen outside the liver',
					correct: true,
					explanation:
						'Right: TACE can be used when the primary cancer has spread to the liver and nowhere else, so the absence of disease elsewhere on staging is what allows it to be offered.'
				},
				{
					kind: 'finding',
					text: 'Seven metastases rather than one to three',
					correct: false,
					explanation:
						'One to three small metastases is the description for stereotactic body radiation therapy. The number of liver metastases does not by itself decide whether TACE can be used.'
				},
				{
					kind: 'finding',
					text: 'A largest metastasis measuring over 3 cm',
					correct: false,
					explanation:
						'Size under about 3 cm matters for ablation. It is not the deciding criterion for TACE.'
				},
				{
					kind: 'finding',
					text: 'Metastases present in both halves of the liver',
					correct: false,
					explanation:
						'The distribution in the liver matters for resection, which is already ruled out; it does not decide whether TACE can be used.'
				},
				{
					kind: 'finding',
					text: 'A liver of normal size and texture on CT',
					correct: false,
					explanation:
						'Liver size and health matter most for how much can safely be resected; the criterion the source gives for TACE is spread confined to the liver.'
				}
			],
			teachingPoint:
				'TACE can be used when the primary cancer has spread only to the liver. Size and number criteria belong to ablation and stereotactic radiotherapy; for TACE the staging question is whether there is disease outside the liver. In practice TACE is also used when the disease lies mainly, rather than only, in the liver, notably with neuroendocrine tumours, so the report is read for how much disease there is outside it.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Identify the staging finding that allows TACE to be offered.',
			source: {
				passageIds: ['chemotherapy-5', 'treatment-planning-6'],
				quote: 'TACE can be used in cases when the primary cancer has only spread to the liver.'
			}
		},
		{
			id: 'embolisation-extrahepatic-next',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 63-year-old woman with colorectal cancer has four liver metastases that cannot be resected and have grown despite two lines of chemotherapy, and she was booked for radioembolisation. A CT done the week before the procedure shows several new nodules in both lungs, which the MDT agrees are metastases. She remains well and fit.',
			leadIn: 'What is the most appropriate treatment to recommend now?',
			options: [
				{
					kind: 'treatment',
					text: 'Chemoembolisation of the four liver metastases',
					correct: false,
					explanation:
						'TACE is for cancer that has spread to the liver and nowhere else, and for colorectal metastases it is not standard care; swapping one liver-directed treatment for another leaves her lung disease untreated.'
				},
				{
					kind: 'treatment',
					text: 'Radioembolisation as booked, lungs reviewed later',
					correct: false,
					explanation:
						'Radioembolisation treats the liver only, through its arteries. Now that the cancer is in the lungs, going ahead would leave the lung metastases to grow while the liver is treated.'
				},
				{
					kind: 'treatment',
					text: 'Hepatic arterial infusion of chemotherapy',
					correct: false,
					explanation:
						'HAI may be used when the cancer has not spread outside the liver; lung metastases rule it out.'
				},
				{
					kind: 'treatment',
					text: 'Resection of the four liver metastases',
					correct: false,
					explanation:
						'They were unresectable, and resection would not treat the lung disease; systemic disease control matters more for outcome.'
				},
				{
					kind: 'treatment',
					text: 'Systemic chemotherapy by vein or tablet',
					correct: true,
					explanation:
						'Right: systemic chemotherapy circulates throughout the body, so it treats the lung and liver metastases together; as her disease grew on two lines, this means a further line. The liver-directed arterial treatments act on the liver alone.'
				}
			],
			teachingPoint:
				'New disease outside the liver changes the plan: radioembolisation, TACE and hepatic arterial infusion act on the liver alone, and TACE and HAI are used when the cancer is confined to the liver. Systemic chemotherapy, which circulates throughout the body, treats disease in several organs.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective:
				'Choose systemic treatment when disease outside the liver rules out arterial treatment.',
			source: {
				passageIds: ['chemotherapy-3', 'chemotherapy-5', 'chemotherapy-4'],
				quote: 'They circulate throughout the body and destroy cancer cells.'
			}
		},
		{
			id: 'embolisation-nurse-escalate',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A nurse is completing pre-assessment for a 66-year-old man booked for TACE tomorrow for neuroendocrine metastases in the liver. In the notes she finds a scan report from two days ago describing a new deposit in the spine, suspicious for metastasis. There is no record that anyone has acted on it, and the patient has not been told.',
			leadIn: 'What is the most appropriate action for the nurse?',
			options: [
				{
					kind: 'action',
					text: 'Continue the pre-assessment, since TACE treats the liver and the spine is a separate matter',
					correct: false,
					explanation:
						'Spread outside the liver bears directly on whether TACE is appropriate; carrying on risks an unsuitable procedure.'
				},
				{
					kind: 'action',
					text: 'Tell the patient that his cancer has spread and that TACE will have to be cancelled',
					correct: false,
					explanation:
						'The finding is suspicious, not confirmed, and the decision belongs to the treating team; breaking unconfirmed news and cancelling is not the nurse’s call.'
				},
				{
					kind: 'action',
					text: 'Contact the responsible team today so that the plan is reviewed before the procedure',
					correct: true,
					explanation:
						'Right: metastases elsewhere in the body are one of the factors the MDT weighs, and TACE is used when the cancer has spread only to the liver. The team must see the report before the procedure goes ahead.'
				},
				{
					kind: 'action',
					text: 'File the report in the notes for the team to see at his next clinic appointment',
					correct: false,
					explanation:
						'The next clinic is after the procedure; the finding needs review before tomorrow.'
				},
				{
					kind: 'action',
					text: 'Ask radiology to repeat the spine scan after the TACE to confirm the finding',
					correct: false,
					explanation:
						'Confirming the finding after the procedure reverses the order: the question is whether the procedure should happen at all.'
				}
			],
			teachingPoint:
				'A nurse who finds new evidence of spread outside the liver before TACE escalates it to the treating team before the procedure: the presence of metastases elsewhere is an MDT factor, and TACE is for disease confined to the liver. Telling the patient or cancelling is for the team, once the finding is confirmed.',
			difficulty: 'hard',
			audiences: ['nurse'],
			objective:
				'Escalate a finding at pre-assessment that may make a patient unsuitable for TACE.',
			source: {
				passageIds: ['treatment-planning-6', 'chemotherapy-5'],
				quote: 'the presence of any metastases in other parts of the body'
			}
		},
		{
			id: 'embolisation-unfit-tace',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 76-year-old man has five neuroendocrine liver metastases, 3 to 6 cm across, in both halves of the liver, and no disease elsewhere. His cardiopulmonary exercise test and cardiac assessment place him at very high risk for any operation. He wants treatment aimed at the liver.',
			leadIn: 'Which treatment is most suitable to offer him?',
			options: [
				{
					kind: 'treatment',
					text: 'Transarterial chemoembolisation',
					correct: true,
					explanation:
						'Right: his cancer has spread only to the liver, and TACE is an interventional radiology procedure through a peripheral artery, so it needs no operation.'
				},
				{
					kind: 'treatment',
					text: 'Hepatic arterial infusion chemotherapy',
					correct: false,
					explanation:
						'His disease is confined to the liver and unresectable, but HAI equipment is placed at an operation, for which he is very high risk.'
				},
				{
					kind: 'treatment',
					text: 'Major liver resection',
					correct: false,
					explanation:
						'He is very high risk for an operation, and the metastases are in both halves of the liver; alternatives should be considered.'
				},
				{
					kind: 'treatment',
					text: 'Percutaneous microwave ablation',
					correct: false,
					explanation:
						'Ablation is usually for small tumours, under about 3 cm; five metastases of 3 to 6 cm are beyond it.'
				},
				{
					kind: 'treatment',
					text: 'Stereotactic body radiation therapy',
					correct: false,
					explanation:
						'Stereotactic radiotherapy may be used for one to three small metastases; he has five, up to 6 cm.'
				}
			],
			teachingPoint:
				'For a patient too high risk for an operation, alternatives to surgery are considered. With several large metastases confined to the liver, TACE fits: it needs no operation, unlike hepatic arterial infusion, and the tumours are too many and too large for ablation or stereotactic radiotherapy.',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective:
				'Choose a liver-directed treatment for a patient who is very high risk for surgery.',
			source: {
				passageIds: ['surgery-6', 'chemotherapy-5', 'chemotherapy-4'],
				quote:
					'Some patients may be deemed very high risk for an operation. In these cases, alternative treatments should be considered.'
			}
		},
		{
			id: 'embolisation-resectable-not-hai',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 55-year-old woman has two colorectal liver metastases, 2 and 4 cm, in the left half of an otherwise normal liver, and no disease elsewhere. She is fit, and the liver surgeon confirms both can be removed with enough liver left behind. A trainee suggests hepatic arterial infusion to spare her an operation.',
			leadIn: 'What is the most appropriate treatment to recommend?',
			options: [
				{
					kind: 'treatment',
					text: 'Hepatic arterial infusion chemotherapy',
					correct: false,
					explanation:
						'HAI is for metastases that cannot be resected; hers can. Nor would it spare her an operation, as the equipment is placed surgically.'
				},
				{
					kind: 'treatment',
					text: 'Resection of both metastases',
					correct: true,
					explanation:
						'Right: surgery offers the higher chance of cure in appropriately selected patients, and colorectal liver metastases are treated well by an aggressive surgical approach. She is fit, with a healthy liver and resectable disease.'
				},
				{
					kind: 'treatment',
					text: 'Radioembolisation of the left half of the liver',
					correct: false,
					explanation:
						'Radioembolisation can control tumours that cannot be removed; for resectable colorectal metastases in a fit patient it gives up the better chance of cure.'
				},
				{
					kind: 'treatment',
					text: 'Stereotactic body radiation therapy',
					correct: false,
					explanation:
						'Stereotactic radiotherapy may be used for one to three small metastases, usually when surgery and ablation are not suitable; in a fit patient with resectable disease, surgery offers the higher chance of cure.'
				},
				{
					kind: 'treatment',
					text: 'Transarterial chemoembolisation',
					correct: false,
					explanation:
						'TACE is not standard care for colorectal metastases, and no arterial treatment offers her the chance of cure that resection of removable metastases gives.'
				}
			],
			teachingPoint:
				'Arterial treatments are for liver metastases that cannot be removed. A fit patient with resectable colorectal metastases in a healthy liver should be offered resection, the option with the higher chance of cure; HAI would not even avoid an operation.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Recognise when resection rather than an arterial treatment should be offered.',
			source: {
				passageIds: ['surgery-1', 'chemotherapy-4', 'surgery-3'],
				quote:
					'Surgery is the treatment option with the higher chance for a cure for liver metastases, if it is used in the appropriately selected cases.'
			}
		},
		{
			id: 'embolisation-sirt-no-more-chemo',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 64-year-old man has nine colorectal metastases in both halves of the liver, which cannot be resected; there is no disease elsewhere. After several lines of chemotherapy he has severe nerve damage and says he wants no more chemotherapy drugs by any route. He is willing to have a procedure.',
			leadIn: 'Which liver-directed treatment is most suitable to offer?',
			options: [
				{
					kind: 'treatment',
					text: 'Transarterial chemoembolisation',
					correct: false,
					explanation:
						'TACE delivers chemotherapy drugs into the tumours, which he has declined; for colorectal metastases it is also used only selectively, not as standard care.'
				},
				{
					kind: 'treatment',
					text: 'Stereotactic body radiation therapy',
					correct: false,
					explanation:
						'Stereotactic radiotherapy avoids chemotherapy, but it may be used for one to three small metastases; he has nine.'
				},
				{
					kind: 'treatment',
					text: 'Hepatic arterial infusion chemotherapy',
					correct: false,
					explanation:
						'HAI is an option when disease is unresectable and confined to the liver, but it is chemotherapy, which he has declined.'
				},
				{
					kind: 'treatment',
					text: 'Selective internal radiotherapy',
					correct: true,
					explanation:
						'Right: radioembolisation delivers radiation from yttrium-90 beads carried into the tumours through their arteries. It treats the liver through its arteries rather than tumour by tumour, so nine metastases do not rule it out, and it involves no chemotherapy drug.'
				},
				{
					kind: 'treatment',
					text: 'Percutaneous microwave ablation',
					correct: false,
					explanation:
						'Ablation avoids chemotherapy, but it is usually for a few small tumours under about 3 cm, not nine metastases in both halves of the liver.'
				}
			],
			teachingPoint:
				'The patient’s wishes are one of the factors in the plan. When a patient with many metastases confined to the liver declines further chemotherapy, radioembolisation (selective internal radiotherapy) gives a liver-directed treatment that is radiation, not a drug.',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective:
				'Choose between arterial treatments according to the patient’s wishes and the extent of disease.',
			source: {
				passageIds: ['treatment-planning-9', 'radiotherapy-4', 'radiotherapy-3'],
				quote: 'patient fitness and wishes'
			}
		},
		{
			id: 'embolisation-sirt-not-external',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 59-year-old woman had a five-week course of pelvic radiotherapy for rectal cancer, lying under a machine each weekday. Her liver metastases are now to be treated with selective internal radiotherapy, and she asks the nurse whether it will be like last time.',
			leadIn: 'What is the best explanation for the nurse to give of how this treatment differs?',
			options: [
				{
					kind: 'explanation to the patient',
					text: 'The same kind of machine is used, but this time its beams are aimed at the liver from many angles',
					correct: false,
					explanation:
						'Beams from many angles describe stereotactic radiotherapy, a form of external radiotherapy. Selective internal radiotherapy works from inside the tumour.'
				},
				{
					kind: 'explanation to the patient',
					text: 'The radiation is given as a drip into a vein, and it collects in the liver over the next few days',
					correct: false,
					explanation:
						'The beads are injected into the arteries that feed the tumours, not into a vein.'
				},
				{
					kind: 'explanation to the patient',
					text: 'The radiation comes from tiny radioactive beads carried into the tumours through their arteries',
					correct: true,
					explanation:
						'Right: in selective internal radiotherapy, beads containing radioactive yttrium-90 are injected through a catheter into the arteries that feed the tumours and lodge in the tumours’ small vessels; no machine beam is used.'
				},
				{
					kind: 'explanation to the patient',
					text: 'A probe is passed through the skin into the liver, and it gives off radiation into each tumour',
					correct: false,
					explanation:
						'A probe through the skin describes percutaneous ablation, which uses heat or electrical impulses, not radiation.'
				},
				{
					kind: 'explanation to the patient',
					text: 'Chemotherapy is put into the tumours’ arteries first, and a short course of beams follows afterwards',
					correct: false,
					explanation:
						'Chemotherapy into the tumours’ arteries is TACE. Selective internal radiotherapy gives radiation, from beads, through the arteries.'
				}
			],
			teachingPoint:
				'External radiotherapy uses a machine to direct a beam at the tumour; selective internal radiotherapy carries the radiation source, yttrium-90 beads, into the tumour through its arteries. The word "internal" is the clue a patient can hold on to.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective:
				'Explain to a patient how selective internal radiotherapy differs from external radiotherapy.',
			source: {
				passageIds: ['radiotherapy-3', 'radiotherapy-4'],
				quote: 'A machine is used to produce a radiation beam which is then directed at the tumour.'
			}
		},
		{
			id: 'embolisation-aim-after-tace',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 68-year-old woman had TACE yesterday for metastases from a neuroendocrine tumour of the small intestine, confined to the liver, which could not be removed. Before discharge she tells the nurse she is relieved that the cancer will now be gone for good, because the tumours have had their blood supply cut off.',
			leadIn: 'What should the nurse tell her?',
			options: [
				{
					kind: 'explanation to the patient',
					text: 'Yes: with their blood supply blocked the tumours starve, so they will disappear within weeks',
					correct: false,
					explanation:
						'Blocking the feeding arteries deprives the tumours of oxygen and nutrients, but that does not mean they will disappear; false certainty now makes later scans harder to bear.'
				},
				{
					kind: 'explanation to the patient',
					text: 'No: TACE eases symptoms but has no effect on the tumours themselves or on how fast they grow',
					correct: false,
					explanation:
						'Too pessimistic: liver-directed treatments can control and slow the growth of metastases and can even shrink them.'
				},
				{
					kind: 'explanation to the patient',
					text: 'Yes: the chemotherapy went straight into the tumours, so by now they have been destroyed',
					correct: false,
					explanation:
						'Direct delivery makes the treatment effective, not certain: TACE can control, slow or shrink metastases, but it does not reliably destroy them all.'
				},
				{
					kind: 'explanation to the patient',
					text: 'Not for certain: the aim is to control or shrink them, and your scans will show how they respond',
					correct: true,
					explanation:
						'Right, and honest: liver-directed treatments such as TACE can control, slow or even shrink liver metastases. For metastases that could not be removed that is the realistic aim, not certain disappearance; follow-up scans will show how hers respond.'
				},
				{
					kind: 'explanation to the patient',
					text: 'Yes, if her next scan is clear; after that no further treatment or follow-up will be needed',
					correct: false,
					explanation:
						'This promises an outcome the treatment cannot guarantee and discourages the follow-up she will need.'
				}
			],
			teachingPoint:
				'After TACE the honest expectation is control, slowing or shrinkage of the metastases, not certain disappearance, and follow-up scans show the response. The nurse corrects a hopeful misunderstanding gently, without removing hope or overpromising.',
			difficulty: 'hard',
			audiences: ['nurse'],
			objective: 'Set realistic expectations with a patient after TACE.',
			source: {
				passageIds: ['treatment-planning-10', 'chemotherapy-5'],
				quote: 'can control and slow the growth of or even shrink the liver metastases'
			}
		},
		{
			id: 'embolisation-sirt-beads-stay',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 72-year-old man has multiple neuroendocrine liver metastases that cannot be removed with surgery, and no disease elsewhere. The MDT recommends radioembolisation. His daughter has read that tiny radioactive beads are used, and asks the registrar what happens to the beads once they have been put in.',
			leadIn: 'What is the best explanation to give the family?',
			options: [
				{
					kind: 'explanation to the family',
					text: 'They are drawn back out through the same tube once the dose has been given',
					correct: false,
					explanation:
						'Nothing is withdrawn but the catheter: the beads are left where they have lodged in the vessels of the tumour, which is how they treat it.'
				},
				{
					kind: 'explanation to the family',
					text: 'They pass on into the bloodstream and are cleared from the body by the kidneys',
					correct: false,
					explanation:
						'The beads are injected into the tumours’ own arteries so that the radiation stays at the tumour, with limited effect on healthy tissue; beads carried round the body would defeat that purpose.'
				},
				{
					kind: 'explanation to the family',
					text: 'They stay in the vessels feeding the tumours and give their radiation there',
					correct: true,
					explanation:
						'Right: the beads are injected into the small arteries that feed the tumours and stay there, delivering their radiation directly to the tumour with limited effect on the healthy liver. They are not removed; the yttrium-90 they carry is short-lived, so the radiation fades over the following weeks.'
				},
				{
					kind: 'explanation to the family',
					text: 'They are taken out at a short operation a few weeks after the treatment',
					correct: false,
					explanation:
						'No second procedure is needed: the beads remain where they lodged, and their radioactivity fades by itself.'
				},
				{
					kind: 'explanation to the family',
					text: 'They dissolve in the main liver artery and spread the radiation evenly',
					correct: false,
					explanation:
						'The beads deliver radiation directly to the tumour, not evenly through the liver; that is what limits the dose to the healthy tissue around it.'
				}
			],
			teachingPoint:
				'In radioembolisation the yttrium-90 beads are injected into the arteries feeding the tumours and stay there: the radiation works at the tumour, with limited effect on the healthy liver, and fades as the yttrium-90 decays. Saying so answers a common fear that the beads must be taken out again or will travel round the body.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective:
				'Explain to a family what happens to radioembolisation beads once they are placed.',
			source: {
				passageIds: ['radiotherapy-4'],
				quote: 'The beads deliver the radiation directly to the tumour'
			}
		},
		{
			id: 'embolisation-tace-block-target',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 71-year-old man is consenting to TACE for two large neuroendocrine metastases in the right half of his liver, with no disease elsewhere. He has heard that the radiologist will block the arteries at the end and asks the nurse, worried, whether this will cut off the blood supply to his whole liver.',
			leadIn: 'What is the best explanation for the nurse to give?',
			options: [
				{
					kind: 'explanation to the patient',
					text: 'The tube is steered into the small arteries feeding the tumours, and it is those vessels that are blocked',
					correct: true,
					explanation:
						'Right: the catheter is advanced into the small arteries that feed the tumours; the chemotherapy is injected there and those feeding vessels are blocked, so the tumours are starved.'
				},
				{
					kind: 'explanation to the patient',
					text: 'The main liver artery is blocked, but the liver recovers its own supply within a few days afterwards',
					correct: false,
					explanation:
						'The block is not placed in the main hepatic artery; the catheter is taken further, into the small arteries that feed the tumours.'
				},
				{
					kind: 'explanation to the patient',
					text: 'The whole liver is starved of blood for a time, which is why the procedure is followed by a week in bed',
					correct: false,
					explanation:
						'The blocking is aimed at the tumours’ feeding vessels, not the whole liver; this answer would alarm him needlessly.'
				},
				{
					kind: 'explanation to the patient',
					text: 'Nothing is blocked; the chemotherapy is simply washed through the liver by the normal blood flow',
					correct: false,
					explanation:
						'Untrue: blocking the feeding vessels is part of TACE. Denying it would mislead him about what he is consenting to.'
				},
				{
					kind: 'explanation to the patient',
					text: 'The blocking is done first, so that the chemotherapy stays in the liver rather than reaching the tumours',
					correct: false,
					explanation:
						'The order is the other way round: the chemotherapy is injected into the feeding arteries first, and the vessels are blocked on the way out.'
				}
			],
			teachingPoint:
				'In TACE the block is placed where the chemotherapy goes: in the small arteries that feed the tumours. Explaining this answers a common fear that the whole liver will lose its blood supply, honestly and without minimising the blocking step.',
			difficulty: 'hard',
			audiences: ['nurse'],
			objective: 'Explain to a worried patient which vessels are blocked during TACE.',
			source: {
				passageIds: ['chemotherapy-5'],
				quote: 'use a special substance to block the tumour feeding vessels on their way out'
			}
		},
		{
			id: 'embolisation-hai-after-chemo-reserve',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 60-year-old man has three colorectal metastases confined to the liver, the largest 5 cm. After eight months of systemic chemotherapy they are smaller, but the liver surgeon judges that his chemotherapy-affected liver would not work well enough after the resection needed. He is fit, and the MDT now discusses hepatic arterial infusion (HAI).',
			leadIn: 'Which factor is the main reason HAI has become an option to discuss?',
			options: [
				{
					kind: 'factor',
					text: 'He has already had eight months of systemic chemotherapy',
					correct: false,
					explanation:
						'Previous treatment is part of the picture, but HAI is not defined by how much chemotherapy a patient has had.'
				},
				{
					kind: 'factor',
					text: 'Resection is ruled out by his liver’s reduced function',
					correct: true,
					explanation:
						'Right: chemotherapy can reduce how much liver can safely be removed, and here it makes resection impossible. HAI may be used when resection is not possible and the cancer has not spread outside the liver.'
				},
				{
					kind: 'factor',
					text: 'His metastases have become smaller with systemic chemotherapy',
					correct: false,
					explanation:
						'Shrinkage with chemotherapy sometimes allows resection; it is not the criterion for HAI.'
				},
				{
					kind: 'factor',
					text: 'His primary cancer is colorectal rather than lung or pancreatic',
					correct: false,
					explanation:
						'The type of primary matters for how well liver metastases respond to aggressive surgery; the criteria given for HAI are unresectability and no spread outside the liver.'
				},
				{
					kind: 'factor',
					text: 'His largest metastasis is too big for ablation at 5 cm',
					correct: false,
					explanation:
						'Ablation is usually for tumours under about 3 cm, so this rules ablation out, but it is not what makes HAI an option.'
				}
			],
			teachingPoint:
				'Chemotherapy can reduce how much liver can safely be removed. When that makes resection impossible, and the cancer remains confined to the liver, hepatic arterial infusion becomes an option to discuss.',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective:
				'Recognise when reduced liver reserve after chemotherapy makes hepatic arterial infusion an option.',
			source: {
				passageIds: ['surgery-5', 'chemotherapy-4'],
				quote:
					'if a liver is not healthy or has been affected by lifestyle choices (diet, alcohol etc) or treatments, such as chemotherapy, the amount that can be removed may be much less'
			}
		},
		{
			id: 'embolisation-jaundice-before-tace',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 69-year-old woman is waiting for TACE, planned in ten days, for liver metastases from a pancreatic neuroendocrine tumour. She phones the specialist nurse to say that for three days her eyes have looked yellow and her skin has been itching, and her husband thinks her abdomen is more swollen.',
			leadIn: 'What is the most appropriate response from the nurse?',
			options: [
				{
					kind: 'action',
					text: 'Reassure her that itching is common before TACE and suggest an antihistamine',
					correct: false,
					explanation:
						'Itching with yellow eyes is jaundice; treating the itch alone misses a change in how her liver is working.'
				},
				{
					kind: 'action',
					text: 'Arrange a prompt review by the team, before the procedure goes ahead',
					correct: true,
					explanation:
						'Right: jaundice and abdominal swelling from fluid (ascites) are symptoms of liver metastases, and how well the liver is working is one of the factors the plan rests on. The team needs to see her before TACE.'
				},
				{
					kind: 'action',
					text: 'Advise her to keep a symptom diary and bring it to the procedure appointment',
					correct: false,
					explanation:
						'Waiting ten days delays review of new jaundice and ascites, which may change whether TACE is appropriate.'
				},
				{
					kind: 'action',
					text: 'Tell her the symptoms mean TACE is now cancelled and palliative care will follow',
					correct: false,
					explanation:
						'The symptoms need assessment, but deciding the plan is for the team after review, not for the nurse over the phone.'
				},
				{
					kind: 'action',
					text: 'Suggest she drinks more fluid, as yellow eyes often reflect mild dehydration',
					correct: false,
					explanation:
						'Yellow eyes are jaundice, not dehydration; this false reassurance delays review.'
				}
			],
			teachingPoint:
				'New jaundice, itching or abdominal swelling (ascites) in a patient awaiting TACE are symptoms of liver metastases and may mean the liver is working less well. The nurse escalates promptly so the team can reassess before the procedure.',
			difficulty: 'hard',
			audiences: ['nurse'],
			objective: 'Recognise and escalate new symptoms in a patient awaiting TACE.',
			source: {
				passageIds: ['symptoms-6', 'symptoms-8', 'treatment-planning-8'],
				quote: 'Yellow skin or eyes (jaundice) and itchy skin'
			}
		},
		{
			id: 'embolisation-ir-team',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 65-year-old man with liver metastases from a neuroendocrine tumour, and no disease elsewhere, is listed for TACE. At pre-assessment he asks the nurse which team will carry out the procedure, because so far he has met only the oncologist and the liver surgeon.',
			leadIn: 'What should the nurse tell him?',
			options: [
				{
					kind: 'explanation to the patient',
					text: 'The liver surgeon will do it in theatre as an open or keyhole operation',
					correct: false,
					explanation:
						'TACE is not an operation; liver surgeons perform resections and some ablations.'
				},
				{
					kind: 'explanation to the patient',
					text: 'The oncologist will give it on the chemotherapy day unit through a drip',
					correct: false,
					explanation:
						'A drip on the day unit is how systemic chemotherapy is given. TACE delivers the drug through the arteries.'
				},
				{
					kind: 'explanation to the patient',
					text: 'The radiotherapy team will give it with a machine over several weeks',
					correct: false,
					explanation:
						'External radiotherapy uses a machine; TACE is a chemotherapy procedure through the arteries.'
				},
				{
					kind: 'explanation to the patient',
					text: 'An interventional radiologist will do it, guiding a fine tube by x-ray',
					correct: true,
					explanation:
						'Right: TACE is achieved with interventional radiology. He will meet a team he has not seen yet, which is worth telling him in advance.'
				},
				{
					kind: 'explanation to the patient',
					text: 'The anaesthetist will do it while he is under a general anaesthetic',
					correct: false,
					explanation:
						'Anaesthetists support procedures but do not perform TACE; the interventional radiologist does.'
				}
			],
			teachingPoint:
				'TACE is carried out by interventional radiology, a team the patient may not have met in clinic. Telling him who will do it and how (a catheter steered on x-ray) prepares him for the day.',
			difficulty: 'easy',
			audiences: ['nurse'],
			objective: 'Tell a patient which team carries out TACE.',
			source: {
				passageIds: ['chemotherapy-5'],
				quote: 'This is achieved with interventional radiology.'
			}
		},
		{
			id: 'embolisation-hai-explain',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 58-year-old woman with colorectal metastases confined to the liver, which cannot be removed, is starting hepatic arterial infusion. Her earlier chemotherapy was given through a drip in her arm. She asks the nurse how the new treatment reaches the cancer differently.',
			leadIn: 'What is the best explanation for the nurse to give?',
			options: [
				{
					kind: 'explanation to the patient',
					text: 'The drug is injected into the small arteries of each tumour, which are then blocked to starve them',
					correct: false,
					explanation:
						'Injection into the tumours’ arteries followed by blocking is TACE, not hepatic arterial infusion.'
				},
				{
					kind: 'explanation to the patient',
					text: 'Tiny radioactive beads are given into the liver’s artery and deliver radiation to each tumour',
					correct: false,
					explanation: 'Radioactive beads are used in radioembolisation; HAI gives chemotherapy.'
				},
				{
					kind: 'explanation to the patient',
					text: 'The same drip is used, but the drug is chosen because it collects in the liver more than elsewhere',
					correct: false,
					explanation:
						'HAI does not use a drip into a vein; the point is that the drug is given directly to the liver.'
				},
				{
					kind: 'explanation to the patient',
					text: 'The drug goes directly to the liver through its artery, instead of round the whole body',
					correct: true,
					explanation:
						'Right: in HAI the chemotherapy is administered directly to the liver through the hepatic artery, whereas systemic chemotherapy circulates throughout the body. (In practice the drug runs from a pump under the skin of the abdomen along a surgically placed catheter into the hepatic arterial system.)'
				},
				{
					kind: 'explanation to the patient',
					text: 'The drug is taken as tablets, which are absorbed from the gut and travel to the liver before anywhere else',
					correct: false,
					explanation:
						'Tablets are a form of systemic chemotherapy; HAI is given into the liver’s arterial supply.'
				}
			],
			teachingPoint:
				'Hepatic arterial infusion gives chemotherapy directly to the liver through its artery, whereas systemic chemotherapy circulates throughout the body. A plain explanation can say this without repeating the source’s imprecise "pump in the artery": the pump sits under the skin and a catheter carries the drug into the artery.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective:
				'Explain to a patient how hepatic arterial infusion differs from chemotherapy by drip.',
			source: {
				passageIds: ['chemotherapy-4', 'chemotherapy-3'],
				quote: 'the chemotherapy is administered directly to the liver'
			}
		},
		{
			id: 'embolisation-tace-is-chemotherapy',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 62-year-old man treated for colon cancer has three new liver metastases on surveillance CT, and his case will be discussed at the liver MDT next week. He has read about TACE online and asks the foundation doctor to put him forward for it, because it would spare him any more chemotherapy.',
			leadIn: 'What should the doctor explain about the treatment he is asking for?',
			options: [
				{
					kind: 'explanation to the patient',
					text: 'TACE gives radiation rather than drugs, so it would spare you further chemotherapy',
					correct: false,
					explanation:
						'Radioactive beads are given in radioembolisation, a form of radiotherapy. TACE delivers chemotherapy drugs.'
				},
				{
					kind: 'explanation to the patient',
					text: 'TACE blocks the tumours’ arteries without giving any drug, so it is not chemotherapy',
					correct: false,
					explanation:
						'Blocking the feeding vessels is the second half of TACE: the chemotherapy drugs are injected into those vessels first.'
				},
				{
					kind: 'explanation to the patient',
					text: 'TACE destroys the tumours with heat from a probe, so no drug is needed for it',
					correct: false,
					explanation:
						'Heat delivered through a probe is ablation. TACE reaches the tumours through their arteries and carries chemotherapy.'
				},
				{
					kind: 'explanation to the patient',
					text: 'TACE uses drugs that act on the liver alone, so it does not count as chemotherapy',
					correct: false,
					explanation:
						'The drugs are aimed at the tumours in the liver, but they are chemotherapy drugs; giving them by artery rather than by vein does not change that.'
				},
				{
					kind: 'explanation to the patient',
					text: 'TACE is itself chemotherapy, put into the tumours’ arteries rather than a vein',
					correct: true,
					explanation:
						'Right: in transarterial chemoembolisation the chemotherapy is delivered directly to the tumours through a catheter in their feeding arteries, which are then blocked. His wish to avoid chemotherapy is one of the factors the MDT will weigh, and he should know that TACE does not meet it.'
				}
			],
			teachingPoint:
				'TACE, transarterial chemoembolisation, is a way of giving chemotherapy: the drugs go through a catheter into the tumours’ own arteries, which are then blocked. A patient who asks for TACE to avoid chemotherapy has misunderstood it; correcting that before the MDT lets his wishes be weighed on accurate information. For colorectal metastases, TACE is in any case not standard care and is used only selectively.',
			difficulty: 'medium',
			audiences: ['doctor', 'nurse'],
			objective: 'Correct a patient’s belief that TACE would spare him chemotherapy.',
			source: {
				passageIds: ['chemotherapy-5', 'treatment-planning-9'],
				quote:
					'Transarterial chemoembolisation (TACE): the chemotherapy is delivered directly to the liver metastases.'
			}
		},
		{
			id: 'embolisation-large-single-tace',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 59-year-old woman has a single 8 cm neuroendocrine metastasis in the centre of the liver, wrapped around the main vessels, which the liver surgeon cannot remove safely. There is no disease outside the liver. She is fit and has already had systemic treatment.',
			leadIn: 'Which liver-directed treatment is most suitable?',
			options: [
				{
					kind: 'treatment',
					text: 'Irreversible electroporation',
					correct: false,
					explanation:
						'IRE is less disruptive to structures near the tumour, which is tempting here, but as an ablation method it is usually for tumours under about 3 cm, not 8 cm.'
				},
				{
					kind: 'treatment',
					text: 'Stereotactic body radiation therapy',
					correct: false,
					explanation:
						'Stereotactic radiotherapy may be used for one to three small metastases; a single 8 cm tumour is not small.'
				},
				{
					kind: 'treatment',
					text: 'Percutaneous microwave ablation',
					correct: false,
					explanation:
						'Ablation is usually for tumours under about 3 cm, and heat next to the main vessels is a further concern.'
				},
				{
					kind: 'treatment',
					text: 'Extended liver resection',
					correct: false,
					explanation: 'The liver surgeon has judged that the tumour cannot be removed safely.'
				},
				{
					kind: 'treatment',
					text: 'Transarterial chemoembolisation',
					correct: true,
					explanation:
						'Right: her cancer has spread only to the liver, and TACE reaches the tumour through its own feeding arteries, so the size and the position beside the main vessels that rule out the other options do not rule TACE out.'
				}
			],
			teachingPoint:
				'Size and position that rule out resection, ablation and stereotactic radiotherapy do not rule out TACE, which reaches the tumour through its feeding arteries. What TACE needs is disease confined to the liver.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective:
				'Choose between TACE, ablation and stereotactic radiotherapy for a large unresectable metastasis.',
			source: {
				passageIds: ['chemotherapy-5', 'ablation-1', 'radiotherapy-3'],
				quote: 'Then they advance the catheter into the small arteries that feed the tumours.'
			}
		},
		{
			id: 'embolisation-hai-peritoneal',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 56-year-old man with unresectable colorectal metastases confined to the liver on preoperative imaging goes to theatre for placement of hepatic arterial infusion equipment. On opening the abdomen, the surgeon finds several small deposits on the peritoneum; frozen section confirms metastatic adenocarcinoma.',
			leadIn: 'What is the most appropriate decision about the hepatic arterial infusion?',
			options: [
				{
					kind: 'decision',
					text: 'Abandon placement, as the cancer has spread outside the liver',
					correct: true,
					explanation:
						'Right: HAI may be used when the cancer has not spread outside the liver. Peritoneal metastases mean it has, and systemic control of the disease becomes the priority.'
				},
				{
					kind: 'decision',
					text: 'Place the equipment as planned, and treat the peritoneal deposits later on',
					correct: false,
					explanation:
						'HAI treats the liver; with disease now outside it, a liver-only treatment no longer matches his cancer.'
				},
				{
					kind: 'decision',
					text: 'Remove the peritoneal deposits, then place the equipment as planned',
					correct: false,
					explanation:
						'Removing visible deposits does not make the cancer confined to the liver again; systemic disease control is what matters.'
				},
				{
					kind: 'decision',
					text: 'Convert to a liver resection, since the abdomen is already open',
					correct: false,
					explanation:
						'His liver metastases were unresectable, and resection would not treat the peritoneal disease.'
				},
				{
					kind: 'decision',
					text: 'Place the equipment, and add radioembolisation for the peritoneal deposits',
					correct: false,
					explanation:
						'Radioembolisation is delivered through the liver’s arteries; it does not treat peritoneal disease.'
				}
			],
			teachingPoint:
				'Spread outside the liver found at operation removes the basis for hepatic arterial infusion, which is for unresectable disease confined to the liver. Systemic disease stability and control become the priority.',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective:
				'Decide on hepatic arterial infusion when disease outside the liver is found at operation.',
			source: {
				passageIds: ['surgery-3', 'chemotherapy-4'],
				quote: 'Systemic disease stability and control is crucial for a positive outcome.'
			}
		},
		{
			id: 'embolisation-primary-in-place-first',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 58-year-old man has just been diagnosed with colon cancer. The tumour in his bowel is still in place but is causing no obstruction or bleeding, and CT shows eight metastases through both halves of the liver, with no disease elsewhere. The liver surgeon cannot remove them. A trainee suggests TACE, since the cancer has spread only to the liver.',
			leadIn: 'What is the most appropriate first treatment to recommend?',
			options: [
				{
					kind: 'treatment',
					text: 'TACE to both liver halves',
					correct: false,
					explanation:
						'TACE acts on the liver alone, and for colorectal metastases it is not standard care. With his bowel tumour still in place and eight metastases, the first treatment needs to reach the whole of his disease.'
				},
				{
					kind: 'treatment',
					text: 'Hepatic arterial infusion',
					correct: false,
					explanation:
						'HAI also treats the liver alone, leaves the bowel tumour untreated, and needs an operation to place its equipment; it is used less often than systemic chemotherapy because of its complexity.'
				},
				{
					kind: 'treatment',
					text: 'Radioembolisation',
					correct: false,
					explanation:
						'Radioembolisation treats the liver alone and leaves the bowel tumour untreated; it is not the first treatment for a patient who has had none.'
				},
				{
					kind: 'treatment',
					text: 'Systemic chemotherapy',
					correct: true,
					explanation:
						'Right: chemotherapy is the most common treatment for liver metastases, and systemic drugs circulate throughout the body, reaching the bowel tumour as well as the eight liver metastases. Liver-directed treatments can be reconsidered once his response is known.'
				},
				{
					kind: 'treatment',
					text: 'Microwave ablation',
					correct: false,
					explanation:
						'Ablation is for small tumours, usually under about 3 cm, not for eight metastases through both halves of the liver, and it would leave the bowel tumour untreated.'
				}
			],
			teachingPoint:
				'Spread only to the liver does not make a liver-directed treatment the first choice. With the primary still in place and many metastases, systemic chemotherapy, which circulates throughout the body, treats all of the disease; TACE, HAI and radioembolisation act on the liver alone.',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective:
				'Choose systemic chemotherapy first when the primary is still in place and the liver disease is extensive.',
			source: {
				passageIds: ['chemotherapy-3', 'chemotherapy-1', 'chemotherapy-5'],
				quote: 'They circulate throughout the body and destroy cancer cells'
			}
		},
		{
			id: 'embolisation-hai-lung-nurse',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 60-year-old woman with colorectal cancer has liver metastases that cannot be removed and, on her latest scan, several metastases in both lungs. Her neighbour had chemotherapy pumped straight into the liver, and she asks the nurse, upset, why she is being offered chemotherapy through a vein instead.',
			leadIn: 'What is the best explanation for the nurse to give?',
			options: [
				{
					kind: 'explanation to the patient',
					text: 'Pump treatment is kept for people whose liver tumours can be removed, and yours are not removable',
					correct: false,
					explanation:
						'The reverse: hepatic arterial infusion may be used when resection is not possible. Giving a false reason undermines her trust later.'
				},
				{
					kind: 'explanation to the patient',
					text: 'Pump treatment suits people with one to three small tumours, and you have more than that',
					correct: false,
					explanation:
						'One to three small metastases is the description for stereotactic radiotherapy, not hepatic arterial infusion.'
				},
				{
					kind: 'explanation to the patient',
					text: 'Pump treatment works mainly on the liver; chemotherapy by vein also reaches the cancer in your lungs',
					correct: true,
					explanation:
						'Right, and honest: hepatic arterial infusion gives chemotherapy directly to the liver and is used when the cancer has not spread outside it. Systemic chemotherapy circulates throughout the body, so it treats her lung metastases too.'
				},
				{
					kind: 'explanation to the patient',
					text: 'Pump treatment would work just as well for you, but there is a long wait for it at the moment',
					correct: false,
					explanation:
						'Untrue for her: with lung metastases, a liver-directed treatment would leave part of her cancer untreated.'
				},
				{
					kind: 'explanation to the patient',
					text: 'Pump treatment gives radiation to the liver, and you have already had as much radiation as is safe',
					correct: false,
					explanation:
						'Hepatic arterial infusion gives chemotherapy; radiation through the liver’s arteries is radioembolisation.'
				}
			],
			teachingPoint:
				'When a patient compares her plan with someone else’s, the honest answer rests on her own disease: hepatic arterial infusion treats the liver and is for cancer that has not spread beyond it, whereas her lung metastases need a treatment that circulates throughout the body.',
			difficulty: 'hard',
			audiences: ['nurse'],
			objective:
				'Explain honestly to a patient with lung metastases why hepatic arterial infusion is not offered.',
			source: {
				passageIds: ['chemotherapy-4', 'chemotherapy-3'],
				quote:
					'HAI may be used to treat liver metastases when surgical resection is not possible and the cancer has not spread outside the liver.'
			}
		},
		{
			id: 'embolisation-access-site-check',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 66-year-old man returns to the ward after TACE for neuroendocrine metastases confined to the liver. He is comfortable and alert. The nurse begins post-procedure observations and wants to check the place where the treatment was delivered into his body.',
			leadIn: 'Which site should the nurse check for bleeding or swelling?',
			options: [
				{
					kind: 'site',
					text: 'A wound over the right upper abdomen, where the liver was reached',
					correct: false,
					explanation:
						'TACE makes no abdominal wound; the liver is reached from inside the arteries.'
				},
				{
					kind: 'site',
					text: 'The puncture in the peripheral artery used for the catheter',
					correct: true,
					explanation:
						'Right: TACE starts with access to a peripheral artery with a catheter and guidewire (in practice usually at the groin or wrist), and that arterial puncture is the site to watch after the procedure.'
				},
				{
					kind: 'site',
					text: 'A pocket under the skin of the abdominal wall that holds a pump',
					correct: false,
					explanation:
						'A pump under the abdominal skin belongs to hepatic arterial infusion, not TACE.'
				},
				{
					kind: 'site',
					text: 'The skin over the liver, where a probe was passed into the tumour',
					correct: false,
					explanation:
						'A probe through the skin into the tumour is percutaneous ablation, not TACE.'
				},
				{
					kind: 'site',
					text: 'The cannula in the arm vein through which the chemotherapy was given',
					correct: false,
					explanation:
						'The chemotherapy in TACE is injected into the tumours’ arteries through the catheter, not into a vein.'
				}
			],
			teachingPoint:
				'Knowing how a procedure is done tells the nurse what to check afterwards. TACE enters the body through a peripheral artery, so the arterial puncture site is checked; HAI has a pump pocket, and ablation a probe site.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective: 'Identify the site to check after an arterial procedure for liver metastases.',
			source: {
				passageIds: ['chemotherapy-5'],
				quote: 'The doctors access a peripheral artery in the body with a catheter and a guidewire'
			}
		},
		{
			id: 'embolisation-liver-function-before-tace',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 64-year-old man with unresectable neuroendocrine metastases confined to the liver is being considered for TACE. The MDT asks for an up-to-date assessment of how well his liver is working before deciding, as his last blood tests were taken six months ago.',
			leadIn: 'Which investigation best answers the MDT’s question?',
			options: [
				{
					kind: 'investigation',
					text: 'Tumour marker blood tests',
					correct: false,
					explanation:
						'Tumour markers can aid diagnosis and track the cancer, but they do not measure how well the liver works.'
				},
				{
					kind: 'investigation',
					text: 'Kidney function blood tests',
					correct: false,
					explanation:
						'Kidney function is part of the routine blood tests but answers a different question.'
				},
				{
					kind: 'investigation',
					text: 'PET CT scan of the whole body',
					correct: false,
					explanation:
						'PET CT shows where the cancer is, including outside the liver; it does not measure liver function.'
				},
				{
					kind: 'investigation',
					text: 'Liver function blood tests',
					correct: true,
					explanation:
						'Right: liver function tests are among the initial blood tests and answer the MDT’s question about how well the liver is working.'
				},
				{
					kind: 'investigation',
					text: 'Full blood count',
					correct: false,
					explanation:
						'A full blood count is part of the work-up but does not measure liver function.'
				}
			],
			teachingPoint:
				'How well the liver is working is one of the factors the MDT weighs before any liver-directed treatment. Liver function tests answer it; imaging answers where the cancer is.',
			difficulty: 'easy',
			audiences: ['doctor'],
			objective: 'Choose the test of liver function before TACE is decided.',
			source: {
				passageIds: ['treatment-planning-8', 'diagnosis-1'],
				quote: 'how well the liver is working'
			}
		},
		{
			id: 'embolisation-tace-liver-only-why-me',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'Mr Adeyemi, 59, has four neuroendocrine tumour metastases confined to his liver that cannot be removed, and is booked for TACE. At pre-assessment he says a man in his support group, whose bowel cancer had spread to his liver and his lungs, was given chemotherapy by drip instead, and asks why his own treatment is different.',
			leadIn: 'What is the best explanation for the nurse to give?',
			options: [
				{
					kind: 'explanation to the patient',
					text: 'TACE is kept for people who are fitter, and your friend may not have been well enough for it',
					correct: false,
					explanation:
						'Fitness matters for an operation, but it is not what separates the two men: the spread to the lungs is.'
				},
				{
					kind: 'explanation to the patient',
					text: 'TACE is for up to three small tumours, and your friend most likely had more tumours than that',
					correct: false,
					explanation:
						'One to three small metastases describes the use of stereotactic radiotherapy. TACE treats metastases confined to the liver, and Mr Adeyemi himself has four.'
				},
				{
					kind: 'explanation to the patient',
					text: 'TACE treats the liver, so it suits cancer that has spread to the liver alone, as yours has',
					correct: true,
					explanation:
						'Right: TACE delivers chemotherapy directly to the liver metastases and is used when the cancer has spread only to the liver. With cancer in the lungs as well, drugs that circulate throughout the body reach both.'
				},
				{
					kind: 'explanation to the patient',
					text: 'TACE is the newer treatment, and a drip is used for people who started treatment years ago',
					correct: false,
					explanation:
						'Chemotherapy by drip remains the most common treatment for liver metastases; the choice turns on where the cancer has spread, not on when treatment began.'
				},
				{
					kind: 'explanation to the patient',
					text: 'TACE is kept for people whose chemotherapy by drip has already stopped controlling the cancer',
					correct: false,
					explanation:
						'Nothing in the story suggests his friend’s chemotherapy had failed; it was chosen because the cancer had spread beyond the liver.'
				}
			],
			teachingPoint:
				'TACE acts on the liver, so it is used when the cancer has spread only to the liver; with disease elsewhere, such as in the lungs, systemic chemotherapy, which circulates throughout the body, is the treatment. Explaining this helps a patient make sense of a plan that differs from other people’s.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective: 'Explain to a patient why TACE suits cancer that has spread only to the liver.',
			source: {
				passageIds: ['chemotherapy-5', 'chemotherapy-3'],
				quote: 'when the primary cancer has only spread to the liver'
			}
		},
		// ---------------------------------------------------------------- multiple response
		{
			id: 'embolisation-shared-route-mr',
			type: 'multiple-response',
			task: 'recall',
			stem: 'The MDT has discussed TACE and radioembolisation for a 60-year-old woman with neuroendocrine metastases confined to the liver. She asks the nurse what the two procedures have in common.',
			leadIn: 'Which features do TACE and radioembolisation share? Select all that apply.',
			options: [
				{
					kind: 'feature',
					text: 'Both are carried out by interventional radiology',
					correct: true,
					explanation: 'Right: each is achieved with interventional radiology.'
				},
				{
					kind: 'feature',
					text: 'Both deliver chemotherapy into the tumour',
					correct: false,
					explanation:
						'TACE delivers chemotherapy; radioembolisation delivers radiation from yttrium-90 beads.'
				},
				{
					kind: 'feature',
					text: 'Both start with a catheter and guidewire in a peripheral artery',
					correct: true,
					explanation:
						'Right: in both, the doctors access a peripheral artery with a catheter and a guidewire.'
				},
				{
					kind: 'feature',
					text: 'Both need equipment placed at an operation',
					correct: false,
					explanation:
						'Equipment placed at an operation belongs to hepatic arterial infusion; neither TACE nor radioembolisation needs one.'
				},
				{
					kind: 'feature',
					text: 'Both use x-ray guidance to reach the hepatic artery',
					correct: true,
					explanation:
						'Right: in both, the catheter reaches the hepatic artery under x-ray guidance.'
				},
				{
					kind: 'feature',
					text: 'Both use a probe passed through the skin into the tumour',
					correct: false,
					explanation: 'A probe through the skin describes percutaneous ablation.'
				},
				{
					kind: 'feature',
					text: 'Both take the catheter on into arteries that feed the tumours',
					correct: true,
					explanation:
						'Right: in both, the catheter is advanced from the hepatic artery into the arteries that feed the tumours: the small feeding arteries in TACE, usually a lobar or segmental branch in radioembolisation.'
				}
			],
			teachingPoint:
				'TACE and radioembolisation share one route: interventional radiology, a peripheral artery, x-ray guidance to the hepatic artery, then the arteries feeding the tumours. They differ in what is injected.',
			difficulty: 'medium',
			audiences: ['nurse', 'doctor'],
			objective: 'Describe the arterial route shared by TACE and radioembolisation.',
			source: {
				passageIds: ['radiotherapy-4', 'chemotherapy-5'],
				quote:
					'The doctors access a peripheral artery in the body with a catheter and a guidewire and find their way under x-ray guidance to the hepatic artery'
			}
		},
		{
			id: 'embolisation-tace-effects-mr',
			type: 'multiple-response',
			task: 'recall',
			stem: 'The day after TACE for neuroendocrine tumour metastases confined to the liver, a 64-year-old man explains the treatment back to the nurse to check that he has understood it.',
			leadIn: 'Which of his statements are accurate? Select all that apply.',
			options: [
				{
					kind: 'patient statement',
					text: '“The chemotherapy was put straight into my liver tumours.”',
					correct: true,
					explanation:
						'Right: in TACE the chemotherapy is injected directly into the tumours’ arteries.'
				},
				{
					kind: 'patient statement',
					text: '“Tiny radioactive beads are now giving off radiation inside the tumours.”',
					correct: false,
					explanation: 'He is describing radioembolisation; TACE delivers chemotherapy.'
				},
				{
					kind: 'patient statement',
					text: '“The tube went in through an artery, not through a cut in my abdomen.”',
					correct: true,
					explanation:
						'Right: TACE is done through a catheter in a peripheral artery, with no surgical wound.'
				},
				{
					kind: 'patient statement',
					text: '“The chemotherapy went round my whole body in the bloodstream first.”',
					correct: false,
					explanation:
						'That describes systemic chemotherapy; TACE puts the drug into the tumours’ own arteries.'
				},
				{
					kind: 'patient statement',
					text: '“After the drug went in, the vessels feeding the tumours were blocked.”',
					correct: true,
					explanation:
						'Right: after the injection, a special substance blocks the tumour feeding vessels.'
				},
				{
					kind: 'patient statement',
					text: '“With their blood supply blocked, the tumours are sure to disappear.”',
					correct: false,
					explanation:
						'Blocking deprives the tumours of oxygen and nutrients, which can control or shrink them, but their disappearance is not certain; this misunderstanding needs gentle correction.'
				}
			],
			teachingPoint:
				'A patient’s own account of TACE shows what to reinforce and what to correct: direct chemotherapy, an arterial route with no wound, and blocking of the feeding vessels are right; confusion with radioembolisation or systemic chemotherapy, and certainty of cure, need correcting.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective: 'Check a patient’s understanding of TACE and correct misunderstandings.',
			source: {
				passageIds: ['chemotherapy-5', 'treatment-planning-10'],
				quote: 'They inject the chemotherapy drugs directly into them'
			}
		},
		{
			id: 'embolisation-sirt-names-mr',
			type: 'multiple-response',
			task: 'recall',
			stem: 'A 66-year-old woman’s clinic letters call the planned treatment of her liver metastases by different names. She is to have beads containing radioactive yttrium-90 delivered through the liver’s arteries.',
			leadIn: 'Which names refer to this treatment? Select all that apply.',
			options: [
				{
					kind: 'treatment name',
					text: 'Transarterial chemoembolisation',
					correct: false,
					explanation:
						'Transarterial chemoembolisation (TACE) uses the same route but injects chemotherapy, not radioactive beads.'
				},
				{
					kind: 'treatment name',
					text: 'Selective internal radiotherapy',
					correct: true,
					explanation: 'Right: selective internal radiotherapy (SIRT) is another name for it.'
				},
				{
					kind: 'treatment name',
					text: 'Stereotactic body radiation therapy',
					correct: false,
					explanation:
						'Stereotactic radiotherapy is external: a beam delivered from many angles around the body.'
				},
				{
					kind: 'treatment name',
					text: 'Radioembolisation',
					correct: true,
					explanation: 'Right: radioembolisation is one of its names.'
				},
				{
					kind: 'treatment name',
					text: 'Hepatic arterial infusion',
					correct: false,
					explanation: 'Hepatic arterial infusion gives chemotherapy directly to the liver.'
				},
				{
					kind: 'treatment name',
					text: 'Brachytherapy',
					correct: true,
					explanation:
						'Right: the treatment is also called brachytherapy, a term for radiotherapy given from a source placed inside the body.'
				},
				{
					kind: 'treatment name',
					text: 'External beam radiotherapy',
					correct: false,
					explanation:
						'External beam radiotherapy uses a machine outside the body; the beads work from inside the tumour.'
				}
			],
			teachingPoint:
				'Radioembolisation, selective internal radiotherapy (SIRT) and brachytherapy are names for the same yttrium-90 bead treatment. Patients meet all of them in letters, and recognising them avoids confusion with TACE and external radiotherapy.',
			difficulty: 'easy',
			audiences: ['nurse', 'doctor'],
			objective: 'Recognise the alternative names for radioembolisation.',
			source: {
				passageIds: ['radiotherapy-4'],
				quote: 'Radioembolisation or selective internal radiotherapy or brachytherapy'
			}
		},
		{
			id: 'embolisation-hai-features-mr',
			type: 'multiple-response',
			task: 'recall',
			stem: 'A 62-year-old man with colorectal liver metastases is being considered for hepatic arterial infusion (HAI). The registrar is preparing a summary of the treatment for him.',
			leadIn: 'Which statements about HAI are accurate? Select all that apply.',
			options: [
				{
					kind: 'feature',
					text: 'It gives chemotherapy directly to the liver',
					correct: true,
					explanation: 'Right: HAI administers chemotherapy directly to the liver.'
				},
				{
					kind: 'feature',
					text: 'It delivers radioactive beads to the tumours',
					correct: false,
					explanation: 'Radioactive yttrium-90 beads are used in radioembolisation.'
				},
				{
					kind: 'feature',
					text: 'Its equipment is put in place surgically',
					correct: true,
					explanation:
						'Right: the equipment is positioned surgically. In practice a catheter is placed into the hepatic arterial system and connected to a pump under the skin of the abdominal wall.'
				},
				{
					kind: 'feature',
					text: 'It is kept for metastases that can be removed by surgery',
					correct: false,
					explanation: 'The reverse: HAI may be used when surgical resection is not possible.'
				},
				{
					kind: 'feature',
					text: 'It is used less often than systemic chemotherapy, as it is complex',
					correct: true,
					explanation:
						'Right: HAI is not used as often as systemic chemotherapy because of its complexity.'
				},
				{
					kind: 'feature',
					text: 'Its drug circulates round the whole body before reaching the liver',
					correct: false,
					explanation:
						'Circulation throughout the body describes systemic chemotherapy; HAI goes directly to the liver.'
				}
			],
			teachingPoint:
				'HAI gives chemotherapy directly to the liver through surgically placed equipment and is used less often than systemic chemotherapy because of its complexity. The source places the pump "in the artery"; in practice the catheter is in the hepatic arterial system and the pump is under the skin of the abdominal wall.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Describe how hepatic arterial infusion is delivered and how often it is used.',
			source: {
				passageIds: ['chemotherapy-4'],
				quote:
					'Hepatic arterial infusion (HAI): the chemotherapy is administered directly to the liver'
			}
		},
		{
			id: 'embolisation-hai-exclusions-mr',
			type: 'multiple-response',
			task: 'recall',
			stem: 'A 61-year-old woman has colorectal liver metastases that the liver surgeon cannot remove. The MDT is deciding whether hepatic arterial infusion (HAI) could be offered, and the registrar lists the findings on her staging that would count against it.',
			leadIn: 'Which findings would rule HAI out? Select all that apply.',
			options: [
				{
					kind: 'finding',
					text: 'Seven metastases in the liver',
					correct: false,
					explanation:
						'The number of liver metastases matters for ablation and stereotactic radiotherapy, not for HAI.'
				},
				{
					kind: 'finding',
					text: 'A metastasis in the adrenal gland',
					correct: true,
					explanation: 'Right: spread outside the liver rules HAI out.'
				},
				{
					kind: 'finding',
					text: 'A largest liver metastasis of 6 cm',
					correct: false,
					explanation:
						'Size under about 3 cm matters for ablation; a large metastasis does not rule out HAI.'
				},
				{
					kind: 'finding',
					text: 'Deposits on the peritoneum',
					correct: true,
					explanation: 'Right: peritoneal metastases are spread outside the liver.'
				},
				{
					kind: 'finding',
					text: 'Previous systemic chemotherapy',
					correct: false,
					explanation:
						'Previous treatment is an MDT factor but does not rule out HAI; it may even be what made resection impossible.'
				},
				{
					kind: 'finding',
					text: 'Metastases in both lungs',
					correct: true,
					explanation: 'Right: lung metastases are spread outside the liver.'
				},
				{
					kind: 'finding',
					text: 'Metastases in both halves of the liver',
					correct: false,
					explanation:
						'Distribution within the liver matters for resection, which is already ruled out; it does not rule out HAI.'
				}
			],
			teachingPoint:
				'For hepatic arterial infusion, the deciding staging question is spread outside the liver, wherever it is. The number, size and distribution of the liver metastases, which matter for ablation, stereotactic radiotherapy and resection, do not rule HAI out.',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective: 'Identify the staging findings that rule out hepatic arterial infusion.',
			source: {
				passageIds: ['chemotherapy-4', 'treatment-planning-6'],
				quote: 'the cancer has not spread outside the liver'
			}
		},
		{
			id: 'embolisation-direct-delivery-mr',
			type: 'multiple-response',
			task: 'recall',
			stem: 'A 55-year-old woman has colorectal cancer confined to the liver, with metastases that cannot be removed. The MDT is discussing how different treatments would reach her tumours.',
			leadIn:
				'Which treatments deliver their effect directly to the liver or its tumours, rather than throughout the body? Select all that apply.',
			options: [
				{
					kind: 'treatment',
					text: 'Systemic chemotherapy by intravenous infusion',
					correct: false,
					explanation:
						'Systemic chemotherapy is given into the bloodstream and circulates throughout the body.'
				},
				{
					kind: 'treatment',
					text: 'Hepatic arterial infusion',
					correct: true,
					explanation: 'Right: HAI administers chemotherapy directly to the liver.'
				},
				{
					kind: 'treatment',
					text: 'Transarterial chemoembolisation',
					correct: true,
					explanation:
						'Right: in TACE the chemotherapy is delivered directly to the liver metastases.'
				},
				{
					kind: 'treatment',
					text: 'Systemic chemotherapy as tablets',
					correct: false,
					explanation:
						'Tablets are absorbed into the bloodstream and the drugs circulate throughout the body.'
				},
				{
					kind: 'treatment',
					text: 'Radioembolisation',
					correct: true,
					explanation:
						'Right: radioembolisation beads are carried through the liver’s arteries into the tumour, where they deliver their radiation directly.'
				},
				{
					kind: 'treatment',
					text: 'Immunotherapy with monoclonal antibodies',
					correct: false,
					explanation:
						'Immunotherapy works through the body’s natural defences and is given as a systemic treatment, not into the liver’s arteries.'
				}
			],
			teachingPoint:
				'HAI, TACE and radioembolisation all act directly on the liver or its tumours; systemic chemotherapy and immunotherapy act throughout the body. That difference is why the arterial treatments are for disease confined to the liver.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Contrast liver-directed arterial treatments with systemic treatments.',
			source: {
				passageIds: ['chemotherapy-5', 'chemotherapy-4', 'radiotherapy-4'],
				quote: 'the chemotherapy is delivered directly to the liver metastases'
			}
		},
		{
			id: 'embolisation-sirt-counselling-mr',
			type: 'multiple-response',
			task: 'recall',
			stem: 'A 68-year-old man with colorectal liver metastases is booked for selective internal radiotherapy. The nurse is preparing answers to the questions he asked at clinic.',
			leadIn: 'Which statements could the nurse make accurately? Select all that apply.',
			options: [
				{
					kind: 'explanation to the patient',
					text: 'The beads contain a radioactive substance called yttrium-90',
					correct: true,
					explanation: 'Right: the beads contain radioactive yttrium-90.'
				},
				{
					kind: 'explanation to the patient',
					text: 'A machine will aim a radiation beam at your liver from outside your body',
					correct: false,
					explanation:
						'That describes external radiotherapy; selective internal radiotherapy gives its radiation from beads carried into the tumour through its arteries.'
				},
				{
					kind: 'explanation to the patient',
					text: 'A fine tube will be passed through an artery and guided by x-ray to your liver',
					correct: true,
					explanation:
						'Right: a catheter and guidewire go from a peripheral artery to the hepatic artery under x-ray guidance.'
				},
				{
					kind: 'explanation to the patient',
					text: 'The beads contain chemotherapy drugs that are released into the tumour',
					correct: false,
					explanation:
						'The beads contain radioactive yttrium-90; chemotherapy into the feeding arteries is TACE.'
				},
				{
					kind: 'explanation to the patient',
					text: 'A surgeon will place equipment in your abdomen at an operation',
					correct: false,
					explanation:
						'Surgically placed equipment belongs to hepatic arterial infusion; SIRT is an interventional radiology procedure.'
				},
				{
					kind: 'explanation to the patient',
					text: 'The radiation works from inside the tumour, so the healthy liver around it is little affected',
					correct: true,
					explanation:
						'Right: the beads deliver radiation directly to the tumour with minimal effects on the healthy tissue around it.'
				}
			],
			teachingPoint:
				'Selective internal radiotherapy: yttrium-90 beads, delivered through an artery under x-ray guidance, giving radiation from inside the tumour with minimal effect on healthy liver. The source also says the tumour is starved by blocking its feeding arteries; that is not how SIRT mainly works, and it is left out of what the nurse tells him.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective:
				'Prepare accurate answers to a patient’s questions about selective internal radiotherapy.',
			source: {
				passageIds: ['radiotherapy-4'],
				quote: 'radioactive beads (that contain the radioactive Yttrium 90)'
			}
		},
		{
			id: 'embolisation-tace-vs-systemic-mr',
			type: 'multiple-response',
			task: 'recall',
			stem: 'A 52-year-old woman with a neuroendocrine cancer of the pancreas that has spread to the liver and nowhere else has had systemic chemotherapy. Her liver metastases cannot be removed. The MDT now recommends TACE, and she asks the registrar how the two treatments differ.',
			leadIn:
				'Which statements correctly contrast TACE with systemic chemotherapy? Select all that apply.',
			options: [
				{
					kind: 'difference',
					text: 'TACE puts the drug directly into the tumours; systemic drugs circulate throughout the body',
					correct: true,
					explanation:
						'Right: systemic drugs circulate throughout the body, whereas TACE delivers the chemotherapy directly into the tumour.'
				},
				{
					kind: 'difference',
					text: 'TACE delivers radiation; systemic chemotherapy delivers drugs',
					correct: false,
					explanation:
						'Both deliver chemotherapy drugs; radiation through the arteries is radioembolisation.'
				},
				{
					kind: 'difference',
					text: 'Systemic drugs are given into a vein or as tablets; TACE drugs go in through an arterial catheter',
					correct: true,
					explanation:
						'Right: systemic chemotherapy is given by intravenous infusion or orally as tablets; TACE drugs are injected through a catheter into the tumours’ arteries.'
				},
				{
					kind: 'difference',
					text: 'TACE suits cancer that has spread beyond the liver; systemic chemotherapy does not',
					correct: false,
					explanation:
						'The reverse: TACE is for cancer that has spread only to the liver, and systemic chemotherapy treats disease throughout the body.'
				},
				{
					kind: 'difference',
					text: 'TACE also blocks the vessels that feed the tumours; systemic chemotherapy does not',
					correct: true,
					explanation:
						'Right: after the chemotherapy is injected, a special substance blocks the tumour feeding vessels.'
				},
				{
					kind: 'difference',
					text: 'Systemic chemotherapy needs an operation to set up; TACE does not',
					correct: false,
					explanation:
						'Systemic chemotherapy is given by drip or tablet; an operation to place equipment belongs to hepatic arterial infusion.'
				}
			],
			teachingPoint:
				'Systemic chemotherapy circulates throughout the body and is given by vein or tablet; TACE puts chemotherapy directly into the tumour through an arterial catheter and blocks its feeding vessels.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Contrast TACE with systemic chemotherapy.',
			source: {
				passageIds: ['chemotherapy-3', 'chemotherapy-5'],
				quote:
					'the chemotherapy drugs are administered into the bloodstream via an intravenous infusion or orally as tablets'
			}
		},
		{
			id: 'embolisation-tace-vs-sirt-mr',
			type: 'multiple-response',
			task: 'recall',
			stem: 'A foundation doctor is preparing a short teaching session on the oncology ward comparing TACE with radioembolisation.',
			leadIn: 'Which statements describe a real difference between the two? Select all that apply.',
			options: [
				{
					kind: 'difference',
					text: 'TACE is done at an operation; radioembolisation is done by a radiologist',
					correct: false,
					explanation: 'Both are interventional radiology procedures; neither is an operation.'
				},
				{
					kind: 'difference',
					text: 'TACE injects chemotherapy drugs; radioembolisation injects radioactive beads',
					correct: true,
					explanation:
						'Right: TACE injects chemotherapy; radioembolisation injects beads containing radioactive yttrium-90.'
				},
				{
					kind: 'difference',
					text: 'TACE uses x-ray guidance to reach the liver; radioembolisation does not',
					correct: false,
					explanation: 'Both reach the hepatic artery under x-ray guidance.'
				},
				{
					kind: 'difference',
					text: 'Radioembolisation is a form of radiotherapy; TACE is a way of giving chemotherapy',
					correct: true,
					explanation:
						'Right: radioembolisation (selective internal radiotherapy) is a type of radiotherapy; TACE is one of the ways chemotherapy is administered.'
				},
				{
					kind: 'difference',
					text: 'TACE starts from a peripheral artery; radioembolisation starts from a vein',
					correct: false,
					explanation: 'Both start with a catheter and guidewire in a peripheral artery.'
				}
			],
			teachingPoint:
				'TACE and radioembolisation share the route; they differ in payload: chemotherapy or yttrium-90 beads. The source describes a blocking substance in both; in practice SIRT normally uses none, so that is not taught here as a shared step.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Distinguish TACE from radioembolisation.',
			source: {
				passageIds: ['radiotherapy-4', 'chemotherapy-5'],
				quote: 'with this method radioactive beads (that contain the radioactive Yttrium 90)'
			}
		},
		// ---------------------------------------------------------------- true / false
		{
			id: 'embolisation-tf-sirt-injected-arteries',
			type: 'true-false',
			task: 'recall',
			stem: 'In radioembolisation, the beads containing yttrium-90 are injected through the catheter into the arteries that feed the tumours.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: true,
					explanation:
						'True: the catheter is steered from a peripheral artery to the hepatic artery and on into the arteries that feed the tumours, where the radioactive beads are injected. In practice this is usually a lobar or segmental branch, and the beads are carried on to lodge in the tumours’ small vessels.'
				},
				{
					text: 'False',
					correct: false,
					explanation:
						'The statement is accurate: the beads are injected into the arteries that feed the tumours, not into a vein, and they are not placed in the tumour through the skin.'
				}
			],
			teachingPoint:
				'Radioembolisation beads are injected into the arteries feeding the tumours (in practice usually a lobar or segmental branch of the hepatic artery) and lodge in the tumours’ small vessels, which is how the radiation ends up in the tumour. No separate blocking substance is normally needed.',
			difficulty: 'medium',
			audiences: ['nurse', 'doctor'],
			objective: 'State where the radioactive beads are injected in radioembolisation.',
			source: {
				passageIds: ['radiotherapy-4'],
				quote: 'arteries that feed the tumours. They inject the radioactive beads directly to them'
			}
		},
		{
			id: 'embolisation-tf-tace-main-trunk',
			type: 'true-false',
			task: 'recall',
			stem: 'In TACE, the catheter stops in the hepatic artery and the chemotherapy is injected there, to flow on to the whole liver.',
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
						'False: the doctors advance the catheter beyond the hepatic artery into the small arteries that feed the tumours and inject the chemotherapy there.'
				}
			],
			teachingPoint:
				'In TACE the catheter goes beyond the hepatic artery into the small tumour-feeding arteries, so the chemotherapy is delivered into the tumour rather than spread across the liver.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Describe where in the arterial tree chemotherapy is injected during TACE.',
			source: {
				passageIds: ['chemotherapy-5'],
				quote: 'Then they advance the catheter into the small arteries that feed the tumours.'
			}
		},
		{
			id: 'embolisation-tf-tace-block-first',
			type: 'true-false',
			task: 'recall',
			stem: 'In TACE, the feeding vessels are blocked first, and the chemotherapy drugs are injected afterwards.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: false,
					explanation:
						'The chemotherapy is injected first; the special substance then blocks the feeding vessels on the way out.'
				},
				{
					text: 'False',
					correct: true,
					explanation:
						'False: the doctors inject the chemotherapy drugs into the small feeding arteries and then use a special substance to block the vessels on their way out.'
				}
			],
			teachingPoint:
				'In TACE the drug goes in first and the vessels are blocked on the way out, which keeps the chemotherapy in the tumour and starves it of oxygen and nutrients.',
			difficulty: 'medium',
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
			id: 'embolisation-emq-route-anatomy',
			type: 'extended-matching',
			task: 'recall',
			stem: 'Routes by which treatments reach liver metastases',
			leadIn:
				'For each step or treatment described, choose the route involved. Each option may be used once, more than once or not at all.',
			options: [
				{
					kind: 'route',
					text: 'A peripheral artery',
					explanation:
						'An artery elsewhere in the body, entered with a catheter and guidewire at the start of TACE and radioembolisation.'
				},
				{
					kind: 'route',
					text: 'The hepatic artery',
					explanation:
						'The artery that brings blood supply to the liver, reached under x-ray guidance before the catheter goes further.'
				},
				{
					kind: 'route',
					text: 'The small arteries that feed the tumours',
					explanation:
						'Where the chemotherapy is injected in TACE. In radioembolisation the beads are injected into the arteries feeding the tumours, in practice usually a lobar or segmental branch, and lodge in the small tumour vessels.'
				},
				{
					kind: 'route',
					text: 'A vein, by intravenous infusion',
					explanation:
						'One route of systemic chemotherapy, which then circulates throughout the body.'
				},
				{
					kind: 'route',
					text: 'The mouth, as tablets',
					explanation: 'The other route of systemic chemotherapy.'
				},
				{
					kind: 'route',
					text: 'The skin over the liver, with a probe',
					explanation:
						'Percutaneous ablation: a probe passed through the skin into the metastasis under ultrasound or x-ray guidance.'
				},
				{
					kind: 'route',
					text: 'A radiation beam from outside the body',
					explanation: 'External radiotherapy, including stereotactic radiotherapy.'
				},
				{
					kind: 'route',
					text: 'An open or keyhole operation',
					explanation:
						'Surgical access, used for resection, for ablation under general anaesthetic, and to place the equipment for hepatic arterial infusion.'
				}
			],
			stems: [
				{
					id: 'a',
					text: 'The vessel first entered with a catheter and guidewire at the start of radioembolisation.',
					answer: 0,
					explanation:
						'Radioembolisation begins with access to a peripheral artery; the hepatic artery is reached from there under x-ray guidance.'
				},
				{
					id: 'b',
					text: 'The vessels into which the chemotherapy drugs are injected during TACE.',
					answer: 2,
					explanation:
						'The catheter is advanced beyond the hepatic artery into the small arteries that feed the tumours, and the drugs are injected there.'
				},
				{
					id: 'c',
					text: 'How the equipment for hepatic arterial infusion is put in place.',
					answer: 7,
					explanation:
						'HAI equipment is positioned surgically: a catheter into the hepatic arterial system, connected to a pump under the skin of the abdominal wall.'
				},
				{
					id: 'd',
					text: 'How systemic chemotherapy reaches a patient who takes it at home each morning with breakfast.',
					answer: 4,
					explanation: 'Systemic chemotherapy can be given orally as tablets.'
				},
				{
					id: 'e',
					text: 'How stereotactic body radiation therapy reaches two small liver metastases.',
					answer: 6,
					explanation:
						'Stereotactic radiotherapy is external: a beam delivered from many different angles around the body.'
				}
			],
			teachingPoint:
				'Arterial treatments travel from a peripheral artery to the hepatic artery and then into the arteries feeding the tumours; HAI equipment is placed at an operation; systemic chemotherapy goes by vein or mouth; ablation by probe; stereotactic radiotherapy by external beam.',
			difficulty: 'medium',
			audiences: ['nurse', 'doctor'],
			objective: 'Match each treatment and step to the route by which it reaches liver metastases.',
			source: {
				passageIds: ['radiotherapy-4', 'chemotherapy-4', 'chemotherapy-3'],
				quote: 'Then they advance the catheter into the small arteries that feed the tumours.'
			}
		},
		{
			id: 'embolisation-emq-explaining-mechanism',
			type: 'extended-matching',
			task: 'decision',
			stem: 'Explaining to patients how their treatment acts on liver metastases',
			leadIn:
				'For each patient, choose the best explanation to give of how the treatment works. Each option may be used once, more than once or not at all.',
			options: [
				{
					kind: 'explanation to the patient',
					text: 'Chemotherapy goes into the tumours’ own arteries, which are then blocked to starve them',
					explanation: 'How transarterial chemoembolisation (TACE) works.'
				},
				{
					kind: 'explanation to the patient',
					text: 'Tiny radioactive beads travel into the tumours’ arteries and give off radiation there',
					explanation:
						'How radioembolisation (selective internal radiotherapy, brachytherapy) works.'
				},
				{
					kind: 'explanation to the patient',
					text: 'Chemotherapy runs to the liver through its artery from equipment placed at an operation',
					explanation: 'How hepatic arterial infusion works.'
				},
				{
					kind: 'explanation to the patient',
					text: 'The drugs enter the bloodstream and travel throughout the body to reach cancer cells',
					explanation: 'How systemic chemotherapy works, by drip or tablet.'
				},
				{
					kind: 'explanation to the patient',
					text: 'A machine aims radiation beams from many angles so the tumours get a high dose',
					explanation: 'How stereotactic body radiation therapy works.'
				},
				{
					kind: 'explanation to the patient',
					text: 'A probe passed into the tumour heats it until the cancer cells are destroyed',
					explanation: 'How radiofrequency and microwave ablation work.'
				},
				{
					kind: 'explanation to the patient',
					text: 'A probe delivers electrical pulses that make small holes in the cancer cells',
					explanation: 'How irreversible electroporation works.'
				},
				{
					kind: 'explanation to the patient',
					text: 'The drugs attach to particular receptors on cancer cells and block their growth signals',
					explanation: 'How targeted therapy works.'
				},
				{
					kind: 'explanation to the patient',
					text: 'The treatment boosts the body’s natural defences so that they attack the cancer',
					explanation: 'How immunotherapy works.'
				}
			],
			stems: [
				{
					id: 'a',
					text: 'A 63-year-old man booked for transarterial chemoembolisation asks how it will treat his liver metastases.',
					answer: 0,
					explanation:
						'TACE delivers chemotherapy directly into the tumour and, by blocking the small feeding arteries, deprives it of oxygen and nutrients.'
				},
				{
					id: 'b',
					text: 'A 58-year-old woman whose letter says she is to have brachytherapy to her liver asks how it works.',
					answer: 1,
					explanation:
						'Brachytherapy here is another name for radioembolisation: yttrium-90 beads deliver radiation directly to the tumour.'
				},
				{
					id: 'c',
					text: 'A 55-year-old woman with liver and bone metastases, taking chemotherapy tablets, asks how they reach the cancer.',
					answer: 3,
					explanation:
						'Tablets are systemic chemotherapy: the drugs enter the bloodstream and circulate throughout the body, reaching the bone and liver disease.'
				},
				{
					id: 'd',
					text: 'A 61-year-old man with two small liver metastases, booked for stereotactic body radiation therapy, asks what will happen.',
					answer: 4,
					explanation:
						'Stereotactic radiotherapy delivers the beam from many angles, so a higher dose reaches the tumour with less effect on normal tissue.'
				}
			],
			teachingPoint:
				'Each treatment has a one-line explanation a patient can hold on to: TACE puts chemotherapy into the tumours’ arteries and blocks them; radioembolisation (also called brachytherapy) carries radioactive beads into the tumour through its arteries; systemic chemotherapy travels throughout the body; stereotactic radiotherapy aims beams from many angles.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective: 'Choose a plain explanation of how each treatment acts on liver metastases.',
			source: {
				passageIds: ['radiotherapy-4', 'chemotherapy-5', 'chemotherapy-3'],
				quote: 'The beads deliver the radiation directly to the tumour'
			}
		},
		{
			id: 'embolisation-emq-compare-features',
			type: 'extended-matching',
			task: 'recall',
			stem: 'Distinguishing treatments for liver metastases by how they act',
			leadIn:
				'For each description, choose the treatment it describes. Each option may be used once, more than once or not at all.',
			options: [
				{
					kind: 'treatment',
					text: 'Transarterial chemoembolisation (TACE)',
					explanation:
						'Chemotherapy injected by interventional radiology into the small tumour-feeding arteries, which are then blocked.'
				},
				{
					kind: 'treatment',
					text: 'Radioembolisation (selective internal radiotherapy)',
					explanation:
						'Beads containing radioactive yttrium-90 injected by interventional radiology into the arteries feeding the tumours, where they lodge in the small tumour vessels.'
				},
				{
					kind: 'treatment',
					text: 'Hepatic arterial infusion (HAI)',
					explanation:
						'Chemotherapy given directly to the liver through surgically placed equipment; used less often than systemic chemotherapy because of its complexity.'
				},
				{
					kind: 'treatment',
					text: 'Systemic chemotherapy',
					explanation:
						'Drugs given by intravenous infusion or as tablets, which circulate throughout the body.'
				},
				{
					kind: 'treatment',
					text: 'Stereotactic body radiation therapy',
					explanation:
						'External radiotherapy delivered from many angles, allowing a higher dose to the tumour with less effect on normal tissue.'
				},
				{
					kind: 'treatment',
					text: 'Conventional external beam radiotherapy',
					explanation: 'A machine produces a radiation beam that is directed at the tumour.'
				},
				{
					kind: 'treatment',
					text: 'Angiogenesis inhibitor',
					explanation:
						'A targeted therapy that blocks the formation of the blood vessels tumours need to grow.'
				},
				{
					kind: 'treatment',
					text: 'Tyrosine kinase inhibitor',
					explanation: 'A targeted therapy that blocks the signalling cancer cells need to grow.'
				},
				{
					kind: 'treatment',
					text: 'Immunotherapy',
					explanation: 'Treatment that boosts the body’s natural defences to fight cancer.'
				}
			],
			stems: [
				{
					id: 'a',
					text: 'Chemotherapy given directly to the liver, but used less often than chemotherapy by vein because of its complexity.',
					answer: 2,
					explanation:
						'Hepatic arterial infusion gives chemotherapy directly to the liver and is used less often than systemic chemotherapy because of its complexity.'
				},
				{
					id: 'b',
					text: 'Radiation delivered from inside the tumour, through a catheter placed in its feeding arteries.',
					answer: 1,
					explanation:
						'Radioembolisation carries yttrium-90 beads into the tumour through its feeding arteries, so the radiation comes from inside.'
				},
				{
					id: 'c',
					text: 'Drugs injected into the tumours’ feeding arteries, which are then blocked so that the tumours lose oxygen and nutrients.',
					answer: 0,
					explanation:
						'TACE: chemotherapy into the feeding arteries, then blocking of those vessels.'
				},
				{
					id: 'd',
					text: 'A drug that stops tumours forming the new blood vessels they need in order to grow.',
					answer: 6,
					explanation:
						'Angiogenesis inhibitors block the formation of blood vessels needed for tumour growth; TACE, by contrast, blocks the tumour’s existing feeding arteries.'
				},
				{
					id: 'e',
					text: 'A radiation beam directed at the tumour from many different angles, so that a higher dose reaches it.',
					answer: 4,
					explanation:
						'Stereotactic radiotherapy delivers the beam from many angles, so a higher dose reaches the tumour.'
				}
			],
			teachingPoint:
				'Two kinds of "blocking" are easily confused: TACE physically blocks the tumour’s existing feeding arteries; angiogenesis inhibitors block the formation of new vessels. Likewise radiation from inside (radioembolisation) differs from radiation from outside (stereotactic radiotherapy).',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective:
				'Distinguish arterial treatments from external radiotherapy and targeted therapy by how they act.',
			source: {
				passageIds: ['chemotherapy-4', 'radiotherapy-4', 'targeted-therapy-1'],
				quote: 'HAI is not used as often as systemic chemotherapy'
			}
		},
		{
			id: 'embolisation-emq-choose-treatment',
			type: 'extended-matching',
			task: 'decision',
			stem: 'Choosing between arterial, local, surgical and systemic treatment for liver metastases',
			leadIn:
				'For each patient, choose the most suitable treatment to recommend. Each option may be used once, more than once or not at all.',
			options: [
				{
					kind: 'treatment',
					text: 'Transarterial chemoembolisation',
					explanation:
						'Chemotherapy into the tumour-feeding arteries, then blocking them; for cancer that has spread only to the liver.'
				},
				{
					kind: 'treatment',
					text: 'Selective internal radiotherapy',
					explanation:
						'Yttrium-90 beads carried into the tumours through their arteries; radiation from inside.'
				},
				{
					kind: 'treatment',
					text: 'Hepatic arterial infusion chemotherapy',
					explanation:
						'Chemotherapy directly to the liver through surgically placed equipment; for unresectable disease confined to the liver.'
				},
				{
					kind: 'treatment',
					text: 'Systemic chemotherapy',
					explanation: 'Drugs that circulate throughout the body; treats disease in several organs.'
				},
				{
					kind: 'treatment',
					text: 'Liver resection',
					explanation:
						'The higher chance of cure in selected patients; colorectal and ovarian metastases respond well to an aggressive surgical approach.'
				},
				{
					kind: 'treatment',
					text: 'Percutaneous microwave ablation',
					explanation:
						'Heat through a probe; usually for small tumours under about 3 cm that cannot be removed, or in patients unfit or unwilling to have an operation.'
				},
				{
					kind: 'treatment',
					text: 'Irreversible electroporation',
					explanation:
						'Electrical impulses through a probe; less disruptive to structures near the tumour.'
				},
				{
					kind: 'treatment',
					text: 'Stereotactic body radiation therapy',
					explanation:
						'External beams from many angles; may be used for one to three small metastases.'
				},
				{
					kind: 'treatment',
					text: 'Conventional external beam radiotherapy',
					explanation: 'A radiation beam from a machine, directed at the tumour.'
				}
			],
			stems: [
				{
					id: 'a',
					text: 'A 49-year-old woman with ovarian cancer has two liver metastases, no other spread, a healthy liver, and is fit; the surgeon can remove both.',
					answer: 4,
					explanation:
						'Ovarian liver metastases are treated well by an aggressive surgical approach, and surgery offers the higher chance of cure; arterial treatments are for disease that cannot be removed.'
				},
				{
					id: 'b',
					text: 'A 63-year-old woman has unresectable colorectal liver metastases and a newly confirmed deposit on the peritoneum; she is fit.',
					answer: 3,
					explanation:
						'With spread outside the liver, TACE and hepatic arterial infusion no longer fit; systemic chemotherapy circulates throughout the body.'
				},
				{
					id: 'c',
					text: 'A 74-year-old man, unfit for surgery, has one 1.5 cm colorectal metastasis confined to the liver, and declines further radiotherapy after a bad experience.',
					answer: 5,
					explanation:
						'A single small tumour in a patient unfit for an operation suits ablation; microwave ablation is now more commonly used than radiofrequency, and his wishes exclude the radiation options.'
				},
				{
					id: 'd',
					text: 'A 71-year-old man, unfit for surgery, has three colorectal liver metastases under 2 cm and no other spread; he declines ablation and any treatment through his arteries.',
					answer: 7,
					explanation:
						'Stereotactic radiotherapy may be used for one to three small metastases, and it is the option left once he has declined ablation and the arterial treatments; conventional external beam radiotherapy spreads more dose to normal liver.'
				}
			],
			teachingPoint:
				'The arterial treatments are one choice among several: resection for fit patients with removable disease, systemic chemotherapy for spread outside the liver, ablation for a small tumour in an unfit patient, stereotactic radiotherapy for one to three small metastases. Patient wishes can decide between options that fit the disease.',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective:
				'Choose between arterial, local, surgical and systemic treatment for a given patient.',
			source: {
				passageIds: ['treatment-planning-10', 'chemotherapy-5', 'radiotherapy-3'],
				quote:
					'Treatments that can be offered include surgery, chemotherapy, ablation, radiotherapy, hormone therapy, targeted therapy and immunotherapy.'
			}
		},
		{
			id: 'embolisation-emq-rules-out',
			type: 'extended-matching',
			task: 'decision',
			stem: 'Factors that rule out a proposed treatment for liver metastases',
			leadIn:
				'For each patient, choose the factor that rules out the treatment proposed. Each option may be used once, more than once or not at all.',
			options: [
				{
					kind: 'factor',
					text: 'Metastases found outside the liver',
					explanation:
						'Rules out TACE and hepatic arterial infusion, which are for disease confined to the liver.'
				},
				{
					kind: 'factor',
					text: 'Metastases that the surgeon can remove',
					explanation:
						'Hepatic arterial infusion is for metastases that cannot be resected; removable disease should be resected.'
				},
				{
					kind: 'factor',
					text: 'More than three metastases in the liver',
					explanation: 'Stereotactic radiotherapy may be used for one to three small metastases.'
				},
				{
					kind: 'factor',
					text: 'Metastases larger than about 3 cm',
					explanation: 'Ablation is usually for tumours under about 3 cm.'
				},
				{
					kind: 'factor',
					text: 'Very high risk for any operation',
					explanation:
						'Rules out treatments that need an operation, including resection and placing the equipment for hepatic arterial infusion.'
				},
				{
					kind: 'factor',
					text: 'Previous systemic chemotherapy',
					explanation:
						'An MDT factor that can reduce how much liver can be removed, but it does not by itself rule out an arterial treatment.'
				},
				{
					kind: 'factor',
					text: 'Metastases in both halves of the liver',
					explanation:
						'Matters for the extent of resection; it does not rule out arterial treatment or stereotactic radiotherapy.'
				},
				{
					kind: 'factor',
					text: 'A metastasis close to a major vessel',
					explanation:
						'Matters for resection and heat ablation (IRE is less disruptive to nearby structures); it does not rule out stereotactic radiotherapy.'
				}
			],
			stems: [
				{
					id: 'a',
					text: 'TACE is proposed for a 65-year-old man whose unresectable liver metastases from a pancreatic neuroendocrine tumour grew despite chemotherapy; CT now shows new metastases in both lungs and in the chest lymph nodes.',
					answer: 0,
					explanation:
						'TACE is for cancer that has spread only to the liver; the new lung and chest node metastases mean it has spread further, and treating the liver alone would leave them to grow. His previous chemotherapy does not rule TACE out.'
				},
				{
					id: 'b',
					text: 'Hepatic arterial infusion is proposed for a fit 58-year-old woman with two colorectal metastases, 4 and 5 cm, which the surgeon can remove from her healthy liver.',
					answer: 1,
					explanation:
						'HAI is for metastases that cannot be resected; hers can, and resection offers the higher chance of cure. Their size is not what rules HAI out.'
				},
				{
					id: 'c',
					text: 'Stereotactic body radiation therapy is proposed for a 70-year-old man with seven colorectal metastases of 1 to 2 cm in the liver, one close to a major vessel.',
					answer: 2,
					explanation:
						'Stereotactic radiotherapy may be used for one to three small metastases; he has seven. Proximity to a vessel is not the limiting factor.'
				},
				{
					id: 'd',
					text: 'Hepatic arterial infusion is proposed for a 78-year-old woman with unresectable metastases confined to the liver; cardiac tests show she is very high risk for surgery.',
					answer: 4,
					explanation:
						'She meets the disease conditions for HAI, but its equipment is placed at an operation, for which she is very high risk. TACE, which needs no operation, is an alternative.'
				},
				{
					id: 'e',
					text: 'Percutaneous microwave ablation is proposed for a 66-year-old man, unfit for surgery, with two colorectal metastases of 5 and 6 cm confined to the liver.',
					answer: 3,
					explanation:
						'Ablation is usually for tumours under about 3 cm; at 5 and 6 cm his tumours are beyond it, although his unfitness for surgery would otherwise favour ablation.'
				}
			],
			teachingPoint:
				'Each treatment has its own limiting factor: disease outside the liver for TACE and HAI; removable disease or unfitness for an operation for HAI; more than three metastases for stereotactic radiotherapy; size over about 3 cm for ablation. Other findings in the same patient are often red herrings.',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective: 'Identify the factor that rules out a proposed treatment for liver metastases.',
			source: {
				passageIds: ['chemotherapy-4', 'chemotherapy-5', 'radiotherapy-3'],
				quote:
					'when surgical resection is not possible and the cancer has not spread outside the liver'
			}
		},
		// ---------------------------------------------------------------- short answer
		{
			id: 'embolisation-sirt-isotope-recall',
			type: 'short-answer',
			task: 'recall',
			stem: 'Radioembolisation (selective internal radiotherapy, SIRT) delivers radiation to liver metastases from tiny beads injected into the arteries that feed them. The radioactive isotope the beads most often contain is ____.',
			leadIn: 'Name the isotope.',
			options: [],
			shortAnswer: {
				accepted: ['yttrium 90', 'yttrium-90', 'yttrium', 'Y-90', 'Y90', 'Y 90', '90Y', '90-Y'],
				explanation:
					'The beads most often contain the radioactive yttrium 90 (Y-90); a few centres use holmium-166 beads instead. They lodge in the small vessels of the tumour and irradiate it from within.'
			},
			teachingPoint:
				'SIRT works mainly by radiation: the yttrium-90 microspheres lodge in the tumour’s small vessels, with no separate blocking substance, and a planning angiogram with a test dose first checks that none will flow to the lungs or gut.',
			difficulty: 'easy',
			audiences: ['doctor', 'nurse'],
			objective: 'Name the isotope used in radioembolisation.',
			source: {
				passageIds: ['radiotherapy-4'],
				quote: 'radioactive beads (that contain the radioactive Yttrium 90)'
			}
		}
	]
});
