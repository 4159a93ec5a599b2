/**
 * Share cards (Open Graph images, 1200×630 PNG) for stories, articles and campaigns. Text only —
 * the title, a short quote from the summary, the kind of piece and the site name — drawn from the
 * already anonymized, published front matter. No photo of anyone, no metadata: resvg rasterises,
 * sharp encodes a bare PNG (IHDR, IDAT, IEND; sharp keeps no metadata unless asked), and text is
 * turned into paths, so no font file travels with it either.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { SITE_NAME, type Lang } from '../data/site';

export type CardKind = 'story' | 'article' | 'campaign';

export interface ShareCard {
  lang: Lang;
  kind: CardKind;
  title: string;
  /** The published summary; the card quotes its first sentence or so. */
  summary: string;
}

const KIND_LABEL: Record<CardKind, Record<Lang, string>> = {
  story: { uk: 'Історія', ru: 'История', en: 'Story' },
  article: { uk: 'Газета «Ліліт»', ru: 'Газета «Лилит»', en: 'Lilith newspaper' },
  campaign: { uk: 'Кампанія', ru: 'Кампания', en: 'Campaign' },
};

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Width of the text column: the card minus its padding and the left rule. */
const INNER = CARD_WIDTH - 2 * 80 - 24;

type Font = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };
let fonts: Font[] | undefined;

/**
 * PT Serif, read once per process. Fontsource ships it in subsets whose placeholder glyphs cover
 * every other script, so satori cannot fall back between them by itself: text is split into runs of
 * Cyrillic letters and of everything else (spaces, punctuation, Latin), each in its own subset.
 */
function loadFonts(): Font[] {
  if (fonts) return fonts;
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve('@fontsource/pt-serif/package.json')), 'files');
  fonts = [];
  for (const weight of [400, 700] as const) {
    for (const subset of ['latin', 'cyrillic'] as const) {
      fonts.push({ name: FAMILY[subset], data: readFileSync(join(dir, `pt-serif-${subset}-${weight}-normal.woff`)), weight, style: 'normal' });
    }
  }
  return fonts;
}

const FAMILY = { latin: 'PT Serif Latin', cyrillic: 'PT Serif Cyrillic' } as const;
const CYRILLIC = /[\u0400-\u045F\u0490\u0491\u04B0\u04B1]+/g;

/**
 * Text as word boxes that wrap like a line of text; inside a word, each run of Cyrillic letters is
 * set in the Cyrillic subset and the rest (punctuation, Latin, digits) in the Latin one.
 */
function runs(text: string): (Node | string)[] {
  // Text without Cyrillic is one plain text node: cheaper to lay out, and wraps by itself.
  if (!/[\u0400-\u052F]/.test(text)) return [text];
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      const parts: Node[] = [];
      let pos = 0;
      for (const m of word.matchAll(CYRILLIC)) {
        if (m.index > pos) parts.push(h('span', { fontFamily: FAMILY.latin }, word.slice(pos, m.index)));
        parts.push(h('span', { fontFamily: FAMILY.cyrillic }, m[0]));
        pos = m.index + m[0].length;
      }
      if (pos < word.length) parts.push(h('span', { fontFamily: FAMILY.latin }, word.slice(pos)));
      if (parts.length === 1) return h('div', { display: 'flex', marginRight: '0.25em', fontFamily: parts[0]!.props.style.fontFamily }, parts[0]!.props.children);
      return h('div', { display: 'flex', marginRight: '0.25em' }, parts);
    });
}

/**
 * A short quote: the first sentence of the summary, cut at a word if it is still long.
 * @example quoteOf('One. Two.') // "One."
 */
export function quoteOf(summary: string, max = 170): string {
  const text = summary.replace(/\s+/g, ' ').trim();
  const first = /^.+?[.!?…](?=\s|$)/.exec(text)?.[0] ?? text;
  if (first.length <= max) return first;
  const cut = first.slice(0, max);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20)).replace(/[\s,;:—–-]+$/, '') + '…';
}

type Node = { type: string; props: { style: Record<string, unknown>; children?: unknown } };
const h = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({ type, props: { style, children } });

/** The card as SVG (text as paths). */
export async function shareCardSvg(card: ShareCard): Promise<string> {
  const titleSize = card.title.length > 70 ? 54 : card.title.length > 40 ? 64 : 76;
  const tree = h(
    'div',
    {
      width: CARD_WIDTH, height: CARD_HEIGHT, boxSizing: 'border-box', display: 'flex', flexDirection: 'column', justifyContent: 'space-between',
      padding: '64px 80px', background: '#f7f2ea', color: '#1d1a16', fontFamily: FAMILY.latin, borderLeft: '24px solid #8c2f39',
    },
    [
      h('div', { display: 'flex', fontSize: 28, letterSpacing: 2, color: '#8c2f39', fontWeight: 700 }, runs(KIND_LABEL[card.kind][card.lang].toUpperCase())),
      h('div', { display: 'flex', flexDirection: 'column', width: INNER }, [
        h('div', { display: 'flex', fontSize: titleSize, fontWeight: 700, lineHeight: 1.1, marginBottom: 28, width: INNER, flexWrap: 'wrap' }, runs(card.title)),
        h('div', { display: 'flex', fontSize: 32, lineHeight: 1.35, color: '#4a443c', width: INNER, flexWrap: 'wrap' }, runs(card.lang === 'en' ? `“${quoteOf(card.summary)}”` : `«${quoteOf(card.summary)}»`)),
      ]),
      h('div', { display: 'flex', justifyContent: 'space-between', alignItems: 'center', fontSize: 30, borderTop: '2px solid #1d1a16', paddingTop: 20, width: INNER }, [
        h('div', { display: 'flex', fontWeight: 700 }, runs(`§ ${SITE_NAME[card.lang]}`)),
      ]),
    ],
  );
  return satori(tree as never, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: loadFonts() });
}

/**
 * The card as PNG bytes. resvg's own encoder uses the slowest zlib level (~20 ms a card); sharp at
 * level 3 takes ~6 ms, runs off the JavaScript thread and makes files about as small (~50 kB).
 */
export async function renderShareCard(card: ShareCard): Promise<Buffer> {
  const svg = await shareCardSvg(card);
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH }, font: { loadSystemFonts: false } }).render();
  const png = await sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .removeAlpha()
    .png({ compressionLevel: 3, adaptiveFiltering: false })
    .toBuffer();
  return criticalChunksOnly(png);
}

/** Drops every ancillary PNG chunk (libvips adds pHYs): a card carries pixels and nothing else. */
function criticalChunksOnly(png: Buffer): Buffer {
  const kept: Buffer[] = [png.subarray(0, 8)];
  for (let i = 8; i + 12 <= png.length; ) {
    const length = png.readUInt32BE(i);
    const type = png.toString('latin1', i + 4, i + 8);
    if (type === 'IHDR' || type === 'IDAT' || type === 'IEND') kept.push(png.subarray(i, i + 12 + length));
    i += 12 + length;
  }
  return Buffer.concat(kept);
}
