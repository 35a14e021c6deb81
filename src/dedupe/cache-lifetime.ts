/**
 * How long a session's search answer stands in for a new search: long enough for the values a rep types and
 * retypes on one form, short enough that a colleague's new, changed or merged-away record shows up in a later
 * check. Its own module, so the widget's first paint can read it without loading the engine.
 */
export const SEARCH_LIFETIME_MS = 2 * 60_000;
