/** Zoho's search takes at most this many criteria in one call; more need another call (Search Records API, v8). */
export const MAX_CRITERIA = 10;
