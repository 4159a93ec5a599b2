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
  const [year, m] = month.split('-').map(Number);
  const date = new Date(Date.UTC(year!, m! - 1, 15));
  return new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** Date for feeds: the middle of the month, never a real day of an event. */
export function monthToDate(month: string): Date {
  const [year, m] = month.split('-').map(Number);
  return new Date(Date.UTC(year!, m! - 1, 1));
}
