import { describe, expect, it } from 'vitest';
import type { Span } from '../types.ts';
import { anonymizeText } from '../pipeline.ts';
import { createPseudonymRegistry } from '../pseudonyms.ts';
import { detectProperNouns } from './proper-nouns.ts';
import { ctxFor, found } from './test-helpers.ts';

/** The net alone, with the given stretches already claimed by other detectors. */
const net = (text: string, lang: 'uk' | 'ru' | 'en', claimed: Span[] = []) =>
  detectProperNouns(text, { ...ctxFor(lang), claimed }).map((s) => text.slice(s.start, s.end));

describe('the proper-noun net', () => {
  it.each([
    ['en', 'She told the story of a woman she called V., from the north. V. was arrested twice.'],
    ['en', 'We will call her K. in this note; K. agreed.'],
    ['uk', 'Назвемо її В. Вона працювала на трасі. В. розповіла все.'],
    ['ru', 'Назовём её Л. Она согласилась. Л. боится.'],
  ] as const)('%s: a lone initial a naming word stands before is a name, in every mention: %s', (lang, text) => {
    const initial = /(\p{Lu})\./u.exec(text.slice(text.search(/\p{Lu}\.(?!\p{L})/u)))![0];
    const out = anonymizeText(text, { lang }).text;
    expect(out).not.toContain(initial);
    expect(out.match(/\p{Lu}\.(?![\p{L}])/gu)?.length).toBe(text.split(initial).length - 1);
  });
  it.each([
    ['uk', 'Другий потерпілий — Ю., 17 років, пріоритет.', 'Ю.'],
    ['uk', 'Контакти Єви — К. спитає завтра.', 'К.'],
    ['uk', 'Дякую за все.\nМ.\n', 'М.'],
    ['ru', 'Текст согласован с С. до публикации.', 'С.'],
    ['ru', '*Примечание консультантки О.:* перезвонить', 'О.'],
    ['en', 'Absent: Marichka (sick), K. (no reply).', 'K.'],
    ['en', 'Background. H. is 28 and lives in a village.', 'H.'],
    ['en', 'Thanks,\nO.', 'O.'],
    ['ru', 'Ты не переживай, он меня тут не найдёт. Целую. Л. 12.09»', 'Л.'],
    ['uk', 'Обіймаю всіх. М.', 'М.'],
    ['uk', 'Обговорили стратегічну справу Т.. Марку не пишемо.', 'Т.'],
    ['uk', 'Пиши імена ініціалами: А., Н. Я., не повністю.', 'А.'],
  ] as const)('%s: a lone initial that stands for someone is replaced by another: %s', (lang, text, initial) => {
    const r = anonymizeText(text, { lang });
    const f = r.findings.find((x) => x.text === initial);
    expect(f?.kind).toBe('name');
    expect(f?.replacement).toMatch(/^\p{Lu}\.$/u);
    expect(f?.replacement).not.toBe(initial);
  });
  it('leaves a letter that ends a sentence about something else, and an initial inside an abbreviation', () => {
    for (const [lang, text] of [
      ['uk', 'Пили вітамін С. Потім ще група Б. Далі.'],
      ['en', 'Sterling (LL.M., visiting) wrote it. H. M. checked.'],
    ] as const) {
      const r = anonymizeText(text, { lang });
      expect(r.text).toMatch(/вітамін С\. Потім ще група Б\.|\(LL\.M\., visiting\)/);
    }
  });
  it('takes a first name that labels two lines of a transcript, ordinary word or not', () => {
    const text = '**[01:33] CALLER (HOPE):** Hello.\n**[01:35] HOST:** Welcome.\n**[01:39] HOPE:** I live in a small town.\n**[01:40] HOST:** Hope you are fine.';
    const r = anonymizeText(text, { lang: 'en' });
    expect(r.text).not.toContain('HOPE');
    expect(r.text).toContain('HOST:');
    expect(r.text).toContain('Hope you are fine.');
    const mail = 'Тема: позов\nТема: відповідь\nДата: сьогодні\nДата: завтра';
    expect(anonymizeText(mail, { lang: 'uk' }).text).toBe(mail);
  });
  it('takes a signature of Latin initials of Ukrainian letters, and stops at the line end', () => {
    const r = anonymizeText('Signature: Ya. M.\nChecked by the lawyer', { lang: 'en' });
    expect(r.text).not.toMatch(/Ya\.|M\./);
    expect(r.text).toMatch(/^Signature: \S.*\n\S+ by the lawyer$/);
  });
  it('leaves a letter that is not a name: vitamin B.', () => {
    for (const text of ['The clinic gave her vitamin B. Then nothing.', 'Клініка дала їй вітамін В. Потім нічого.']) expect(anonymizeText(text, { lang: 'en' }).text).toBe(text);
  });

  it.each([
    ['ru', 'Потом пришла Гаянэ и всё рассказала.', 'Гаянэ'],
    ['ru', 'Это видел Рябоконь, сосед по рынку.', 'Рябоконь'],
    ['uk', 'Мене підвіз Лілько до самої траси.', 'Лілько'],
    ['en', 'Later Doina told the lawyer everything.', 'Doina'],
    ['en', 'The complaint names Ms Skoryk as the victim.', 'Skoryk'],
  ] as const)('%s: a capitalised word that is in no dictionary: %s', (lang, text, expected) => expect(net(text, lang)).toEqual([expected]));

  it.each([
    ['ru', 'Его все называли Сан Саныч, и он брал деньги.', 'Сан Саныч'],
    ['en', 'She met Benedek Tóth at the station.', 'Benedek Tóth'],
    ['en', 'He waited outside the Zolotyi Kolos bar.', 'Zolotyi Kolos'],
  ] as const)('%s: words of one name stay together: %s', (lang, text, expected) => expect(net(text, lang)).toEqual([expected]));

  it.each([
    ['ru', 'Деньги забирал Бес, а потом уезжал.', 'Бес'],
    ['uk', 'Дільничного всі звуть Бублик, як бублик, тільки з вусами.', 'Бублик'],
  ] as const)('%s: an ordinary word capitalised inside a sentence is a nickname: %s', (lang, text, expected) =>
    expect(net(text, lang)).toEqual([expected]));

  it.each([
    ['uk', 'Соцпрацівниця М. Чорна підписала акт.', 'М. Чорна'],
    ['uk', '«Маринко, ти ж розумієш, що я знаю, де ти живеш».', 'Маринко'],
    ['uk', 'Лан — це моє ім\'я, а не «китаянка».', 'Лан'],
    ['ru', '| 10:02 | «Мышка» (имя не назвала) | трасса |', 'Мышка'],
  ] as const)('%s: something around an ordinary word marks it as a name: %s', (lang, text, expected) =>
    expect(net(text, lang)).toEqual([expected]));

  it('takes a whole short quotation after a business word, as a venue', () => {
    const text = 'Є аптека біля автостанції, «Фармація плюс». Там мене знають.';
    const spans = detectProperNouns(text, { ...ctxFor('uk'), claimed: [] });
    expect(spans.map((s) => [s.kind, text.slice(s.start, s.end)])).toEqual([['venue', 'Фармація плюс']]);
  });

  it.each([
    ['uk', 'Національна поліція і Служба у справах дітей отримали скаргу. Верховна Рада мовчить.'],
    ['ru', 'Мы были в Польше, потом в Молдове. В Viber и Telegram писали всем.'],
    ['en', 'The Police Station No. 3 and the Prosecutor\'s Office got the complaint on Monday.'],
    ['en', '## Hepatitis B and C\n\nThere is a vaccine against hepatitis B. Hepatitis C is curable.'],
    ['uk', 'Слухай, я тобі скажу. Понімаєш, він просто пішов. Канєшно, ніхто не прийшов.'],
    ['ru', 'Раздано 60 тестов. Можно не называть имени.'],
    ['uk', 'ВІЛ, ЦНАП, РНОКПП і КУпАП — це абревіатури.'],
    ['en', "I'm sure. Don't worry, we'll call."],
    ['uk', '<Warning type="violence">Тут описано насильство.</Warning>'],
    ['uk', 'Поліцейський підійшов. Потім поліцейські поїхали.'],
  ] as const)('%s: leaves ordinary and harmless capitalised words: %s', (lang, text) => expect(net(text, lang)).toEqual([]));

  it('reads only what other detectors left', () => {
    const text = 'Потом пришла Гаянэ.';
    const at = text.indexOf('Гаянэ');
    expect(net(text, 'ru', [{ kind: 'name', start: at, end: at + 5 }])).toEqual([]);
  });

  it('finds the other case forms of a name it found', () => {
    expect(found(detectProperNouns, 'Прийшла Лейла. Лейлу я знаю давно, з Лейлою ми дружимо.', 'uk')).toEqual(['Лейла', 'Лейлу', 'Лейлою']);
  });

  it('gives one pseudonym that fits every case and gender, and keeps it for the other forms', () => {
    const text = 'Прийшла Лейла. Лейлу я знаю давно, з Лейлою ми дружимо.';
    const spans = detectProperNouns(text, { ...ctxFor('uk'), pseudonyms: createPseudonymRegistry(), claimed: [] });
    const replacements = new Set(spans.map((s) => s.replacement));
    expect(spans).toHaveLength(3);
    expect(replacements.size).toBe(1);
    expect([...replacements][0]).toMatch(/(?:енко|ук)$/);
  });

  it('keeps its pseudonym when the whole pipeline rewrites the text', () => {
    const r = anonymizeText('Потом пришла Гаянэ. С Гаянэ мы дружим.', { lang: 'ru' });
    expect(r.text).not.toContain('Гаянэ');
    const pseudo = r.findings[0]!.replacement;
    expect(r.text).toBe(`Потом пришла ${pseudo}. С ${pseudo} мы дружим.`);
  });
});

