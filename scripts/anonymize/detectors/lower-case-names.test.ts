import { describe, expect, it } from 'vitest';
import { anonymizeText } from '../pipeline.ts';

const out = (text: string, lang: 'uk' | 'ru' | 'en') => anonymizeText(text, { lang }).text;

describe('names written in lower case', () => {
  it('takes lexicon names no dictionary knows, in a chat, keeping the lower case', () => {
    const text = '[21:14] танюха: лідка вже там, а вітька ще ні\n[21:15] лідка: ок, чекаю біля входу\n[21:16] танюха: добре';
    const r = out(text, 'uk');
    for (const name of ['танюха', 'лідка', 'вітька']) expect(r).not.toContain(name);
    expect(r).toMatch(/^\[21:14\] \p{Ll}+: \p{Ll}+ вже там, а \p{Ll}+ ще ні/u);
  });
  it('takes a chat diminutive the lexicon lacks, and a form that can only be a vocative', () => {
    const r = out('[21:14] танюха: надюха вже там, а вітьок ще ні\n[21:15] роза: лідо скрінь той переказ\n[21:16] лідка: розо, ок', 'uk');
    for (const name of ['надюха', 'вітьок', 'лідо', 'розо']) expect(r).not.toContain(name);
  });
  it('gives one person one pseudonym in every case form', () => {
    const r = anonymizeText('тетяна: привіт, надю! надя казала, що прийде\nнаді: так, вже йду\nтетяна: ок', { lang: 'uk' });
    const forms = r.findings.filter((f) => /^над/.test(f.text));
    expect(forms.map((f) => f.text)).toEqual(['надю', 'надя', 'наді']);
    expect(forms.length).toBeGreaterThanOrEqual(2);
    expect(new Set(forms.map((f) => f.entity)).size).toBe(1);
  });
  it('in an English chat too, with speakers and greetings', () => {
    const r = out('tom: ok where r u\ngrace: with olya and dimka, we are at the gate\ntom: hi grace, coming', 'en');
    for (const name of ['tom', 'olya', 'dimka', 'grace']) expect(r).not.toMatch(new RegExp(`\\b${name}\\b`));
  });
  it('leaves ordinary words that a name shares, and capitalised prose alone', () => {
    const chat = 'Bill: no bill for this one\namber: thanks, will do. no joy yet\nBill: марта? поля мокрі, яким шляхом їхати';
    expect(out(chat, 'en')).toMatch(/no bill for this one[\s\S]*will do\. no joy yet/);
    const prose = 'Маю надію, що заяву буде розглянуто. Ви прям як лев.';
    expect(out(prose, 'uk')).toBe(prose);
    // a clause ending in a colon is no speaker's label: this is prose, not a chat
    const letter = 'Читала и узнавала всё до мелочей: ёлочка в машине, кошелёк.\n\nЯ не знала, что обыск без понятых незаконен.\n\nСпасибо той, кто рассказала это в круге. И тем, кто записал.';
    expect(out(letter, 'ru')).toBe(letter);
    const list = '- **Зрение:** цвет, свет, что лежало на столе.\n- **Слух:** голоса, шаги, музыка.\n- **Запах:** дым, духи, мокрый асфальт.';
    expect(out(list, 'ru')).toBe(list);
  });
});

describe('a name that is also a word, written with a capital and then in a chat\'s lower case', () => {
  it('is the same person in the same form, except short words, everyday words and the virtues', () => {
    const chat = [
      '[21:23] **танюха**: дівки ще одне. Маринка з Теплого пропала, 3 дні не відповідає',
      '[21:31] **оля**: маринка взяла трубку!! вона в мами',
      '[21:32] **Надія**: надія є, що все добре',
      '[21:33] **Лев**: дякую. ви прям як лев',
    ].join('\n');
    const r = out(chat, 'uk');
    expect(r).not.toMatch(/маринка/i);
    expect(r).toMatch(/\*\*: \p{Ll}+ взяла трубку/u);
    expect(r).toContain('надія є, що');
    expect(r).toContain('як лев');
  });
});

