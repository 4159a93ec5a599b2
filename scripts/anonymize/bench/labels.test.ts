import { describe, expect, it } from 'vitest';
import {
  DIRECT_LABEL_KINDS, LabelError, QUASI_LABEL_KINDS, loadCorpus, parseCorpusFile, parseLabelled,
} from './labels.ts';

describe('parseLabelled', () => {
  it('strips markup and gives offsets into the plain text', () => {
    const src = 'Мене звати {{name:oksana|Оксана}}, тел. {{phone:p1|067-123-45-67}}.\nЗ {{name:oksana|Оксаною}} — {{keep|поліція}}.';
    const { text, labels } = parseLabelled(src, 'x.md');
    expect(text).toBe('Мене звати Оксана, тел. 067-123-45-67.\nЗ Оксаною — поліція.');
    expect(labels).toHaveLength(4);
    for (const l of labels) expect(text.slice(l.start, l.end)).toBe(l.text);
    expect(labels.map((l) => [l.kind, l.class, l.entity])).toEqual([
      ['name', 'direct', 'oksana'],
      ['phone', 'direct', 'p1'],
      ['name', 'direct', 'oksana'],
      ['keep', 'keep', 'keep#1'],
    ]);
    expect(labels[2]).toMatchObject({ line: 2, column: 3 });
  });

  it('gives each id-less mention its own entity', () => {
    const { labels } = parseLabelled('{{date|14 березня 2019}} і {{date|03.07.2021}}, {{age|23 роки}}');
    expect(new Set(labels.map((l) => l.entity)).size).toBe(3);
    expect(labels.map((l) => l.class)).toEqual(['quasi', 'quasi', 'quasi']);
  });

  it('handles astral characters and text without labels', () => {
    const { text, labels } = parseLabelled('😀 {{name:a|Ліда}} 😀');
    expect(text.slice(labels[0].start, labels[0].end)).toBe('Ліда');
    expect(parseLabelled('нічого').labels).toEqual([]);
  });

  const bad: [string, string, number, RegExp][] = [
    ['unclosed', 'ok\nтекст {{name:a|Оксана і далі', 2, /not closed/],
    ['closed on the next line', '{{name:a|Окс\nана}}', 1, /not closed/],
    ['stray close', 'ok\nok\nтекст}} далі', 3, /without a matching/],
    ['no bar', '{{name Оксана}}', 1, /no "\|"/],
    ['unknown kind', '\n{{person:a|Оксана}}', 2, /unknown label kind "person"/],
    ['empty text', '{{name:a|}}', 1, /non-empty/],
    ['nested', '{{name:a|{{name:b|X}}}}', 1, /nested/],
  ];
  for (const [what, src, line, msg] of bad) {
    it(`reports ${what} with file and line`, () => {
      try {
        parseLabelled(src, 'uk/bad.md');
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(LabelError);
        expect((e as LabelError).file).toBe('uk/bad.md');
        expect((e as LabelError).line).toBe(line);
        expect((e as Error).message).toMatch(new RegExp(`^uk/bad\\.md:${line}:\\d+: `));
        expect((e as Error).message).toMatch(msg);
      }
    });
  }

  it('counts file lines after the front matter', () => {
    const src = '---\nlang: uk\ntitle: T\n---\nперший\nдругий {{name:a|Оля}}\n{{oops\n';
    expect(() => parseCorpusFile(src, 'uk/t.md')).toThrow(/^uk\/t\.md:7:1: /);
    const doc = parseCorpusFile(src.replace('{{oops\n', ''), 'uk/t.md');
    expect(doc).toMatchObject({ lang: 'uk', title: 'T' });
    expect(doc.text.startsWith('перший\n')).toBe(true);
    expect(doc.labels[0]).toMatchObject({ line: 6, column: 8 });
  });

  it('rejects missing front matter or a bad lang', () => {
    expect(() => parseCorpusFile('текст', 'uk/a.md')).toThrow(/uk\/a\.md:1:1: missing front matter/);
    expect(() => parseCorpusFile('---\nlang: pl\ntitle: T\n---\nx', 'uk/a.md')).toThrow(/lang/);
  });
});

describe('the benchmark corpus', () => {
  const docs = loadCorpus();
  const mentions = docs.flatMap((d) => d.labels.filter((l) => l.class !== 'keep').map((l) => ({ ...l, doc: d })));

  it('is big enough', () => {
    for (const lang of ['uk', 'ru', 'en']) expect(docs.filter((d) => d.lang === lang).length).toBeGreaterThanOrEqual(15);
    expect(mentions.length).toBeGreaterThanOrEqual(400);
  });

  it('puts each file in the folder of its language', () => {
    for (const d of docs) expect(d.file.split(/[\\/]/)[0], d.file).toBe(d.lang);
  });

  it('covers every kind of identifier', () => {
    const kinds = new Set(mentions.map((m) => m.kind));
    for (const k of [...DIRECT_LABEL_KINDS, ...QUASI_LABEL_KINDS]) expect(kinds.has(k), k).toBe(true);
  });

  it('keeps the hotline numbers and the organisation name as keep phrases', () => {
    const keeps = docs.flatMap((d) => d.labels.filter((l) => l.kind === 'keep').map((l) => l.text));
    expect(keeps).toContain('+38 (050) 450 777 4');
    expect(keeps).toContain('+38 (067) 450 777 4');
    expect(keeps).toContain('Право на голос');
    expect(keeps).toContain('Right to a Voice');
  });

  it('uses well-formed numbers', () => {
    const digits = (s: string) => s.replace(/\D/g, '');
    const luhn = (s: string) =>
      [...s].reverse().reduce((sum, c, i) => sum + (i % 2 ? ((+c * 2) % 10) + Math.floor((+c * 2) / 10) : +c), 0) % 10 === 0;
    for (const m of mentions) {
      const where = `${m.doc.file}:${m.line} ${m.kind} "${m.text}"`;
      if (m.kind === 'card') expect(luhn(digits(m.text)) && digits(m.text).length === 16, where).toBe(true);
      if (m.kind === 'iban') expect(/^UA\d{27}$/.test(m.text.replace(/\s/g, '')), where).toBe(true);
      if (m.kind === 'tax-number') {
        // РНОКПП: 10 digits, the last a check digit over the first nine
        const d = digits(m.text);
        const w = [-1, 5, 7, 9, 4, 6, 10, 5, 7];
        const sum = w.reduce((s, k, i) => s + k * Number(d[i]), 0);
        expect(d, where).toMatch(/^\d{10}$/);
        expect((((sum % 11) + 11) % 11) % 10, where).toBe(Number(d[9]));
      }
      if (m.kind === 'phone') expect(digits(m.text).length, where).toBeGreaterThanOrEqual(10);
      if (m.kind === 'passport') expect(/^(\d{9}|[A-ZА-ЯІЇЄҐ]{2}\D*\d{6})$/u.test(m.text.trim()), where).toBe(true);
    }
  });

  it('gives every mention of an entity the same kind class', () => {
    for (const d of docs) {
      const cls = new Map<string, string>();
      for (const l of d.labels) {
        if (!l.id) continue;
        const prev = cls.get(l.id);
        expect(prev === undefined || prev === l.class, `${d.file}:${l.line} ${l.id}`).toBe(true);
        cls.set(l.id, l.class);
      }
    }
  });
});
