/**
 * Queries the pages share: entries of one language, newest first, and the translations of a piece.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { LANGS, type Lang } from '../data/site';
import { entrySlug, urls } from './urls';

export type Story = CollectionEntry<'stories'>;
export type Article = CollectionEntry<'articles'>;
export type WorkshopPiece = CollectionEntry<'workshop'>;
export type Campaign = CollectionEntry<'campaigns'>;
export type Edition = CollectionEntry<'editions'>;
export type Response = CollectionEntry<'responses'>;

const newestFirst = (a: { data: { published: string } }, b: { data: { published: string } }) =>
  b.data.published.localeCompare(a.data.published);

export async function storiesIn(lang: Lang): Promise<Story[]> {
  return (await getCollection('stories', (s) => s.data.lang === lang)).sort(
    (a, b) => newestFirst(a, b) || a.data.title.localeCompare(b.data.title, lang),
  );
}

export async function workshopIn(lang: Lang): Promise<WorkshopPiece[]> {
  return (await getCollection('workshop', (w) => w.data.lang === lang)).sort(
    (a, b) => a.data.order - b.data.order,
  );
}

export async function articlesIn(lang: Lang): Promise<Article[]> {
  return (await getCollection('articles', (a) => a.data.lang === lang)).sort(
    (a, b) => b.data.edition - a.data.edition || a.data.order - b.data.order,
  );
}

export async function campaignsIn(lang: Lang): Promise<Campaign[]> {
  return (await getCollection('campaigns', (c) => c.data.lang === lang)).sort((a, b) =>
    a.data.title.localeCompare(b.data.title, lang),
  );
}

export async function editions(): Promise<Edition[]> {
  return (await getCollection('editions')).sort((a, b) => b.data.number - a.data.number);
}

export async function responsesTo(story: Story): Promise<Response[]> {
  return (
    await getCollection(
      'responses',
      (r) => r.data.story === story.data.translationKey && r.data.lang === story.data.lang,
    )
  ).sort((a, b) => a.data.published.localeCompare(b.data.published));
}

type Translatable = 'stories' | 'articles' | 'workshop' | 'campaigns';
const urlOf = {
  stories: urls.story,
  articles: urls.article,
  workshop: urls.workshopPiece,
  campaigns: urls.campaign,
} as const;

/**
 * The URL of the same piece in every language it exists in, for hreflang links and the
 * language switch.
 */
export async function translationsOf(
  collection: Translatable,
  translationKey: string,
): Promise<Partial<Record<Lang, string>>> {
  const entries = await getCollection(collection, (e) => e.data.translationKey === translationKey);
  const result: Partial<Record<Lang, string>> = {};
  for (const entry of entries) result[entry.data.lang] = urlOf[collection](entry.data.lang, entrySlug(entry.id));
  return result;
}

/** Alternates for pages that exist in every language under the same path. */
export function sameInEveryLang(path: (lang: Lang) => string): Record<Lang, string> {
  return Object.fromEntries(LANGS.map((l) => [l, path(l)])) as Record<Lang, string>;
}

export function langPaths() {
  return LANGS.map((lang) => ({ params: { lang } }));
}
