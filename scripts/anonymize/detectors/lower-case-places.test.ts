import { describe, expect, it } from 'vitest';
import { capitaliseUnknownInLowerLines, detectLowerCasePlaces } from './lower-case-places.ts';
import { found } from './test-helpers.ts';

describe('settlements written in lower case', () => {
  it('are found in lines typed without capitals, and replaced in lower case', () => {
    expect(found(detectLowerCasePlaces, 'потім поїхала в ковалівку до мами. їхали через новомиколаївку', 'uk')).toEqual(['в ковалівку', 'новомиколаївку']);
  });
  it('ordinary words, and lines that use capitals, are left to the other detectors', () => {
    expect(found(detectLowerCasePlaces, 'потім поїхала в лікарню до мами, там черга', 'uk')).toEqual([]);
    expect(found(detectLowerCasePlaces, 'Потім поїхала в Ковалівку до мами.', 'uk')).toEqual([]);
  });
  it('capitalises only the words no dictionary knows, keeping every offset', () => {
    const v = capitaliseUnknownInLowerLines('поїхала в ковалівку до мами\nOther Line')!;
    expect(v.text).toBe('поїхала в Ковалівку до мами\nOther Line');
    expect(v.lines).toEqual([[0, 27]]);
  });
});
