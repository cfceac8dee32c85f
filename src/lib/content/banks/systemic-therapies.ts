import { defineBank } from '../types';

export default defineBank({
	id: 'systemic-therapies',
	title: 'Targeted, immuno- and hormone therapy',
	description:
		'How targeted therapy, immunotherapy and hormone therapy work against liver metastases.',
	items: [
		{
			id: 'systemic-therapies-targeted-mechanism',
			type: 'single-best-answer',
			stem: 'A 56-year-old man with colorectal liver metastases is to start targeted therapy alongside his chemotherapy. A medical student on the ward asks the junior doctor how targeted therapy drugs work.',
			leadIn: 'Which explanation is correct?',
			options: [
				{
					text: 'They boost the body’s natural defences so that the immune system fights the cancer',
					correct: false,
					explanation:
						'This describes immunotherapy, a set of treatment techniques that boost the body’s natural defences to fight cancer.'
				},
				{
					text: 'They add, block or remove hormones that the cancer cells need to grow',
					correct: false,
					explanation: 'This describes hormone therapy.'
				},
				{
					text: 'They destroy cancer cells with a radiation beam directed at the tumour',
					correct: false,
					explanation:
						'This describes external beam radiotherapy, in which a machine produces a radiation beam directed at the tumour.'
				},
				{
					text: 'They identify and attach to specific cancer cell receptors and disrupt the signals that promote cancer cell survival and growth',
					correct: true,
					explanation:
						'Correct: targeted therapy drugs identify and attach to specific cancer cell receptors and, by doing so, disrupt the signals that promote cancer cell survival and growth.'
				},
				{
					text: 'They are injected into the arteries feeding the tumour, which are then blocked',
					correct: false,
					explanation:
						'This describes transarterial chemoembolisation (TACE), which delivers chemotherapy drugs into the tumour-feeding arteries.'
				}
			],
			teachingPoint:
				'Targeted therapy drugs attach to specific cancer cell receptors and disrupt the signals that promote cancer cell survival and growth.',
			difficulty: 'easy',
			audiences: ['doctor'],
			objective: 'Explain how targeted therapy drugs act on cancer cells.',
			source: {
				passageIds: [
					'targeted-therapy-1',
					'immunotherapy-1',
					'hormone-therapy-2',
					'radiotherapy-3',
					'chemotherapy-5'
				],
				quote:
					'By attaching on these receptors the drugs disrupt the signals that promote cancer cell survival and growth.'
			}
		},
		{
			id: 'systemic-therapies-targeted-receptors',
			type: 'multiple-response',
			stem: 'Targeted therapy drugs identify and attach to specific cancer cell receptors. A nurse is asked by a patient what these “receptors” are.',
			leadIn: 'Which descriptions of the receptors match the document? Select all that apply.',
			options: [
				{
					text: 'Substances on the surface of the cancer cells',
					correct: true,
					explanation:
						'Correct: the receptors are substances in the surface or inside the cancer cells.'
				},
				{
					text: 'Hormones made by glands such as the adrenals and pituitary',
					correct: false,
					explanation:
						'Hormones are produced by glands and travel through the bloodstream; the receptors targeted drugs attach to are substances on or inside the cancer cells.'
				},
				{
					text: 'Substances inside the cancer cells',
					correct: true,
					explanation:
						'Correct: the receptors can be inside the cancer cells as well as on their surface.'
				},
				{
					text: 'They can be specific proteins',
					correct: true,
					explanation:
						'Correct: the document gives specific proteins as an example of such receptors.'
				},
				{
					text: 'The blood vessels that the tumour needs in order to grow',
					correct: false,
					explanation:
						'Blood vessels are what angiogenesis inhibitors stop from forming; the receptors are substances on or inside the cancer cells.'
				}
			],
			teachingPoint:
				'The receptors that targeted drugs attach to are substances on the surface of or inside cancer cells, such as specific proteins.',
			difficulty: 'medium',
			audiences: ['nurse', 'doctor'],
			objective: 'Describe the cancer cell receptors that targeted therapy drugs attach to.',
			source: {
				passageIds: ['targeted-therapy-1', 'hormone-therapy-1'],
				quote:
					'These are substances in the surface or inside the cancer cells, such as specific proteins.'
			}
		},
		{
			id: 'systemic-therapies-targeted-use',
			type: 'single-best-answer',
			stem: 'A 64-year-old woman with liver metastases from colorectal cancer is told she will receive targeted therapy. She asks the nurse whether it will replace her chemotherapy, and why a friend whose cancer started in the lung was offered different drugs.',
			leadIn: 'Which reply is correct?',
			options: [
				{
					text: 'Targeted therapy always replaces chemotherapy, and the same drugs are used whatever the primary cancer',
					correct: false,
					explanation:
						'Targeted therapy is usually used in combination with chemotherapy, and the options depend on the primary cancer.'
				},
				{
					text: 'Targeted therapy is usually given in combination with chemotherapy, but the same drugs are used whatever the primary cancer',
					correct: false,
					explanation:
						'The first half is right, but targeted therapy options depend on the primary cancer (where the cancer started).'
				},
				{
					text: 'Targeted therapy always replaces chemotherapy, and the options depend on where the cancer started',
					correct: false,
					explanation:
						'The options do depend on the primary cancer, but targeted therapy is usually used in combination with chemotherapy, not instead of it.'
				},
				{
					text: 'Targeted therapy is usually given in combination with chemotherapy, and the options depend on where the cancer started',
					correct: true,
					explanation:
						'Correct: targeted cancer therapy is usually used in combination with chemotherapy and the options depend on the primary cancer.'
				},
				{
					text: 'Targeted therapy is given only once chemotherapy has been stopped, whatever the primary cancer',
					correct: false,
					explanation:
						'Targeted therapy is usually given in combination with chemotherapy, and its options depend on the primary cancer.'
				}
			],
			teachingPoint:
				'Targeted therapy is usually combined with chemotherapy, and the drugs offered depend on where the cancer started.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective:
				'Explain to a patient how targeted therapy fits with chemotherapy and why options differ between cancers.',
			source: {
				passageIds: ['targeted-therapy-1'],
				quote:
					'Targeted cancer therapy is used usually in combination with chemotherapy and options depend on the primary cancer (where the cancer started).'
			}
		},
		{
			id: 'systemic-therapies-drug-class-match',
			type: 'extended-matching',
			stem: 'Drug classes used in targeted therapy, immunotherapy and hormone therapy',
			leadIn:
				'For each mechanism described, choose the most appropriate class of treatment. Each option may be used once, more than once or not at all.',
			options: [
				{
					text: 'Tyrosine kinase inhibitors',
					explanation:
						'Targeted therapy drugs that block the signalling required for cancer cell growth.'
				},
				{
					text: 'Apoptosis-inducing agents',
					explanation: 'Targeted therapy drugs that promote cancer cell death.'
				},
				{
					text: 'Angiogenesis inhibitors',
					explanation:
						'Targeted therapy drugs that block the formation of blood vessels needed for tumour growth.'
				},
				{
					text: 'Monoclonal antibodies',
					explanation:
						'An immunotherapy treatment: a type of protein that can attach to cancer cells in the body.'
				},
				{
					text: 'Vaccines',
					explanation:
						'Listed as one form of immunotherapy, which boosts the body’s natural defences to fight cancer.'
				},
				{
					text: 'Hormone therapy drugs',
					explanation:
						'Drugs that interfere with the production of hormones or work against certain hormones or their effects.'
				}
			],
			stems: [
				{
					id: 'a',
					text: 'A targeted therapy drug that blocks the signalling cancer cells need in order to grow.',
					answer: 0,
					explanation:
						'Tyrosine kinase inhibitors block signalling required for cancer cell growth.'
				},
				{
					id: 'b',
					text: 'A targeted therapy drug that promotes cancer cell death.',
					answer: 1,
					explanation: 'Apoptosis-inducing agents promote cancer cell death.'
				},
				{
					id: 'c',
					text: 'A targeted therapy drug that blocks the formation of the blood vessels a tumour needs to grow.',
					answer: 2,
					explanation:
						'Angiogenesis inhibitors block the formation of blood vessels needed for tumour growth.'
				},
				{
					id: 'd',
					text: 'An immunotherapy treatment consisting of a type of protein that can attach to cancer cells in the body.',
					answer: 3,
					explanation:
						'Monoclonal antibodies are a type of protein that can attach to cancer cells in the body.'
				},
				{
					id: 'e',
					text: 'A drug that works against certain hormones or their effects, given because the cancer cells need those hormones to grow.',
					answer: 5,
					explanation:
						'Hormone therapy can be given as drugs that interfere with the production of hormones or work against certain hormones or their effects.'
				}
			],
			teachingPoint:
				'Tyrosine kinase inhibitors block growth signalling, apoptosis-inducing agents promote cell death, angiogenesis inhibitors block new blood vessels, and monoclonal antibodies are proteins that attach to cancer cells.',
			difficulty: 'hard',
			audiences: ['doctor'],
			objective: 'Match each class of systemic cancer drug to its mechanism of action.',
			source: {
				passageIds: ['targeted-therapy-1', 'immunotherapy-1', 'hormone-therapy-2'],
				quote:
					'Target therapy drugs include tyrosine kinase inhibitors (that block signalling required for cancer cells growth), apoptosis-inducing agents (that promote cancer cell death), angiogenesis inhibitors (that block formation of blood vessels needed for tumour growth) and others.'
			}
		},
		{
			id: 'systemic-therapies-treatment-type-match',
			type: 'extended-matching',
			stem: 'Types of treatment for liver metastases, as patients describe them',
			leadIn:
				'For each patient’s description, choose the type of treatment being described. Each option may be used once, more than once or not at all.',
			options: [
				{
					text: 'Targeted therapy',
					explanation:
						'Drugs that identify and attach to specific cancer cell receptors and disrupt the signals that promote cancer cell survival and growth; they include tyrosine kinase inhibitors, apoptosis-inducing agents and angiogenesis inhibitors.'
				},
				{
					text: 'Immunotherapy',
					explanation:
						'Treatment techniques that boost the body’s natural defences to fight cancer; they may include vaccines, tablets or monoclonal antibodies.'
				},
				{
					text: 'Hormone therapy',
					explanation:
						'Treatment that adds, blocks or removes hormones necessary for cancer cells to grow, for example by removing a gland with surgery.'
				},
				{
					text: 'Systemic chemotherapy',
					explanation:
						'Chemotherapy drugs given into the bloodstream or as tablets that circulate throughout the body and destroy cancer cells.'
				},
				{
					text: 'External beam radiotherapy',
					explanation: 'A machine produces a radiation beam that is directed at the tumour.'
				},
				{
					text: 'Ablation',
					explanation:
						'A procedure that destroys liver metastases with heat, chemicals or electrical signals.'
				}
			],
			stems: [
				{
					id: 'a',
					text: 'A patient says her treatment includes a vaccine intended to help her body’s natural defences fight the cancer.',
					answer: 1,
					explanation:
						'Immunotherapy boosts the body’s natural defences and may include the administration of vaccines.'
				},
				{
					id: 'b',
					text: 'A patient says his drug finds and attaches to specific proteins on his cancer cells, disrupting the signals that help them survive and grow.',
					answer: 0,
					explanation:
						'Targeted therapy drugs attach to specific cancer cell receptors, such as proteins, and disrupt survival and growth signals.'
				},
				{
					id: 'c',
					text: 'A patient is to have an operation to remove a gland so that it no longer produces the hormones her cancer cells need to grow.',
					answer: 2,
					explanation:
						'Removing a gland with surgery so it will not produce hormones is one way of giving hormone therapy.'
				},
				{
					id: 'd',
					text: 'A patient is told that one of his drugs blocks the formation of the blood vessels his tumours need to grow.',
					answer: 0,
					explanation:
						'Angiogenesis inhibitors, which block formation of blood vessels needed for tumour growth, are a type of targeted therapy drug.'
				}
			],
			teachingPoint:
				'Vaccines point to immunotherapy, receptor-binding and anti-angiogenic drugs to targeted therapy, and removing a hormone-producing gland to hormone therapy.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective: 'Recognise which type of treatment a patient is describing.',
			source: {
				passageIds: [
					'targeted-therapy-1',
					'immunotherapy-1',
					'hormone-therapy-2',
					'chemotherapy-3',
					'radiotherapy-3',
					'ablation-1'
				],
				quote:
					'Treatments may include the administration of vaccines, tablets or monoclonal antibodies'
			}
		},
		{
			id: 'systemic-therapies-immunotherapy-names',
			type: 'true-false',
			stem: 'Biological therapy, biotherapy and biological response modifying (BRM) therapy are other names for immunotherapy.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: true,
					explanation:
						'Correct: immunotherapy is also called biological therapy, biotherapy or biological response modifying therapy (BRM therapy).'
				},
				{
					text: 'False',
					correct: false,
					explanation: 'All three are names the document gives for immunotherapy.'
				}
			],
			teachingPoint:
				'Immunotherapy is also called biological therapy, biotherapy or biological response modifying (BRM) therapy.',
			difficulty: 'easy',
			audiences: ['nurse'],
			objective: 'Recognise the alternative names for immunotherapy.',
			source: {
				passageIds: ['immunotherapy-1'],
				quote:
					'Immunotherapy, also called biological therapy, biotherapy or biological response modifying therapy (BRM therapy)'
			}
		},
		{
			id: 'systemic-therapies-immunotherapy-how',
			type: 'single-best-answer',
			stem: 'A 61-year-old man with melanoma that has spread to the liver is starting immunotherapy. He asks the nurse how the treatment works.',
			leadIn: 'Which explanation should the nurse give?',
			options: [
				{
					text: 'It boosts the body’s natural defences to fight the cancer',
					correct: true,
					explanation:
						'Correct: immunotherapy is a set of treatment techniques that boost the body’s natural defences to fight cancer.'
				},
				{
					text: 'It destroys a gland so that it no longer produces hormones',
					correct: false,
					explanation:
						'Destroying a hormone-producing gland, by surgery or high dose radiation, is a form of hormone therapy.'
				},
				{
					text: 'It directs a radiation beam at the tumours from many different angles',
					correct: false,
					explanation: 'This describes stereotactic radiotherapy.'
				},
				{
					text: 'It delivers heat to the tumours through a probe',
					correct: false,
					explanation:
						'Delivering heat through a probe describes heat-based ablation, such as microwave ablation.'
				},
				{
					text: 'It blocks the formation of blood vessels needed for tumour growth',
					correct: false,
					explanation:
						'This is how angiogenesis inhibitors work; they are a type of targeted therapy drug.'
				}
			],
			teachingPoint: 'Immunotherapy works by boosting the body’s natural defences to fight cancer.',
			difficulty: 'easy',
			audiences: ['nurse'],
			objective: 'Explain to a patient how immunotherapy works.',
			source: {
				passageIds: [
					'immunotherapy-1',
					'hormone-therapy-2',
					'radiotherapy-3',
					'ablation-2',
					'targeted-therapy-1'
				],
				quote:
					'is a set of treatment techniques that boost the body’s natural defences to fight cancer'
			}
		},
		{
			id: 'systemic-therapies-immunotherapy-forms',
			type: 'multiple-response',
			stem: 'A nurse is preparing an information session about immunotherapy for patients with liver metastases.',
			leadIn:
				'Which forms of treatment does the document list as possible immunotherapy treatments? Select all that apply.',
			options: [
				{
					text: 'Vaccines',
					correct: true,
					explanation:
						'Correct: immunotherapy treatments may include the administration of vaccines.'
				},
				{
					text: 'Radioactive beads containing yttrium-90',
					correct: false,
					explanation:
						'Yttrium-90 beads are used in radioembolisation, a form of internal radiotherapy.'
				},
				{
					text: 'Tablets',
					correct: true,
					explanation: 'Correct: immunotherapy treatments may include tablets.'
				},
				{
					text: 'Surgical removal of a hormone-producing gland',
					correct: false,
					explanation: 'Removing a gland with surgery is a way of giving hormone therapy.'
				},
				{
					text: 'Monoclonal antibodies',
					correct: true,
					explanation:
						'Correct: monoclonal antibodies, a type of protein that can attach to cancer cells, may be used as immunotherapy.'
				}
			],
			teachingPoint: 'Immunotherapy may be given as vaccines, tablets or monoclonal antibodies.',
			difficulty: 'easy',
			audiences: ['nurse', 'doctor'],
			objective: 'List the forms in which immunotherapy may be given.',
			source: {
				passageIds: ['immunotherapy-1', 'radiotherapy-4', 'hormone-therapy-2'],
				quote:
					'Treatments may include the administration of vaccines, tablets or monoclonal antibodies (these are a type of protein that can attach to cancer cells in the body).'
			}
		},
		{
			id: 'systemic-therapies-immunotherapy-approaches',
			type: 'true-false',
			stem: 'All immunotherapy treatments work in the same way: by boosting the immune system overall.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: false,
					explanation:
						'Some immunotherapy treatments boost the immune system overall, but others try to teach it to attack specific types of cells found in tumours.'
				},
				{
					text: 'False',
					correct: true,
					explanation:
						'Correct: as well as treatments that boost the immune system overall, some immunotherapy treatments try to teach it to attack specific types of cells found in tumours.'
				}
			],
			teachingPoint:
				'Some immunotherapy boosts the immune system overall; other immunotherapy teaches it to attack specific types of cells found in tumours.',
			difficulty: 'hard',
			audiences: ['doctor', 'nurse'],
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
			stem: 'A patient’s immunotherapy plan includes a monoclonal antibody. She asks the nurse what a monoclonal antibody is.',
			leadIn: 'Which explanation should the nurse give?',
			options: [
				{
					text: 'A special substance injected to block the arteries that feed the tumour',
					correct: false,
					explanation:
						'A special substance is used to block tumour-feeding vessels in TACE and radioembolisation; that is not a monoclonal antibody.'
				},
				{
					text: 'A type of protein that can attach to cancer cells in the body',
					correct: true,
					explanation:
						'Correct: monoclonal antibodies are a type of protein that can attach to cancer cells in the body.'
				},
				{
					text: 'A hormone produced by the pituitary gland',
					correct: false,
					explanation:
						'Hormones are produced by glands such as the pituitary; a monoclonal antibody is an immunotherapy treatment.'
				},
				{
					text: 'A bead containing radioactive yttrium-90',
					correct: false,
					explanation: 'Yttrium-90 beads are used in radioembolisation (internal radiotherapy).'
				},
				{
					text: 'A probe that delivers heat to the tumour',
					correct: false,
					explanation: 'A heat-delivering probe is used in ablation.'
				}
			],
			teachingPoint:
				'Monoclonal antibodies, one form of immunotherapy, are a type of protein that can attach to cancer cells in the body.',
			difficulty: 'easy',
			audiences: ['nurse'],
			objective: 'Explain to a patient what a monoclonal antibody is.',
			source: {
				passageIds: [
					'immunotherapy-1',
					'radiotherapy-4',
					'chemotherapy-5',
					'hormone-therapy-1',
					'ablation-2'
				],
				quote:
					'monoclonal antibodies (these are a type of protein that can attach to cancer cells in the body)'
			}
		},
		{
			id: 'systemic-therapies-what-are-hormones',
			type: 'single-best-answer',
			stem: 'Before discussing hormone therapy, a patient with liver metastases asks the nurse what hormones actually are.',
			leadIn: 'Which explanation should the nurse give?',
			options: [
				{
					text: 'Substances on the surface of cancer cells that targeted drugs attach to',
					correct: false,
					explanation:
						'Substances on or inside cancer cells that targeted drugs attach to are the cancer cell receptors.'
				},
				{
					text: 'Proteins given as a treatment that attach to cancer cells in the body',
					correct: false,
					explanation: 'This describes monoclonal antibodies, an immunotherapy treatment.'
				},
				{
					text: 'Substances produced by glands that travel through the bloodstream and control how some cells and organs function and grow',
					correct: true,
					explanation:
						'Correct: hormones are produced by certain organs (glands), travel through the bloodstream and control how some cells and organs function and grow.'
				},
				{
					text: 'Cells that separate from a tumour and form colonies in other organs',
					correct: false,
					explanation:
						'Cells that separate from the primary tumour and form colonies in other organs are metastases.'
				},
				{
					text: 'Substances that block the formation of blood vessels needed for tumour growth',
					correct: false,
					explanation: 'This is how angiogenesis inhibitors, a type of targeted therapy drug, work.'
				}
			],
			teachingPoint:
				'Hormones are made by glands, travel through the bloodstream and control how some cells and organs function and grow.',
			difficulty: 'easy',
			audiences: ['nurse'],
			objective: 'Explain to a patient what hormones are.',
			source: {
				passageIds: ['hormone-therapy-1', 'targeted-therapy-1', 'immunotherapy-1', 'definition-1'],
				quote:
					'Hormones are produced by certain organs (glands) in the body, travel through the bloodstream and control how some cells and organs function and grow.'
			}
		},
		{
			id: 'systemic-therapies-hormone-glands',
			type: 'true-false',
			stem: 'The adrenals, pituitary, ovaries, testicles and pancreas are examples of glands that produce hormones.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: true,
					explanation:
						'Correct: the glands listed as producing hormones include the adrenals, pituitary, ovaries, testicles and pancreas.'
				},
				{
					text: 'False',
					correct: false,
					explanation: 'Each of these is listed in the document as a gland that produces hormones.'
				}
			],
			teachingPoint:
				'Hormone-producing glands include the adrenals, pituitary, ovaries, testicles and pancreas.',
			difficulty: 'easy',
			audiences: ['nurse', 'doctor'],
			objective: 'Name glands in the body that produce hormones.',
			source: {
				passageIds: ['hormone-therapy-1'],
				quote:
					'Glands in the human body that produce hormones include the adrenals, pituitary, ovaries, testicles and pancreas.'
			}
		},
		{
			id: 'systemic-therapies-hormones-bloodstream',
			type: 'true-false',
			stem: 'Hormones act only on the gland that produces them and do not travel elsewhere in the body.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: false,
					explanation:
						'Hormones travel through the bloodstream and control how some cells and organs function and grow.'
				},
				{
					text: 'False',
					correct: true,
					explanation:
						'Correct: hormones are produced by glands but travel through the bloodstream to control how some cells and organs function and grow.'
				}
			],
			teachingPoint:
				'Hormones travel from their glands through the bloodstream to control how some cells and organs function and grow.',
			difficulty: 'medium',
			audiences: ['nurse'],
			objective: 'Describe how hormones reach the cells they act on.',
			source: {
				passageIds: ['hormone-therapy-1'],
				quote:
					'travel through the bloodstream and control how some cells and organs function and grow'
			}
		},
		{
			id: 'systemic-therapies-hormone-therapy-methods',
			type: 'multiple-response',
			stem: 'A patient with liver metastases whose cancer cells need certain hormones to grow is being considered for hormone therapy. The registrar explains to a foundation doctor how hormone therapy can be achieved.',
			leadIn:
				'Which approaches to hormone therapy are described in the document? Select all that apply.',
			options: [
				{
					text: 'Removing a hormone-producing gland with surgery',
					correct: true,
					explanation:
						'Correct: hormone therapy can be achieved by removing a gland with surgery so that it will not produce hormones.'
				},
				{
					text: 'Giving drugs that block the formation of blood vessels needed for tumour growth',
					correct: false,
					explanation: 'These are angiogenesis inhibitors, a type of targeted therapy drug.'
				},
				{
					text: 'Destroying a hormone-producing gland with high dose radiation',
					correct: true,
					explanation:
						'Correct: high dose radiation can be used to destroy a gland so that it will not produce hormones.'
				},
				{
					text: 'Giving drugs that interfere with the production of hormones',
					correct: true,
					explanation:
						'Correct: certain drugs that interfere with the production of hormones can be given.'
				},
				{
					text: 'Giving treatments that teach the immune system to attack specific types of cells found in tumours',
					correct: false,
					explanation: 'This describes immunotherapy.'
				},
				{
					text: 'Giving drugs that work against certain hormones or their effects',
					correct: true,
					explanation:
						'Correct: drugs that work against certain hormones or their effects are a form of hormone therapy.'
				}
			],
			teachingPoint:
				'Hormone therapy can remove a gland surgically, destroy it with high dose radiation, or use drugs that interfere with hormone production or work against hormones or their effects.',
			difficulty: 'medium',
			audiences: ['doctor'],
			objective: 'Describe the ways in which hormone therapy can be delivered.',
			source: {
				passageIds: ['hormone-therapy-2', 'targeted-therapy-1', 'immunotherapy-1'],
				quote:
					'This can be achieved by removing a gland with surgery or using high dose radiation to destroy it, so it will not produce hormones.'
			}
		},
		{
			id: 'systemic-therapies-hormone-adds-blocks-removes',
			type: 'true-false',
			stem: 'Hormone therapy always works by removing hormones from the body.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: false,
					explanation:
						'Removing hormones is only one way: hormone therapy adds, blocks or removes certain hormones that are necessary for cancer cells to grow.'
				},
				{
					text: 'False',
					correct: true,
					explanation:
						'Correct: hormone therapy can add, block or remove certain hormones that are necessary for cancer cells to grow.'
				}
			],
			teachingPoint:
				'Hormone therapy adds, blocks or removes hormones that cancer cells need to grow.',
			difficulty: 'medium',
			audiences: ['doctor', 'nurse'],
			objective: 'State the three ways hormone therapy can alter hormones.',
			source: {
				passageIds: ['hormone-therapy-2'],
				quote:
					'Hormone therapy is the treatment that adds, blocks or removes certain hormones that are necessary for cancer cells to grow.'
			}
		},
		{
			id: 'systemic-therapies-radiation-to-gland',
			type: 'single-best-answer',
			stem: 'A patient with liver metastases whose cancer cells need certain hormones to grow is booked for high dose radiation to a hormone-producing gland. He is puzzled, because his cancer is in his liver, and asks the nurse why the gland is being treated.',
			leadIn: 'Which explanation should the nurse give?',
			options: [
				{
					text: 'The radiation is meant to shrink the liver metastases so that they can be removed with surgery',
					correct: false,
					explanation:
						'The radiation here is aimed at the gland, not the liver metastases; it is a form of hormone therapy.'
				},
				{
					text: 'The radiation is meant to boost the body’s natural defences against the cancer',
					correct: false,
					explanation: 'Boosting the body’s natural defences describes immunotherapy.'
				},
				{
					text: 'The radiation is meant to make the gland produce more hormones',
					correct: false,
					explanation:
						'High dose radiation is used to destroy the gland so that it will not produce hormones.'
				},
				{
					text: 'The radiation is meant to block the formation of blood vessels in the liver metastases',
					correct: false,
					explanation:
						'Blocking blood vessel formation is the action of angiogenesis inhibitors, a targeted therapy drug.'
				},
				{
					text: 'The radiation destroys the gland so that it will not produce the hormones the cancer cells need to grow',
					correct: true,
					explanation:
						'Correct: hormone therapy can use high dose radiation to destroy a gland so that it will not produce hormones necessary for cancer cells to grow.'
				}
			],
			teachingPoint:
				'High dose radiation to a gland is a form of hormone therapy: it destroys the gland so that it stops producing the hormones the cancer needs.',
			difficulty: 'hard',
			audiences: ['nurse'],
			objective: 'Explain why hormone therapy may target a gland rather than the tumour.',
			source: {
				passageIds: ['hormone-therapy-2', 'immunotherapy-1', 'targeted-therapy-1'],
				quote: 'using high dose radiation to destroy it, so it will not produce hormones'
			}
		},
		{
			id: 'systemic-therapies-hormone-combination',
			type: 'true-false',
			stem: 'Hormone therapy must be given on its own, because it cannot be combined with surgery, chemotherapy or radiotherapy.',
			leadIn: 'True or false?',
			options: [
				{
					text: 'True',
					correct: false,
					explanation:
						'Hormone therapy may be used in combination with other treatments, such as surgery, chemotherapy and radiotherapy.'
				},
				{
					text: 'False',
					correct: true,
					explanation:
						'Correct: hormone therapy may be combined with surgery, chemotherapy and radiotherapy.'
				}
			],
			teachingPoint:
				'Hormone therapy may be used in combination with surgery, chemotherapy and radiotherapy.',
			difficulty: 'easy',
			audiences: ['doctor', 'nurse'],
			objective: 'Recognise that hormone therapy can be combined with other treatments.',
			source: {
				passageIds: ['hormone-therapy-3'],
				quote:
					'Hormone therapy may be used in combination with other treatments, such as surgery, chemotherapy and radiotherapy.'
			}
		}
	]
});
