import { describe, expect, it } from 'vitest';
import { detectEmails } from './email.ts';
import { found } from './test-helpers.ts';

describe('detectEmails', () => {
  it('finds addresses in uk, ru and en text', () => {
    expect(found(detectEmails, 'Пиши на nobody.fake77@example.com.')).toEqual(['nobody.fake77@example.com']);
    expect(found(detectEmails, 'почта: выдумка@пример.рф', 'ru')).toEqual(['выдумка@пример.рф']);
    expect(found(detectEmails, 'mail me at a_b+c@test.example.org', 'en')).toEqual(['a_b+c@test.example.org']);
  });
  it('ignores lone @ and handles', () => {
    expect(found(detectEmails, '@ в тексті і @fake_name, 5@ ')).toEqual([]);
  });
});

describe('detectEmails: addresses written out to dodge spam filters', () => {
  it('takes a bracketed or spelled-out @ and dot, in every language', () => {
    expect(found(detectEmails, 'Пишіть на olena [at] ukr.net або olena.k(собака)gmail.com')).toEqual(['olena [at] ukr.net', 'olena.k(собака)gmail.com']);
    expect(found(detectEmails, 'пишите sveta_m [собака] mail.ru или sveta.m at gmail dot com', 'ru')).toEqual(['sveta_m [собака] mail.ru', 'sveta.m at gmail dot com']);
    expect(found(detectEmails, 'write to anna.k [at] gmail [dot] com or anna(at)proton.me', 'en')).toEqual(['anna.k [at] gmail [dot] com', 'anna(at)proton.me']);
    expect(found(detectEmails, 'адреса: mira равлик i.ua', 'uk')).toEqual(['mira равлик i.ua']);
  });
  it('believes a bare "at" only before a mail service or after a local part with a dot, digit or underscore', () => {
    expect(found(detectEmails, 'nadia at gmail.com', 'en')).toEqual(['nadia at gmail.com']);
    expect(found(detectEmails, 'n.k at example.org', 'en')).toEqual(['n.k at example.org']);
    expect(found(detectEmails, 'I looked at example.com and we met at home. Stayed at hotel.Then left.', 'en')).toEqual([]);
  });
  it('gives the written-out address the same entity as the plain one', () => {
    const [a] = detectEmails('olena [at] ukr [dot] net', { lang: 'uk' } as never);
    const [b] = detectEmails('olena@ukr.net', { lang: 'uk' } as never);
    expect(a!.entity).toBe(b!.entity);
  });
});
