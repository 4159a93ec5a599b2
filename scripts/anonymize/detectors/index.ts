/**
 * Every detector, in order of specificity: when two find the same stretch of text, the earlier one
 * in this list wins (a t.me link is a handle before it is a URL; a name before a venue).
 */
import type { Detector, Kind } from '../types.ts';
import { detectNames } from './names.ts';
import { detectPlaces } from './places.ts';
import { detectPhones } from './phone.ts';
import { detectEmails } from './email.ts';
import { detectUrls } from './url.ts';
import { detectHandles } from './handle.ts';
import { detectDocuments } from './documents.ts';
import { detectPlates } from './plate.ts';
import { detectAddresses } from './address.ts';
import { detectVenues } from './venue.ts';
import { detectDates } from './date.ts';
import { detectAges } from './age.ts';
import { detectProperNouns } from './proper-nouns.ts';
import { detectLongNumbers } from './long-numbers.ts';
import { detectTableColumns } from './table-columns.ts';
import { detectLowerCaseNames } from './lower-case-names.ts';
import { detectNamesInCapitals } from './caps-lines.ts';
import { detectLowerCasePlaces } from './lower-case-places.ts';

export {
  detectNames, detectPlaces, detectPhones, detectEmails, detectUrls, detectHandles, detectDocuments,
  detectPlates, detectAddresses, detectVenues, detectDates, detectAges, detectProperNouns, detectLongNumbers, detectTableColumns,
  detectLowerCaseNames, detectNamesInCapitals, detectLowerCasePlaces,
};

export const DETECTORS: readonly Detector[] = [
  detectEmails, detectHandles, detectUrls, detectPhones, detectDocuments, detectPlates,
  detectAddresses, detectDates, detectAges, detectNames, detectNamesInCapitals, detectVenues, detectPlaces, detectLowerCasePlaces,
];

/**
 * Nets: run after DETECTORS, on what they left (DetectContext.claimed). They catch identifiers no
 * specific detector recognised, with plainer replacements.
 */
export const NETS: readonly Detector[] = [detectTableColumns, detectProperNouns, detectLowerCaseNames, detectLongNumbers];

/** Tie-break when two spans cover the same length: lower index wins. */
export const KIND_PRIORITY: readonly Kind[] = [
  'email', 'handle', 'url', 'iban', 'card', 'passport', 'tax-number', 'badge', 'phone', 'plate',
  'address', 'date', 'age', 'name', 'venue', 'place', 'number',
];
