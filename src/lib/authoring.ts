/** The longest title of a question bank. */
export const BANK_TITLE_MAX = 120;

/** The longest title and revision note of a source document. */
export const DOCUMENT_TITLE_MAX = 200;
export const DOCUMENT_NOTE_MAX = 500;

/** The longest note an educator leaves on resolving a reported problem. */
export const RESOLUTION_MAX = 2000;
