const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

/**
 * A small seeded generator (mulberry32), so that the same options give the same database and a
 * benchmark can be rerun on identical data.
 */
export class Random {
	private state: number;

	constructor(seed: number) {
		this.state = seed >>> 0;
	}

	/** Uniform in [0, 1). */
	next(): number {
		this.state = (this.state + 0x6d2b79f5) >>> 0;
		let t = this.state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	}

	/** Integer in [min, max], both included. */
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}

	chance(probability: number): boolean {
		return this.next() < probability;
	}

	pick<T>(list: readonly T[]): T {
		return list[Math.floor(this.next() * list.length)];
	}

	/** Index drawn in proportion to the weights. */
	weighted(weights: readonly number[]): number {
		const total = weights.reduce((a, b) => a + b, 0);
		let r = this.next() * total;
		for (let i = 0; i < weights.length; i++) {
			r -= weights[i];
			if (r < 0) return i;
		}
		return weights.length - 1;
	}

	normal(mean = 0, sd = 1): number {
		const u = 1 - this.next();
		const v = this.next();
		return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
	}

	/** Positive and right-skewed, like response times and activity levels. */
	logNormal(median: number, sigma: number): number {
		return median * Math.exp(this.normal(0, sigma));
	}

	/** `count` distinct elements in random order. */
	sample<T>(list: readonly T[], count: number): T[] {
		const copy = [...list];
		const n = Math.min(count, copy.length);
		for (let i = 0; i < n; i++) {
			const j = i + Math.floor(this.next() * (copy.length - i));
			[copy[i], copy[j]] = [copy[j], copy[i]];
		}
		return copy.slice(0, n);
	}

	/** An id shaped like the app's (16 base32 characters, 80 bits). */
	id(): string {
		let out = '';
		for (let i = 0; i < 16; i++) out += BASE32[Math.floor(this.next() * 32)];
		return out;
	}

	/** A code shaped like a certificate verification code (16 upper-case base32 characters). */
	code(): string {
		return this.id().toUpperCase();
	}
}
