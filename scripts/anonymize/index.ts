/** The anonymizer's public API: the CLI and the site build import from here. */
export { anonymizeText, scanText, analyseText, applyFindings, mergeAllow, REPLACE_THRESHOLD } from './pipeline.ts';
export type { AnonymizeOptions, AnonymizeResult, AppliedAllow } from './pipeline.ts';
export { anonymizeDocument, checkDocument, mdxCodeRanges } from './document.ts';
export type { DocumentFinding, DocumentResult, DocumentOptions, AllowEntry } from './document.ts';
export { stampHash, stampSource, verifyStamp, verifyStampOf, canonical } from './stamp.ts';
export type { Stamp, StampVerdict } from './stamp.ts';
export { ANONYMIZER_VERSION } from './version.ts';
export { DocumentError, splitFrontMatter, parseFrontMatter } from './frontmatter.ts';
export { PLACEHOLDERS } from './placeholders.ts';
export { DETECTORS, KIND_PRIORITY } from './detectors/index.ts';
export { createPseudonymRegistry } from './pseudonyms.ts';
export * from './types.ts';
