/**
 * A file sent for download. The name is cut down to letters, digits, `.`, `_` and `-`, so no
 * character of it (a quote, a semicolon, a line break, a path separator) can change the header or
 * where the browser saves the file.
 */
export function attachmentFilename(filename: string): string {
	return filename.replace(/[^a-z0-9._-]/gi, '_');
}

export function downloadResponse(
	filename: string,
	body: string | Uint8Array,
	contentType: string
): Response {
	// A copy types the bytes as a plain ArrayBuffer's, which is all a Response accepts.
	// Stryker disable next-line ConditionalExpression, EqualityOperator, StringLiteral, MethodExpression: a Response sends a string or a byte array alike, copied or not, so only the types can tell
	return new Response(typeof body === 'string' ? body : body.slice(), {
		headers: {
			'content-type': contentType,
			'content-disposition': `attachment; filename="${attachmentFilename(filename)}"`,
			'cache-control': 'private, no-store'
		}
	});
}
