import { describe, expect, it } from 'vitest';
import { detectTableColumns } from './table-columns.ts';
import { ctxFor } from './test-helpers.ts';

const table = (lang: 'uk' | 'ru' | 'en', text: string) =>
  detectTableColumns(text, { ...ctxFor(lang), claimed: [] }).map((s) => [s.kind, text.slice(s.start, s.end)]);

describe('the table net', () => {
  it('reads a column of names, ages and places by its header', () => {
    const text = ['| Час | Хто дзвонив | Вік | Звідки | Суть |', '|---|---|---|---|---|', '| 16:50 | Слава | 24 | Новодмитрівка | Гроші забрали |'].join('\n');
    expect(table('uk', text)).toEqual([['name', 'Слава'], ['age', '24'], ['place', 'Новодмитрівка']]);
  });

  it('takes an age written beside a name', () => {
    const text = ['| Name | Note |', '|---|---|', '| Joy (Joy Nwosu), 22 | Passport kept |'].join('\n');
    expect(table('en', text)).toEqual([['age', '22'], ['name', 'Joy'], ['name', 'Joy Nwosu']]);
  });

  it('leaves tables whose headers name nothing personal, and text outside tables', () => {
    expect(table('ru', ['| Время | Что сделано |', '|---|---|', '| 10:02 | Передано Юристу |'].join('\n'))).toEqual([]);
    expect(table('uk', 'Слава Богу, все живі.')).toEqual([]);
  });
});
