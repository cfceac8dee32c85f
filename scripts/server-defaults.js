// What the server starts with when the environment leaves a setting out, shared by `npm start`
// and the browser tests' server so that both accept what the pages promise.

/** The largest request body: an import's 5 MB file with the rest of its form, and room to spare. */
export const BODY_SIZE_LIMIT = '6M';
