/**
 * The shared vocabulary of the anonymizer. Detectors are small pure functions: text in, spans out.
 * The pipeline (pipeline.ts) merges their spans, chooses replacements and rewrites the text.
 */
import type { Lang } from '../../src/data/site.ts';

/** Direct identifiers are replaced; quasi-identifiers are generalised (a date becomes a season). */
export type IdentifierClass = 'direct' | 'quasi';

export type Kind =
  // direct identifiers
  | 'name' // a person's first name, surname, patronymic or diminutive, in any grammatical case
  | 'phone'
  | 'email'
  | 'url'
  | 'handle' // @name, t.me/…, instagram.com/…
  | 'passport' // two Cyrillic letters + 6 digits, or the 9-digit ID card
  | 'tax-number' // 10-digit individual tax number (РНОКПП / ІПН)
  | 'card' // bank card number passing Luhn
  | 'iban'
  | 'badge' // police badge / service number next to жетон, badge, …
  | 'plate' // car plate, Cyrillic or Latin letters
  | 'address' // street address with or without house number
  | 'venue' // a named workplace or venue: sauna «…», hotel "…", club, café
  | 'number' // any other long number: a badge, case, protocol or account number, a postal code
  // quasi-identifiers
  | 'date' // an exact date → month/season and year
  | 'age' // an exact age → a range
  | 'place'; // a town or village → a region-level description

export const DIRECT_KINDS: readonly Kind[] = [
  'name', 'phone', 'email', 'url', 'handle', 'passport', 'tax-number', 'card', 'iban', 'badge',
  'plate', 'address', 'venue', 'number',
];
export const QUASI_KINDS: readonly Kind[] = ['date', 'age', 'place'];

export function classOf(kind: Kind): IdentifierClass {
  return QUASI_KINDS.includes(kind) ? 'quasi' : 'direct';
}

/** What a detector reports: a half-open range [start, end) of the text it was given. */
export interface Span {
  kind: Kind;
  start: number;
  end: number;
  /**
   * Normalised key of the thing identified, so that every mention of one person (Оксана, Оксани,
   * Оксаною) or one number gets the same pseudonym. For names: the lower-cased base form.
   */
  entity?: string;
  /** The text to put in its place, when the detector knows best (a declined pseudonym, a season). */
  replacement?: string;
  /** 0..1; spans under the pipeline's threshold are reported for review but not replaced. */
  confidence?: number;
}

/** A span after the pipeline has decided on it: what a review report lists. */
export interface Finding extends Span {
  class: IdentifierClass;
  /** The original text of the span. Never written into any output file. */
  text: string;
  replacement: string;
  /** 1-based line and column of the span's start in the file it came from. */
  line: number;
  column: number;
}

/** Settings a document may carry in its front matter (`anonymization.settings`). */
export interface DocumentSettings {
  /** Keep the names of Kyiv and of the largest cities instead of generalising them. Default false. */
  keepMajorCities?: boolean;
  /** Keep names of countries (Poland, Ukraine, …). Default true. */
  keepCountries?: boolean;
}

/** Phrases that must never be redacted: from src/data/site.ts plus the document's own reviewed allow-entries. */
export interface Allowlist {
  /** Phone numbers in E.164 (+380504507774). */
  phones: readonly string[];
  /** Exact phrases, compared case-insensitively. */
  phrases: readonly string[];
}

export interface PseudonymHint {
  lang: Lang;
  gender?: 'female' | 'male';
  part: 'first' | 'surname' | 'patronymic';
  /**
   * A surname that reads right in every grammatical case and for either gender (Гайченко,
   * Пилипчук in Ukrainian): for a person whose case and gender the detector could not tell.
   */
  invariable?: boolean;
  /**
   * Lower-cased words of the document being anonymized. A pseudonym with any form among them is
   * not chosen: it would read as another person of the same story, and the re-scan, which accepts
   * a file's own pseudonyms, would then accept that real name too.
   */
  avoid?: ReadonlySet<string>;
}

/**
 * Consistent pseudonyms across a document and across a batch: the same entity always gets the
 * same pseudonym. Implemented in pseudonyms.ts.
 */
export interface PseudonymRegistry {
  /** Base form (nominative) of the pseudonym for an entity, choosing a fresh one on first use. */
  pseudonymFor(entity: string, hint: PseudonymHint): string;
  /** Every pseudonym handed out so far, base forms. */
  used(): string[];
}

export interface DetectContext {
  lang: Lang;
  allow: Allowlist;
  settings: DocumentSettings;
  pseudonyms: PseudonymRegistry;
  /**
   * For the nets (detectors/index.ts NETS) only: what the specific detectors already found in this
   * text, sorted by start. A net looks only at what they left.
   */
  claimed?: readonly Span[];
}

export type Detector = (text: string, ctx: DetectContext) => Span[];
