import { describe, expect, it } from 'vitest';
import { anonymizeText, scanText } from './pipeline.ts';

describe('pipeline', () => {
  it('replaces identifiers with localized placeholders and reports 1-based positions', () => {
    const r = anonymizeText('Рядок.\nДзвони 067 000 12 34 або пиши fake@example.com', { lang: 'uk' });
    expect(r.text).toBe('Рядок.\nДзвони [номер телефону] або пиши [електронна пошта]');
    expect(r.findings.map((f) => [f.kind, f.line, f.column])).toEqual([['phone', 2, 8], ['email', 2, 31]]);
    expect(anonymizeText('call 067 000 12 34', { lang: 'en' }).text).toBe('call [phone number]');
    expect(anonymizeText('звони 067 000 12 34', { lang: 'ru' }).text).toBe('звони [номер телефона]');
  });
  it('keeps the hotline and the organisation name, and logs per-document allow phrases', () => {
    const text = '«Право на голос»: +38 (050) 450 777 4. Вул. Вигадана 5 — це пісня.';
    expect(scanText(text, { lang: 'uk' }).map((f) => f.kind)).toEqual(['address']);
    const r = anonymizeText(text, { lang: 'uk', allow: { phrases: ['вул. вигадана 5'] } });
    expect(r.text).toBe(text);
    expect(r.allowed).toEqual([{ phrase: 'вул. вигадана 5', line: 1, column: 40 }]);
  });
  it('resolves overlaps: the whole address wins over the flat number inside it', () => {
    const f = scanText('вул. Вигадана, 15, кв. 4', { lang: 'uk' });
    expect(f.map((x) => x.text)).toEqual(['вул. Вигадана, 15, кв. 4']);
  });
  it('does not regress badly in speed on story-like text', () => {
    const para = 'Того вечора ми стояли біля ринку, і поліцейський підійшов до нас. Він сказав, що заплатити треба 500 гривень, інакше буде протокол. ';
    const text = para.repeat(Math.ceil(1_000_000 / para.length));
    const t0 = performance.now();
    scanText(text, { lang: 'uk' });
    const mbPerS = text.length / 1e6 / ((performance.now() - t0) / 1000);
    expect(mbPerS).toBeGreaterThan(0.25); // regression floor only: the 2 MB/s target is measured by bench/, not met yet
  });
});
