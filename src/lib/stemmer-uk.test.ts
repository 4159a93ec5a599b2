import { describe, expect, it } from 'vitest';
import { stemUk, stemWordsUk } from './stemmer-uk';

/** Inflected forms that a reader may type and that must find each other. */
const SAME_STEM: string[][] = [
  ['поліція', 'поліції', 'поліцію', 'поліцією'],
  ['лікарка', 'лікарки', 'лікарці', 'лікаркою'],
  ['паспорт', 'паспорта', 'паспортом', 'паспорті', 'паспорти', 'паспортів'],
  ['протокол', 'протоколу', 'протоколом', 'протоколи'],
  ['затримали', 'затримала', 'затримати'],
  ['холодильник', 'холодильника', 'холодильнику'],
  ['поліцейський', 'поліцейського', 'поліцейські', 'поліцейським'],
  ['діти', 'дітей', 'дітям', 'дітьми'],
  ['школа', 'школи', 'школу', 'школі'],
  ['рука', 'руці', 'руки'],
  ['нога', 'нозі'],
  ['муха', 'мусі'],
  ['автостанція', 'автостанції'],
  ['медсестра', 'медсестри', 'медсестрі'],
  ['залишилася', 'залишилась', 'залишила'],
  ['документи', 'документів', 'документами'],
  ['обшук', 'обшуком', 'обшуку'],
];

/** Words that must stay apart. */
const DIFFERENT: [string, string][] = [
  ['поліція', 'поліклініка'],
  ['паспорт', 'протокол'],
  ['лікарка', 'лікарня'],
];

describe('stemUk', () => {
  it.each(SAME_STEM.map((forms) => [forms[0]!, forms]))('gives every form of "%s" one stem', (_, forms) => {
    const stems = new Set(forms.map(stemUk));
    expect([...stems], forms.map((f) => `${f}→${stemUk(f)}`).join(' ')).toHaveLength(1);
  });

  it.each(DIFFERENT)('keeps "%s" and "%s" apart', (a, b) => {
    expect(stemUk(a)).not.toBe(stemUk(b));
    expect(stemUk(b).startsWith(stemUk(a))).toBe(false);
  });

  it('ignores case, apostrophes and ґ/г', () => {
    expect(stemUk('ПОЛІЦІЄЮ')).toBe(stemUk('поліція'));
    expect(stemUk('сім’ї')).toBe(stemUk("сім'ї"));
    expect(stemUk('ґанок')).toBe(stemUk('ганок'));
  });

  it('leaves short words, numbers and Latin words alone', () => {
    expect(stemUk('як')).toBe('як');
    expect(stemUk('і')).toBe('і');
    expect(stemUk('2025')).toBe('2025');
    expect(stemUk('HIV')).toBe('hiv');
  });

  it('never returns an empty stem', () => {
    for (const word of ['я', 'ая', 'ого', 'ія', 'ями', 'ся']) expect(stemUk(word).length).toBeGreaterThan(0);
  });
});

describe('stemWordsUk', () => {
  it('stems each word of a text in order', () => {
    expect(stemWordsUk('Поліція забрала паспорт, а лікарка — ні.')).toEqual([
      stemUk('поліція'), stemUk('забрала'), 'паспорт', 'а', stemUk('лікарка'), 'ні',
    ]);
  });
});