describe('what the net tells apart', () => {
  it('takes a street named without its street word, with the house number', () => {
    const text = 'Я працюю в сауні на Перемоги, 5, третій поверх.';
    const spans = detectProperNouns(text, { ...ctxFor('uk'), claimed: [] });
    expect(spans.map((s) => [s.kind, text.slice(s.start, s.end)])).toEqual([['address', 'Перемоги, 5']]);
  });
  it('takes where someone lives as a place', () => {
    const text = 'Мне 31 год, живу в Смоляниновой, это пригород.';
    const spans = detectProperNouns(text, { ...ctxFor('ru'), claimed: [] });
    expect(spans.map((s) => [s.kind, text.slice(s.start, s.end)])).toEqual([['place', 'Смоляниновой']]);
  });
  it('leaves English labels with a number and initials that end a sentence', () => {
    expect(net('The bus, Route 5, was late. We waited in Room 12.', 'en')).toEqual([]);
  });
});

describe('English names made of ordinary or rare words', () => {
  it('takes a rare word written with a capital, even in a heading', () => {
    expect(net('## The Night at Kolos', 'en')).toEqual(['Kolos']);
  });
  it('takes a name in an apposition with a role', () => {
    expect(net('Rose, our outreach worker, later helped me.', 'en')).toEqual(['Rose']);
    expect(net('Віра, наша соцпрацівниця, потім допомогла.', 'uk')).toEqual(['Віра']);
  });
});

