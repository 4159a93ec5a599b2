/**
 * Validity checks for the FINAL held-out benchmark corpus (scripts/anonymize/bench/final/{uk,ru,en}/*.md),
 * written after the detectors were tuned and never used for tuning: run it once, report the figures.
 * Same checks as heldout.test.ts (labels parse, every kind covered, hotline/organisation keep phrases,
 * Luhn cards, mod-97 IBANs, RNOKPP checksums, phone and document shapes), plus:
 * - a birth certificate ("І-ОЛ № 528314": Roman numeral, two letters, 6 digits) is labelled `passport`;
 * - date labels hold no leading preposition or weekday (those stay outside the label);
 * - no identifier label is left half-way through a word (the label must cover whole tokens);
 * - all mentions sharing an id have the same kind (not only the same class).
 */
import { describe, expect, it } from 'vitest';
import { DIRECT_LABEL_KINDS, QUASI_LABEL_KINDS, loadCorpus } from './labels.ts';

const FINAL_DIR = new URL('./final/', import.meta.url).pathname;

describe('the final held-out benchmark corpus', () => {
  const docs = loadCorpus(FINAL_DIR);
  const mentions = docs.flatMap((d) => d.labels.filter((l) => l.class !== 'keep').map((l) => ({ ...l, doc: d })));

  it('is big enough', () => {
    for (const lang of ['uk', 'ru', 'en']) expect(docs.filter((d) => d.lang === lang).length).toBeGreaterThanOrEqual(8);
    expect(mentions.length).toBeGreaterThanOrEqual(200);
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

  it('never leaves a hotline number or the organisation name unlabelled', () => {
    for (const d of docs) {
      for (const phrase of ['450 777 4', 'Право на голос', 'Right to a Voice']) {
        let at = d.text.indexOf(phrase);
        while (at !== -1) {
          const inside = d.labels.some((l) => l.kind === 'keep' && l.start <= at && at + phrase.length <= l.end);
          expect(inside, `${d.file}: "${phrase}" at offset ${at} is not inside a {{keep|…}} label`).toBe(true);
          at = d.text.indexOf(phrase, at + 1);
        }
      }
    }
  });

  it('uses well-formed numbers', () => {
    const digits = (s: string) => s.replace(/\D/g, '');
    const luhn = (s: string) =>
      [...s].reverse().reduce((sum, c, i) => sum + (i % 2 ? ((+c * 2) % 10) + Math.floor((+c * 2) / 10) : +c), 0) % 10 === 0;
    const mod97 = (iban: string) => {
      const r = (iban.slice(4) + iban.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
      let rem = 0;
      for (const ch of r) rem = (rem * 10 + Number(ch)) % 97;
      return rem === 1;
    };
    for (const m of mentions) {
      const where = `${m.doc.file}:${m.line} ${m.kind} "${m.text}"`;
      if (m.kind === 'card') expect(luhn(digits(m.text)) && digits(m.text).length === 16, where).toBe(true);
      if (m.kind === 'iban') {
        const iban = m.text.replace(/\s/g, '');
        expect(/^UA\d{27}$/.test(iban) && mod97(iban), where).toBe(true);
      }
      if (m.kind === 'tax-number') {
        const d = digits(m.text);
        const w = [-1, 5, 7, 9, 4, 6, 10, 5, 7];
        const sum = w.reduce((s, k, i) => s + k * Number(d[i]), 0);
        expect(d, where).toMatch(/^\d{10}$/);
        expect((((sum % 11) + 11) % 11) % 10, where).toBe(Number(d[9]));
      }
      if (m.kind === 'phone') {
        const n = digits(m.text).length;
        if (n === 0) expect(m.text.split(/[\s,–-]+/u).filter(Boolean).length, `${where} (spoken)`).toBeGreaterThanOrEqual(4);
        else expect(n, where).toBeGreaterThanOrEqual(10);
      }
      if (m.kind === 'passport') {
        const ok =
          /^(\d{9}|[A-ZА-ЯІЇЄҐ]{2}\D*\d{6}|[A-ZА-ЯІЇЄҐ]{3} ?\d{6})$/u.test(m.text.trim()) ||
          /^[IІ]{1,3}-[A-ZА-ЯІЇЄҐ]{2} ?№? ?\d{6}$/u.test(m.text.trim()); // birth certificate
        expect(ok, where).toBe(true);
      }
    }
  });

  it('keeps prepositions and weekdays outside date labels', () => {
    const lead =
      /^(в|во|у|на|з|із|зі|с|со|до|від|от|по|о|об|since|on|by|from|until|in|понеділок|вівторок|середу|четвер|п'ятницю|суботу|неділю|понедельник|вторник|среду|пятницу|субботу|воскресенье|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/iu;
    for (const m of mentions.filter((x) => x.kind === 'date')) {
      expect(lead.test(m.text), `${m.doc.file}:${m.line} date "${m.text}"`).toBe(false);
    }
  });

  it('labels whole words only', () => {
    const word = /[\p{L}\p{N}]/u;
    for (const m of mentions) {
      const before = m.doc.text[m.start - 1] ?? ' ';
      const after = m.doc.text[m.end] ?? ' ';
      const where = `${m.doc.file}:${m.line} ${m.kind} "${m.text}"`;
      expect(word.test(before) && word.test(m.text[0]), `${where} starts mid-word`).toBe(false);
      expect(word.test(after) && word.test(m.text[m.text.length - 1]), `${where} ends mid-word`).toBe(false);
    }
  });

  it('gives every mention of an entity the same kind', () => {
    for (const d of docs) {
      const kind = new Map<string, string>();
      for (const l of d.labels) {
        if (!l.id) continue;
        const prev = kind.get(l.id);
        expect(prev === undefined || prev === l.kind, `${d.file}:${l.line} id "${l.id}" used for ${prev} and ${l.kind}`).toBe(true);
        kind.set(l.id, l.kind);
      }
    }
  });
});
