import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { formatDay, percent } from '$lib/format';
import { DAY_MS } from '$lib/time';
import type { DayCount } from '$lib/server/progress/compute';
import type { BankComparison } from '$lib/progress';
import type { WeekPoint } from '$lib/server/progress/queries';

/**
 * Charts are drawn here, on the server, by Observable Plot into a small DOM (linkedom), and
 * reach the page as SVG markup: they show without JavaScript and add none to any page.
 * Colours come from the page's stylesheet through each mark's class (see chart-figure.svelte),
 * so they follow the light and dark schemes; every mark also carries its figure as a tooltip.
 */

const { document } = parseHTML('<!doctype html><html><body></body></html>');

/** Drawn at this width and scaled to fit: text stays legible from a phone to a desktop. */
const WIDTH = 480;
const FONT = { style: { fontSize: '12px', fontFamily: 'inherit', background: 'none' } };

const shortDate = new Intl.DateTimeFormat('en-GB', {
	day: 'numeric',
	month: 'short',
	timeZone: 'UTC'
});
const monthName = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });
const asDate = (day: string) => new Date(`${day}T00:00:00Z`);

function toMarkup(svg: SVGSVGElement | HTMLElement, label: string): string {
	// Plot names each group of marks ("bar", "rule") for assistive technology, but a name is not
	// allowed on an element without a role; the chart is one image, named as a whole, and its
	// numbers are in the table beside it.
	for (const named of svg.querySelectorAll('[aria-label], [aria-description]')) {
		named.removeAttribute('aria-label');
		named.removeAttribute('aria-description');
	}
	svg.setAttribute('role', 'img');
	svg.setAttribute('aria-label', label);
	return svg.outerHTML;
}

/** Reviews falling due each day, as bars; the label says how many in all. */
export function dueForecastChart(days: DayCount[]): string {
	const total = days.reduce((n, d) => n + d.count, 0);
	const max = Math.max(1, ...days.map((d) => d.count));
	const svg = Plot.plot({
		document,
		width: WIDTH,
		height: 200,
		marginLeft: 36,
		marginBottom: 30,
		...FONT,
		x: {
			type: 'band',
			domain: days.map((d) => d.day),
			tickFormat: (day: string, i: number) => (i % 7 === 0 ? shortDate.format(asDate(day)) : ''),
			label: null,
			padding: 0.15
		},
		y: { domain: [0, max], grid: true, label: 'Reviews', nice: true, tickFormat: 'd' },
		marks: [
			Plot.barY(days, {
				x: 'day',
				y: 'count',
				className: 'mark-primary',
				title: (d: DayCount) => `${formatDay(d.day)}: ${d.count} due`
			}),
			Plot.ruleY([0], { className: 'mark-axis' })
		]
	});
	return toMarkup(svg, `Reviews due over the next ${days.length} days: ${total} in all`);
}

/** How many answers fall in a level of the calendar's shading: 0, 1–4, 5–14, 15–29, 30+. */
const LEVELS = [1, 5, 15, 30];
export function activityLevel(count: number): number {
	return LEVELS.filter((threshold) => count >= threshold).length;
}

/** One square a day, a column a week (Monday at the top), darker with more answers. */
export function studyCalendarChart(days: DayCount[]): string {
	const firstMonday = asDate(days[0].day);
	firstMonday.setUTCDate(firstMonday.getUTCDate() - ((firstMonday.getUTCDay() + 6) % 7));
	const cells = days.map((d) => {
		const date = asDate(d.day);
		return {
			...d,
			week: Math.floor((date.getTime() - firstMonday.getTime()) / (7 * DAY_MS)),
			weekday: (date.getUTCDay() + 6) % 7,
			level: activityLevel(d.count)
		};
	});
	const weeks = cells.at(-1)!.week + 1;
	const monthStarts = new Map(
		cells.filter((c) => c.day.endsWith('-01')).map((c) => [c.week, monthName.format(asDate(c.day))])
	);
	const active = cells.filter((c) => c.count > 0).length;
	const total = cells.reduce((n, c) => n + c.count, 0);
	const svg = Plot.plot({
		document,
		width: WIDTH,
		height: 7 * 14 + 40,
		marginLeft: 36,
		marginTop: 24,
		marginBottom: 6,
		marginRight: 16,
		...FONT,
		x: {
			type: 'band',
			domain: Array.from({ length: weeks }, (_, i) => i),
			axis: 'top',
			tickSize: 0,
			tickFormat: (week: number) => monthStarts.get(week) ?? '',
			label: null,
			padding: 0.12
		},
		y: {
			type: 'band',
			domain: [0, 1, 2, 3, 4, 5, 6],
			tickSize: 0,
			tickFormat: (weekday: number) => ['Mon', '', 'Wed', '', 'Fri', '', 'Sun'][weekday],
			label: null,
			padding: 0.12
		},
		marks: [
			Plot.cell(cells, {
				x: 'week',
				y: 'weekday',
				// Opacities given as numbers in [0, 1] are used as they are, not put through a scale.
				fillOpacity: (c: (typeof cells)[number]) =>
					c.level ? 0.25 + (0.75 * c.level) / LEVELS.length : 0,
				className: 'mark-calendar',
				title: (c: (typeof cells)[number]) =>
					`${formatDay(c.day)}: ${c.count} answer${c.count === 1 ? '' : 's'}`
			})
		]
	});
	return toMarkup(
		svg,
		`Study calendar of the last ${days.length} days: ${total} answers on ${active} days`
	);
}

