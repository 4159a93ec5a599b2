/**
 * Share cards (Open Graph images, 1200×630 PNG) for stories, articles and campaigns. Text only —
 * the title, a short quote from the summary, the kind of piece and the site name — drawn from the
 * already anonymized, published front matter. No photo of anyone, no metadata, no font file: the
 * PNG holds only IHDR, PLTE, IDAT and IEND.
 *
 * Drawn without a layout engine, because a card is always the same four blocks of text: words are
 * set with the font's own advance widths and wrapped greedily, each glyph is rasterised once per
 * size (resvg) and then stamped into an 8-bit palette image (paper, plus 16 shades from the paper
 * to each ink). That is ~3 ms a card instead of ~33 ms through satori + resvg + sharp, and the
 * files are about a third smaller. shareCardSvg draws the same layout as vector paths, so a test can
 * compare the stamped pixels with resvg's rendering of the whole card.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { constants, crc32, deflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { create, type Font, type Glyph } from 'fontkitten';
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
const RULE = 24;
const PAD_X = 80;
const PAD_Y = 64;
/** Left edge and width of the text column: the card minus its padding and the left rule. */
const LEFT = RULE + PAD_X;
const INNER = CARD_WIDTH - 2 * PAD_X - RULE;

const PAPER = '#f7f2ea';
const INKS = { ink: '#1d1a16', accent: '#8c2f39', muted: '#4a443c' } as const;
type Ink = keyof typeof INKS;
/** Shades of anti-aliasing per ink; 16 are as smooth as text needs and keep the palette small. */
const LEVELS = 16;

// ---------------------------------------------------------------------------------------------
// Fonts: PT Serif, in Fontsource's subsets. Each subset maps the other scripts to its empty
// glyph 0, so a character is looked up in each subset in turn until one has it.

type Weight = 400 | 700;
const SUBSETS = ['latin', 'cyrillic', 'latin-ext', 'cyrillic-ext'] as const;
let fonts: Record<Weight, Font[]> | undefined;

function loadFonts(): Record<Weight, Font[]> {
  if (fonts) return fonts;
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve('@fontsource/pt-serif/package.json')), 'files');
  const load = (weight: Weight) => SUBSETS.map((s) => create(readFileSync(join(dir, `pt-serif-${s}-${weight}-normal.woff`))) as Font);
  fonts = { 400: load(400), 700: load(700) };
  return fonts;
}

interface FontGlyph {
  key: string;
  glyph: Glyph;
  unitsPerEm: number;
}
const glyphs = new Map<string, FontGlyph | null>();

/** The glyph of one character in the first subset that has it; null when none has. */
function glyphOf(char: string, weight: Weight): FontGlyph | null {
  const cacheKey = `${weight}:${char}`;
  let hit = glyphs.get(cacheKey);
  if (hit !== undefined) return hit;
  hit = null;
  const code = char.codePointAt(0)!;
  const list = loadFonts()[weight];
  for (let i = 0; i < list.length; i++) {
    const glyph = list[i]!.glyphForCodePoint(code);
    if (glyph.id !== 0) {
      hit = { key: `${weight}/${i}/${glyph.id}`, glyph, unitsPerEm: list[i]!.unitsPerEm };
      break;
    }
  }
  glyphs.set(cacheKey, hit);
  return hit;
}

/** Ascent and descent of PT Serif (all subsets share them), in em. */
function metrics(): { ascent: number; descent: number } {
  const f = loadFonts()[400][0]!;
  return { ascent: f.ascent / f.unitsPerEm, descent: -f.descent / f.unitsPerEm };
}

// ---------------------------------------------------------------------------------------------
// Layout

interface Style {
  size: number;
  weight: Weight;
  ink: Ink;
  /** Line box height in px. */
  lineHeight: number;
  letterSpacing?: number;
  maxLines: number;
}

/** A glyph placed on the card: its pen position on the baseline, in px. */
interface Placed {
  glyph: FontGlyph;
  x: number;
  y: number;
  size: number;
  ink: Ink;
}

interface Block {
  lines: string[];
  style: Style;
}

function advance(word: string, style: Style): number {
  let w = 0;
  for (const ch of word) {
    const g = glyphOf(ch, style.weight);
    if (g) w += (g.glyph.advanceWidth / g.unitsPerEm) * style.size + (style.letterSpacing ?? 0);
  }
  return w;
}

/**
 * Greedy wrapping at spaces into at most style.maxLines lines of `width` px; a word longer than a
 * line is cut, and text that does not fit ends the last line with an ellipsis.
 */
