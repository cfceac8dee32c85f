export interface ThrottleRule {
	/** Failures allowed before any wait is imposed. */
	freeFailures: number;
	baseDelayMs: number;
	maxDelayMs: number;
	/** Failures older than this are forgotten. */
	windowMs: number;
}

interface Entry {
	failures: number;
	lastFailureAt: number;
}

/**
 * Exponential back-off on failures: after the free failures, each further one doubles the wait
 * before the next attempt is accepted. Kept in memory: the app runs as one process.
 */
export class Throttle {
	private entries = new Map<string, Entry>();

	constructor(
		private rule: ThrottleRule,
		private now: () => number = Date.now
	) {}

	/** Milliseconds to wait before `key` may try again; 0 when it may try now. */
	retryAfter(key: string): number {
		const entry = this.current(key);
		if (!entry || entry.failures < this.rule.freeFailures) return 0;
		const exponent = entry.failures - this.rule.freeFailures;
		const delay = Math.min(this.rule.baseDelayMs * 2 ** exponent, this.rule.maxDelayMs);
		return Math.max(0, entry.lastFailureAt + delay - this.now());
	}

	recordFailure(key: string): void {
		const entry = this.current(key);
		this.entries.set(key, { failures: (entry?.failures ?? 0) + 1, lastFailureAt: this.now() });
		if (this.entries.size > 10_000) this.prune();
	}

	reset(key: string): void {
		this.entries.delete(key);
	}

	private current(key: string): Entry | undefined {
		const entry = this.entries.get(key);
		if (entry && this.now() - entry.lastFailureAt > this.rule.windowMs) {
			this.entries.delete(key);
			return undefined;
		}
		return entry;
	}

	private prune(): void {
		for (const key of [...this.entries.keys()]) this.current(key);
	}
}

const MINUTE = 60_000;

export const ACCOUNT_RULE: ThrottleRule = {
	freeFailures: 5,
	baseDelayMs: 1000,
	maxDelayMs: 15 * MINUTE,
	windowMs: 60 * MINUTE
};

export const ADDRESS_RULE: ThrottleRule = {
	freeFailures: 20,
	baseDelayMs: 1000,
	maxDelayMs: 15 * MINUTE,
	windowMs: 60 * MINUTE
};
