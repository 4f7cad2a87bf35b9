/** The CIF reader: syntax only (see parse.ts); crystallographic meaning lives elsewhere. */
export { blockItem, findLoop, hasTag, loopColumn } from './block';
export type { CifBlock, CifDocument, CifLoop, CifValue } from './document';
export { parseCif } from './parse';
export { canonicalTag, TAG_ALIASES } from './tags';
export { cifNumber, cifText } from './values';