describe('speakers labelled by surname in capitals', () => {
  it('a label that is a surname named elsewhere gets that name’s pseudonym (ЧУМАК: … Богдан Чумак)', () => {
    const text = 'Ведучий — Богдан Чумак.\n\n**ЧУМАК:** Добрий вечір.\n\n**ГОСТЯ:** Добрий вечір.\n\n**ЧУМАК:** Почнемо.\n';
    const r = anonymizeText(text, { lang: 'uk', pseudonyms: createPseudonymRegistry({ seed: 't' }) });
    expect(r.text).not.toMatch(/Чумак|ЧУМАК/);
    const surname = /Богдан|Ведучий — \S+ (\S+)\./.exec(r.text)![1]!;
    expect(r.text.match(new RegExp(`\\*\\*${surname.toUpperCase()}:\\*\\*`, 'g'))).toHaveLength(2);
    expect(r.text).toContain('**ГОСТЯ:**');
  });
  it('a capitalised label no dictionary knows, used twice, is a person; ranks and court roles are not', () => {
    const text = '**JUDGE:** Corporal Sich, describe it.\n\n**SICH:** At midnight.\n\n**DEFENCE:** Corporal, when?\n\n**SICH:** Later. Your Honour, that is all.\n';
    const r = anonymizeText(text, { lang: 'en', pseudonyms: createPseudonymRegistry({ seed: 't' }) });
    expect(r.text).not.toMatch(/Sich|SICH/);
    expect(r.text).toMatch(/\*\*JUDGE:\*\* Corporal \S+, describe/);
    expect(r.text).toContain('**DEFENCE:** Corporal, when?');
    expect(r.text).toContain('Your Honour');
  });
});

