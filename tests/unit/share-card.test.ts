/** Share cards: right size, only the published title and summary, and no metadata in the PNG. */
import { describe, expect, it } from 'vitest';
import exifr from 'exifr';
import { CARD_HEIGHT, CARD_WIDTH, quoteOf, renderShareCard, shareCardSvg } from '../../src/lib/share-card';
import { shareCardUrl } from '../../src/lib/share-card-url';

function chunks(png: Buffer): string[] {
  const out: string[] = [];
  for (let i = 8; i < png.length; ) {
    const length = png.readUInt32BE(i);
    out.push(png.toString('latin1', i + 4, i + 8));
    i += 12 + length;
  }
  return out;
}

describe('share cards', () => {
  const card = { lang: 'uk', kind: 'story', title: 'Черга в поліклініці', summary: 'Лікарка відмовляється оглядати жінку. Через сорок хвилин вони заходять удвох.' } as const;

  it('is a 1200×630 PNG with no metadata chunks and nothing exifr can read', async () => {
    const png = await renderShareCard(card);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(CARD_WIDTH);
    expect(png.readUInt32BE(20)).toBe(CARD_HEIGHT);
    expect([...new Set(chunks(png))].sort()).toEqual(['IDAT', 'IEND', 'IHDR']);
    const meta = await exifr.parse(png, { tiff: true, xmp: true, icc: true, iptc: true, jfif: true, ihdr: false, gps: true }).catch(() => undefined);
    expect(meta ?? {}).toEqual({});
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
