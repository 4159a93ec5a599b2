/**
 * Validity checks for the HELD-OUT benchmark corpus (scripts/anonymize/bench/heldout/{uk,ru,en}/*.md),
 * written independently of the detectors and of the tuning corpus. Same checks as labels.test.ts,
 * with two deliberate extensions for hard cases that corpus does not contain:
 * - a phone dictated in words ("нуль шістдесят сім, …") has no digits: it must then be ≥ 4 words;
 * - a driver licence (3 letters + 6 digits, e.g. "ВХН 482913") is labelled `passport`.
 * IBANs are also checked with the ISO 13616 mod-97 checksum.
 */
import { describe, expect, it } from 'vitest';
import { DIRECT_LABEL_KINDS, QUASI_LABEL_KINDS, loadCorpus } from './labels.ts';

const HELDOUT_DIR = new URL('./heldout/', import.meta.url).pathname;

describe('the held-out benchmark corpus', () => {
  const docs = loadCorpus(HELDOUT_DIR);
  const mentions = docs.flatMap((d) => d.labels.filter((l) => l.class !== 'keep').map((l) => ({ ...l, doc: d })));

  it('is big enough', () => {
    for (const lang of ['uk', 'ru', 'en']) expect(docs.filter((d) => d.lang === lang).length).toBeGreaterThanOrEqual(10);
    expect(mentions.length).toBeGreaterThanOrEqual(250);
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
        expect(/^(\d{9}|[A-ZА-ЯІЇЄҐ]{2}\D*\d{6}|[A-ZА-ЯІЇЄҐ]{3} ?\d{6})$/u.test(m.text.trim()), where).toBe(true);
      }
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