describe('initials that open the next name', () => {
  it('do not make the sentence opener before them a name', () => {
    const r = anonymizeText('Then O. V. Melnyk came. Then Ya. Fedorchuk left.', { lang: 'en', pseudonyms: createPseudonymRegistry({ seed: 't' }) });
    expect(r.text).toMatch(/^Then \S+ came\. Then \S+ left\.$/);
  });
});

describe('senders of a chat export and authors of posts', () => {
  it('"**Надежда** [10:05]" twice is a person, with a first-name pseudonym; надежды in the text stays', () => {
    const r = anonymizeText('**Надежда** [10:05]\nпривет всем\n\n**Ира** [10:06]\nпривет\n\n**Надежда** [10:09]\nнадежды нет\n', { lang: 'ru' });
    expect(r.text).not.toMatch(/Надежда|Ира\*/);
    expect(r.text).toContain('надежды нет');
    expect(r.text).toMatch(/^\*\*\p{Lu}\p{Ll}+(?:а|я)\*\* \[10:05\]/u);
  });
  it('"**Joy** @joyfulnoise77" twice is a person', () => {
    const r = anonymizeText('**Joy** @joyfulnoise77 · Nov 5\nsame here\n\n**Joy** @joyfulnoise77 · Nov 6\nno joy\n', { lang: 'en' });
    expect(r.text).not.toContain('Joy');
    expect(r.text).toContain('no joy');
  });
});

describe('a lone initial after a title', () => {
  it('"my client Ms A." and "пані Н." stand for a person', () => {
    expect(anonymizeText('my client Ms A. has asked me to write.', { lang: 'en' }).text).not.toContain('Ms A.');
    expect(anonymizeText('**Re: detention — my client Ms K.**\nDear Sir,', { lang: 'en' }).text).not.toContain('Ms K.');
    expect(anonymizeText('моя клієнтка пані Н. просила', { lang: 'uk' }).text).not.toContain('Н.');
  });
});

describe('roles that label chat and transcript lines', () => {
  it('"Оператор Дарина:" is Дарина the operator; "to Everyone:" in a Zoom chat is nobody', () => {
    const r = anonymizeText('[14:07] Оператор Дарина: Добрый день! Меня зовут Дарина.', { lang: 'ru' });
    expect(r.text).toMatch(/^\[14:07\] Оператор \p{Lu}/u);
    expect(r.text).not.toContain('Дарина');
    expect(anonymizeText('09:58:12 From Olha K (RtaV) to Everyone: Good morning all', { lang: 'en' }).text).toContain('to Everyone:');
    expect(anonymizeText('### Operator Notes', { lang: 'en' }).text).toBe('### Operator Notes');
  });
});

describe('labels, titles and abbreviations of forms and minutes', () => {
  it('"Наймач:", "Замовник:", "Chair", "Garda", "Fr", "Sept–Nov" name nobody', () => {
    const uk = anonymizeText('**Наймач:** Білик Ганна. Наймодавець передає, а Наймач приймає у користування.', { lang: 'uk' }).text;
    expect(uk).toMatch(/^\*\*Наймач:\*\* /);
    expect(uk).toContain('а Наймач приймає');
    const en = anonymizeText('Chair: Helen. A Garda came to the house. Parish Priest: Fr Kieran Prendergast. Ledger Sept–Nov.', { lang: 'en' }).text;
    for (const w of ['Chair:', 'A Garda came', 'Fr ', 'Sept–Nov']) expect(en).toContain(w);
    expect(en).not.toContain('Prendergast');
  });
});
