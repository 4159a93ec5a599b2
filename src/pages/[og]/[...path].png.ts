/**
 * Share cards, built once per story, article and campaign: /og/<lang>/<collection>/<slug>.png.
 * Only published, anonymized front matter (title and summary) goes into a card. In a build they are
 * drawn on a worker thread, all queued here at once (src/lib/share-card-pool.ts).
 *
 * Why `[og]` and not a folder named og: Astro renders routes one after the other in its priority
 * order, where a static first segment comes first. A card route under og/ was rendered before every
 * page, so the pages waited for the cards; under a dynamic first segment (always "og") it comes after
 * the pages, and the cards are drawn on the worker while this thread renders the pages. The URLs
 * are the same.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import type { CardKind, ShareCard } from '../../lib/share-card';
import { prefetchShareCards, shareCardPng } from '../../lib/share-card-pool';
import { entrySlug } from '../../lib/urls';

const KIND = { stories: 'story', articles: 'article', campaigns: 'campaign' } as const satisfies Record<string, CardKind>;

export const getStaticPaths = (async () => {
  const paths = [];
  for (const collection of ['stories', 'articles', 'campaigns'] as const) {
    for (const entry of await getCollection(collection)) {
      const { lang, title, summary } = entry.data;
      const card: ShareCard = { lang, kind: KIND[collection], title, summary };
      paths.push({ params: { og: 'og', path: `${lang}/${collection}/${entrySlug(entry.id)}` }, props: { card } });
    }
  }
  prefetchShareCards(paths.map((p) => ({ key: p.params.path, card: p.props.card })));
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const png = await shareCardPng(params.path!, (props as { card: ShareCard }).card);
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
