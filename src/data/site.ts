/**
 * Facts that are true once for the whole project. Everything that shows the hotline, the
 * organisation or the situations imports them from here: page footer, help page, search filters,
 * content schemas and the anonymizer's allowlist. Change a number here and it changes everywhere.
 */

export const LANGS = ['uk', 'ru', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'uk';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** Names of each language in that language, for the language switch. */
export const LANG_NAMES: Record<Lang, string> = { uk: 'Українська', ru: 'Русский', en: 'English' };

/** The organisation behind the site. Its name is allowed through the anonymizer untouched. */
export const ORGANISATION = {
  name: { uk: 'Право на голос', ru: 'Право на голос', en: 'Right to a Voice' },
  /** Every spelling of the organisation's name that may appear in a story, in every case form. */
  nameVariants: [
    'Право на голос', 'Права на голос', 'Праву на голос', 'Правом на голос', 'Праві на голос', 'Праве на голос',
    'Right to a Voice',
  ],
} as const;

export const SITE_NAME: Record<Lang, string> = {
  uk: 'Розповіді без імен',
  ru: 'Истории без имён',
  en: 'Stories Without Names',
};

/** The public hotline: the only phone numbers the anonymizer leaves in place. */
export const HOTLINE_NUMBERS = [
  { display: '+38 (050) 450 777 4', e164: '+380504507774' },
  { display: '+38 (067) 450 777 4', e164: '+380674507774' },
] as const;

/** Kinds of rights violation, in the order the hotline lists them. Ids are part of URLs: never rename. */
export const SITUATIONS = [
  {
    id: 'police-extortion',
    label: {
      uk: 'Поліція вимагає гроші',
      ru: 'Полиция вымогает деньги',
      en: 'Police extort money',
    },
  },
  {
    id: 'illegal-search',
    label: {
      uk: 'Незаконний обшук або протокол',
      ru: 'Незаконный обыск или протокол',
      en: 'Illegal search or forced protocol',
    },
  },
  {
    id: 'police-violence',
    label: {
      uk: 'Насильство з боку поліції',
      ru: 'Насилие со стороны полиции',
      en: 'Police violence and humiliation',
    },
  },
  {
    id: 'sexual-violence',
    label: { uk: 'Сексуальне насильство', ru: 'Сексуальное насилие', en: 'Sexual violence' },
  },
  {
    id: 'child-threats',
    label: {
      uk: 'Погрози забрати дітей',
      ru: 'Угрозы забрать детей',
      en: 'Threats to take your children',
    },
  },
  {
    id: 'blackmail',
    label: {
      uk: 'Шантаж, погрози, обмеження свободи',
      ru: 'Шантаж, угрозы, ограничение свободы',
      en: 'Blackmail, threats, restricted freedom',
    },
  },
  {
    id: 'medical-refusal',
    label: {
      uk: 'Відмова в медичній допомозі',
      ru: 'Отказ в медицинской помощи',
      en: 'Refused medical care',
    },
  },
  {
    id: 'documents',
    label: {
      uk: 'Паспорт і реєстрація',
      ru: 'Паспорт и регистрация',
      en: 'Passport and registration',
    },
  },
  { id: 'other', label: { uk: 'Інше', ru: 'Другое', en: 'Other' } },
] as const;

export type SituationId = (typeof SITUATIONS)[number]['id'];
export const SITUATION_IDS = SITUATIONS.map((s) => s.id) as [SituationId, ...SituationId[]];

/**
 * Phrases the anonymizer must never redact, whatever its detectors say: the hotline numbers and the
 * organisation's name. This is site data, not detector code.
 */
export const ANONYMIZER_ALLOWLIST = {
  phones: HOTLINE_NUMBERS.map((n) => n.e164),
  phrases: [...ORGANISATION.nameVariants],
};

/**
 * Where the quick-exit button sends a reader: an ordinary, neutral page. The button replaces this
 * site in the tab's history, so Back does not return here.
 */
export const QUICK_EXIT_URL = 'https://sinoptik.ua/';
