/**
 * Validity checks for the blind corpora, each written by authors who had not read the detectors or
 * the earlier corpora (each folder's README says who, when, and when it was measured): blind-dev/
 * (used for tuning from the start), blind-final/, blind-3/ … blind-9/ (each measured once before
 * any tuning on it). Parsing, size, every kind covered, the hotline and the organisation as keep
 * phrases, check digits of cards and IBANs, whole-word labels, one kind per entity id.
 */
import { describe, expect, it } from 'vitest';
import { DIRECT_LABEL_KINDS, QUASI_LABEL_KINDS, loadCorpus } from './labels.ts';

for (const corpus of ['blind-dev', 'blind-final', 'blind-3', 'blind-4', 'blind-5', 'blind-6', 'blind-7', 'blind-8', 'blind-9']) {
  describe(`the ${corpus} corpus`, () => {
    const docs = loadCorpus(new URL(`./${corpus}/`, import.meta.url).pathname);
    const mentions = docs.flatMap((d) => d.labels.filter((l) => l.class !== 'keep').map((l) => ({ ...l, doc: d })));

    it('is big enough and covers every kind of identifier', () => {
      for (const lang of ['uk', 'ru', 'en']) expect(docs.filter((d) => d.lang === lang).length).toBeGreaterThanOrEqual(10);
      expect(mentions.length).toBeGreaterThanOrEqual(600);
      const kinds = new Set(mentions.map((m) => m.kind));
      for (const k of [...DIRECT_LABEL_KINDS, ...QUASI_LABEL_KINDS]) expect(kinds.has(k), k).toBe(true);
    });

    it('keeps every hotline number and the organisation name inside keep labels', () => {
      for (const d of docs) {
        for (const phrase of ['450 777 4', 'Право на голос', 'Right to a Voice']) {
          for (let at = d.text.indexOf(phrase); at !== -1; at = d.text.indexOf(phrase, at + 1)) {
            expect(d.labels.some((l) => l.kind === 'keep' && l.start <= at && at + phrase.length <= l.end), `${d.file}: "${phrase}" at ${at}`).toBe(true);
          }
        }
      }
    });

    it('uses cards and IBANs with valid check digits', () => {
      const digits = (s: string) => s.replace(/\D/g, '');
      const luhn = (s: string) => [...s].reverse().reduce((sum, c, i) => sum + (i % 2 ? ((+c * 2) % 10) + Math.floor((+c * 2) / 10) : +c), 0) % 10 === 0;
      const mod97 = (iban: string) => {
        let rem = 0;
        for (const ch of (iban.slice(4) + iban.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55))) rem = (rem * 10 + Number(ch)) % 97;
        return rem === 1;
      };
      for (const m of mentions) {
        if (m.kind === 'card') expect(luhn(digits(m.text)), `${m.doc.file}:${m.line} "${m.text}"`).toBe(true);
        if (m.kind === 'iban') expect(mod97(m.text.replace(/\s/g, '')), `${m.doc.file}:${m.line} "${m.text}"`).toBe(true);
      }
    });

    it('labels whole words only, one kind per entity id', () => {
      const word = /[\p{L}\p{N}]/u;
      for (const m of mentions) {
        const where = `${m.doc.file}:${m.line} ${m.kind} "${m.text}"`;
        expect(word.test(m.doc.text[m.start - 1] ?? ' ') && word.test(m.text[0]!), `${where} starts mid-word`).toBe(false);
        expect(word.test(m.doc.text[m.end] ?? ' ') && word.test(m.text[m.text.length - 1]!), `${where} ends mid-word`).toBe(false);
      }
      for (const d of docs) {
        const kind = new Map<string, string>();
        for (const l of d.labels) {
          if (!l.id) continue;
          expect(kind.get(l.id) ?? l.kind, `${d.file}:${l.line} id "${l.id}"`).toBe(l.kind);
          kind.set(l.id, l.kind);
        }
      }
    });
  });
}
