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

type Name = 'stories' | 'articles' | 'workshop' | 'campaigns' | 'editions' | 'responses';

/**
 * Each collection is read once per build and the derived lists are kept: every story page asks for
 * its translations, and a filtered getCollection() per page walks all N stories, which makes the
 * build O(N²). In `astro dev` nothing is kept, so edited content shows up at once.
 */
const memo = new Map<string, Promise<unknown>>();
function once<T>(key: string, compute: () => Promise<T>): Promise<T> {
  if (import.meta.env.DEV) return compute();
  let hit = memo.get(key) as Promise<T> | undefined;
  if (!hit) {
    hit = compute();
    memo.set(key, hit);
  }
  return hit;
}

function all<C extends Name>(collection: C): Promise<CollectionEntry<C>[]> {
  return once(`all:${collection}`, () => getCollection(collection) as Promise<CollectionEntry<C>[]>);
}

function byLang<C extends Exclude<Name, 'editions'>>(
  collection: C,
  lang: Lang,
  order: (a: CollectionEntry<C>, b: CollectionEntry<C>) => number,
): Promise<CollectionEntry<C>[]> {
  return once(`lang:${collection}:${lang}`, async () =>
    (await all(collection)).filter((e) => (e.data as { lang: Lang }).lang === lang).sort(order),
  );
}

/** Callers get their own array, so sorting or splicing it cannot change what other pages see. */
export async function storiesIn(lang: Lang): Promise<Story[]> {
  return [
    ...(await byLang('stories', lang, (a, b) => newestFirst(a, b) || a.data.title.localeCompare(b.data.title, lang))),
  ];
}

export async function workshopIn(lang: Lang): Promise<WorkshopPiece[]> {
  return [...(await byLang('workshop', lang, (a, b) => a.data.order - b.data.order))];
}

export async function articlesIn(lang: Lang): Promise<Article[]> {
  return [
    ...(await byLang('articles', lang, (a, b) => b.data.edition - a.data.edition || a.data.order - b.data.order)),
  ];
}

export async function campaignsIn(lang: Lang): Promise<Campaign[]> {
  return [...(await byLang('campaigns', lang, (a, b) => a.data.title.localeCompare(b.data.title, lang)))];
}

export async function editions(): Promise<Edition[]> {
  return [
    ...(await once('sorted:editions', async () => [...(await all('editions'))].sort((a, b) => b.data.number - a.data.number))),
  ];
}

export async function responsesTo(story: Story): Promise<Response[]> {
  const index = await once('index:responses', async () => {
    const map = new Map<string, Response[]>();
    const sorted = [...(await all('responses'))].sort((a, b) => a.data.published.localeCompare(b.data.published));
    for (const r of sorted) {
      const key = `${r.data.lang}/${r.data.story}`;
      map.set(key, [...(map.get(key) ?? []), r]);
    }
    return map;
  });
  return [...(index.get(`${story.data.lang}/${story.data.translationKey}`) ?? [])];
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
  const index = await once(`translations:${collection}`, async () => {
    const map = new Map<string, Partial<Record<Lang, string>>>();
    for (const entry of await all(collection)) {
      const urlsOfKey = map.get(entry.data.translationKey) ?? {};
      urlsOfKey[entry.data.lang] = urlOf[collection](entry.data.lang, entrySlug(entry.id));
      map.set(entry.data.translationKey, urlsOfKey);
    }
    return map;
  });
  return { ...index.get(translationKey) };
}

/** Alternates for pages that exist in every language under the same path. */
export function sameInEveryLang(path: (lang: Lang) => string): Record<Lang, string> {
  return Object.fromEntries(LANGS.map((l) => [l, path(l)])) as Record<Lang, string>;
}

export function langPaths() {
  return LANGS.map((lang) => ({ params: { lang } }));
}