describe('a lower-case name with its patronymic', () => {
  it('replaces the patronymic too, and the patronymic confirms a name that is also a word (роза іванівна)', () => {
    const r = out('[10:01] оля: тетяно миколаївно, ви прийдете?\n[10:02] тетяна: так\n[10:03] оля: а роза іванівна теж?', 'uk');
    for (const w of ['тетяно', 'миколаївно', 'роза', 'іванівна']) expect(r).not.toContain(w);
    expect(r).toMatch(/\p{Ll}+івно, ви прийдете/u);
  });
  it('reads ё as е in a patronymic (любовь семёновна)', () => {
    const r = out('[10:01] оля: любовь семёновна, вы придёте?\n[10:02] таня: да', 'ru');
    expect(r).not.toMatch(/любовь|семёновна/);
    expect(r).toMatch(/\p{Ll}+[оеё]вна, вы придёте/u);
  });
});

describe('a clipped vocative of a name the chat uses', () => {
  it('"надюх ти як…" opening a message is Надюха addressed', () => {
    const r = out('[21:05] Надюха: я там була\n[21:07] Світланочка: надюх ти як шо бачиш номер скинь сюди\n[21:08] Надюха: ок\n[21:09] Світланочка: слух, а ти де', 'uk');
    expect(r).not.toMatch(/надюх|Надюха/i);
    expect(r).toContain('слух, а ти де');
  });
});

describe('an English chat: participants addressed at the end, possessives, labels with a note', () => {
  it('takes "not funny will." and "got it grace" by participants named Will and Grace, and "dasha\'s"; keeps "will do" and "you will"', () => {
    const r = out("[19:05] Hannah (UK): will do\n[19:06] Will Brennan: ok\n[19:17] Ruslana: not funny will. he took dasha's phone\n[19:40] Dasha (truck stop): hi all\n[09:15] Rufus: got it grace\n[09:32] Grace: i know you will\n", 'en');
    expect(r).toContain(': will do\n');
    expect(r).toMatch(/i know you will\n$/);
    expect(r).not.toMatch(/funny will|dasha|it grace/);
  });
});

describe('a WhatsApp export: senders with a flat number or an emoji, and who they address', () => {
  const chat = [
    "09.11.26, 20:21 - Ніна Кравець: Я вже дзвонила дільничному.",
    "09.11.26, 20:22 - Вадім 5 під'їзд: ніна ви серйозно номер в загальний чат",
    'Передала Люда з 31-ї.',
    '10.11.26, 22:41 - Сніжана 🌸: людо якщо ти тут, не відкривай',
  ].join('\n');
  it('a lower-case name after such a sender, and a vocative of someone named elsewhere (людо beside Люда)', () => {
    const r = out(chat, 'uk');
    expect(r).not.toMatch(/ніна ви|людо/);
    expect(r).toContain('якщо ти тут, не відкривай');
  });
});

describe('an English chat: a lower-case name acting', () => {
  it('"btw rose texted me" is Rose, and her other mentions; "the rose tattoo" stays', () => {
    const text = '**[19:11] sasha:** btw rose texted me, she wants to see grace\n**[19:12] grace:** which rose? the one with the rose tattoo\n**[19:13] tom:** ok\n**[19:14] grace:** rose would be the 5th';
    const r = out(text, 'en');
    expect(r).not.toMatch(/btw rose|which rose|rose would/);
    expect(r).toContain('the rose tattoo');
  });
});

describe('a surname the lexicon lacks, after a rank, in a lower-case diary', () => {
  it('is his name, in every case form the diary uses', () => {
    const text = 'сьогодні стояв той самий патрульний, кучер. подивився і посміхнувся.\nв машині кучер і другий\nзнову кучера бачила, з кучером говорити не буду\nпатрульний був злий, сержант той самий';
    const r = anonymizeText(text, { lang: 'uk' });
    expect(r.text).not.toMatch(/кучер/);
    expect(r.text).toContain('патрульний був злий, сержант той самий');
  });
});

describe('a chat line with its time in square brackets after the sender', () => {
  it('is read as a message: the name addressed, a diminutive in its case, and no piece of an account', () => {
    const text = '**Ліза** [25.10 00:20]: златусь, запиши все.\n**milana_svt** [04.10 10:03]: у меня нет никакого игорька\n';
    const r = anonymizeText(text, { lang: 'uk' });
    expect(r.text).not.toMatch(/златусь|игорька|milana/);
    const ru = anonymizeText('**milana_svt** [04.10 10:03]: у меня нет никакого игорька', { lang: 'ru' });
    expect(ru.text).toMatch(/никакого \p{Ll}+[аяю]$/u);
  });
});
