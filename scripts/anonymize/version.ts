/** The one place the anonymizer's version lives. Bump the minor version when detectors change what they find. */
export const ANONYMIZER_VERSION = '1.0.0';