/** The learner's share right per bank as bars, the others' median as a tick across each bar. */
export function bankComparisonChart(rows: BankComparison[], others: string): string {
	const titles = rows.map((r) => r.title);
	// Bank titles are long ("Targeted, immuno- and hormone therapy"): room for them in a wide
	// system font, and a wider drawing so that the bars keep theirs.
	const labelWidth = Math.min(300, 12 + 7.5 * Math.max(...titles.map((t) => t.length)));
	const svg = Plot.plot({
		document,
		width: WIDTH + 80,
		height: 36 + rows.length * 30,
		marginLeft: labelWidth,
		marginRight: 28,
		marginBottom: 30,
		...FONT,
		x: { domain: [0, 1], grid: true, tickFormat: percent, label: 'Share right', ticks: 5 },
		y: { type: 'band', domain: titles, label: null, padding: 0.25 },
		marks: [
			Plot.barX(rows, {
				x: (r: BankComparison) => r.share ?? 0,
				y: 'title',
				className: 'mark-primary',
				title: (r: BankComparison) =>
					r.share === null
						? `${r.title}: not practised`
						: `${r.title}: ${percent(r.share)} of ${r.answered} answers right`
			}),
			Plot.tickX(
				rows.filter((r) => r.peerMedian !== null),
				{
					x: 'peerMedian',
					y: 'title',
					className: 'mark-compare',
					strokeWidth: 3,
					title: (r: BankComparison) => `${r.title}: ${others}' median ${percent(r.peerMedian!)}`
				}
			),
			Plot.ruleX([0], { className: 'mark-axis' })
		]
	});
	return toMarkup(svg, `Share of answers right by bank, yours as bars, ${others}' median as ticks`);
}

/** Weekly accuracy as a line; the x axis is inset so the first and last labels show in full. */
export function accuracyChart(weeks: WeekPoint[]): string {
	const points = weeks.map((w) => ({
		date: asDate(w.weekStart),
		share: w.answered ? w.correct / w.answered : 0,
		...w
	}));
	const first = points[0].date.getTime();
	const last = points.at(-1)!.date.getTime();
	// A single week still needs a span to be drawn on: half a week either side.
	const pad = first === last ? 3.5 * DAY_MS : 0;
	const svg = Plot.plot({
		document,
		width: WIDTH,
		height: 220,
		// Room for "100%" in a wide system font, so that no label is cut at either edge.
		marginLeft: 48,
		marginRight: 28,
		marginBottom: 30,
		...FONT,
		x: {
			type: 'utc',
			domain: [new Date(first - pad), new Date(last + pad)],
			inset: 20,
			ticks: Math.min(5, points.length),
			tickFormat: (d: Date) => shortDate.format(d),
			label: null
		},
		y: { domain: [0, 1], grid: true, tickFormat: percent, label: 'Right', ticks: 4 },
		marks: [
			Plot.line(points, { x: 'date', y: 'share', className: 'mark-line', strokeWidth: 2.5 }),
			Plot.dot(points, {
				x: 'date',
				y: 'share',
				r: 4,
				className: 'mark-dot',
				title: (p: (typeof points)[number]) =>
					`Week of ${formatDay(p.weekStart)}: ${percent(p.share)} of ${p.answered} right`
			})
		]
	});
	return toMarkup(
		svg,
		`Accuracy by week over ${weeks.length} week${weeks.length === 1 ? '' : 's'}`
	);
}
