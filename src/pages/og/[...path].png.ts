/**
 * Share cards, built once per story, article and campaign: /og/<lang>/<collection>/<slug>.png.
 * Only published, anonymized front matter (title and summary) goes into a card.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { renderShareCard, type CardKind, type ShareCard } from '../../lib/share-card';
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
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await renderShareCard((props as { card: ShareCard }).card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
