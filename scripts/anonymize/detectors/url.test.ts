import { describe, expect, it } from 'vitest';
import { detectUrls } from './url.ts';
import { found } from './test-helpers.ts';

describe('detectUrls', () => {
  it('finds http(s), www and bare domains, trimming sentence punctuation', () => {
    expect(found(detectUrls, 'Сайт https://fake-kava.com.ua/menu?x=1.')).toEqual(['https://fake-kava.com.ua/menu?x=1']);
    expect(found(detectUrls, 'см. fake-salon.ru/about, там', 'ru')).toEqual(['fake-salon.ru/about']);
    expect(found(detectUrls, 'see (www.fake-place.org)', 'en')).toEqual(['www.fake-place.org']);
  });
  it('leaves file names, abbreviations and big platforms without a path', () => {
    expect(found(detectUrls, 'файл site.ts, т.д., 3.5 грн, facebook.com без шляху')).toEqual([]);
  });
});

describe('newer and country endings', () => {
  it('a bare domain with .media, .photo or a European country code is a link; "no.Se" is a missing space', () => {
    expect(found(detectUrls, 'Photos by lukashuk.media, and oksana.photo, and kvity.lt', 'en')).toEqual(['lukashuk.media', 'oksana.photo', 'kvity.lt']);
    expect(found(detectUrls, 'I said no.Se you later', 'en')).toEqual([]);
  });
});

describe('short links and hosts with several labels', () => {
  it('takes the whole host and path: photos.app.goo.gl/…, bit.ly/…, an Irish site', () => {
    expect(found(detectUrls, 'Фото сюди: photos.app.goo.gl/Uq7tXb2LmR4vPz9e8 (альбом)', 'uk')).toEqual(['photos.app.goo.gl/Uq7tXb2LmR4vPz9e8']);
    expect(found(detectUrls, 'see bit.ly/csw70-testimony-ua, rooms at phelanlettings.ie/rooms.', 'en')).toEqual(['bit.ly/csw70-testimony-ua', 'phelanlettings.ie/rooms']);
  });
  it('an ending that is also a word counts only with a path', () => {
    expect(found(detectUrls, 'See it.at the end, i.e. later. Orders at shop.to/x9.', 'en')).toEqual(['shop.to/x9']);
  });
});
