// A lone surrogate (half of an emoji cut by UTF-16 units) makes encodeURIComponent throw URIError; U+FFFD
// stands in for it, as String.prototype.toWellFormed does, so no input can make an adapter throw.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const wellFormed = (text: string): string => text.replace(LONE_SURROGATE, '\uFFFD');

/** encodeURIComponent that never throws. */
export const encodeValue = (text: string): string => encodeURIComponent(wellFormed(text));