function wrap(text: string, style: Style, width: number): string[] {
  const space = advance(' ', style);
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (let i = 0; i < words.length; i++) {
    let word = words[i]!;
    let w = advance(word, style);
    if (line && lineWidth + space + w <= width) {
      line += ' ' + word;
      lineWidth += space + w;
      continue;
    }
    if (line) lines.push(line);
    if (lines.length === style.maxLines) return withEllipsis(lines, style, width);
    while (w > width) {
      // One word wider than the card: cut it where it stops fitting.
      let cut = '';
      for (const ch of word) {
        if (cut && advance(cut + ch, style) > width) break;
        cut += ch;
      }
      lines.push(cut);
      word = word.slice(cut.length);
      w = advance(word, style);
      if (lines.length === style.maxLines) return withEllipsis(lines, style, width);
    }
    line = word;
    lineWidth = w;
  }
  if (line) lines.push(line);
  return lines;
}

function withEllipsis(lines: string[], style: Style, width: number): string[] {
  let last = lines[lines.length - 1]!;
  while (last && advance(last + '…', style) > width) last = last.slice(0, last.lastIndexOf(' ') > 0 ? last.lastIndexOf(' ') : last.length - 1);
  lines[lines.length - 1] = last.replace(/[\s,;:—–-]+$/, '') + '…';
  return lines;
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

/** The lines of text a card shows, top to bottom (for tests: nothing else is drawn). */
export function shareCardLines(card: ShareCard): string[] {
  return layout(card).blocks.flatMap((b) => b.lines);
}

interface Layout {
  blocks: Block[];
  glyphs: Placed[];
  /** Filled rectangles: the rule on the left and the line above the site name. */
  rects: { x: number; y: number; w: number; h: number; ink: Ink }[];
}

/** Where every glyph and rule of a card goes: a column of label, title + quote, and footer. */
function layout(card: ShareCard): Layout {
  const titleSize = card.title.length > 70 ? 54 : card.title.length > 40 ? 64 : 76;
  const { ascent, descent } = metrics();
  const normal = (size: number) => Math.round((ascent + descent) * size);
  const block = (text: string, style: Style): Block => ({ lines: wrap(text, style, INNER), style });
  const quote = quoteOf(card.summary);
  const label = block(KIND_LABEL[card.kind][card.lang].toUpperCase(), { size: 28, weight: 700, ink: 'accent', lineHeight: normal(28), letterSpacing: 2, maxLines: 1 });
  const title = block(card.title, { size: titleSize, weight: 700, ink: 'ink', lineHeight: titleSize * 1.1, maxLines: 3 });
  const quoted = block(card.lang === 'en' ? `“${quote}”` : `«${quote}»`, { size: 32, weight: 400, ink: 'muted', lineHeight: 32 * 1.35, maxLines: 3 });
  const footer = block(`§ ${SITE_NAME[card.lang]}`, { size: 30, weight: 700, ink: 'ink', lineHeight: normal(30), maxLines: 1 });

  const height = (b: Block) => b.lines.length * b.style.lineHeight;
  const TITLE_GAP = 28;
  const FOOTER_RULE = 2;
  const FOOTER_GAP = 20;
  const middle = height(title) + TITLE_GAP + height(quoted);
  const footerHeight = FOOTER_RULE + FOOTER_GAP + height(footer);
  // The three parts spread over the card's height, as flex "space-between" does.
  const free = Math.max(0, CARD_HEIGHT - 2 * PAD_Y - height(label) - middle - footerHeight) / 2;

  const placed: Placed[] = [];
  const set = (block: Block, top: number) => {
    const { size, lineHeight, ink, weight } = block.style;
    block.lines.forEach((line, i) => {
      // The baseline sits in the middle of the line box, as CSS puts it, on a whole pixel.
      const baseline = Math.round(top + i * lineHeight + (lineHeight - (ascent + descent) * size) / 2 + ascent * size);
      let x = LEFT;
      for (const ch of line) {
        const g = glyphOf(ch, weight);
        if (!g) continue;
        if (g.glyph.path.commands.length) placed.push({ glyph: g, x, y: baseline, size, ink });
        x += (g.glyph.advanceWidth / g.unitsPerEm) * size + (block.style.letterSpacing ?? 0);
      }
    });
  };
  set(label, PAD_Y);
  const middleTop = PAD_Y + height(label) + free;
  set(title, middleTop);
  set(quoted, middleTop + height(title) + TITLE_GAP);
  const footerTop = CARD_HEIGHT - PAD_Y - footerHeight;
  set(footer, footerTop + FOOTER_RULE + FOOTER_GAP);
  return {
    blocks: [label, title, quoted, footer],
    glyphs: placed,
    rects: [
      { x: 0, y: 0, w: RULE, h: CARD_HEIGHT, ink: 'accent' },
      { x: LEFT, y: Math.round(footerTop), w: INNER, h: FOOTER_RULE, ink: 'ink' },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Drawing

const fmt = (n: number) => Number(n.toFixed(3));

/** The card as SVG: the same layout, every glyph as a path (no text, no font). */
export async function shareCardSvg(card: ShareCard): Promise<string> {
  const { glyphs: placed, rects } = layout(card);
  const parts = [`<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`];
  parts.push(`<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${PAPER}"/>`);
  for (const r of rects) parts.push(`<rect x="${r.x}" y="${r.y}" width="${r.w}" height="${r.h}" fill="${INKS[r.ink]}"/>`);
  for (const p of placed) {
    const s = p.size / p.glyph.unitsPerEm;
    parts.push(`<path fill="${INKS[p.ink]}" transform="translate(${fmt(p.x)} ${fmt(p.y)}) scale(${fmt(s)} ${fmt(-s)})" d="${p.glyph.glyph.path.toSVG()}"/>`);
  }
  parts.push('</svg>');
  return parts.join('');
}

/** A glyph rasterised at one size and one quarter-pixel offset: coverage 0–LEVELS per pixel. */
interface Mask {
  left: number;
  top: number;
  width: number;
  height: number;
  levels: Uint8Array;
}
const masks = new Map<string, Mask>();
/** Quarter pixels: positions stay within 1/8 px of the layout's without a mask per position. */
const PHASES = 4;

function maskOf(g: FontGlyph, size: number, phase: number): Mask {
  const key = `${g.key}@${size}+${phase}`;
  let mask = masks.get(key);
  if (mask) return mask;
  const s = size / g.unitsPerEm;
  const dx = phase / PHASES;
  const b = g.glyph.bbox;
  const left = Math.floor(b.minX * s + dx) - 1;
  const top = Math.floor(-b.maxY * s) - 1;
  const width = Math.max(1, Math.ceil(b.maxX * s + dx) + 1 - left);
  const height = Math.max(1, Math.ceil(-b.minY * s) + 1 - top);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<path transform="translate(${fmt(dx - left)} ${-top}) scale(${fmt(s)} ${fmt(-s)})" d="${g.glyph.path.toSVG()}"/></svg>`;
  const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  const rgba = image.pixels;
  const levels = new Uint8Array(width * height);
  for (let i = 0; i < levels.length; i++) levels[i] = Math.round((rgba[i * 4 + 3]! * LEVELS) / 255);
  mask = { left, top, width, height, levels };
  masks.set(key, mask);
  return mask;
}

const INK_ORDER = Object.keys(INKS) as Ink[];
/** Palette index of ink k at coverage l (1..LEVELS); 0 is the paper. */
const indexOf = (ink: Ink, level: number) => 1 + INK_ORDER.indexOf(ink) * LEVELS + (level - 1);

function palette(): Buffer {
  const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const paper = rgb(PAPER);
  const out = [paper];
  for (const ink of INK_ORDER) {
    const c = rgb(INKS[ink]);
    for (let l = 1; l <= LEVELS; l++) out.push(paper.map((p, i) => Math.round(p + ((c[i]! - p) * l) / LEVELS)));
  }
  return Buffer.from(out.flat());
}
const PALETTE = palette();

/** The card as PNG bytes: an 8-bit palette image, critical chunks only. */
export async function renderShareCard(card: ShareCard): Promise<Buffer> {
  const { glyphs: placed, rects } = layout(card);
  const W = CARD_WIDTH;
  const H = CARD_HEIGHT;
  // One filter byte (0: none) at the start of every row, then one palette index per pixel.
  const stride = W + 1;
  const image = new Uint8Array(stride * H);
  for (const r of rects) {
    const index = indexOf(r.ink, LEVELS);
    for (let y = r.y; y < r.y + r.h; y++) image.fill(index, y * stride + 1 + r.x, y * stride + 1 + r.x + r.w);
  }
  for (const p of placed) {
    const px = Math.floor(p.x * PHASES + 0.5) / PHASES;
    const x0 = Math.floor(px);
    const y0 = p.y;
    const m = maskOf(p.glyph, p.size, Math.round((px - x0) * PHASES));
    const base = indexOf(p.ink, 1) - 1;
    for (let j = 0; j < m.height; j++) {
      const y = y0 + m.top + j;
      if (y < 0 || y >= H) continue;
      const row = y * stride + 1;
      for (let i = 0; i < m.width; i++) {
        const level = m.levels[j * m.width + i]!;
        if (level === 0) continue;
        const x = x0 + m.left + i;
        if (x < 0 || x >= W) continue;
        const old = image[row + x]!;
        // Where two glyphs of one ink touch, the darker coverage wins.
        if (old === 0 || old - base < level || old - base > LEVELS) image[row + x] = base + level;
      }
    }
  }
  // Run-length matching only: most rows are paper, and it is 4× faster than zlib's default level
  // for files ~30% larger (still about two thirds of what the RGB cards weighed).
  return png(W, H, PALETTE, deflateSync(image, { level: 6, strategy: constants.Z_RLE }));
}

function png(width: number, height: number, plte: Buffer, idat: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 3; // colour type: palette
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('PLTE', plte), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}
