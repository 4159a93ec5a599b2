/** The leak scan reads every place a published file can carry text. */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extractMarkup, pagefindCborStrings, pagefindFragmentText } from '../../scripts/verify/extract';
import { fileNameText } from '../../scripts/verify/dist';
import { fingerprintMatcher, phraseHash, shingleHashes } from '../../scripts/verify/fingerprints';
import { isPseudonymForm } from '../../scripts/verify/pseudonym-forms';

const texts = (s: string) => extractMarkup(s).map((x) => x.text);

describe('extractMarkup', () => {
  it('reads visible text, alt/title/content/href and JSON-LD, not scripts or styles', () => {
    const html = `<html lang="uk"><head><meta name="description" content="Опис Оксана">
      <script type="application/ld+json">{"author":{"name":"Петро Іваненко"}}</script>
      <script>var secret = "не текст";</script><style>.a{}</style></head>
      <body><p>Пе<em>р</em>ший &amp; абзац</p><img alt="Фото Олени" src="/a.webp"><a href="tel:+380675551234" title="Дзвінок">x</a></body></html>`;
    const t = texts(html);
    expect(t).toContain('Опис Оксана');
    expect(t).toContain('Петро Іваненко');
    expect(t).toContain('Перший & абзац');
    expect(t).toContain('Фото Олени');
    expect(t).toContain('tel:+380675551234');
    expect(t).toContain('Дзвінок');
    expect(t.join(' ')).not.toContain('не текст');
  });

  it('gives the line of each piece of text', () => {
    const segs = extractMarkup('<div>\n<p>one</p>\n\n<p>two</p></div>');
    expect(segs.find((s) => s.text === 'two')?.line).toBe(4);
  });

  it('reads RSS: CDATA and escaped HTML inside descriptions, and sitemap locs', () => {
    const rss = `<rss><channel><item><title>Т</title><description><![CDATA[<p>Ярина &amp; Оля</p>]]></description>
      <content>&lt;p&gt;Дзвони 067 555 12 34&lt;/p&gt;</content></item></channel></rss>`;
    const t = texts(rss);
    expect(t).toContain('Ярина & Оля');
    expect(t).toContain('Дзвони 067 555 12 34');
    expect(texts('<urlset><url><loc>https://x.org/uk/stories/a/</loc></url></urlset>')).toContain('https://x.org/uk/stories/a/');
  });
});

describe('Pagefind files', () => {
  it('decodes a gzip fragment after its signature', () => {
    const frag = gzipSync(Buffer.from('pagefind_dcd' + JSON.stringify({ url: '/uk/x/', content: 'Текст з +380 67 555 12 34', meta: { title: 'Назва' } })));
    const t = pagefindFragmentText(frag).map((s) => s.text);
    expect(t).toContain('Текст з +380 67 555 12 34');
    expect(t).toContain('Назва');
  });

  it('reads the strings of a CBOR index', () => {
    // CBOR: array(2) ["оксана", 5]
    const word = Buffer.from('оксана');
    const cbor = Buffer.concat([Buffer.from([0x82, 0x60 + word.length]), word, Buffer.from([0x05])]);
    expect(pagefindCborStrings(gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), cbor])))).toEqual(['оксана']);
  });
});

describe('file names, fingerprints, pseudonyms', () => {
  it('reads the words of a path without build hashes', () => {
    expect(fileNameText('_astro/oksana-kovalenko.DjSRVjQ5_Z1BY3Xj.webp')).toBe(' astro / oksana kovalenko');
    expect(fileNameText('uk/stories/nich-na-avtostantsii/index.html')).toBe('uk / stories / nich na avtostantsii / index');
  });

  it('finds a withdrawn text by its shingles whatever the punctuation and case', () => {
    const text = 'Мандарини покотилися під переднє сидіння, а старший нічого не сказав і відвернувся.';
    const match = fingerprintMatcher({ stories: [{ key: 'k', shingles: shingleHashes(text), phrases: [phraseHash('Облава на ринку')] }] });
    expect(match('<p>…МАНДАРИНИ покотилися під переднє сидіння — а старший нічого</p>')).toBe('k');
    expect(match('Облава на ринку')).toBe('k');
    expect(match('Зовсім інший текст про ринок і мандарини')).toBeUndefined();
  });

  it('accepts declined pseudonyms, not other names with the same start', () => {
    expect(isPseudonymForm('Олесі', ['Олеся'])).toBe(true);
    expect(isPseudonymForm('Киру', ['Кира'])).toBe(true);
    expect(isPseudonymForm('Кирилл', ['Кира'])).toBe(false);
    expect(isPseudonymForm('Оксана', ['Олеся'])).toBe(false);
  });
});

describe('hidden labels beside the text', () => {
  it('keeps a hidden filter label out of the next sentence', () => {
    const html = '<div><span hidden data-pagefind-filter="edition">№ 1</span><span hidden data-pagefind-filter="situation">Відмова в допомозі</span><p>Текст.</p></div>';
    const text = extractMarkup(html).filter((s) => s.where === 'text');
    expect(text.map((s) => s.text)).toEqual(['№ 1', 'Відмова в допомозі', 'Текст.']);
  });

  it('still joins ordinary inline elements inside a word', () => {
    const html = '<p>Ок<span class="x">сана</span> прийшла</p>';
    expect(extractMarkup(html).map((s) => s.text)).toEqual(['Оксана прийшла']);
  });
});
