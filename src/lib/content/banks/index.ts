import type { BankSpec } from '$lib/content/types';
import presentation from './presentation';
import mdt from './mdt';
import surgery from './surgery';
import chemotherapy from './chemotherapy';
import embolisation from './embolisation';
import ablation from './ablation';
import radiotherapy from './radiotherapy';
import systemicTherapies from './systemic-therapies';
import clinicalTrials from './clinical-trials';

/** Every bank, in the order the source document takes the topics. */
export const banks: BankSpec[] = [
	presentation,
	mdt,
	surgery,
	chemotherapy,
	embolisation,
	ablation,
	radiotherapy,
	systemicTherapies,
	clinicalTrials
];
