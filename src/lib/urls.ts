/**
 * Every public URL of the site is built here, so that a link advocates pasted into a letter keeps
 * pointing at the same piece. Paths always end with a slash (astro.config: trailingSlash 'always').
 */
import type { Lang } from '../data/site';

/** @example entrySlug('uk/oblava-na-rynku') // "oblava-na-rynku" */
export function entrySlug(id: string): string {
  return id.slice(id.indexOf('/') + 1);
}

export const urls = {
  home: (lang: Lang) => `/${lang}/`,
  stories: (lang: Lang) => `/${lang}/stories/`,
  story: (lang: Lang, slug: string) => `/${lang}/stories/${slug}/`,
  situation: (lang: Lang, id: string) => `/${lang}/situations/${id}/`,
  workshop: (lang: Lang) => `/${lang}/workshop/`,
  workshopPiece: (lang: Lang, slug: string) => `/${lang}/workshop/${slug}/`,
  article: (lang: Lang, slug: string) => `/${lang}/articles/${slug}/`,
  editions: (lang: Lang) => `/${lang}/editions/`,
  edition: (lang: Lang, n: number) => `/${lang}/editions/${n}/`,
  campaigns: (lang: Lang) => `/${lang}/campaigns/`,
  campaign: (lang: Lang, slug: string) => `/${lang}/campaigns/${slug}/`,
  help: (lang: Lang) => `/${lang}/help/`,
  about: (lang: Lang) => `/${lang}/about/`,
  search: (lang: Lang) => `/${lang}/search/`,
  feed: (lang: Lang) => `/${lang}/rss.xml`,
  storiesFeed: (lang: Lang) => `/${lang}/stories/rss.xml`,
  articlesFeed: (lang: Lang) => `/${lang}/articles/rss.xml`,
};

/**
 * Formats a YYYY-MM month for readers; a month is the finest precision the site publishes.
 * @example formatMonth('2025-03', 'uk') // "березень 2025 р."
 */
export function formatMonth(month: string, lang: Lang): string {
  const key = `${lang}:${month}`;
  let text = formattedMonths.get(key);
  if (text === undefined) {
    const [year, m] = month.split('-').map(Number);
    const date = new Date(Date.UTC(year!, m! - 1, 15));
    // Making an Intl.DateTimeFormat costs ~0.2 ms, and list pages name a month for every story.
    monthFormats[lang] ??= new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    text = monthFormats[lang].format(date);
    formattedMonths.set(key, text);
  }
  return text;
}
const monthFormats: Partial<Record<Lang, Intl.DateTimeFormat>> = {};
const formattedMonths = new Map<string, string>();

/** Date for feeds: the middle of the month, never a real day of an event. */
export function monthToDate(month: string): Date {
  const [year, m] = month.split('-').map(Number);
  return new Date(Date.UTC(year!, m! - 1, 1));
}
