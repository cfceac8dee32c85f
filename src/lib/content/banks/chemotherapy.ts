import { defineBank } from '$lib/content/types';

/*
 * Hepatic arterial infusion and chemoembolisation appear here only as the alternatives against
 * which systemic chemotherapy is chosen. No key rests on the source's pump "positioned surgically
 * in the artery": in practice a catheter is placed surgically in the hepatic arterial system and
 * joined to a pump implanted under the skin of the abdominal wall.
 */
export default defineBank({
	id: 'chemotherapy',
	title: 'Chemotherapy',
	description:
		'Why chemotherapy is given for liver metastases (to slow growth and relieve symptoms, to shrink metastases before surgery, after surgery as adjuvant treatment), how systemic chemotherapy is given and chosen, and how to explain it to patients.',
	items: [
		// ---------------------------------------------------------------- single best answer
		{
			id: 'chemotherapy-most-common',
			type: 'single-best-answer',
			task: 'recall',
			stem: 'A 63-year-old woman has just been told that her breast cancer has spread to her liver. At the specialist nurse clinic she says she has read about operations, radiotherapy and new drugs, and asks which treatment people with liver metastases are most often offered.',
			leadIn: 'Which treatment is most often offered for liver metastases?',
			options: [
				{
					kind: 'treatment',
					text: 'Liver surgery',
					correct: false,
					explanation:
						'Surgery offers the higher chance of cure, but only in appropriately selected patients; most people with liver metastases are not candidates, so it is not the treatment most often offered.'
				},
				{
					kind: 'treatment',
					text: 'Radiotherapy',
					correct: false,
					explanation:
						'Radiotherapy has a place, for example stereotactic treatment of one to three small metastases or palliation, but it is offered far less often than chemotherapy.'
				},
				{
					kind: 'treatment',
					text: 'Chemotherapy',
					correct: true,
					explanation:
						'Right: chemotherapy is the most common treatment offered for liver metastases, whether to control the disease, to shrink it before surgery or to reduce the risk of return after it.'
				},
				{
					kind: 'treatment',
					text: 'Ablation',
					correct: false,
					explanation:
						'Ablation suits small tumours (usually under 3 cm) that cannot be removed, or patients unfit or unwilling to have an operation: a minority of patients.'
				},
				{
					kind: 'treatment',
					text: 'Immunotherapy',
					correct: false,
					explanation:
						'Immunotherapy benefits some tumour types, such as melanoma, far more than others; it is not the treatment most patients are offered.'
				}
			],
			teachingPoint:
				'Chemotherapy is the most common treatment for liver metastases. Surgery gives the higher chance of cure but suits selected patients; most patients meet chemotherapy at some point, which is why every member of the team needs to be able to explain what it is for.',
			difficulty: 'easy',
			audiences: ['doctor', 'nurse'],
			objective: 'Name the treatment most often offered for liver metastases.',
			source: {
				passageIds: ['chemotherapy-1', 'surgery-1'],
				quote: 'Chemotherapy is the most common treatment offered for liver metastases.'
			}
		},
		{
			id: 'chemotherapy-conversion-role',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'Mrs Adeyemi, 59, has eight colorectal metastases in her liver and no disease elsewhere. At diagnosis the liver surgeon could not remove them. After four months of chemotherapy her scan shows every metastasis smaller, and the smallest can no longer be seen. She asks the nurse: “So has the chemotherapy done the job, or do I still need to think about an operation?”',
			leadIn: 'What is the best reply for the nurse to give?',
			options: [
				{
					kind: 'reply to the patient',
					text: 'The tumours are going away, so the plan will be to carry on with chemotherapy until they have disappeared',
					correct: false,
					explanation:
						'Chemotherapy rarely makes metastases disappear for good, and one that vanishes from the scan may still hold live cells. Carrying on by default can miss the window in which removal has become possible.'
				},
				{
					kind: 'reply to the patient',
					text: 'The chemotherapy will have weakened your liver, so an operation is now too risky for the team to consider',
					correct: false,
					explanation:
						'Right in part: chemotherapy can affect the liver, so that less of it may safely be removed. That is a matter for the liver surgeon to weigh; it does not rule an operation out.'
				},
				{
					kind: 'reply to the patient',
					text: 'Shrinking them was one aim: the team will now look again at whether an operation has become possible',
					correct: true,
					explanation:
						'Right: sometimes chemotherapy shrinks liver metastases enough to allow surgical removal, which offers the higher chance of cure. A good response is the moment for the MDT to reassess. A metastasis that has vanished from the scan may still hold live cancer cells, so it still needs a plan.'
				},
				{
					kind: 'reply to the patient',
					text: 'The tumour that the scan can no longer see has been destroyed, so treatment can focus on the others',
					correct: false,
					explanation:
						'A metastasis that can no longer be seen after chemotherapy may still contain live cancer cells; the surgeon will usually still plan to treat its site.'
				},
				{
					kind: 'reply to the patient',
					text: 'An operation can follow once radiotherapy to the liver has shrunk the tumours a little further',
					correct: false,
					explanation:
						'Radiotherapy before liver surgery is uncommon for liver metastases; nothing here calls for it. The next step is reassessment for resection.'
				}
			],
			teachingPoint:
				'When chemotherapy shrinks metastases that could not be removed, the next step is reassessment for surgery, not more chemotherapy by default. A metastasis that disappears from a scan may still contain live cells, and a long course of chemotherapy can reduce how much liver can safely be removed, so the timing of the reassessment matters.',
			difficulty: 'hard',
			audiences: ['nurse'],
			objective:
				'Explain to a patient whose metastases have shrunk on chemotherapy why surgery is reconsidered.',
			source: {
				passageIds: ['chemotherapy-1', 'treatment-planning-10', 'surgery-5'],
				quote: 'Sometimes it can even shrink liver metastases'
			}
		},
		{
			id: 'chemotherapy-adjuvant-explained',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'Mr Doyle, 62, had two colorectal liver metastases removed six weeks ago and is recovering well. The surgeon told him that every tumour seen had been taken out. The oncologist has now offered him chemotherapy, and he asks the nurse: “If they got it all out, what is the chemotherapy for?”',
			leadIn: 'What should the nurse tell him?',
			options: [
				{
					kind: 'explanation to the patient',
					text: 'It is meant to lower the chance of the cancer coming back, now the tumours are out',
					correct: true,
					explanation:
						'Right: chemotherapy after surgery, adjuvant chemotherapy, is given to reduce the risk of the cancer coming back. It does not mean the operation failed.'
				},
				{
					kind: 'explanation to the patient',
					text: 'It is meant to shrink tumours left behind, so a second operation can remove them',
					correct: false,
					explanation:
						'Shrinking metastases so that they can be removed is the role of chemotherapy before surgery. Nothing was left behind that the surgeon could see.'
				},
				{
					kind: 'explanation to the patient',
					text: 'It is meant to help the part of the liver that is left grow back to its full size',
					correct: false,
					explanation:
						'Chemotherapy does not help the liver regrow; if anything, it can affect the liver. This would be a false reassurance.'
				},
				{
					kind: 'explanation to the patient',
					text: 'It is meant to treat cancer that the scans after the operation found elsewhere',
					correct: false,
					explanation:
						'Nothing suggests new disease. Adjuvant chemotherapy is given when no cancer can be seen; suggesting otherwise would frighten him needlessly.'
				},
				{
					kind: 'explanation to the patient',
					text: 'It is meant to replace the radiotherapy usually given to the liver after surgery',
					correct: false,
					explanation:
						'Radiotherapy after liver surgery is uncommon for liver metastases; it is not a routine treatment that chemotherapy stands in for.'
				}
			],
			teachingPoint:
				'Adjuvant chemotherapy is given after surgery, when no cancer can be seen, to reduce the risk of the cancer coming back. Patients often assume it means something was left behind; the honest explanation is that it lowers the risk of return, and does not mean the operation failed.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective: 'Explain to a patient the purpose of adjuvant chemotherapy after liver surgery.',
			source: {
				passageIds: ['chemotherapy-1', 'radiotherapy-1'],
				quote: 'to reduce the risk of the cancer coming back (adjuvant chemotherapy)'
			}
		},
		{
			id: 'chemotherapy-adjuvant-choice',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 61-year-old man with colon cancer had three liver metastases resected five weeks ago, and the histology confirms that they were completely removed. He has recovered well and is fit, and staging shows no disease elsewhere. The MDT is discussing what further treatment to offer him.',
			leadIn: 'Which further treatment is most appropriate to offer him?',
			options: [
				{
					kind: 'treatment',
					text: 'Radiotherapy to the liver to destroy any remaining cancer cells',
					correct: false,
					explanation:
						'Radiotherapy can in general be given after surgery to destroy remaining cancer cells, but after a liver resection for metastases this is uncommon; it is not how the risk of recurrence is usually reduced.'
				},
				{
					kind: 'treatment',
					text: 'Stereotactic radiotherapy to the site of the resection',
					correct: false,
					explanation:
						'Stereotactic body radiotherapy treats one to three small metastases that are present. He has none left to aim at.'
				},
				{
					kind: 'treatment',
					text: 'Transarterial chemoembolisation of the resection margin',
					correct: false,
					explanation:
						'TACE delivers chemotherapy into the arteries feeding a tumour and then blocks them. With no tumour left there are no feeding arteries to treat.'
				},
				{
					kind: 'treatment',
					text: 'Systemic chemotherapy to reduce the risk of recurrence',
					correct: true,
					explanation:
						'Right: chemotherapy may be given after surgery to reduce the risk of the cancer coming back (adjuvant chemotherapy), and systemic drugs reach cells anywhere in the body.'
				},
				{
					kind: 'treatment',
					text: 'Hepatic arterial infusion of chemotherapy',
					correct: false,
					explanation:
						'HAI is mainly used for metastases that cannot be resected and are confined to the liver. Some specialist centres give it after resection, but it is complex and used far less often; systemic chemotherapy is the usual treatment after resection.'
				}
			],
			teachingPoint:
				'After complete resection of liver metastases, further treatment aims at cells too few to see: adjuvant systemic chemotherapy, given to reduce the risk of recurrence. Local treatments (radiotherapy, TACE, stereotactic radiotherapy) need a target, and radiotherapy after liver surgery is uncommon, whatever the general statement that it can follow surgery.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Choose adjuvant chemotherapy after resection of liver metastases.',
			source: {
				passageIds: ['chemotherapy-1', 'chemotherapy-4', 'radiotherapy-1'],
				quote: 'Chemotherapy may be also administered after surgery'
			}
		},
		{
			id: 'chemotherapy-drug-choice',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'Mrs Clarke, 55, has liver metastases from breast cancer and is starting systemic chemotherapy. Her neighbour, who has liver metastases from bowel cancer, is having a different combination of drugs. Mrs Clarke worries that she has been given a weaker treatment, and asks the nurse why their drugs differ when both cancers are in the liver.',
			leadIn: 'What is the best explanation for the nurse to give?',
			options: [
				{
					kind: 'explanation to the patient',
					text: 'The drugs are chosen for the number of tumours in the liver, and she has fewer',
					correct: false,
					explanation:
						'The number of metastases matters for surgery, ablation and stereotactic radiotherapy; it is not what decides which chemotherapy drugs are used.'
				},
				{
					kind: 'explanation to the patient',
					text: 'The drugs are chosen for the part of the liver the tumours are growing in',
					correct: false,
					explanation:
						'Systemic drugs circulate throughout the body, so where in the liver the tumours sit does not change the drugs chosen.'
				},
				{
					kind: 'explanation to the patient',
					text: 'Her liver tumours are made of breast cancer cells, so they need breast cancer drugs',
					correct: true,
					explanation:
						'Right: a metastasis is made of cells like those of the primary cancer, and the type of drugs and combinations depend on where the cancer started. Different drugs do not mean weaker treatment.'
				},
				{
					kind: 'explanation to the patient',
					text: 'Her neighbour’s cancer is further advanced than hers, so it needs stronger drugs',
					correct: false,
					explanation:
						'This would confirm her fear without basis. The drugs differ because the primary cancers differ.'
				},
				{
					kind: 'explanation to the patient',
					text: 'The drugs are chosen for the size of the biggest tumour in the liver',
					correct: false,
					explanation:
						'Size matters for local treatments such as ablation; it does not decide which systemic drugs are used.'
				}
			],
			teachingPoint:
				'Liver metastases are made of the primary cancer’s cells (a breast cancer metastasis in the liver is breast cancer, not liver cancer), so systemic chemotherapy is chosen for the primary cancer. Two patients with liver metastases may rightly receive quite different drugs.',
			difficulty: 'medium',
			audiences: ['nurse', 'doctor'],
			objective:
				'Explain to a patient why chemotherapy drugs are chosen according to the primary cancer.',
			source: {
				passageIds: ['chemotherapy-3', 'definition-1'],
				quote:
					'The type of drugs and combinations depend on the primary cancer (where the cancer started).'
			}
		},
		{
			id: 'chemotherapy-primary-unclear',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 66-year-old woman had breast cancer treated nine years ago, and colonoscopy last month found a new colon cancer. CT now shows many metastases in both halves of the liver and several nodules in both lungs. She is fit, the metastases cannot be removed, and the MDT agrees she needs systemic chemotherapy but not which drugs.',
			leadIn: 'What is the most appropriate next step before her chemotherapy is chosen?',
			options: [
				{
					kind: 'next step',
					text: 'Start the drugs used for colon cancer, as that is the more recent diagnosis',
					correct: false,
					explanation:
						'The newer cancer is not necessarily the source. Breast cancer can spread to the liver years after treatment, and the wrong drugs would waste her best chance of response.'
				},
				{
					kind: 'next step',
					text: 'Biopsy of a liver metastasis to show which of the cancers it came from',
					correct: true,
					explanation:
						'Right: the drugs depend on the primary cancer, and sometimes a biopsy is needed to identify the origin of liver metastases. Her metastases are not resectable, so the usual reason to avoid biopsy (needle-track seeding before curative surgery) does not apply.'
				},
				{
					kind: 'next step',
					text: 'Check tumour markers and treat the cancer that they point towards',
					correct: false,
					explanation:
						'Tumour markers can support a diagnosis but cannot settle which of two primaries the metastases came from.'
				},
				{
					kind: 'next step',
					text: 'Repeat the CT in three months to see how the disease is behaving',
					correct: false,
					explanation:
						'Waiting delays treatment she needs now and does not answer the question of where the metastases came from.'
				},
				{
					kind: 'next step',
					text: 'PET CT scan to show which primary the metastases have come from',
					correct: false,
					explanation:
						'Imaging is the most accurate way to find and stage metastases, but it cannot show which of two cancers a metastasis is made of; tissue can.'
				}
			],
			teachingPoint:
				'Because systemic drugs are chosen for the primary cancer, a patient with two possible primaries needs the origin of her metastases established, usually by biopsy, before chemotherapy is chosen. Biopsy is avoided when a metastasis may be resected with curative intent, but not when the disease is unresectable.',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective:
				'Recognise when a biopsy is needed because the choice of chemotherapy depends on the primary.',
			source: {
				passageIds: ['chemotherapy-3', 'diagnosis-1'],
				quote: 'The type of drugs and combinations depend on the primary cancer'
			}
		},
		{
			id: 'chemotherapy-systemic-circulates',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'Ms Byrne, 48, has breast cancer that has spread to her liver and to several bones. She starts systemic chemotherapy next week. Everyone at clinic talked about her liver, and she asks the nurse whether the chemotherapy will do anything for the cancer in her bones.',
			leadIn: 'What should the nurse tell her?',
			options: [
				{
					kind: 'explanation to the patient',
					text: 'No: the drugs are aimed at the liver, and your bones will need a separate treatment',
					correct: false,
					explanation:
						'Systemic drugs are not aimed at one organ. Her bones may need other treatment too, but the chemotherapy reaches them.'
				},
				{
					kind: 'explanation to the patient',
					text: 'Yes: the drugs travel in the blood throughout the body, so they reach your bones',
					correct: true,
					explanation:
						'Right: systemic chemotherapy is given into the bloodstream and circulates throughout the body, so it acts on her bone metastases as well as her liver metastases.'
				},
				{
					kind: 'explanation to the patient',
					text: 'Yes, provided the drugs are given into the artery that carries blood to the liver',
					correct: false,
					explanation:
						'Giving drugs into the hepatic artery concentrates them in the liver; it is systemic chemotherapy, by vein or tablet, that reaches the whole body.'
				},
				{
					kind: 'explanation to the patient',
					text: 'No: the cancer cells in your bones are a different kind from those in the liver',
					correct: false,
					explanation:
						'Her bone and liver metastases are both made of breast cancer cells, like the primary.'
				},
				{
					kind: 'explanation to the patient',
					text: 'Yes: the drugs gather in the liver first and then pass from there into your bones',
					correct: false,
					explanation:
						'The drugs are carried by the blood to every part of the body at once; they do not reach the bones by way of the liver.'
				}
			],
			teachingPoint:
				'Systemic chemotherapy circulates throughout the body, so it treats metastases wherever they are. This is why it, rather than a liver-directed treatment, is the backbone of care when cancer has spread beyond the liver.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective:
				'Explain to a patient how systemic chemotherapy reaches metastases outside the liver.',
			source: {
				passageIds: ['chemotherapy-3', 'chemotherapy-4'],
				quote: 'They circulate throughout the body'
			}
		},
		{
			id: 'chemotherapy-tablets-reach',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'Mr Novak, 66, has colorectal cancer with liver metastases and is to start chemotherapy as tablets. His wife is upset: she says tablets cannot be as strong as “proper” chemotherapy through a drip, and that they will only work on his bowel. She asks the nurse whether he is being given second-best treatment.',
			leadIn: 'What is the best response for the nurse to give?',
			options: [
				{
					kind: 'explanation to the patient',
					text: 'Tablets get into his blood and reach the cancer cells throughout his body',
					correct: true,
					explanation:
						'Right: systemic chemotherapy is given into the bloodstream by drip or by mouth as tablets, and either way the drugs circulate throughout the body and destroy cancer cells, including those in his liver.'
				},
				{
					kind: 'explanation to the patient',
					text: 'Tablets are usually kept for people whose treatment is aimed at easing symptoms',
					correct: false,
					explanation:
						'The route does not tell you the aim. Tablets are one of the standard ways of giving systemic chemotherapy, whatever its aim.'
				},
				{
					kind: 'explanation to the patient',
					text: 'Tablets act mainly on the bowel, which is fine because that is where it started',
					correct: false,
					explanation:
						'This accepts her misunderstanding. Chemotherapy tablets do not stay in the bowel; the drug enters the bloodstream.'
				},
				{
					kind: 'explanation to the patient',
					text: 'Tablets are a gentler, lower-dose version used until a drip can be arranged',
					correct: false,
					explanation:
						'Chemotherapy tablets are not a stopgap or a weaker version; they are a route of systemic treatment in their own right.'
				},
				{
					kind: 'explanation to the patient',
					text: 'Tablets are started once a drip has first shrunk the tumours in his liver',
					correct: false,
					explanation:
						'There is no such rule. The choice between drip and tablets depends on the drugs chosen for his primary cancer, not on a sequence.'
				}
			],
			teachingPoint:
				'Systemic chemotherapy can be given by intravenous infusion or by mouth as tablets; both put the drug into the bloodstream to circulate throughout the body. Patients and families often read tablets as second-best, and can be reassured honestly.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective: 'Reassure a family that chemotherapy tablets are systemic treatment.',
			source: {
				passageIds: ['chemotherapy-3'],
				quote: 'orally as tablets. They circulate throughout the body'
			}
		},
		{
			id: 'chemotherapy-stable-scan',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'Mrs Lewis, 68, has pancreatic cancer with metastases throughout both halves of her liver and on the lining of her abdomen. After three months of chemotherapy the ache under her right ribs has eased, and her CT shows the liver metastases unchanged in size. She tells the nurse the treatment has failed because the tumours have not shrunk, and wonders whether to stop.',
			leadIn: 'What is the best reply for the nurse to give?',
			options: [
				{
					kind: 'reply to the patient',
					text: 'Chemotherapy helps when tumours shrink, so stopping now is a sensible choice',
					correct: false,
					explanation:
						'Shrinking is not the one sign that chemotherapy is working: slowing growth and easing symptoms are aims too, and her scan and her ache show both. Agreeing that it has failed gives her a wrong basis for her decision.'
				},
				{
					kind: 'reply to the patient',
					text: 'Unchanged tumours are scar tissue now, so the cancer has been destroyed',
					correct: false,
					explanation:
						'Nothing on the scan shows that the tumours have been destroyed: unchanged size means they have stopped growing, not that the cancer has gone, and false reassurance would mislead her.'
				},
				{
					kind: 'reply to the patient',
					text: 'Holding the tumours steady is one of the things this treatment aims to do',
					correct: true,
					explanation:
						'Right: chemotherapy can help slow the growth of cancer and relieve symptoms, and for her cancer that is the realistic aim. Tumours that have stopped growing, with her ache eased, are a result, not a failure. Whether to carry on is still her choice, best made with her oncologist once she understands the scan.'
				},
				{
					kind: 'reply to the patient',
					text: 'Unchanged tumours mean the dose was too low, so it will be raised from now on',
					correct: false,
					explanation:
						'A stable scan is not evidence of too low a dose, and the nurse cannot promise a change of treatment that the oncologist has not decided.'
				},
				{
					kind: 'reply to the patient',
					text: 'The drugs are not reaching the liver, so TACE would work better for you',
					correct: false,
					explanation:
						'Systemic drugs circulate throughout the body, so they do reach the liver. TACE is used when the cancer has spread only to the liver, and hers is also on the lining of her abdomen.'
				}
			],
			teachingPoint:
				'On chemotherapy given to control the cancer, tumours that stop growing are a response: the treatment aims to slow the cancer and ease symptoms, not just to shrink it. Helping a patient read her scan this way lets her decide about continuing, with her oncologist, on an accurate footing.',
			difficulty: 'hard',
			audiences: ['nurse'],
			objective: 'Help a patient on palliative chemotherapy make sense of a stable scan.',
			source: {
				passageIds: ['chemotherapy-1', 'treatment-planning-10'],
				quote: 'Chemotherapy can help slow the growth of cancer'
			}
		},
		{
			id: 'chemotherapy-conversion-candidate',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'At the liver MDT, five fit patients starting first-line chemotherapy for liver metastases are discussed. None has had liver surgery. The consultant asks the registrar which of them is having chemotherapy with the realistic aim of making a liver resection possible later.',
			leadIn: 'In which patient is chemotherapy most likely to have this aim?',
			options: [
				{
					kind: 'patient',
					text: 'A woman with pancreatic cancer and three liver metastases, and no other spread',
					correct: false,
					explanation:
						'For pancreatic cancer, current evidence does not support an aggressive surgical approach to liver metastases, however few.'
				},
				{
					kind: 'patient',
					text: 'A man with lung cancer, two liver metastases and one in the adrenal gland',
					correct: false,
					explanation:
						'Liver metastases from lung cancer are not treated well by surgery, and he has disease outside the liver.'
				},
				{
					kind: 'patient',
					text: 'A woman with colon cancer whose metastases fill both liver halves and both lungs',
					correct: false,
					explanation:
						'Widespread lung disease means her systemic disease is not controlled; that, rather than the liver, will decide her outcome.'
				},
				{
					kind: 'patient',
					text: 'A man with stomach cancer, liver metastases and fluid in the abdomen from spread',
					correct: false,
					explanation:
						'Peritoneal spread with ascites is disease outside the liver; chemotherapy here aims to control it and relieve symptoms.'
				},
				{
					kind: 'patient',
					text: 'A man with colon cancer, six unresectable liver metastases and no disease elsewhere',
					correct: true,
					explanation:
						'Right: colorectal liver metastases are treated well by surgery when they can be removed, his disease is confined to the liver, and chemotherapy can sometimes shrink metastases enough to allow removal.'
				}
			],
			teachingPoint:
				'Chemotherapy given to make resection possible belongs to patients whose primary responds to an aggressive surgical approach (colorectal, some ovarian) and whose disease is confined to, or controlled outside, the liver. For lung, pancreatic or widespread disease the aim is control.',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective: 'Identify the patient in whom chemotherapy may make liver resection possible.',
			source: {
				passageIds: ['chemotherapy-1', 'surgery-3'],
				quote: 'shrink liver metastases and allow surgical removal'
			}
		},
		{
			id: 'chemotherapy-route-wishes',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 71-year-old man has colorectal cancer with five liver metastases that cannot be removed, and no disease elsewhere. He is fit and wants treatment, but says firmly that after his bowel operation he will not have another operation, nor any procedure in which tubes are passed into his arteries.',
			leadIn: 'Which treatment best fits his disease and his wishes?',
			options: [
				{
					kind: 'treatment',
					text: 'Hepatic arterial infusion of chemotherapy',
					correct: false,
					explanation:
						'His disease meets the conditions for HAI (unresectable, confined to the liver), but HAI needs a catheter in the liver’s arterial supply, usually placed at an operation and joined to a pump under the skin (some centres place it by interventional radiology). He has declined both.'
				},
				{
					kind: 'treatment',
					text: 'Systemic chemotherapy by drip or tablet',
					correct: true,
					explanation:
						'Right: systemic chemotherapy is given into the bloodstream by infusion into a vein or as tablets; it needs no operation and no arterial catheter, and it is the most common treatment for liver metastases.'
				},
				{
					kind: 'treatment',
					text: 'Transarterial chemoembolisation',
					correct: false,
					explanation:
						'TACE is given through a catheter passed from a peripheral artery into the tumours’ arteries, the kind of procedure he has refused.'
				},
				{
					kind: 'treatment',
					text: 'Adjuvant chemotherapy after resection',
					correct: false,
					explanation:
						'Adjuvant chemotherapy follows a resection; his metastases cannot be removed, and he has declined an operation.'
				},
				{
					kind: 'treatment',
					text: 'Chemotherapy to shrink them before resection',
					correct: false,
					explanation:
						'Shrinking metastases to allow removal only helps a patient willing to have the operation, and he is not.'
				}
			],
			teachingPoint:
				'Patient wishes are one of the factors every plan must weigh. A patient who meets the conditions for arterial chemotherapy can still rightly choose systemic chemotherapy, which needs neither an operation nor an arterial catheter.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Choose a route of chemotherapy that fits the disease and the patient’s wishes.',
			source: {
				passageIds: ['chemotherapy-3', 'treatment-planning-9', 'chemotherapy-4'],
				quote: 'the chemotherapy drugs are administered into the bloodstream'
			}
		},
		{
			id: 'chemotherapy-systemic-no-catheter',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'Mrs Hughes, 60, is booked to start systemic chemotherapy for liver metastases from bowel cancer. Her brother had chemoembolisation for his liver metastases last year, and she asks the nurse whether she too will need a tube put into an artery in her groin.',
			leadIn: 'What should the nurse explain to her?',
			options: [
				{
					kind: 'explanation to the patient',
					text: 'Yes: your drugs will be steered into the liver’s arteries, as your brother’s were',
					correct: false,
					explanation:
						'That describes chemoembolisation, in which a catheter from a peripheral artery carries the drug into the tumours’ arteries. Systemic chemotherapy needs no arterial catheter.'
				},
				{
					kind: 'explanation to the patient',
					text: 'No: your drugs will be put straight into the tumours by a radiologist',
					correct: false,
					explanation:
						'Delivery directly into the tumours is the point of chemoembolisation. Systemic drugs reach the tumours through the circulation.'
				},
				{
					kind: 'explanation to the patient',
					text: 'Yes, but the tube will be put in during an operation under anaesthetic',
					correct: false,
					explanation:
						'A catheter in the liver’s arterial supply, usually placed at an operation, is needed for hepatic arterial infusion, not for systemic chemotherapy.'
				},
				{
					kind: 'explanation to the patient',
					text: 'No: your drugs will be given by a probe passed through the skin to the liver',
					correct: false,
					explanation:
						'A probe through the skin is how percutaneous ablation is given; it is not a route for chemotherapy.'
				},
				{
					kind: 'explanation to the patient',
					text: 'No: your drugs will go into a vein through a drip, or be taken as tablets',
					correct: true,
					explanation:
						'Right: systemic chemotherapy is given into the bloodstream by intravenous infusion or by mouth as tablets.'
				}
			],
			teachingPoint:
				'Systemic chemotherapy is given by drip into a vein or by mouth; chemoembolisation and hepatic arterial infusion are liver-directed and need an arterial catheter or an operation. Patients who know someone treated by another route need to hear what their own treatment involves.',
			difficulty: 'easy',
			audiences: ['nurse'],
			objective:
				'Explain to a patient how systemic chemotherapy differs in practice from chemoembolisation.',
			source: {
				passageIds: ['chemotherapy-3', 'chemotherapy-5'],
				quote: 'administered into the bloodstream via an intravenous infusion'
			}
		},
		{
			id: 'chemotherapy-how-it-works',
			type: 'single-best-answer',
			task: 'recall',
			stem: 'A 58-year-old man starting systemic chemotherapy for liver metastases has been reading about immunotherapy, hormone therapy and targeted drugs. He asks the nurse how chemotherapy itself works against the cancer.',
			leadIn: 'Which explanation should the nurse give?',
			options: [
				{
					kind: 'explanation to the patient',
					text: 'The drugs travel round your body in the blood and destroy the cancer cells',
					correct: true,
					explanation:
						'Right: systemic chemotherapy drugs circulate throughout the body and destroy cancer cells.'
				},
				{
					kind: 'explanation to the patient',
					text: 'The drugs boost your immune system so that it attacks the cancer cells',
					correct: false,
					explanation: 'Boosting the body’s natural defences is how immunotherapy works.'
				},
				{
					kind: 'explanation to the patient',
					text: 'The drugs block the hormones that the cancer cells need in order to grow',
					correct: false,
					explanation:
						'Blocking hormones needed for growth is hormone therapy, which suits only hormone-sensitive cancers.'
				},
				{
					kind: 'explanation to the patient',
					text: 'The drugs stop your tumours from forming the new blood vessels they need',
					correct: false,
					explanation:
						'Blocking the formation of new blood vessels is how angiogenesis inhibitors, a targeted therapy, work; they are often given with chemotherapy but are not chemotherapy.'
				},
				{
					kind: 'explanation to the patient',
					text: 'The drugs block the arteries that carry blood into the tumours in your liver',
					correct: false,
					explanation:
						'Blocking the tumours’ feeding arteries is part of chemoembolisation, a procedure, not an action of the drugs themselves.'
				}
			],
			teachingPoint:
				'Chemotherapy drugs circulate throughout the body and destroy cancer cells. Targeted drugs (which attach to receptors), immunotherapy (which boosts the body’s defences) and hormone therapy (which alters hormones) work differently, and are often given alongside it.',
			difficulty: 'easy',
			audiences: ['nurse'],
			objective:
				'Explain to a patient how chemotherapy acts, as distinct from other drug treatments.',
			source: {
				passageIds: ['chemotherapy-3', 'targeted-therapy-1', 'immunotherapy-1'],
				quote: 'circulate throughout the body and destroy cancer cells'
			}
		},
		{
			id: 'chemotherapy-symptom-relief',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'Mr Okoro, 64, has liver metastases from stomach cancer that cannot be removed. Three months into chemotherapy he tells the nurse that his appetite has come back and the ache under his right ribs has gone. He asks whether this means the tumours have gone and he can stop treatment.',
			leadIn: 'What is the best reply for the nurse to give?',
			options: [
				{
					kind: 'reply to the patient',
					text: 'Feeling better means the tumours have gone, so the team can now stop chemotherapy',
					correct: false,
					explanation:
						'Symptoms can ease while tumours remain; most metastases do not go away completely. Stopping on this basis would be unsafe.'
				},
				{
					kind: 'reply to the patient',
					text: 'Chemotherapy does not change symptoms, so the improvement is probably unrelated to it',
					correct: false,
					explanation:
						'Wrong: relieving symptoms is one of the things chemotherapy can do. This reply dismisses a real benefit.'
				},
				{
					kind: 'reply to the patient',
					text: 'Feeling better means the tumours have shrunk enough for a surgeon to remove them',
					correct: false,
					explanation:
						'Whether metastases can be removed depends on the scans and on the primary; for stomach cancer liver surgery is rarely an option.'
				},
				{
					kind: 'reply to the patient',
					text: 'Chemotherapy can ease symptoms like these; scans will show how the tumours respond',
					correct: true,
					explanation:
						'Right: chemotherapy can slow the growth of the cancer and relieve symptoms. Imaging, not symptoms, shows how the metastases have responded, and decisions about stopping rest with his team.'
				},
				{
					kind: 'reply to the patient',
					text: 'Chemotherapy can ease symptoms like these, which suggests the tumours are now too small to see',
					correct: false,
					explanation:
						'The first half is right, but symptoms do not measure the metastases: they can ease while tumours remain, and only scans show how the tumours have responded.'
				}
			],
			teachingPoint:
				'Relief of symptoms is a real aim of chemotherapy, and improvement is welcome news. It is not proof that the metastases have gone: scans judge the response, and the decision to stop treatment belongs to the team.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective: 'Respond accurately when a patient’s symptoms improve on chemotherapy.',
			source: {
				passageIds: ['chemotherapy-1', 'diagnosis-1', 'treatment-planning-10'],
				quote: 'help slow the growth of cancer and relieve symptoms'
			}
		},
		{
			id: 'chemotherapy-adjuvant-wishes',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'Mrs Osei, 58, had three colorectal liver metastases removed two months ago and has recovered well. She has been offered adjuvant chemotherapy but found her earlier chemotherapy very hard. She tells the nurse she is thinking of saying no, and asks what she would be giving up.',
			leadIn: 'What is the best answer for the nurse to give?',
			options: [
				{
					kind: 'reply to the patient',
					text: 'Without it the cancer is certain to come back, so saying no is not really a choice',
					correct: false,
					explanation:
						'Overstated and coercive: adjuvant chemotherapy reduces the risk of recurrence; it does not turn certain recurrence into none.'
				},
				{
					kind: 'reply to the patient',
					text: 'Now that the tumours are out it makes little difference, so it is fine to say no',
					correct: false,
					explanation:
						'This dismisses the purpose of adjuvant treatment, which is to lower the risk of the cancer coming back after the operation.'
				},
				{
					kind: 'reply to the patient',
					text: 'If you decline it, the surgeon will be unwilling to operate again if it returns',
					correct: false,
					explanation:
						'Untrue and a form of pressure; any future treatment would be planned on its own merits.'
				},
				{
					kind: 'reply to the patient',
					text: 'It lowers the chance of the cancer returning; the choice is yours to talk through',
					correct: true,
					explanation:
						'Right, and honest: adjuvant chemotherapy is given to reduce the risk of the cancer coming back. Her wishes are part of the plan, and she can weigh the benefit against what she went through with her oncologist.'
				},
				{
					kind: 'reply to the patient',
					text: 'It is part of the operation’s treatment plan, so it has to go ahead as booked',
					correct: false,
					explanation:
						'Patients can decline any treatment; her fitness and wishes are among the factors the plan must weigh.'
				}
			],
			teachingPoint:
				'Adjuvant chemotherapy reduces the risk of recurrence; it does not guarantee against it, and going without it does not make recurrence certain. A patient weighing it against a hard previous course needs the benefit stated honestly and her right to choose respected.',
			difficulty: 'hard',
			audiences: ['nurse'],
			objective:
				'Support a patient weighing up adjuvant chemotherapy, honestly and without pressure.',
			source: {
				passageIds: ['chemotherapy-1', 'treatment-planning-9'],
				quote: 'after surgery to reduce the risk of the cancer coming back'
			}
		},
		// ---------------------------------------------------------------- multiple response
		{
			id: 'chemotherapy-roles',
			type: 'multiple-response',
			task: 'recall',
			stem: 'A specialist nurse is preparing a teaching session for ward staff on why patients with liver metastases are given chemotherapy at different points in their care.',
			leadIn:
				'Which of these are aims of chemotherapy for liver metastases? Select all that apply.',
			options: [
				{
					kind: 'aim of treatment',
					text: 'Slowing the growth of the cancer',
					correct: true,
					explanation: 'Right: chemotherapy can help slow the growth of cancer.'
				},
				{
					kind: 'aim of treatment',
					text: 'Protecting the liver before a major resection',
					correct: false,
					explanation:
						'The reverse: chemotherapy can affect the liver, so that less of it may safely be removed afterwards.'
				},
				{
					kind: 'aim of treatment',
					text: 'Relieving symptoms caused by the cancer',
					correct: true,
					explanation: 'Right: chemotherapy can help relieve symptoms.'
				},
				{
					kind: 'aim of treatment',
					text: 'Shrinking metastases so that they can be removed',
					correct: true,
					explanation:
						'Right: sometimes chemotherapy can shrink liver metastases and allow surgical removal.'
				},
				{
					kind: 'aim of treatment',
					text: 'Identifying the organ where the cancer began',
					correct: false,
					explanation:
						'Finding the origin is the job of imaging and, sometimes, biopsy; chemotherapy is chosen once the origin is known.'
				},
				{
					kind: 'aim of treatment',
					text: 'Reducing the risk of return after an operation',
					correct: true,
					explanation:
						'Right: chemotherapy given after surgery to reduce the risk of the cancer coming back is adjuvant chemotherapy.'
				},
				{
					kind: 'aim of treatment',
					text: 'Boosting the body’s own defences against cancer',
					correct: false,
					explanation: 'Boosting the body’s natural defences is the aim of immunotherapy.'
				}
			],
			teachingPoint:
				'Chemotherapy has four aims in liver metastases: to slow growth, to relieve symptoms, sometimes to shrink metastases enough for removal, and after surgery to reduce the risk of recurrence. It does not protect the liver: previous chemotherapy can reduce how much liver can safely be removed.',
			difficulty: 'medium',
			audiences: ['nurse', 'doctor'],
			objective: 'List the aims of chemotherapy for liver metastases.',
			source: {
				passageIds: ['chemotherapy-1', 'surgery-5'],
				quote: 'Chemotherapy can help slow the growth of cancer and relieve symptoms.'
			}
		},
		// ---------------------------------------------------------------- true or false
		{
			id: 'chemotherapy-adjuvant-timing',
			type: 'true-false',
			task: 'recall',
			stem: 'Adjuvant chemotherapy is the name for chemotherapy given before liver surgery to shrink the metastases so that they can be removed.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: false,
					explanation:
						'Adjuvant chemotherapy is given after surgery, to reduce the risk of the cancer coming back. Chemotherapy before surgery to shrink metastases has a different aim.'
				},
				{
					text: 'False',
					correct: true,
					explanation:
						'Right: adjuvant chemotherapy is given after surgery to reduce the risk of the cancer coming back; chemotherapy that shrinks metastases to allow removal is given before it.'
				}
			],
			teachingPoint:
				'Chemotherapy before surgery aims to shrink metastases enough to allow removal; adjuvant chemotherapy comes after surgery and aims to reduce the risk of recurrence. Mixing the two terms confuses patients about where they are in their treatment.',
			difficulty: 'medium',
			audiences: ['doctor', 'nurse'],
			objective: 'Distinguish adjuvant chemotherapy from chemotherapy given before surgery.',
			source: {
				passageIds: ['chemotherapy-1'],
				quote:
					'Chemotherapy may be also administered after surgery to reduce the risk of the cancer coming back'
			}
		},
		// ---------------------------------------------------------------- extended matching
		{
			id: 'chemotherapy-emq-aim',
			type: 'extended-matching',
			task: 'decision',
			stem: 'The place of chemotherapy in the plan for a patient with liver metastases',
			leadIn:
				'For each patient, choose the most appropriate plan to recommend. Each option may be used once, more than once or not at all.',
			options: [
				{
					kind: 'plan',
					text: 'Adjuvant systemic chemotherapy',
					explanation:
						'Chemotherapy after the metastases have been removed, to reduce the risk of the cancer coming back.'
				},
				{
					kind: 'plan',
					text: 'Systemic chemotherapy, then reassessment for resection',
					explanation:
						'Chemotherapy that may shrink liver metastases enough to allow surgical removal, for a primary treated well by surgery.'
				},
				{
					kind: 'plan',
					text: 'Systemic chemotherapy to slow growth and ease symptoms',
					explanation:
						'Chemotherapy whose realistic aim is to control the disease and relieve symptoms.'
				},
				{
					kind: 'plan',
					text: 'Hepatic arterial infusion of chemotherapy',
					explanation:
						'Chemotherapy directly to the liver through a catheter in its arterial supply, usually placed surgically, when resection is not possible and the cancer has not spread outside the liver; complex, so used less often.'
				},
				{
					kind: 'plan',
					text: 'Transarterial chemoembolisation',
					explanation:
						'Chemotherapy into the tumours’ feeding arteries, which are then blocked; for cancer spread only to the liver.'
				},
				{
					kind: 'plan',
					text: 'Liver resection',
					explanation:
						'The treatment with the higher chance of cure, for removable metastases in selected patients.'
				},
				{
					kind: 'plan',
					text: 'Stereotactic body radiotherapy',
					explanation: 'External radiotherapy from many angles, for one to three small metastases.'
				},
				{
					kind: 'plan',
					text: 'Percutaneous microwave ablation',
					explanation:
						'Heat through a probe, usually for tumours under 3 cm that cannot be removed or in patients unfit or unwilling to have an operation.'
				},
				{
					kind: 'plan',
					text: 'Radiotherapy to shrink the metastases before resection',
					explanation:
						'Possible in principle, but uncommon for liver metastases; not a routine step before liver surgery.'
				}
			],
			stems: [
				{
					id: 'a',
					text: 'A 64-year-old man with rectal cancer had three liver metastases resected seven weeks ago; he has recovered fully, and staging shows no disease elsewhere.',
					answer: 0,
					explanation:
						'With the metastases removed, chemotherapy now aims to reduce the risk of the cancer coming back: adjuvant chemotherapy.'
				},
				{
					id: 'b',
					text: 'A fit 57-year-old woman with colon cancer has nine metastases in both halves of the liver and nothing elsewhere. The surgeon cannot remove them now but might if they shrank. She has had no chemotherapy.',
					answer: 1,
					explanation:
						'Colorectal metastases confined to the liver are treated well by surgery when they can be removed; chemotherapy may shrink them enough, so she should be reassessed after it. Some specialist centres use HAI to shrink disease towards surgery, but it is complex and she has not yet had systemic chemotherapy, which comes first.'
				},
				{
					id: 'c',
					text: 'A 69-year-old man with pancreatic cancer has many liver metastases and nodules on the peritoneum; he is tired and in pain but manages his daily activities.',
					answer: 2,
					explanation:
						'Pancreatic cancer with disease beyond the liver: surgery is not of proven benefit, arterial treatments need disease confined to the liver, and the realistic aim is to slow the disease and relieve his symptoms.'
				},
				{
					id: 'd',
					text: 'A 66-year-old woman with oesophageal cancer has several liver metastases and nodules in both lungs; she has lost weight and has little appetite.',
					answer: 2,
					explanation:
						'She has disease outside the liver, so liver-directed treatments do not address it, and her cancer is not one whose liver metastases are known to do well with surgery; systemic chemotherapy chosen for her primary aims to control the disease and her symptoms.'
				}
			],
			teachingPoint:
				'The same drugs can serve three aims: after resection to reduce recurrence (adjuvant), before it to make removal possible in a primary treated well by surgery, or to slow the disease and relieve symptoms when cure is not realistic. The primary, the spread outside the liver and previous surgery decide which.',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective:
				'Choose the aim of chemotherapy from the primary, the extent of disease and previous surgery.',
			source: {
				passageIds: ['chemotherapy-1', 'surgery-3', 'chemotherapy-4'],
				quote:
					'Chemotherapy can help slow the growth of cancer and relieve symptoms. Sometimes it can even shrink liver metastases and allow surgical removal.'
			}
		},
		// ---------------------------------------------------------------- short answer
		{
			id: 'chemotherapy-adjuvant-recall',
			type: 'short-answer',
			task: 'recall',
			stem: 'After resection of her colorectal liver metastases, Mrs Patel is offered a course of chemotherapy to reduce the risk of the cancer coming back. Chemotherapy given after surgery for this purpose is called ____ chemotherapy.',
			leadIn: 'Complete the sentence.',
			options: [],
			shortAnswer: {
				accepted: ['adjuvant', 'adjuvant chemotherapy'],
				explanation:
					'Chemotherapy given after surgery to reduce the risk of the cancer coming back is adjuvant chemotherapy: it treats cells too few to see on scans. Chemotherapy given before surgery is not adjuvant but neoadjuvant; when it shrinks metastases that could not be removed until they can be, it is called conversion chemotherapy.'
			},
			teachingPoint:
				'Adjuvant chemotherapy after resection of colorectal liver metastases lengthens the time free of disease; a gain in overall survival is not established, so explain it to patients as lowering the risk of recurrence, not as a promise of longer life.',
			difficulty: 'easy',
			audiences: ['nurse', 'doctor'],
			objective: 'Name chemotherapy given after surgery to lower the risk of recurrence.',
			source: {
				passageIds: ['chemotherapy-1'],
				quote:
					'Chemotherapy may be also administered after surgery to reduce the risk of the cancer coming back (adjuvant chemotherapy).'
			}
		}
	]
});
