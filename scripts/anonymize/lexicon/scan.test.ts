import { describe, expect, it } from 'vitest';
import { CP_LOWER, CP_MARK, CP_UPPER, codePointBefore, codePointClass, letterRuns, scanWords, textWords } from './scan.ts';

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

describe('code point classes', () => {
  it('letterRuns counts the matches of /\\p{L}+/gu, up to a limit', () => {
    for (const s of ['', 'a b c d', 'п’ять, ну', '12 -- ..', '\ud801\udc28x y', 'a\ud800b', 'ǅ\u0301x', 'Ⅻ ⅻ ª'])
      for (const limit of [1, 3, 100]) expect(letterRuns(s, limit)).toBe(Math.min(s.match(/\p{L}+/gu)?.length ?? 0, limit));
  });
  it('codePointClass and codePointBefore read code points as the u flag does', () => {
    expect(codePointClass(0x41) & CP_UPPER).toBeTruthy();
    expect(codePointClass(0x10428) & CP_LOWER).toBeTruthy(); // Deseret small letter, astral
    expect(codePointClass(0x301)).toBe(CP_MARK);
    expect(codePointBefore('x\ud801\udc28', 3)).toBe(0x10428);
    expect(codePointBefore('\udc28', 1)).toBe(0xdc28);
    expect(codePointBefore('a', 0)).toBe(-1);
  });
});
