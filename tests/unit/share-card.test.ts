/** Share cards: right size, only the published title and summary, and no metadata in the PNG. */
import { inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import exifr from 'exifr';
import { CARD_HEIGHT, CARD_WIDTH, quoteOf, renderShareCard, shareCardLines, shareCardSvg } from '../../src/lib/share-card';
import { shareCardUrl } from '../../src/lib/share-card-url';

function chunks(png: Buffer): { type: string; data: Buffer }[] {
  const out: { type: string; data: Buffer }[] = [];
  for (let i = 8; i < png.length; ) {
    const length = png.readUInt32BE(i);
    out.push({ type: png.toString('latin1', i + 4, i + 8), data: png.subarray(i + 8, i + 8 + length) });
    i += 12 + length;
  }
  return out;
}

/** RGB pixels of an 8-bit palette PNG whose rows are all unfiltered (what renderShareCard writes). */
function decodePalettePng(png: Buffer): { width: number; height: number; rgb: Uint8Array } {
  const parts = chunks(png);
  const ihdr = parts.find((c) => c.type === 'IHDR')!.data;
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  expect([ihdr[8], ihdr[9]]).toEqual([8, 3]);
  const plte = parts.find((c) => c.type === 'PLTE')!.data;
  const raw = inflateSync(Buffer.concat(parts.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const rgb = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    expect(raw[y * (width + 1)]).toBe(0);
    for (let x = 0; x < width; x++) {
      const p = raw[y * (width + 1) + 1 + x]! * 3;
      rgb.set(plte.subarray(p, p + 3), (y * width + x) * 3);
    }
  }
  return { width, height, rgb };
}

describe('share cards', () => {
  const card = { lang: 'uk', kind: 'story', title: 'Черга в поліклініці', summary: 'Лікарка відмовляється оглядати жінку. Через сорок хвилин вони заходять удвох.' } as const;

  it('is a 1200×630 PNG with no metadata chunks and nothing exifr can read', async () => {
    const png = await renderShareCard(card);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(CARD_WIDTH);
    expect(png.readUInt32BE(20)).toBe(CARD_HEIGHT);
    // Critical chunks only: header, palette, pixels, end.
    expect([...new Set(chunks(png).map((c) => c.type))].sort()).toEqual(['IDAT', 'IEND', 'IHDR', 'PLTE']);
    const meta = await exifr.parse(png, { tiff: true, xmp: true, icc: true, iptc: true, jfif: true, ihdr: false, gps: true }).catch(() => undefined);
    expect(meta ?? {}).toEqual({});
  });

  it('shows the kind, the title, the first sentence of the summary and the site name, nothing else', () => {
    expect(shareCardLines(card)).toEqual(['ІСТОРІЯ', 'Черга в поліклініці', '«Лікарка відмовляється оглядати жінку.»', '§ Розповіді без імен']);
    const en = shareCardLines({ lang: 'en', kind: 'article', title: 'Not signing the protocol', summary: 'What the law says. More.' });
    expect(en).toEqual(['LILITH NEWSPAPER', 'Not signing the protocol', '“What the law says.”', '§ Stories Without Names']);
  });

  it('keeps a long title to three lines, ending in an ellipsis', () => {
    const lines = shareCardLines({ ...card, title: 'Дуже довга назва історії '.repeat(12) });
    expect(lines).toHaveLength(6);
    expect(lines[3]!.endsWith('…')).toBe(true);
  });

  it('stamps the same pixels resvg draws from the vector card', async () => {
    for (const c of [card, { lang: 'en', kind: 'campaign', title: 'End extortion in raids: what officers may and may not do', summary: '“Two men” asked for my papers — and kept them.' } as const]) {
      const mine = decodePalettePng(await renderShareCard(c));
      const reference = new Resvg(await shareCardSvg(c), { font: { loadSystemFonts: false } }).render();
      expect([reference.width, reference.height]).toEqual([mine.width, mine.height]);
      const rgba = reference.pixels; // a getter that copies: read it once
      let sum = 0;
      let far = 0;
      for (let i = 0, j = 0; i < mine.rgb.length; i += 3, j += 4) {
        for (let k = 0; k < 3; k++) {
          const d = Math.abs(mine.rgb[i + k]! - rgba[j + k]!);
          sum += d;
          if (d > 64) far++;
        }
      }
      // Glyphs sit within 1/8 px of the vector positions and shades are quantised to 16 levels.
      expect(sum / mine.rgb.length).toBeLessThan(0.5);
      expect(far / mine.rgb.length).toBeLessThan(0.0002);
    }
  });

  it('draws text as paths only: no font file or text embedded, no external reference', async () => {
    const svg = await shareCardSvg(card);
    expect(svg).not.toMatch(/<text|@font-face|href="http|<image/);
  });

  it('quotes the first sentence of the summary, cut at a word when long', () => {
    expect(quoteOf('Перше речення. Друге.')).toBe('Перше речення.');
    const long = quoteOf('слово '.repeat(60));
    expect(long.length).toBeLessThanOrEqual(171);
    expect(long.endsWith('…')).toBe(true);
  });

  it('is served from the same host', () => {
    expect(shareCardUrl('ru', 'campaigns', 'oblavy')).toBe('/og/ru/campaigns/oblavy.png');
  });
});
