import { describe, expect, it } from 'vitest';
import { detectHandles } from './handle.ts';
import { found } from './test-helpers.ts';

describe('detectHandles', () => {
  it('finds @names and profile links', () => {
    expect(found(detectHandles, 'мій телеграм: @fake_girl_01')).toContain('@fake_girl_01');
    expect(found(detectHandles, 'канал t.me/fake_channel_0', 'ru')).toEqual(['t.me/fake_channel_0']);
    expect(found(detectHandles, 'see instagram.com/fake.dancer and tiktok.com/@fake_moves', 'en')).toEqual([
      'instagram.com/fake.dancer',
      'tiktok.com/@fake_moves',
    ]);
  });
  it('finds a bare account after a messenger word and colon', () => {
    expect(found(detectHandles, 'інста - fake.name_22')).toEqual(['fake.name_22']);
  });
  it('does not treat plain words or phone numbers as handles', () => {
    expect(found(detectHandles, 'телеграм тут, вайбер: 0670001234, facebook page')).toEqual([]);
  });
  it('takes short platform words (інст, ig, телега) and a bare name with dots and an underscore', () => {
    expect(found(detectHandles, 'Мій інст: oksana.m_93, ig — lilia.ko, телега: @x_lia')).toEqual(['@x_lia', 'oksana.m_93', 'lilia.ko']);
    expect(found(detectHandles, 'писала йому на olia.k_07 кілька разів')).toEqual(['olia.k_07']);
    expect(found(detectHandles, 'My insta is sveta_kh.88. Telegram is down.', 'en')).toEqual(['sveta_kh.88']);
    expect(found(detectHandles, 'інструкція проста, big deal, файл report_2021.pdf', 'uk')).toEqual([]);
  });
  it('takes display names with underscores: Cyrillic anywhere, Latin as a chat sender; code-like words elsewhere stay', () => {
    expect(found(detectHandles, '**kristina_ne_kassir:** Ленусик, я с тобой\n\n**лилия_цветочек** [22:52]\nпривет, Диана_К', 'ru')).toEqual(['лилия_цветочек', 'Диана_К', 'kristina_ne_kassir']);
    expect(found(detectHandles, 'Поле summary_large_image в коде, uk_UA.', 'ru')).toEqual([]);
  });
});

describe('forum and Slack posters', () => {
  it('takes a poster name in full, with dots or underscores, and finds it again elsewhere', () => {
    const text = '**kvitka_z_pidvalu** · 29.10.2026 22:47\nДівчата, пишу.\n\n> **Natalka.Zh** писала: Один\n\nДякую kvitka_z_pidvalu. Повідомлення Natalka.Zh відредаговано.';
    expect(found(detectHandles, text)).toEqual(['kvitka_z_pidvalu', 'Natalka.Zh', 'kvitka_z_pidvalu', 'Natalka.Zh']);
    expect(found(detectHandles, '**chloe.b** 10:02\nmorning!\n\n**tom.w** 10:04\nyep, chloe.b', 'en')).toEqual(['chloe.b', 'tom.w', 'chloe.b']);
  });
  it('leaves file and site names, abbreviations and plain display names', () => {
    expect(found(detectHandles, '**report.pdf** · 2 MB\n**site.com.ua** · 10:02\ne.g. 10:00 we met\n**Dana (supervisor)** 10:15', 'en')).toEqual([]);
  });
});

describe('markup', () => {
  it('a meta tag name is not an account (name="twitter:card")', () => {
    expect(found(detectHandles, '<meta name="twitter:card" content="summary"><meta property="twitter:title" content="x">', 'en')).toEqual([]);
    expect(found(detectHandles, 'twitter: olenka', 'en')).toEqual(['olenka']);
    for (const value of ['twitter:card', 'twitter:image', 'twitter:title']) expect(found(detectHandles, value, 'en')).toEqual([]);
  });
});

describe('an account written bare after it was written with @, or as a sender after a time', () => {
  it('"@inkwell_kr" makes the bare "inkwell_kr:" of the DM export the same account', () => {
    const text = '**Instagram DMs (@inkwell_kr ↔ @yana.sereda.art)**\n\n20 Feb, 21:14 — **inkwell_kr:** Hi, two sketches attached.';
    expect(found(detectHandles, text, 'en')).toEqual(expect.arrayContaining(['@inkwell_kr', '@yana.sereda.art', 'inkwell_kr']));
  });
  it('a sender after an emoji: "💬 **serhii_gorodok:**"', () => {
    expect(found(detectHandles, '💬 **serhii_gorodok:** видел её в понедельник', 'ru')).toEqual(['serhii_gorodok']);
  });
  it('words joined by underscores in code stay: summary_large_image', () => {
    expect(found(detectHandles, '<meta name="twitter:card" content="summary_large_image">', 'en')).toEqual([]);
  });
});

describe('an account with no @ and no digit, said to be one', () => {
  it('in brackets after a platform or a person, or quoted after "profile"', () => {
    expect(found(detectHandles, "Maybe from Ivanna's Instagram (ivanna.sea.k), she posted", 'en')).toEqual(['ivanna.sea.k']);
    expect(found(detectHandles, 'Exported by Hope (hope_in_leeds), who asked', 'en')).toEqual(['hope_in_leeds']);
    expect(found(detectHandles, 'from a profile «den_kov_bob». He wrote', 'en')).toEqual(['den_kov_bob']);
    expect(found(detectHandles, 'написав з акаунта "roza.bez.shypiv"', 'uk')).toEqual(['roza.bez.shypiv']);
  });
  it('after a word that names an account, and in every later mention', () => {
    expect(found(detectHandles, '**Reporter account:** sonya.k.94 · **Reported account:** none', 'en')).toEqual(['sonya.k.94']);
    expect(found(detectHandles, '| 9 | km 14 | roza_bez_shipov |\n- User roza_bez_shipov asked if it is visible.', 'en')).toEqual(['roza_bez_shipov', 'roza_bez_shipov']);
    expect(found(detectHandles, 'Вчора користувач kvitka_z_pidvalu знову писала.', 'uk')).toEqual(['kvitka_z_pidvalu']);
    // (not an abbreviation, a file or a site after those words)
    expect(found(detectHandles, 'The user e.g. said so. The user guide is in guide.pdf, the account at bank.com.', 'en')).toEqual([]);
  });
  it('not a file in brackets, a profile picture, or words in brackets', () => {
    expect(found(detectHandles, 'Statement (report.docx). The profile picture (new) was blurred. Olena (at home).', 'en')).toEqual([]);
  });
});
