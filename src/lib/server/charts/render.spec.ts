import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	accuracyChart,
	activityLevel,
	bankComparisonChart,
	dueForecastChart,
	studyCalendarChart
} from './render';
import { countsByDay } from '$lib/server/progress/compute';

function parse(markup: string) {
	const { document } = parseHTML(`<!doctype html><html><body>${markup}</body></html>`);
	return document.querySelector('svg')!;
}

let warnings: unknown[][] = [];
beforeEach(() => {
	warnings = [];
	vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => void warnings.push(args));
});
afterEach(() => {
	vi.restoreAllMocks();
	// Plot warns on the console when a scale does not fit its data: every chart here must fit.
	expect(warnings).toEqual([]);
});

describe('server-drawn charts', () => {
	it('draw one bar a day for the forecast, each with its count as a tooltip', () => {
		const days = countsByDay([['2026-06-11', 3]], '2026-06-10', '2026-07-09');
		const svg = parse(dueForecastChart(days));
		expect(svg.getAttribute('role')).toBe('img');
		expect(svg.getAttribute('aria-label')).toBe('Reviews due over the next 30 days: 3 in all');
		// One image with one name: no part of it carries a name of its own without a role.
		expect(svg.querySelectorAll('[aria-label]')).toHaveLength(0);
		const bars = svg.querySelectorAll('.mark-primary rect');
		expect(bars).toHaveLength(30);
		expect(bars[1].querySelector('title')?.textContent).toBe('Thu, 11 Jun 2026: 3 due');
	});

	it('draw a square a day in the calendar, shaded by how much was done', () => {
		const days = countsByDay(
			[
				['2026-06-10', 40],
				['2026-06-09', 2]
			],
			'2025-12-11',
			'2026-06-10'
		);
		const svg = parse(studyCalendarChart(days));
		const cells = [...svg.querySelectorAll('.mark-calendar rect')];
		expect(cells).toHaveLength(182);
		const opacity = (i: number) => Number(cells[i].getAttribute('fill-opacity') ?? 0);
		expect(opacity(181)).toBe(1);
		expect(opacity(180)).toBeGreaterThan(0);
		expect(opacity(180)).toBeLessThan(opacity(181));
		expect(opacity(0)).toBe(0);
		expect(cells[180].querySelector('title')?.textContent).toBe('Tue, 9 Jun 2026: 2 answers');
		expect(svg.textContent).toContain('Jan');
	});

	it('shade the calendar in five steps', () => {
		expect([0, 1, 4, 5, 14, 15, 29, 30, 500].map(activityLevel)).toEqual([
			0, 1, 1, 2, 2, 3, 3, 4, 4
		]);
	});

	it('mark the peer median on the bars only where there is one', () => {
		const svg = parse(
			bankComparisonChart(
				[
					{
						bankId: 'a',
						title: 'Ablation',
						answered: 4,
						correct: 3,
						share: 0.75,
						peerMedian: 0.5,
						peers: 6
					},
					{
						bankId: 's',
						title: 'Surgery',
						answered: 0,
						correct: 0,
						share: null,
						peerMedian: null,
						peers: 2
					}
				],
				'peers'
			)
		);
		expect(svg.querySelectorAll('.mark-primary rect')).toHaveLength(2);
		const ticks = svg.querySelectorAll('.mark-compare line');
		expect(ticks).toHaveLength(1);
		expect(ticks[0].querySelector('title')?.textContent).toBe("Ablation: peers' median 50%");
	});

	it('draw a single week of accuracy as well as many', () => {
		const one = parse(accuracyChart([{ weekStart: '2026-06-08', answered: 4, correct: 3 }]));
		expect(one.querySelectorAll('.mark-dot circle')).toHaveLength(1);
		expect(one.outerHTML).not.toContain('NaN');
		const many = parse(
			accuracyChart(
				Array.from({ length: 12 }, (_, i) => ({
					weekStart: `2026-0${3 + Math.floor(i / 4)}-0${1 + (i % 4) * 2}`,
					answered: 10,
					correct: i
				}))
			)
		);
		expect(many.querySelectorAll('.mark-dot circle')).toHaveLength(12);
	});
});
