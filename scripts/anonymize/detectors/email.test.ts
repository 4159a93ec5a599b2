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
