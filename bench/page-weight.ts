import { gzipSync } from 'node:zlib';

export interface PageWeight {
	files: { path: string; bytes: number; gzipBytes: number }[];
	gzipBytes: number;
}

/**
 * Every JavaScript module a page loads at start: its modulepreload links (in the HTML or a Link
 * header), its module scripts and the modules its inline script imports.
 */
export function scriptUrls(html: string, linkHeader: string | null): string[] {
	const found = new Set<string>();
	const add = (pattern: RegExp, text: string) => {
		for (const match of text.matchAll(pattern)) found.add(match[1]);
	};
	add(/<link[^>]+rel="modulepreload"[^>]*href="([^"]+)"/g, html);
	add(/<link[^>]+href="([^"]+)"[^>]*rel="modulepreload"/g, html);
	add(/<script[^>]+type="module"[^>]*src="([^"]+)"/g, html);
	add(/import\(\s*"([^"]+\.js)"\s*\)/g, html);
	if (linkHeader) add(/<([^>]+\.js)>;[^,]*rel="?modulepreload/g, linkHeader);
	return [...found];
}

/** Sums the gzipped size (level 9, as the server precompresses) of the page's JavaScript. */
export async function measurePageWeight(
	baseUrl: string,
	pagePath: string,
	cookie: string
): Promise<PageWeight> {
	const pageUrl = new URL(pagePath, baseUrl);
	const page = await fetch(pageUrl, { headers: { cookie, accept: 'text/html' } });
	if (!page.ok) throw new Error(`${pagePath} answered ${page.status}`);
	const urls = scriptUrls(await page.text(), page.headers.get('link'));
	const files = await Promise.all(
		urls.map(async (url) => {
			const resolved = new URL(url, pageUrl);
			const body = Buffer.from(await (await fetch(resolved)).arrayBuffer());
			return {
				path: resolved.pathname,
				bytes: body.length,
				gzipBytes: gzipSync(body, { level: 9 }).length
			};
		})
	);
	return { files, gzipBytes: files.reduce((n, f) => n + f.gzipBytes, 0) };
}
