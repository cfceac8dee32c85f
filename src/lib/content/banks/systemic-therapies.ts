import { defineBank } from '$lib/content/types';

/*
 * Monoclonal antibodies serve both as targeted drugs and as immunotherapy, and cancer vaccines are
 * mostly given within trials; items name the form of treatment, not a drug, so that neither point
 * decides a key. Hormone therapy applies to cancers whose cells need a hormone to grow, so every
 * vignette that turns on it says so.
 */
export default defineBank({
	id: 'systemic-therapies',
	title: 'Targeted, immuno- and hormone therapy',
	description:
		'How targeted therapy, immunotherapy and hormone therapy act on liver metastases, how they are combined with other treatments, and how to explain them to patients.',
	items: [
		// ---------------------------------------------------------------- targeted therapy
		{
			id: 'systemic-therapies-targeted-mechanism',
			type: 'single-best-answer',
			task: 'recall',
			stem: 'A 56-year-old man with colorectal liver metastases is to have a targeted drug alongside his chemotherapy. A medical student on the oncology ward asks the foundation doctor how targeted drugs act on cancer cells.',
			leadIn: 'Which explanation is correct?',
			options: [
				{
					kind: 'mechanism',
					text: 'They circulate throughout the body and destroy cancer cells they reach',
					correct: false,
					explanation:
						'This is how systemic chemotherapy is described. Targeted drugs act on particular receptors of the cancer cells.'
				},
				{
					kind: 'mechanism',
					text: 'They boost the body’s natural defences so that these attack the cancer',
					correct: false,
					explanation: 'Boosting the body’s natural defences is immunotherapy.'
				},
				{
					kind: 'mechanism',
					text: 'They add, block or remove hormones that the cancer cells need to grow',
					correct: false,
					explanation: 'This is hormone therapy.'
				},
				{
					kind: 'mechanism',
					text: 'They attach to receptors of the cancer cells and disrupt growth signals',
					correct: true,
					explanation:
						'Right: targeted drugs identify and attach to specific cancer cell receptors, and by attaching disrupt the signals that promote cancer cell survival and growth.'
				},
				{
					kind: 'mechanism',
					text: 'They block the small arteries that carry blood into the liver tumours',
					correct: false,
					explanation:
						'Blocking the tumours’ feeding arteries is part of chemoembolisation, a procedure; angiogenesis inhibitors act instead on the formation of new vessels.'
				}
			],
			teachingPoint:
				'Targeted drugs identify and attach to specific cancer cell receptors and disrupt the signals that promote the cells’ survival and growth. Because the target must be present, many targeted drugs need a test of the tumour before they are prescribed (for example RAS status before anti-EGFR antibodies in colorectal cancer).',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Explain how targeted therapy drugs act on cancer cells.',
			source: {
				passageIds: ['targeted-therapy-1'],
				quote:
					'By attaching on these receptors the drugs disrupt the signals that promote cancer cell survival and growth.'
			}
		},
		{
			id: 'systemic-therapies-targeted-use',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'Mrs Moreno, 64, has colorectal liver metastases. Her oncologist has added a targeted drug to her treatment plan. She has been dreading more chemotherapy, and asks the nurse whether the new drug means that she can now stop the chemotherapy.',
			leadIn: 'What should the nurse tell her?',
			options: [
				{
					kind: 'reply to the patient',
					text: 'It is usually given alongside your chemotherapy, not in its place',
					correct: true,
					explanation:
						'Right: targeted cancer therapy is usually used in combination with chemotherapy, and in colorectal cancer the targeted antibodies are given with it. She can talk to her oncologist about how the combination is planned.'
				},
				{
					kind: 'reply to the patient',
					text: 'It usually replaces chemotherapy, so your chemotherapy can now stop',
					correct: false,
					explanation:
						'Targeted therapy is usually used in combination with chemotherapy, not instead of it; this would raise a false hope.'
				},
				{
					kind: 'reply to the patient',
					text: 'It is usually started once your course of chemotherapy has finished',
					correct: false,
					explanation: 'They are usually given with chemotherapy, not after it.'
				},
				{
					kind: 'reply to the patient',
					text: 'It is usually kept for when chemotherapy has failed to control the cancer',
					correct: false,
					explanation:
						'Adding a targeted drug does not mean chemotherapy has failed; targeted drugs are usually part of the combination from the start.'
				},
				{
					kind: 'reply to the patient',
					text: 'It is usually given instead of chemotherapy to people unfit to have it',
					correct: false,
					explanation:
						'Nothing suggests she is unfit for chemotherapy, and targeted therapy is usually combined with it.'
				}
			],
			teachingPoint:
				'Targeted therapy is usually given in combination with chemotherapy, as in colorectal cancer; in some other cancers, such as lung cancer with a targetable mutation, a targeted tablet may be given on its own. Patients often hope a new drug means an end to chemotherapy; for her the honest answer is that it is added to it.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective:
				'Explain to a patient that targeted therapy is usually combined with chemotherapy.',
			source: {
				passageIds: ['targeted-therapy-1'],
				quote: 'Targeted cancer therapy is used usually in combination with chemotherapy'
			}
		},
		{
			id: 'systemic-therapies-targeted-primary',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'Mr Walsh, 61, has liver metastases from bowel cancer. In the chemotherapy unit he met a woman with lung cancer who takes a targeted tablet, and he asks the nurse why he has not been offered the same drug, since both of them have cancer in the liver.',
			leadIn: 'What is the best explanation for the nurse to give?',
			options: [
				{
					kind: 'explanation to the patient',
					text: 'The choice depends on the number of tumours in the liver, and you have fewer of them',
					correct: false,
					explanation:
						'The number of metastases matters for local treatments, not for the choice of targeted drug.'
				},
				{
					kind: 'explanation to the patient',
					text: 'The choice depends on age, and tablets like hers are kept for older people',
					correct: false,
					explanation: 'Age does not decide which targeted drug is suitable; the cancer does.'
				},
				{
					kind: 'explanation to the patient',
					text: 'The choice depends on whether the tumours can be removed, and yours can be',
					correct: false,
					explanation:
						'Nothing says his tumours can be removed; and the primary, not resectability, decides which targeted drugs are options.'
				},
				{
					kind: 'explanation to the patient',
					text: 'Her tablet is the same drug as the one in your drip, given in another form',
					correct: false,
					explanation: 'This is a guess the nurse cannot support, and it dodges his real question.'
				},
				{
					kind: 'explanation to the patient',
					text: 'The choice depends on where the cancer started, not on where it has spread',
					correct: true,
					explanation:
						'Right: targeted therapy options depend on the primary cancer. His liver metastases are made of bowel cancer cells, so they carry the targets of bowel cancer, not of lung cancer; tests on the tumour also guide the choice.'
				}
			],
			teachingPoint:
				'Targeted therapy options depend on the primary cancer, because metastases carry the receptors of the cancer they came from. Tests of the tumour often decide further which drug will work, so two patients with liver metastases may rightly receive different targeted drugs.',
			difficulty: 'hard',
			audiences: ['nurse'],
			objective:
				'Explain to a patient why targeted drugs differ between cancers that have spread to the liver.',
			source: {
				passageIds: ['targeted-therapy-1', 'definition-1'],
				quote: 'options depend on the primary cancer (where the cancer started)'
			}
		},
		{
			id: 'systemic-therapies-targeted-deciding-factor',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'Two patients start first-line treatment for unresectable liver metastases in the same week: a 59-year-old woman whose cancer began in the lung and a 62-year-old man whose cancer began in the colon. Both will have chemotherapy, and the oncologist is considering a targeted drug for each of them.',
			leadIn: 'Which factor is most important in deciding which targeted drugs can be offered?',
			options: [
				{
					kind: 'factor',
					text: 'The number of metastases in each liver',
					correct: false,
					explanation:
						'Number matters for surgery, ablation and stereotactic radiotherapy, not for the choice of targeted drug.'
				},
				{
					kind: 'factor',
					text: 'The size of the largest liver metastasis',
					correct: false,
					explanation: 'Size guides local treatment; targeted drugs act throughout the body.'
				},
				{
					kind: 'factor',
					text: 'Where each of the two cancers started',
					correct: true,
					explanation:
						'Right: targeted therapy options depend on the primary cancer. In practice tests of each tumour (such as RAS status in colorectal cancer) then narrow the choice.'
				},
				{
					kind: 'factor',
					text: 'Whether tumours are in both halves of the liver',
					correct: false,
					explanation:
						'Distribution in the liver matters to the surgeon; it does not decide which targeted drug is suitable.'
				},
				{
					kind: 'factor',
					text: 'Which scan first showed the metastases',
					correct: false,
					explanation:
						'The imaging used for diagnosis has no bearing on the choice of targeted drug.'
				}
			],
			teachingPoint:
				'Which targeted drugs are options depends on the primary cancer; the number, size and position of liver metastases do not decide it. Testing the tumour for its targets is the usual next step before a targeted drug is prescribed.',
			difficulty: 'easy',
			audiences: ['doctor'],
			objective: 'Identify what determines the choice of targeted therapy.',
			source: {
				passageIds: ['targeted-therapy-1'],
				quote: 'options depend on the primary cancer'
			}
		},
		{
			id: 'systemic-therapies-angiogenesis-explained',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'Mr Fischer, 63, has colorectal liver metastases and is starting an angiogenesis inhibitor with his chemotherapy. His brother had chemoembolisation, in which the arteries feeding his tumours were blocked, and Mr Fischer asks the nurse whether his new drug does the same thing.',
			leadIn: 'What is the best explanation for the nurse to give?',
			options: [
				{
					kind: 'explanation to the patient',
					text: 'Yes: the drug travels to the liver and blocks the arteries that already feed the tumours',
					correct: false,
					explanation:
						'Blocking the existing feeding arteries is the blocking step of chemoembolisation, done through a catheter.'
				},
				{
					kind: 'explanation to the patient',
					text: 'No: the drug boosts your immune system, which then attacks the tumours’ blood supply',
					correct: false,
					explanation:
						'Boosting the immune system is immunotherapy; an angiogenesis inhibitor is a targeted drug.'
				},
				{
					kind: 'explanation to the patient',
					text: 'No: the drug stops the tumours forming the new blood vessels that they need to grow',
					correct: true,
					explanation:
						'Right: angiogenesis inhibitors block the formation of blood vessels needed for tumour growth, whereas chemoembolisation blocks the existing feeding arteries through a catheter.'
				},
				{
					kind: 'explanation to the patient',
					text: 'Yes: the drug is injected into the liver’s artery in the same kind of procedure',
					correct: false,
					explanation:
						'Angiogenesis inhibitors are given with systemic chemotherapy, not through an arterial catheter.'
				},
				{
					kind: 'explanation to the patient',
					text: 'No: the drug blocks hormones the tumours need, so that they grow fewer blood vessels',
					correct: false,
					explanation: 'Blocking hormones is hormone therapy, a different treatment.'
				}
			],
			teachingPoint:
				'Angiogenesis inhibitors are targeted drugs that stop tumours forming the new blood vessels they need to grow. Chemoembolisation blocks the existing feeding arteries through a catheter. Both “starve” a tumour, in different ways, and patients often conflate them.',
			difficulty: 'hard',
			audiences: ['nurse'],
			objective: 'Explain how an angiogenesis inhibitor differs from chemoembolisation.',
			source: {
				passageIds: ['targeted-therapy-1', 'chemotherapy-5'],
				quote:
					'angiogenesis inhibitors (that block formation of blood vessels needed for tumour growth)'
			}
		},
		{
			id: 'systemic-therapies-targeted-receptors',
			type: 'multiple-response',
			task: 'recall',
			stem: 'A patient starting a targeted drug for liver metastases has been told that it “locks on to receptors”. She asks the nurse what these receptors are.',
			leadIn:
				'Which of these describe the receptors that targeted drugs attach to? Select all that apply.',
			options: [
				{
					kind: 'description',
					text: 'Substances on the surface of the cancer cells',
					correct: true,
					explanation: 'Right: the receptors can be substances in the surface of the cancer cells.'
				},
				{
					kind: 'description',
					text: 'Hormones made by glands such as the pituitary',
					correct: false,
					explanation:
						'Hormones are made by glands and travel in the blood; receptors are substances belonging to the cancer cells.'
				},
				{
					kind: 'description',
					text: 'Substances inside the cancer cells',
					correct: true,
					explanation:
						'Right: receptors can be inside the cancer cells as well as on their surface.'
				},
				{
					kind: 'description',
					text: 'Antibodies made by the patient’s own immune system',
					correct: false,
					explanation:
						'Antibodies belong to the immune system; monoclonal antibodies given as treatment can attach to receptors, but they are not the receptors.'
				},
				{
					kind: 'description',
					text: 'Specific proteins belonging to the cancer cells',
					correct: true,
					explanation: 'Right: specific proteins are given as an example of such receptors.'
				}
			],
			teachingPoint:
				'The receptors targeted drugs attach to are substances on the surface of or inside the cancer cells, such as specific proteins. Explaining this helps a patient understand why the tumour may be tested for the target first.',
			difficulty: 'medium',
			audiences: ['nurse', 'doctor'],
			objective: 'Describe the cancer cell receptors that targeted drugs attach to.',
			source: {
				passageIds: ['targeted-therapy-1', 'hormone-therapy-1'],
				quote:
					'These are substances in the surface or inside the cancer cells, such as specific proteins.'
			}
		},
		{
			id: 'systemic-therapies-drug-class-match',
			type: 'extended-matching',
			task: 'recall',
			stem: 'How targeted, immune and hormone treatments act',
			leadIn:
				'For each description, choose the treatment it describes. Each option may be used once, more than once or not at all.',
			options: [
				{
					kind: 'treatment',
					text: 'Tyrosine kinase inhibitor',
					explanation:
						'A targeted drug that blocks the signalling cancer cells require in order to grow.'
				},
				{
					kind: 'treatment',
					text: 'Apoptosis-inducing agent',
					explanation: 'A targeted drug that promotes cancer cell death.'
				},
				{
					kind: 'treatment',
					text: 'Angiogenesis inhibitor',
					explanation:
						'A targeted drug that blocks the formation of blood vessels needed for tumour growth.'
				},
				{
					kind: 'treatment',
					text: 'Monoclonal antibody',
					explanation: 'A type of protein that can attach to cancer cells in the body.'
				},
				{
					kind: 'treatment',
					text: 'Cancer vaccine',
					explanation:
						'A form of immunotherapy, which boosts the body’s natural defences to fight cancer.'
				},
				{
					kind: 'treatment',
					text: 'Drug that works against a hormone’s effects',
					explanation: 'Hormone therapy that blocks a hormone or its effects.'
				},
				{
					kind: 'treatment',
					text: 'Drug that interferes with hormone production',
					explanation: 'Hormone therapy that lowers the amount of a hormone the body makes.'
				},
				{
					kind: 'treatment',
					text: 'Surgical removal of a hormone-producing gland',
					explanation: 'Hormone therapy by removing the gland at an operation.'
				},
				{
					kind: 'treatment',
					text: 'High-dose radiation to a hormone-producing gland',
					explanation: 'Hormone therapy by destroying the gland with radiation.'
				}
			],
			stems: [
				{
					id: 'a',
					text: 'A tablet that blocks the growth signalling inside the cancer cells, without acting on any hormone.',
					answer: 0,
					explanation:
						'Tyrosine kinase inhibitors block signalling required for cancer cell growth; drugs that block signalling by a hormone are hormone therapy.'
				},
				{
					id: 'b',
					text: 'A drug whose purpose is to push the cancer cells into dying.',
					answer: 1,
					explanation: 'Apoptosis-inducing agents promote cancer cell death.'
				},
				{
					id: 'c',
					text: 'A drug given to stop a tumour forming the new blood vessels it needs to grow.',
					answer: 2,
					explanation:
						'Angiogenesis inhibitors block the formation of blood vessels needed for tumour growth.'
				},
				{
					id: 'd',
					text: 'A protein, given by infusion, that can attach to cancer cells in the body.',
					answer: 3,
					explanation:
						'Monoclonal antibodies are a type of protein that can attach to cancer cells.'
				},
				{
					id: 'e',
					text: 'Tablets taken so that the body makes less of a hormone the cancer cells need to grow.',
					answer: 6,
					explanation:
						'Drugs that interfere with the production of hormones are one way of giving hormone therapy; tablets rule out the operation and the radiation.'
				}
			],
			teachingPoint:
				'Targeted drugs include tyrosine kinase inhibitors (block growth signalling), apoptosis-inducing agents (promote cell death) and angiogenesis inhibitors (block new blood vessels); monoclonal antibodies are proteins that attach to cancer cells; hormone therapy works by drugs against a hormone or its production, or by removing or irradiating the gland.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Match each class of targeted, immune and hormone treatment to its action.',
			source: {
				passageIds: ['targeted-therapy-1', 'immunotherapy-1', 'hormone-therapy-2'],
				quote:
					'Target therapy drugs include tyrosine kinase inhibitors (that block signalling required for cancer cells growth), apoptosis-inducing agents (that promote cancer cell death), angiogenesis inhibitors (that block formation of blood vessels needed for tumour growth) and others.'
			}
		},
		// ---------------------------------------------------------------- immunotherapy
		{
			id: 'systemic-therapies-immunotherapy-how',
			type: 'single-best-answer',
			task: 'recall',
			stem: 'Mr Harris, 61, has melanoma that has spread to his liver and is about to start immunotherapy. He asks the nurse, in plain words, how this treatment is supposed to fight his cancer.',
			leadIn: 'Which explanation should the nurse give?',
			options: [
				{
					kind: 'explanation to the patient',
					text: 'It blocks the hormones that your cancer cells need in order to keep growing',
					correct: false,
					explanation: 'Blocking hormones is hormone therapy; melanoma is not treated that way.'
				},
				{
					kind: 'explanation to the patient',
					text: 'It stops your tumours from forming the new blood vessels that they need',
					correct: false,
					explanation: 'This is how angiogenesis inhibitors, a targeted therapy, work.'
				},
				{
					kind: 'explanation to the patient',
					text: 'It helps your body’s own defences, your immune system, to fight the cancer',
					correct: true,
					explanation:
						'Right: immunotherapy is a set of treatments that boost the body’s natural defences to fight cancer. Melanoma is one of the cancers that responds best to it.'
				},
				{
					kind: 'explanation to the patient',
					text: 'It travels round your body in the blood and destroys the cancer cells itself',
					correct: false,
					explanation:
						'Destroying cancer cells directly as the drug circulates describes chemotherapy.'
				},
				{
					kind: 'explanation to the patient',
					text: 'It gives radiation from beads that are placed in the arteries of the tumours',
					correct: false,
					explanation: 'Beads in the tumours’ arteries are radioembolisation.'
				}
			],
			teachingPoint:
				'Immunotherapy boosts the body’s natural defences to fight cancer. It benefits some tumour types, such as melanoma, far more than others, so it is offered selectively.',
			difficulty: 'easy',
			audiences: ['nurse'],
			objective: 'Explain to a patient how immunotherapy works.',
			source: {
				passageIds: ['immunotherapy-1'],
				quote:
					'is a set of treatment techniques that boost the body’s natural defences to fight cancer'
			}
		},
		{
			id: 'systemic-therapies-immunotherapy-approaches',
			type: 'single-best-answer',
			task: 'recall',
			stem: 'At a teaching session on immunotherapy for liver metastases, a registrar asks the foundation doctors to describe the two broad ways in which immunotherapy treatments act on the immune system.',
			leadIn: 'Which description is correct?',
			options: [
				{
					kind: 'description',
					text: 'Some suppress the immune system to limit side effects; others boost it to attack tumours',
					correct: false,
					explanation:
						'Immunotherapy boosts the body’s defences; suppressing the immune system is not one of its approaches.'
				},
				{
					kind: 'description',
					text: 'Some boost the immune system overall; others block the hormones that tumours need',
					correct: false,
					explanation: 'Blocking hormones is hormone therapy, not immunotherapy.'
				},
				{
					kind: 'description',
					text: 'Some teach the immune system to attack tumour cells; others block tumour vessels',
					correct: false,
					explanation: 'Blocking the formation of tumour blood vessels is a targeted therapy.'
				},
				{
					kind: 'description',
					text: 'Some are vaccines put into the tumour; others are beads put into its arteries',
					correct: false,
					explanation:
						'Vaccines are one form of immunotherapy, but beads in the tumour’s arteries are radioembolisation.'
				},
				{
					kind: 'description',
					text: 'Some boost the immune system overall; others teach it to attack tumour cells',
					correct: true,
					explanation:
						'Right: some immunotherapy treatments boost the immune system overall, while others try to teach it to attack specific types of cells found in tumours.'
				}
			],
			teachingPoint:
				'Immunotherapy works in two broad ways: boosting the immune system overall, or teaching it to attack specific types of cells found in tumours. Neither acts on hormones or blood vessels.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Distinguish the two broad approaches of immunotherapy.',
			source: {
				passageIds: ['immunotherapy-1'],
				quote:
					'Some immunotherapy treatments boost the immune system overall, while others try to teach it to attack specific types of cells found in tumours.'
			}
		},
		{
			id: 'systemic-therapies-monoclonal-antibody',
			type: 'single-best-answer',
			task: 'recall',
			stem: 'Mrs Singh, 57, has liver metastases from bowel cancer. After a test of her tumour, her oncologist has prescribed a monoclonal antibody alongside her chemotherapy. She has never heard the term before, and asks the nurse what kind of thing she is actually being given.',
			leadIn: 'Which explanation should the nurse give?',
			options: [
				{
					kind: 'explanation to the patient',
					text: 'A type of protein that can attach to cancer cells in your body',
					correct: true,
					explanation:
						'Right: monoclonal antibodies are a type of protein that can attach to cancer cells in the body; hers is given as a targeted drug with her chemotherapy. Those given as immunotherapy often attach instead to the patient’s immune cells, releasing them against the cancer.'
				},
				{
					kind: 'explanation to the patient',
					text: 'A hormone made in a laboratory to slow the cancer’s growth',
					correct: false,
					explanation:
						'Giving hormones is a form of hormone therapy; a monoclonal antibody is a protein that attaches to cancer cells.'
				},
				{
					kind: 'explanation to the patient',
					text: 'A small radioactive bead that lodges in the tumour’s arteries',
					correct: false,
					explanation: 'Radioactive beads are used in radioembolisation.'
				},
				{
					kind: 'explanation to the patient',
					text: 'A vaccine made from cancer cells to train your immune system',
					correct: false,
					explanation:
						'Vaccines are another form of immunotherapy; a monoclonal antibody is a protein, not a vaccine.'
				},
				{
					kind: 'explanation to the patient',
					text: 'A chemical that blocks the blood vessels feeding the tumours',
					correct: false,
					explanation:
						'Blocking the feeding vessels is part of chemoembolisation; blocking new vessels is an angiogenesis inhibitor.'
				}
			],
			teachingPoint:
				'A monoclonal antibody is a type of protein that can attach to cancer cells. The same kind of drug is used both as targeted therapy, as here, and as immunotherapy, where many attach to immune cells rather than to the cancer; patients meet the term in both settings.',
			difficulty: 'easy',
			audiences: ['nurse'],
			objective: 'Explain to a patient what a monoclonal antibody is.',
			source: {
				passageIds: ['immunotherapy-1', 'targeted-therapy-1'],
				quote:
					'monoclonal antibodies (these are a type of protein that can attach to cancer cells in the body)'
			}
		},
		{
			id: 'systemic-therapies-immunotherapy-forms',
			type: 'multiple-response',
			task: 'recall',
			stem: 'A nurse is preparing patients with liver metastases for their first appointment in the immunotherapy clinic, where they may be offered one of several forms of treatment.',
			leadIn: 'In which forms may immunotherapy be given? Select all that apply.',
			options: [
				{
					kind: 'form of treatment',
					text: 'Vaccines',
					correct: true,
					explanation:
						'Right: immunotherapy may include vaccines, though cancer vaccines are mostly given within trials.'
				},
				{
					kind: 'form of treatment',
					text: 'Tyrosine kinase inhibitors',
					correct: false,
					explanation:
						'These are targeted drugs: they block the signalling cancer cells need to grow, rather than boosting the immune system.'
				},
				{
					kind: 'form of treatment',
					text: 'Steroids that calm the immune system',
					correct: false,
					explanation:
						'Immunotherapy boosts the body’s natural defences; a drug that damps them down does the opposite.'
				},
				{
					kind: 'form of treatment',
					text: 'Drugs that work against a hormone',
					correct: false,
					explanation:
						'Drugs that work against certain hormones or their effects are a form of hormone therapy.'
				},
				{
					kind: 'form of treatment',
					text: 'Monoclonal antibodies',
					correct: true,
					explanation:
						'Right: monoclonal antibodies, a type of protein, may be given as immunotherapy; they are also used as targeted drugs.'
				}
			],
			teachingPoint:
				'Immunotherapy, which boosts the body’s natural defences, may be given as vaccines, tablets or monoclonal antibodies. In practice most immunotherapy for liver metastases is an infusion of a monoclonal antibody, and cancer vaccines are mostly given in trials. Tyrosine kinase inhibitors are targeted drugs, and drugs against a hormone are hormone therapy.',
			difficulty: 'medium',
			audiences: ['nurse', 'doctor'],
			objective: 'List the forms in which immunotherapy may be given.',
			source: {
				passageIds: ['immunotherapy-1', 'targeted-therapy-1', 'hormone-therapy-2'],
				quote: 'vaccines, tablets or monoclonal antibodies'
			}
		},
		{
			id: 'systemic-therapies-immunotherapy-names',
			type: 'true-false',
			task: 'recall',
			stem: 'A clinic letter that describes a patient’s treatment as “biological therapy” or “biotherapy” may be referring to immunotherapy.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: true,
					explanation:
						'Right: immunotherapy is also called biological therapy, biotherapy or biological response modifying (BRM) therapy. The same words are sometimes used for targeted antibodies, so the letter’s drug name settles which is meant.'
				},
				{
					text: 'False',
					correct: false,
					explanation:
						'Biological therapy and biotherapy are other names for immunotherapy, so a letter using them may well mean it.'
				}
			],
			teachingPoint:
				'Immunotherapy is also called biological therapy, biotherapy or biological response modifying (BRM) therapy. Recognising these names lets a nurse answer a patient who brings a letter using them.',
			difficulty: 'easy',
			audiences: ['nurse'],
			objective: 'Recognise the other names for immunotherapy.',
			source: {
				passageIds: ['immunotherapy-1'],
				quote:
					'Immunotherapy, also called biological therapy, biotherapy or biological response modifying therapy (BRM therapy)'
			}
		},
		// ---------------------------------------------------------------- hormone therapy
		{
			id: 'systemic-therapies-what-are-hormones',
			type: 'single-best-answer',
			task: 'recall',
			stem: 'Before her oncologist discusses hormone therapy, Mrs Ferreira, 52, who has liver metastases from breast cancer, asks the nurse what hormones actually are and what they do in the body.',
			leadIn: 'Which explanation should the nurse give?',
			options: [
				{
					kind: 'explanation to the patient',
					text: 'Proteins on the surface of cancer cells that targeted drugs are made to attach to',
					correct: false,
					explanation:
						'Substances on or inside cancer cells that targeted drugs attach to are receptors.'
				},
				{
					kind: 'explanation to the patient',
					text: 'Proteins made in a laboratory and given by drip, which attach to cancer cells',
					correct: false,
					explanation: 'This describes monoclonal antibodies.'
				},
				{
					kind: 'explanation to the patient',
					text: 'Cells that break away from a tumour and settle in other organs such as the liver',
					correct: false,
					explanation:
						'Cells that separate from the primary tumour and form colonies are metastases.'
				},
				{
					kind: 'explanation to the patient',
					text: 'Substances made by glands that travel in the blood and control how cells grow',
					correct: true,
					explanation:
						'Right: hormones are produced by glands, travel through the bloodstream and control how some cells and organs function and grow.'
				},
				{
					kind: 'explanation to the patient',
					text: 'Substances the liver makes to break down drugs such as chemotherapy tablets',
					correct: false,
					explanation: 'This describes the liver’s handling of drugs, not hormones.'
				}
			],
			teachingPoint:
				'Hormones are made by glands, travel through the bloodstream and control how some cells and organs function and grow. That is why a hormone made in one place can drive a cancer somewhere else.',
			difficulty: 'easy',
			audiences: ['nurse'],
			objective: 'Explain to a patient what hormones are.',
			source: {
				passageIds: ['hormone-therapy-1'],
				quote:
					'Hormones are produced by certain organs (glands) in the body, travel through the bloodstream and control how some cells and organs function and grow.'
			}
		},
		{
			id: 'systemic-therapies-hormones-bloodstream',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'Mrs Ali, 49, has breast cancer whose cells need oestrogen to grow, and it has spread to her liver. She is starting hormone therapy tablets. She asks the nurse how treating a hormone made by her ovaries can possibly affect the cancer in her liver.',
			leadIn: 'What is the best explanation for the nurse to give?',
			options: [
				{
					kind: 'explanation to the patient',
					text: 'The tablets go to the ovaries, and the ovaries then pass the drug on to the liver',
					correct: false,
					explanation:
						'The ovaries do not pass drugs on; it is the hormone that travels, in the blood.'
				},
				{
					kind: 'explanation to the patient',
					text: 'The hormone is made in the liver, so lowering it acts directly where the cancer is',
					correct: false,
					explanation:
						'Oestrogen in a woman of her age comes mainly from the ovaries; it reaches the liver through the blood.'
				},
				{
					kind: 'explanation to the patient',
					text: 'The hormone travels in the blood to cells around the body, including those in your liver',
					correct: true,
					explanation:
						'Right: hormones travel through the bloodstream and control how cells grow, so a hormone made by the ovaries reaches her liver metastases, which are breast cancer cells that need it.'
				},
				{
					kind: 'explanation to the patient',
					text: 'The tablets work on the breast, and the liver tumours shrink once it is treated',
					correct: false,
					explanation:
						'The liver metastases do not depend on the breast tumour; they depend on the hormone reaching them in the blood.'
				},
				{
					kind: 'explanation to the patient',
					text: 'The hormone has no effect on the liver, so the tablets are for your breast cancer',
					correct: false,
					explanation:
						'Her liver metastases are made of the same hormone-dependent cells as the breast cancer; the tablets are meant for them too.'
				}
			],
			teachingPoint:
				'Hormones travel through the bloodstream, so a hormone made by one gland drives hormone-sensitive cancer cells wherever they are. Blocking or removing it treats metastases in the liver as well as the primary.',
			difficulty: 'hard',
			audiences: ['nurse'],
			objective:
				'Explain to a patient how hormone therapy acts on metastases far from the hormone’s gland.',
			source: {
				passageIds: ['hormone-therapy-1', 'hormone-therapy-2'],
				quote:
					'travel through the bloodstream and control how some cells and organs function and grow'
			}
		},
		{
			id: 'systemic-therapies-hormone-adds-blocks-removes',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'Mrs Kaur, 68, has breast cancer whose cells need hormones to grow, with metastases in her liver. Her oncologist has prescribed a hormone, a progestogen, as her next hormone therapy. She tells the nurse she is confused: she thought hormone therapy was meant to take hormones away, not give her more.',
			leadIn: 'What is the best explanation for the nurse to give?',
			options: [
				{
					kind: 'explanation to the patient',
					text: 'The prescription is probably a mistake, as hormone therapy takes hormones away',
					correct: false,
					explanation:
						'Hormone therapy can add hormones as well as block or remove them; calling a valid prescription a mistake would alarm her needlessly.'
				},
				{
					kind: 'explanation to the patient',
					text: 'Hormone therapy can add, block or remove hormones to change how the cancer grows',
					correct: true,
					explanation:
						'Right: hormone therapy adds, blocks or removes certain hormones that cancer cells need to grow. Giving a progestogen is one way of altering that hormonal environment.'
				},
				{
					kind: 'explanation to the patient',
					text: 'The progestogen is given to protect your liver from the effects of your treatment',
					correct: false,
					explanation: 'It is given to act on the cancer, not to protect the liver.'
				},
				{
					kind: 'explanation to the patient',
					text: 'The progestogen is given to boost your immune system so that it attacks the cancer',
					correct: false,
					explanation: 'Boosting the immune system is immunotherapy.'
				},
				{
					kind: 'explanation to the patient',
					text: 'The progestogen is given to ease the side effects of your earlier hormone tablets',
					correct: false,
					explanation: 'It has been prescribed as her next hormone therapy, to act on the cancer.'
				}
			],
			teachingPoint:
				'Hormone therapy adds, blocks or removes hormones that cancer cells need to grow. Adding a hormone, such as a progestogen in breast cancer, is a real form of it; patients who expect only blocking need that explained before they doubt the prescription.',
			difficulty: 'hard',
			audiences: ['nurse'],
			objective: 'Explain that hormone therapy can add, block or remove hormones.',
			source: {
				passageIds: ['hormone-therapy-2'],
				quote:
					'Hormone therapy is the treatment that adds, blocks or removes certain hormones that are necessary for cancer cells to grow.'
			}
		},
		{
			id: 'systemic-therapies-radiation-to-gland',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'Ms Romano, 44, has breast cancer whose cells need oestrogen to grow, with metastases in her liver. She is booked for high-dose radiation to her ovaries. She is puzzled, because her cancer is in her liver, and asks the nurse why her ovaries are being treated.',
			leadIn: 'What is the best explanation for the nurse to give?',
			options: [
				{
					kind: 'explanation to the patient',
					text: 'The radiation is meant to treat cancer in the ovaries that the scans may have missed',
					correct: false,
					explanation:
						'Nothing suggests cancer in her ovaries; the radiation is aimed at their hormone production.'
				},
				{
					kind: 'explanation to the patient',
					text: 'The radiation to the ovaries boosts your body’s defences against the liver cancer',
					correct: false,
					explanation: 'Boosting the body’s defences is immunotherapy.'
				},
				{
					kind: 'explanation to the patient',
					text: 'The radiation is aimed at the liver and passes through the ovaries on its way',
					correct: false,
					explanation: 'The ovaries are the target, not a structure in the path of a liver beam.'
				},
				{
					kind: 'explanation to the patient',
					text: 'The radiation protects the ovaries from the effects of your chemotherapy drugs',
					correct: false,
					explanation: 'Radiation destroys tissue; it does not protect the ovaries.'
				},
				{
					kind: 'explanation to the patient',
					text: 'The radiation stops the ovaries making the hormone that your cancer needs to grow',
					correct: true,
					explanation:
						'Right: hormone therapy can use high-dose radiation to destroy a gland so that it will not produce hormones; her liver metastases depend on oestrogen from her ovaries.'
				}
			],
			teachingPoint:
				'High-dose radiation to a gland is a form of hormone therapy: it destroys the gland so that it stops producing the hormone the cancer needs. Treatment aimed far from the tumour makes sense once the patient knows the hormone travels in the blood.',
			difficulty: 'hard',
			audiences: ['nurse'],
			objective: 'Explain why hormone therapy may be aimed at a gland rather than at the tumour.',
			source: {
				passageIds: ['hormone-therapy-2', 'hormone-therapy-1'],
				quote: 'using high dose radiation to destroy it, so it will not produce hormones'
			}
		},
		{
			id: 'systemic-therapies-hormone-route-wishes',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'A 72-year-old man has prostate cancer whose cells need testosterone to grow, with metastases in his liver. Hormone therapy is recommended. He is fit, but he wants to avoid any operation and any treatment that would permanently destroy part of his body.',
			leadIn: 'Which treatment best fits his disease and his wishes?',
			options: [
				{
					kind: 'treatment',
					text: 'Surgical removal of both testicles',
					correct: false,
					explanation:
						'Removing the gland with surgery is a form of hormone therapy, but it is an operation and permanent, which he wants to avoid.'
				},
				{
					kind: 'treatment',
					text: 'Drugs against testosterone or its production',
					correct: true,
					explanation:
						'Right: drugs that interfere with the production of hormones or work against them achieve hormone therapy without an operation or destroying a gland.'
				},
				{
					kind: 'treatment',
					text: 'High-dose radiation to the testicles',
					correct: false,
					explanation:
						'Destroying a gland with radiation avoids an operation, but it is permanent, which he has declined.'
				},
				{
					kind: 'treatment',
					text: 'An angiogenesis inhibitor given with chemotherapy',
					correct: false,
					explanation:
						'This is targeted therapy, not hormone therapy; it does not act on the testosterone his cancer needs.'
				},
				{
					kind: 'treatment',
					text: 'Stereotactic radiotherapy to the liver',
					correct: false,
					explanation:
						'A local treatment for one to three small metastases; it is not hormone therapy and leaves the cause of his cancer’s growth untouched.'
				}
			],
			teachingPoint:
				'Hormone therapy can be achieved by removing a gland, destroying it with high-dose radiation, or giving drugs that interfere with a hormone’s production or effects. The patient’s wishes can decide between them: drugs avoid both an operation and permanent loss of the gland.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Choose a form of hormone therapy that fits the patient’s wishes.',
			source: {
				passageIds: ['hormone-therapy-2', 'treatment-planning-9'],
				quote:
					'This can be achieved by removing a gland with surgery or using high dose radiation to destroy it, so it will not produce hormones.'
			}
		},
		{
			id: 'systemic-therapies-hormone-candidate',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'The oncology MDT reviews five patients with liver metastases who are to start systemic treatment. A trainee is asked for which of them hormone therapy is most likely to form part of the plan.',
			leadIn: 'For which patient is hormone therapy most likely to be offered?',
			options: [
				{
					kind: 'patient',
					text: 'A man with cancer of the pancreas, a gland that produces hormones',
					correct: false,
					explanation:
						'The pancreas makes hormones, but that does not make a cancer arising in it depend on hormones to grow. (Neuroendocrine tumours of the pancreas are a different matter: somatostatin analogues play a similar part there.)'
				},
				{
					kind: 'patient',
					text: 'A woman with lung cancer that has spread to one adrenal gland',
					correct: false,
					explanation:
						'The adrenal glands make hormones, but a lung cancer metastasis there does not make the cancer hormone-dependent.'
				},
				{
					kind: 'patient',
					text: 'A woman with breast cancer whose cells need oestrogen to grow',
					correct: true,
					explanation:
						'Right: hormone therapy adds, blocks or removes hormones that are necessary for cancer cells to grow, so it suits a cancer whose cells need oestrogen.'
				},
				{
					kind: 'patient',
					text: 'A man with colon cancer whose tumour carries a specific receptor protein',
					correct: false,
					explanation:
						'A specific receptor protein is a target for targeted therapy, not a sign of hormone dependence.'
				},
				{
					kind: 'patient',
					text: 'A woman with melanoma that has spread to her liver and to her lungs',
					correct: false,
					explanation:
						'Melanoma does not depend on hormones to grow; immunotherapy is the treatment it responds to best.'
				}
			],
			teachingPoint:
				'Hormone therapy is for cancers whose cells need a hormone to grow, such as many breast and prostate cancers. That a cancer arises in, or has spread to, a hormone-producing gland (pancreas, adrenal) does not make it hormone-dependent.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Identify a patient for whom hormone therapy is appropriate.',
			source: {
				passageIds: ['hormone-therapy-2', 'hormone-therapy-1'],
				quote: 'certain hormones that are necessary for cancer cells to grow'
			}
		},
		{
			id: 'systemic-therapies-hormone-combination',
			type: 'single-best-answer',
			task: 'decision',
			stem: 'Mr Brennan, 73, has prostate cancer whose cells need testosterone to grow, with metastases in his liver and bones. He has been on hormone therapy for a year, and his oncologist now recommends chemotherapy as well. He asks the nurse whether he will have to give up his hormone treatment.',
			leadIn: 'What is the best answer for the nurse to give?',
			options: [
				{
					kind: 'reply to the patient',
					text: 'Hormone therapy has to stop, as the two treatments work against each other',
					correct: false,
					explanation:
						'They do not work against each other; hormone therapy may be used in combination with chemotherapy.'
				},
				{
					kind: 'reply to the patient',
					text: 'Hormone therapy is paused while the chemotherapy is given, and then started again',
					correct: false,
					explanation: 'This invents a rule; hormone therapy may continue alongside chemotherapy.'
				},
				{
					kind: 'reply to the patient',
					text: 'Hormone therapy is replaced by chemotherapy, as it has stopped working',
					correct: false,
					explanation: 'Adding chemotherapy does not mean hormone therapy is being abandoned.'
				},
				{
					kind: 'reply to the patient',
					text: 'Hormone therapy carries on, as the two treatments can be given together',
					correct: true,
					explanation:
						'Right: hormone therapy may be used in combination with other treatments, such as surgery, chemotherapy and radiotherapy. His oncologist will confirm the plan.'
				},
				{
					kind: 'reply to the patient',
					text: 'Hormone therapy goes on, but the chemotherapy goes straight into your liver',
					correct: false,
					explanation:
						'His disease is in the liver and bones; chemotherapy alongside hormone therapy is systemic.'
				}
			],
			teachingPoint:
				'Hormone therapy may be combined with surgery, chemotherapy and radiotherapy. A patient told he is to start chemotherapy often fears losing the treatment that has been working; the usual answer is that the two go together.',
			difficulty: 'medium',
			audiences: ['nurse', 'doctor'],
			objective: 'Explain to a patient that hormone therapy can be combined with chemotherapy.',
			source: {
				passageIds: ['hormone-therapy-3'],
				quote:
					'Hormone therapy may be used in combination with other treatments, such as surgery, chemotherapy and radiotherapy.'
			}
		},
		{
			id: 'systemic-therapies-hormone-therapy-methods',
			type: 'multiple-response',
			task: 'recall',
			stem: 'A registrar explains to a foundation doctor the ways in which hormone therapy can be given to a patient with liver metastases from a cancer whose cells need a hormone to grow.',
			leadIn: 'Which of these are ways of giving hormone therapy? Select all that apply.',
			options: [
				{
					kind: 'approach',
					text: 'Removing the gland that makes the hormone, at an operation',
					correct: true,
					explanation:
						'Right: a gland can be removed with surgery so that it will not produce hormones.'
				},
				{
					kind: 'approach',
					text: 'Drugs that block the formation of the tumour’s new blood vessels',
					correct: false,
					explanation: 'These are angiogenesis inhibitors, a targeted therapy.'
				},
				{
					kind: 'approach',
					text: 'Destroying the gland that makes the hormone with high-dose radiation',
					correct: true,
					explanation:
						'Right: high-dose radiation can destroy a gland so that it will not produce hormones.'
				},
				{
					kind: 'approach',
					text: 'Drugs that interfere with the production of the hormone',
					correct: true,
					explanation: 'Right: drugs can interfere with the production of hormones.'
				},
				{
					kind: 'approach',
					text: 'Treatments that teach the immune system to attack tumour cells',
					correct: false,
					explanation: 'This is immunotherapy.'
				},
				{
					kind: 'approach',
					text: 'Drugs that work against the hormone or its effects',
					correct: true,
					explanation: 'Right: drugs can work against certain hormones or their effects.'
				}
			],
			teachingPoint:
				'Hormone therapy can remove the gland surgically, destroy it with high-dose radiation, or use drugs that interfere with the hormone’s production or work against the hormone or its effects.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Describe the ways in which hormone therapy can be given.',
			source: {
				passageIds: ['hormone-therapy-2', 'targeted-therapy-1', 'immunotherapy-1'],
				quote:
					'It can also be achieved by the administration of certain drugs that interfere with the production of hormones or work against certain hormones or their effects.'
			}
		},
		{
			id: 'systemic-therapies-hormone-glands',
			type: 'true-false',
			task: 'recall',
			stem: 'The adrenal glands, pituitary, ovaries, testicles and pancreas are glands that produce hormones.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: true,
					explanation:
						'Right: the glands that produce hormones include the adrenals, pituitary, ovaries, testicles and pancreas.'
				},
				{
					text: 'False',
					correct: false,
					explanation: 'Each of these is a gland that produces hormones.'
				}
			],
			teachingPoint:
				'Hormone-producing glands include the adrenals, pituitary, ovaries, testicles and pancreas; removing or irradiating such a gland, or blocking its hormone, is how hormone therapy works.',
			difficulty: 'easy',
			audiences: ['nurse', 'doctor'],
			objective: 'Name glands that produce hormones.',
			source: {
				passageIds: ['hormone-therapy-1'],
				quote:
					'Glands in the human body that produce hormones include the adrenals, pituitary, ovaries, testicles and pancreas.'
			}
		},
		// ---------------------------------------------------------------- extended matching
		{
			id: 'systemic-therapies-treatment-type-match',
			type: 'extended-matching',
			task: 'recall',
			stem: 'Recognising the treatment a patient describes',
			leadIn:
				'For each patient’s description, choose the type of treatment being described. Each option may be used once, more than once or not at all.',
			options: [
				{
					kind: 'treatment',
					text: 'Targeted therapy',
					explanation:
						'Drugs that attach to specific cancer cell receptors and disrupt survival and growth signals; they include angiogenesis inhibitors.'
				},
				{
					kind: 'treatment',
					text: 'Immunotherapy',
					explanation:
						'Treatments that boost the body’s natural defences; they may include vaccines or monoclonal antibodies.'
				},
				{
					kind: 'treatment',
					text: 'Hormone therapy',
					explanation:
						'Treatment that adds, blocks or removes hormones the cancer needs, including by removing or irradiating a gland.'
				},
				{
					kind: 'treatment',
					text: 'Systemic chemotherapy',
					explanation:
						'Drugs by drip or tablet that circulate throughout the body and destroy cancer cells.'
				},
				{
					kind: 'treatment',
					text: 'External beam radiotherapy to the liver',
					explanation: 'A machine directs a radiation beam at the tumours in the liver.'
				},
				{
					kind: 'treatment',
					text: 'Stereotactic body radiotherapy',
					explanation: 'External radiotherapy from many angles, for one to three small metastases.'
				},
				{
					kind: 'treatment',
					text: 'Selective internal radiotherapy',
					explanation:
						'Radioactive beads carried to the tumours through their arteries by interventional radiology.'
				},
				{
					kind: 'treatment',
					text: 'Transarterial chemoembolisation',
					explanation: 'Chemotherapy injected into the tumours’ arteries, which are then blocked.'
				},
				{
					kind: 'treatment',
					text: 'Percutaneous ablation',
					explanation:
						'A probe through the skin destroys a tumour with heat, chemicals or electrical impulses.'
				}
			],
			stems: [
				{
					id: 'a',
					text: 'A woman says her new injection is a vaccine meant to help her body’s own defences fight the cancer.',
					answer: 1,
					explanation: 'Vaccines that help the body’s natural defences are immunotherapy.'
				},
				{
					id: 'b',
					text: 'A man says his tablet stops his liver tumours from growing the new blood vessels they need.',
					answer: 0,
					explanation:
						'Stopping new blood vessels forming is an angiogenesis inhibitor, a targeted therapy; chemoembolisation blocks existing arteries through a catheter.'
				},
				{
					id: 'c',
					text: 'A woman is to have radiation to her ovaries so that they stop making the hormone her cancer needs.',
					answer: 2,
					explanation:
						'Radiation aimed at a gland to stop it producing a hormone is hormone therapy, not radiotherapy to the cancer.'
				},
				{
					id: 'd',
					text: 'A man says his drug locks on to proteins belonging to his cancer cells and blocks the signals that help them grow.',
					answer: 0,
					explanation:
						'Attaching to receptors such as proteins and disrupting growth signals is targeted therapy.'
				}
			],
			teachingPoint:
				'Patients describe treatments by what they do. Stopping new vessels and locking on to proteins point to targeted therapy, helping the body’s defences to immunotherapy, and radiation to a gland to hormone therapy, even though it uses a radiotherapy machine.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective: 'Recognise which type of treatment a patient is describing.',
			source: {
				passageIds: ['immunotherapy-1', 'targeted-therapy-1', 'hormone-therapy-2'],
				quote: 'Treatments may include the administration of vaccines'
			}
		},
		// ---------------------------------------------------------------- short answer
		{
			id: 'systemic-therapies-angiogenesis-recall',
			type: 'short-answer',
			task: 'recall',
			stem: 'Some targeted drugs given with chemotherapy for colorectal liver metastases work by blocking the formation of the new blood vessels that a tumour needs to grow. These drugs are called ____ inhibitors.',
			leadIn: 'Complete the sentence.',
			options: [],
			shortAnswer: {
				accepted: [
					'angiogenesis',
					'angiogenesis inhibitors',
					'angiogenesis inhibitor',
					'anti-angiogenic',
					'antiangiogenic',
					'VEGF',
					'VEGF inhibitors',
					'anti-VEGF',
					'VEGFR'
				],
				explanation:
					'Angiogenesis inhibitors block the formation of blood vessels needed for tumour growth.'
			},
			teachingPoint:
				'Angiogenesis inhibitors (such as the anti-VEGF antibody bevacizumab) starve the tumour of new vessels; they also slow wound healing, which is why they are stopped for some weeks before and after liver surgery.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Name the class of targeted drugs that block tumour blood vessel formation.',
			source: {
				passageIds: ['targeted-therapy-1'],
				quote:
					'angiogenesis inhibitors (that block formation of blood vessels needed for tumour growth)'
			}
		}
	]
});
