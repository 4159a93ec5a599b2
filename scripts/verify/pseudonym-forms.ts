/** The gate's test of declined pseudonyms; one implementation, in the anonymizer library. */
export { isPseudonymForm } from '../anonymize/pseudonym-forms.ts';
