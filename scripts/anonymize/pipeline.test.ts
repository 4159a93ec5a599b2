import { describe, expect, it } from 'vitest';
import { paradigm } from './lexicon/decline.ts';
import { anonymizeText, scanText, wordsOf } from './pipeline.ts';

describe('pipeline', () => {
  it('wordsOf gives the words of the regex /\\p{L}[\\p{L}\\p{M}\']*/gu in the lower-cased text, ʼ and ’ read as \'', () => {
    const ref = (t: string) => [...new Set(t.toLowerCase().replace(/[ʼ’]/g, "'").match(/\p{L}[\p{L}\p{M}']*/gu) ?? [])];
    for (const t of ["П'ять Пʼять п’ять 'лапки' O’Neil", 'е\u0301 \u0301х ǅemal ΣΊΣΥΦΟΣ', '\ud835\udc00bc \ud83d\ude00x \ud800y', 'İstanbul ßtraße', '', '12 -- ..'])
      expect([...wordsOf(t)]).toEqual(ref(t));
  });
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
  it('finds a surname found with a capital in its lower-case and capital forms too, in the same case', () => {
    const chat = ['**Мурка**: той другий це Діма Рибак, він з міліції', '**Мурка**: рибак, ну. а ловить нас', '**Оля**: ок, бережіться', '**Мурка**: і ти'].join('\n');
    const r = anonymizeText(chat, { lang: 'uk' });
    const surname = r.findings.find((f) => f.text === 'Рибак')!.replacement;
    expect(r.findings.find((f) => f.text === 'рибак')?.replacement).toBe(surname.toLowerCase());
    const heading = anonymizeText('Скарга на Ткаченка\n\nТкаченко забрав телефон. ТКАЧЕНКО — прізвище, ткаченко всі знають.', { lang: 'uk' });
    expect(heading.text).not.toMatch(/ткаченк/i);
  });
  it('does not spread a first name that is an ordinary word, nor an ordinary word in prose, to lower case', () => {
    expect(anonymizeText('Надія прийшла. Є надія, що все буде добре.', { lang: 'uk' }).text).toContain('Є надія, що');
    const prose = anonymizeText('Слідчий Коваль забрав паспорт. Мій дід був коваль у селі.', { lang: 'uk' }).text;
    expect(prose).not.toContain('Коваль');
    expect(prose).toContain('був коваль у селі');
  });
  it('never gives a person a pseudonym that another real person of the same story is called', () => {
    // Whatever Інна gets in a story without other names is then the name of a second woman in it,
    // in an oblique case: Інна must get a different pseudonym, so the output never mixes the two.
    const alone = anonymizeText('Інна сказала, що боїться.', { lang: 'uk' });
    const first = alone.findings.find((f) => f.text === 'Інна')!.replacement;
    expect(first).toBeTruthy();
    const dative = paradigm(first, 'uk', 'female', 'first').dat[0]!;
    const text = `Інна сказала, що боїться. Потім я подзвонила ${dative}, але вона не відповіла.`;
    const r = anonymizeText(text, { lang: 'uk' });
    const inna = r.findings.find((f) => f.text === 'Інна')!;
    expect(inna.replacement).not.toBe(first);
    expect(r.text.startsWith(inna.replacement)).toBe(true);
  });
});
