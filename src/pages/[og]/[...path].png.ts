/**
 * Share cards, built once per story, article and campaign: /og/<lang>/<collection>/<slug>.png.
 * Only published, anonymized front matter (title and summary) goes into a card. In a build they are
 * drawn on worker threads, all queued here at once (src/lib/share-card-pool.ts).
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
      paths.push({ params: { path: `${lang}/${collection}/${entrySlug(entry.id)}` }, props: { card } });
    }
  }
  prefetchShareCards(paths.map((p) => ({ key: p.params.path, card: p.props.card })));
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const png = await shareCardPng(params.path!, (props as { card: ShareCard }).card);
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
