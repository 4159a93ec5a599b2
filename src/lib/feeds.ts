/**
 * RSS feeds (@astrojs/rss): the newest FEED_LIMIT pieces of a language, or of its stories or Lilith
 * articles, with the full rendered text so subscribers can read offline. Dates are months (the first of the
 * month), never the day of an event. A story with a content warning carries the warning first.
 */
import rss, { type RSSFeedItem } from '@astrojs/rss';
import { getContainerRenderer as mdxRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import { SITE_NAME, type Lang } from '../data/site';
import { useTranslations } from '../i18n/ui';
import { articlesIn, editions, storiesIn, workshopIn, type Article, type Story, type WorkshopPiece } from './content';
import { entrySlug, monthToDate, urls } from './urls';

export type FeedKind = 'all' | 'stories' | 'articles';

let container: AstroContainer | undefined;

/** The entry's MDX rendered to HTML, with root-relative links and images made absolute. */
function renderedHtml(entry: Story | Article | WorkshopPiece, site: URL): Promise<string> {
  // A story appears in two feeds (all, stories): render it once per build, not once per feed.
  if (import.meta.env.DEV) return renderHtml(entry, site);
  const key = `${entry.collection}/${entry.id}@${site.href}`;
  let html = renderedOnce.get(key);
  if (!html) renderedOnce.set(key, (html = renderHtml(entry, site)));
  return html;
}
const renderedOnce = new Map<string, Promise<string>>();

async function renderHtml(entry: Story | Article | WorkshopPiece, site: URL): Promise<string> {
  // MDX compiles to JSX components: the container needs the MDX renderer to turn them into HTML.
  container ??= await AstroContainer.create({ renderers: await loadRenderers([mdxRenderer()]) });
  const { Content } = await render(entry);
  const html = await container.renderToString(Content);
  return absolutize(html, site);
}

/** @example absolutize('<a href="/uk/help/">', new URL('https://x.org')) // '<a href="https://x.org/uk/help/">' */
export function absolutize(html: string, site: URL): string {
  return html.replace(/\s(href|src)="(\/[^"]*)"/g, (_, attr: string, path: string) => ` ${attr}="${new URL(path, site).href}"`);
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A feed item whose content is rendered only if the item makes it into the feed. */
interface Pending {
  pubDate?: Date;
  item: () => Promise<RSSFeedItem>;
}

/**
 * How many items a feed carries: the newest. Full-text feeds of every story would grow with the
 * archive (and with it each reader's download on slow mobile data); older pieces stay on the site.
 */
export const FEED_LIMIT = 50;

async function storyItems(lang: Lang, site: URL): Promise<Pending[]> {
  const t = useTranslations(lang);
  return (await storiesIn(lang)).map((story) => {
    const pubDate = monthToDate(story.data.published);
    return {
      pubDate,
      item: async () => {
        const cw = story.data.contentWarning;
        const warning = cw
          ? `<p><strong>${escapeHtml(t('cw.title'))}:</strong> ${escapeHtml(t(`cw.${cw.type}`))}${cw.note ? ` ${escapeHtml(cw.note)}` : ''}</p><hr>`
          : '';
        return {
          title: story.data.title,
          link: urls.story(lang, entrySlug(story.id)),
          pubDate,
          description: story.data.summary,
          content: warning + (await renderedHtml(story, site)),
          categories: [t('search.type.story')],
        };
      },
    };
  });
}

async function articleItems(lang: Lang, site: URL): Promise<Pending[]> {
  const t = useTranslations(lang);
  const published = new Map((await editions()).map((e) => [e.data.number, e.data.published]));
  return (await articlesIn(lang)).map((article) => {
    const pubDate = published.has(article.data.edition) ? monthToDate(published.get(article.data.edition)!) : undefined;
    return {
      pubDate,
      item: async () => ({
        title: article.data.title,
        link: urls.article(lang, entrySlug(article.id)),
        pubDate,
        description: article.data.summary,
        content: await renderedHtml(article, site),
        categories: [t('search.type.article'), t('edition.number', { n: article.data.edition })],
      }),
    };
  });
}

/** Workshop pieces have no date in their schema; they appear undated rather than with an invented one. */
async function workshopItems(lang: Lang, site: URL): Promise<Pending[]> {
  const t = useTranslations(lang);
  return (await workshopIn(lang)).map((piece) => ({
    item: async () => ({
      title: piece.data.title,
      link: urls.workshopPiece(lang, entrySlug(piece.id)),
      description: piece.data.summary,
      content: await renderedHtml(piece, site),
      categories: [t('search.type.workshop')],
    }),
  }));
}

const newestFirst = (a: { pubDate?: Date }, b: { pubDate?: Date }) => (b.pubDate?.getTime() ?? 0) - (a.pubDate?.getTime() ?? 0);

export async function feed(kind: FeedKind, lang: Lang, site: URL | undefined): Promise<Response> {
  if (!site) throw new Error('astro.config.mjs: "site" must be set, feeds need absolute links');
  const t = useTranslations(lang);
  const pending =
    kind === 'stories'
      ? await storyItems(lang, site)
      : kind === 'articles'
        ? await articleItems(lang, site)
        : [...(await storyItems(lang, site)), ...(await articleItems(lang, site)), ...(await workshopItems(lang, site))];
  // Sort by date first and render only the newest FEED_LIMIT (a stable sort keeps the old order on ties).
  const items = await Promise.all(pending.sort(newestFirst).slice(0, FEED_LIMIT).map((p) => p.item()));
  const title = { all: t('feed.title'), stories: t('feed.stories'), articles: t('feed.articles') }[kind];
  const home = { all: urls.home(lang), stories: urls.stories(lang), articles: urls.editions(lang) }[kind];
  return rss({
    title: `${SITE_NAME[lang]}: ${title}`,
    description: t('home.lead'),
    site: new URL(home, site).href,
    items,
    customData: `<language>${lang}</language>`,
    trailingSlash: true,
  });
}
