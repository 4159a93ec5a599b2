import { describe, expect, it } from 'vitest';
import { scanWords, textWords } from './scan.ts';

describe('textWords (the words every detector shares)', () => {
  it('gives offsets, strings, lower-case forms and gaps as the detectors read them', () => {
    const text = 'Оксана й  Петро-молодший, OKSANA.\n\nАнна\'s п’ять';
    const w = textWords(text);
    const seen: [number, number, number][] = [];
    scanWords(text, (s, e, k) => seen.push([s, e, k]));
    expect(seen.map(([s, e]) => text.slice(s, e))).toEqual(['Оксана', 'й', 'Петро-молодший', 'OKSANA', "Анна's", 'п’ять']);
    expect(seen.map(([, , k]) => k)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(w.count).toBe(6);
    expect(seen.every(([s, e, k]) => w.start(k) === s && w.end(k) === e && w.word(k) === text.slice(s, e))).toBe(true);
    expect(w.lower(3)).toBe('oksana');
    // '' for nothing or one space, the trimmed text otherwise, ¶ for an empty line
    expect([0, 1, 2, 3, 4, 5].map((k) => w.gap(k))).toEqual(['', '', '', ',', '¶', '']);
    // one table per text, kept until another text comes
    expect(textWords(text)).toBe(w);
    expect(textWords(text + ' ')).not.toBe(w);
  });
});
