/** One bank of a learner's progress beside others': the learner's share right and the peers' median. */
export interface BankComparison {
	bankId: string;
	title: string;
	/** The learner's answers in the bank and how many were right (every answer, not the latest). */
	answered: number;
	correct: number;
	share: number | null;
	/** The median share right among the others who have answered in the bank; null under `minimumPeers`. */
	peerMedian: number | null;
	peers: number;
}
