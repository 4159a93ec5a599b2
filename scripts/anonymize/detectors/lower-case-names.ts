/**
 * Names written in lower case, as people write in chats ("танюха каже шо лідка вже там", "tom and
 * olya left"). The name detector reads capitals as its first clue, so this net reads the lines whose
 * first letter, or whose message's first letter, is lower case (a chat, a transcript typed fast) and takes, in them:
 *  - a word the name lexicon knows in every reading and no dictionary knows (танюха, лідка, olya);
 *  - a word the lexicon knows that is also an ordinary word (надя, гена, роза, grace) only with
 *    something more: the same person named elsewhere in the document, the speaker's place at the
 *    start of a chat line ("[21:14] гена: …"), or a greeting ("привіт, надю").
 * Each person keeps the pseudonym the name detector would give her, declined, in lower case.
 */
import type { Detector, Span } from '../types.ts';
import type { Lang } from '../../../src/data/site.ts';
import { isCommonWord } from '../lexicon/common-words.ts';
import type { Case, Gender } from '../lexicon/decline.ts';
import { analyseName, declinePseudonym, type Analysis } from './names.ts';
import { inRanges, mergeRanges } from './util.ts';
import { letterRuns } from '../lexicon/scan.ts';

/** A line whose first letter is lower case, after any timestamp, list mark or speaker label's markup. */
const LOWER_LINE_START = /^[^\p{L}\n]*\p{Ll}/u;
// (not a piece of an account or an address: milana_svt, olena.k@…)
const WORD = /(?<![\p{L}\p{M}\p{N}'’ʼ_@.-])\p{Ll}[\p{L}\p{M}'’ʼ]{2,}(?![\p{L}\p{M}\p{N}'’ʼ_@-]|\.\p{L})/gu;
/** The end of a chat message: "got it grace.", "safe travels will" — where a participant is addressed. */
const MESSAGE_END = /^(?:[.!?…)]*[ \t]*(?:\n|$)|[.!?]+[ \t]+\p{Ll})/u;
/** Words before an English verb ("you will.", "i know you will"): then the word is the verb. */
const EN_SUBJECT_BEFORE = /(?:^|[^\p{L}'’])(?:i|you|we|they|he|she|who|people|u|ya|ill|youll|we'll|i'll|won't|will|never|always|surely|probably)[ \t]+$/iu;
/** A verb of a person right after the word: "rose texted me", "will said", "hope wants to see you". */
const EN_ACTS_NEXT = /^[ \t]+(?:texted|messaged|called|rang|said|says|told|asked|wrote|writes|wants|wanted|agreed|refused|knows|thinks|texts|calls|would|has|had|came|left)(?![\p{L}])/u;
/** "the rose", "my will", "a grace period": the word itself, not a person. */
const EN_DETERMINER_BEFORE = /(?:^|[^\p{L}])(?:a|an|the|this|that|my|your|his|her|our|their|its|no|any|some|red|white|pink)[ \t]+$/iu;
/** The speaker of a chat line: "гена: …", "[21:14] гена: …", "- гена — …". */
const SPEAKER_BEFORE = /^[\s\-*>•]*(?:\[[^\]\n]{1,20}\][\s\-*]*|\d{1,2}[:.]\d{2}[\s\-*]*)?[*_]*$/u;
const SPEAKER_AFTER = /^[*_]*\s*[:—–]/u;
/** A rank or a role just before: "той самий патрульний, кучер", "сержант гончар", "officer mills". */
const ROLE_BEFORE = /(?:^|[^\p{L}])(?:патрульн\p{L}*|поліцейськ\p{L}*|полицейск\p{L}*|сержант\p{L}*|лейтенант\p{L}*|капітан\p{L}*|капитан\p{L}*|майор\p{L}*|мент|мента|менту|ментом|слідч\p{L}*|следовател\p{L}*|дільничн\p{L}*|участков\p{L}*|інспектор\p{L}*|инспектор\p{L}*|прокурор\p{L}*|суддя|судді|судья|судьи|officer|sergeant|sgt|constable|detective|inspector|cop)[,]?[ \t]+$/iu;
/** Words after a rank that are no surname: verbs, pronouns, adjectives, function words ("патрульний був злий", "сержант той"). */
const NOT_A_SURNAME = /^(?:\p{Ll}+(?:ла|ли|ло|ть|ться|ся|сь|ає|ує|ить|ив|ал|ил|ел|ав|ий|ій|ая|ое|ого|ому|ими|ні)|був|бил|той|тот|цей|этот|який|якого|что|що|це|это|теж|тоже|вже|уже|ще|еще|ещё|знову|снова|мені|мне|нам|нас|його|его|її|ее|её|їх|их|він|вона|вони|они|он|она|наш|наша|наше|наши|наші|мій|мой|моя|твій|твой|ваш|ваша|свій|свой|своя|їхній|ихний|цього|этого|потім|потом|теперь|тепер|сейчас|зараз|тогда|тоді|опять|знову|вообще|взагалі|охранник|охоронець|водій|водитель|таксист|продавец|продавець|продавщица|начальник|брат|сват|мужик|чоловік|хлопець|парень|and|was|is|the|who|said|had|came|told|asked)$/u;
const GREETING = /(?:привіт|привет|здрастуйте|здравствуйте|хай|hi|hey|hello|дорога|дорогая)[,!]?\s+$/iu;
const GREETED = /^\s*[,!]\s*(?:привіт|привет|hi|hey|hello)(?![\p{L}])/iu;

/**
 * What stands before a chat message on its line: a time, markup and a speaker's label of a name or
 * two ("**[19:11] Sasha K:** "), not a clause that ends in a colon ("Читала и узнавала всё до мелочей: …").
 */
// (a WhatsApp export's sender may carry a flat or an emoji: "09.11.26, 20:22 - Вадім 5 під'їзд: …", "Ліза 🇵🇱: …")
// (or a time in square brackets after the sender: "**Ліза** [25.10 00:20]: златусь, запиши")
const BEFORE_MESSAGE = String.raw`[^\p{L}\n]*(?:\p{L}[\p{L}'’.-]*(?:[ \t]+[\p{L}\p{N}][\p{L}\p{N}'’.-]*){0,2}(?:[ \t]*\([^()\n]{1,24}\))?(?:[*_]*[ \t]*\[[^\]\n]{1,24}\])?(?:[ \t]*[\p{Extended_Pictographic}\p{Regional_Indicator}\u200d\ufe0f]+)?[*_]*[ \t]*:[*_]*[ \t]+)?[^\p{L}\n]*`;
/** The first letter of a chat line's message: "**[19:11] Sasha K:** can't tonight" → "c". */
const MESSAGE = new RegExp(`^${BEFORE_MESSAGE}(\\p{L})`, 'u');
/** Where a chat message begins after its time and speaker: "[21:16] лідка: розо, ок" → before "розо". */
const MESSAGE_START = new RegExp(`^${BEFORE_MESSAGE}$`, 'u');
/**
 * Ordinary words the name lexicon also reads as a name form and nothing marks as ambiguous: in a
 * chat they are far more often the word (яким "which", поля "fields", марта "of March").
 */
const CHAT_ORDINARY = new Set(
  `яким якими тими колі коли поля полю світла тату тата віку марта мая мила дана ната лада тома тому ніка
  ника вера надо люба любо слава мира роза мар name hand else sister block marks per chance pink will
  mark bill hope joy grace rose faith dawn`.split(/\s+/),
);

/** Hope, faith and love, and their case forms: in a chat far more often the word than the woman. */
const VIRTUES = /^(?:наді[яїює]|надежд\p{L}*|вір[аиіуою]|вір|вер[аыеуой]|любов\p{L}*|любв\p{L}*)$/u;

/**
 * Whether the text is written in lower case, like a chat: at least half of its lines of three
 * words or more begin their message with a small letter. Then every line is read, not only those.
 */
export function writtenInLowerCase(text: string): boolean {
  let lines = 0;
  let lower = 0;
  for (const line of text.split('\n')) {
    if (letterRuns(line, 3) < 3) continue;
    lines++;
    const first = /\p{L}/u.exec(line)?.[0];
    const message = MESSAGE.exec(line)?.[1];
    if ((first && first !== first.toUpperCase()) || (message && message !== message.toUpperCase())) lower++;
  }
  return lines >= 3 && lower * 2 >= lines;
}

/** Diminutive endings of chat speech, and the endings of the name they come from: надюха → Надя, вітьок → Вітя. */
// (and the oblique forms of -ёк/-ьок: игорька, вітька's cousin вітьку)
const DIMINUTIVE = /^(\p{Ll}{2,}?)(?:юха|уха|юша|уша|ьок|ок|юня|уня|усик|юсик|ечка|очка|ька|ьку|ьком|ьке|ьки)$/u;
function diminutiveOf(word: string, lang: 'uk' | 'ru' | 'en'): ReturnType<typeof analyseName> {
  const m = DIMINUTIVE.exec(word);
  if (!m) return [];
  for (const end of ['я', 'а', 'ь', '']) {
    const base = m[1]! + end;
    const an = analyseName(base[0]!.toUpperCase() + base.slice(1), lang).filter((a) => a.part === 'first' && a.case === 'nom' && !a.amb);
    // the diminutive keeps the person of the name: the whole word goes, in the case its ending says
    // (-ька genitive, -ьку dative, -ьком instrumental, -ьке locative; the rest nominative)
    const ending = word.slice(m[1]!.length);
    const c: Case = ending === 'ька' ? 'gen' : ending === 'ьку' ? 'dat' : ending === 'ьком' ? 'ins' : ending === 'ьке' ? 'loc' : 'nom';
    if (an.length) return an.map((a) => ({ ...a, case: c }));
  }
  return [];
}

const PATRONYMIC_NEXT = /[ \t]+([\p{Ll}'’ʼ]{5,})(?![\p{L}])/uy;
/** A lower-case patronymic right after `end` ("роза іванівна", "любовь семёновна"). */
/**
 * The lexicon's readings of a lower-case word written with a capital, patronymics left out. Asked
 * of every lower-case word of the lines read, so kept per language by the word itself (a capitalised
 * copy would be a new string to build and hash at every look-up); the arrays are shared, read-only.
 */
function capitalisedReadings(word: string, lang: Lang): Analysis[] {
  const cache = READINGS[lang];
  let an = cache.get(word);
  if (an === undefined) {
    an = analyseName(word[0]!.toUpperCase() + word.slice(1), lang).filter((a) => a.part !== 'patronymic');
    if (cache.size > 50_000) cache.clear();
    cache.set(word, an);
  }
  return an;
}
const READINGS: Record<Lang, Map<string, Analysis[]>> = { uk: new Map(), ru: new Map(), en: new Map() };

function patronymicAt(text: string, end: number, lang: Lang): { word: string; pat: Analysis; end: number } | undefined {
  if (lang === 'en') return undefined;
  PATRONYMIC_NEXT.lastIndex = end;
  const next = PATRONYMIC_NEXT.exec(text);
  if (!next) return undefined;
  const word = next[1]!;
  const pat = analyseName(word[0]!.toUpperCase() + word.slice(1), lang).find((x) => x.part === 'patronymic');
  return pat ? { word, pat, end: end + next[0].length } : undefined;
}

/** The analyses of a name found in the text, `word` or up to two letters longer, as a vocative (надюх ← Надюха). */
function clippedVocative(word: string, known: ReadonlySet<string>, lang: Lang): Analysis[] {
  for (const k of known) {
    if (k.length - word.length > 2 || !k.startsWith(word)) continue;
    const an = analyseName(k[0]!.toUpperCase() + k.slice(1), lang).filter((a) => a.part === 'first' && a.case === 'nom');
    if (an.length) return an.map((a) => ({ ...a, case: 'voc' as const }));
    // a surname-like guess for an unknown name (the net's stem): the word itself, as the person
    if (k.length >= 4) return [{ base: k, gender: 'female', part: 'first', case: 'voc', amb: false }];
  }
  return [];
}

export const detectLowerCaseNames: Detector = (text, ctx) => {
  if (!/(?:^|\n)[^\p{L}\n]*\p{Ll}/u.test(text) && !/:[*_]*\s+\p{Ll}/u.test(text)) return [];
  const chat = writtenInLowerCase(text);
  // Every line of a chat; otherwise the lines that begin in lower case, or whose message does after
  // a time and a sender's label ("09.11.26, 20:22 - Вадім 5 під'їзд: ніна ви серйозно…").
  const lineRe = /^[^\n]+/gmu;
  const claimed = mergeRanges((ctx.claimed ?? []).map((c): [number, number] => [c.start, c.end]));
  const lang = ctx.lang;
  // People the specific detectors already found: their lower-case mentions need no more context.
  const known = new Set<string>();
  // (by the person's entity, "людмила", and by the form written, "люда": Люда is Людмила's short name)
  for (const s of ctx.claimed ?? []) {
    if (s.kind !== 'name') continue;
    if (s.entity) known.add(s.entity.toLowerCase());
    known.add(text.slice(s.start, s.end).toLowerCase());
  }

  type Candidate = { start: number; end: number; word: string; firm: boolean; context: boolean; spreads: boolean; an: ReturnType<typeof analyseName> };
  const candidates: Candidate[] = [];
  lineRe.lastIndex = 0;
  for (let line = lineRe.exec(text); line; line = lineRe.exec(text)) {
    if (!chat && !LOWER_LINE_START.test(line[0])) {
      const first = MESSAGE.exec(line[0])?.[1];
      if (!first || first === first.toUpperCase()) continue;
    }
    const lineStart = line.index;
    WORD.lastIndex = 0;
    for (let m = WORD.exec(line[0]); m; m = WORD.exec(line[0])) {
      const start = lineStart + m.index;
      const end = start + m[0].length;
      if (inRanges(claimed, start) || inRanges(claimed, end - 1)) continue;
      // "dasha's passport": the name without its possessive
      const possessive = lang === 'en' && /['’]s$/.test(m[0]);
      const word = possessive ? m[0].slice(0, -2) : m[0];
      let an = capitalisedReadings(word, lang);
      // a chat's own diminutives the lexicon lacks: надюха (Надя), вітьок (Вітя)
      // (on a line read as a chat message, in a chat or not)
      if (an.length === 0 && !isCommonWord(word)) an = diminutiveOf(word, lang);
      // "надюх ти як…": the clipped vocative of a name the chat uses (Надюха), when it opens a message
      if (an.length === 0 && word.length >= 3 && !isCommonWord(word) && MESSAGE_START.test(line[0].slice(0, m.index))) an = clippedVocative(word, known, lang);
      // "той самий патрульний, кучер": after a rank, a word the lexicon lacks is his surname (not a verb: "патрульний був")
      // (only in a text written in lower case, and said as an apposition or ending its clause: "інспектор поліції сказав" is no name)
      const roleBefore = ROLE_BEFORE.test(line[0].slice(Math.max(0, m.index - 20), m.index));
      const roleNamed = an.length === 0 && chat && lang !== 'en' && roleBefore && !NOT_A_SURNAME.test(word) && !ROLE_BEFORE.test(` ${word} `) &&
        (/,[ \t]*$/.test(line[0].slice(0, m.index)) || /^(?:[.,;:!?)—–]|[ \t]+(?:і|й|та|и|а)[ \t]|[ \t]*$)/u.test(line[0].slice(m.index + m[0].length)));
      if (roleNamed) an = [{ base: word, gender: 'male', part: 'surname', case: 'nom', amb: true }];
      if (an.length === 0) continue;
      // (in a chat, a name form nothing marks as ambiguous is enough, ordinary words aside; and a
      // form that can only be a vocative is an address: "розо", "лідо")
      const vocative = an.every((a) => a.case === 'voc') && MESSAGE_START.test(line[0].slice(0, m.index));
      const firm = (an.every((a) => !a.amb) || (chat && vocative)) && (!isCommonWord(word) || (chat && !CHAT_ORDINARY.has(word)));
      const speaker = SPEAKER_BEFORE.test(line[0].slice(0, m.index)) && SPEAKER_AFTER.test(line[0].slice(m.index + word.length));
      const greeted = GREETING.test(line[0].slice(Math.max(0, m.index - 16), m.index)) || GREETED.test(line[0].slice(m.index + word.length));
      // addressed at the end of a message by the name a participant goes by elsewhere ("not funny will." beside "Will Brennan:")
      const addressedAtEnd = chat && lang === 'en' && MESSAGE_END.test(line[0].slice(m.index + m[0].length)) && !EN_SUBJECT_BEFORE.test(line[0].slice(Math.max(0, m.index - 12), m.index)) && an.some((a) => known.has(a.base.toLowerCase()));
      const wordEnd = start + word.length;
      // "btw rose texted me", "rose would be the 5th": a person acting, in an English chat (not "the rose was red")
      const acts = lang === 'en' && chat && EN_ACTS_NEXT.test(line[0].slice(m.index + m[0].length, m.index + m[0].length + 16)) && !EN_DETERMINER_BEFORE.test(line[0].slice(Math.max(0, m.index - 8), m.index));
      // "людо якщо ти тут…" opening a message, beside Люда named elsewhere: she is addressed, whatever else the word can be
      const addressedKnown = vocative && an.some((a) => known.has(a.base.toLowerCase()));
      const afterRole = roleBefore && !EN_DETERMINER_BEFORE.test(line[0].slice(Math.max(0, m.index - 8), m.index));
      const context = speaker || greeted || addressedKnown || acts || afterRole || patronymicAt(text, wordEnd, lang) !== undefined;
      // (an address at the end confirms this mention only: "will do" stays beside "not funny will.")
      candidates.push({ start, end: wordEnd, word, firm, context: context || addressedAtEnd, spreads: firm || context, an });
    }
  }
  // The other case forms of a surname a rank named: "кучер" … "кучера", "кучеру", "кучером"
  const roleSurnames = new Set(candidates.filter((c) => c.context && c.an.length === 1 && c.an[0]!.amb && c.an[0]!.part === 'surname' && c.an[0]!.base === c.word).map((c) => c.word));
  if (roleSurnames.size) {
    const taken = new Set(candidates.map((c) => c.start));
    const FORM = /(?<![\p{L}\p{M}'’ʼ-])(\p{Ll}[\p{L}'’ʼ]{2,})(?![\p{L}\p{M}'’ʼ-])/gu;
    for (let m = FORM.exec(text); m; m = FORM.exec(text)) {
      const w = m[1]!;
      const base = roleSurnames.has(w) ? w : [...roleSurnames].find((b) => w.startsWith(b) && /^(?:а|у|ом|ові|еві|ем|е|і)$/.test(w.slice(b.length)));
      if (!base || taken.has(m.index) || inRanges(claimed, m.index)) continue;
      const c: Case = w === base ? 'nom' : /ом|ем$/.test(w) ? 'ins' : /ові|еві|у$/.test(w) ? 'dat' : 'gen';
      candidates.push({ start: m.index, end: m.index + w.length, word: w, firm: false, context: true, spreads: true, an: [{ base, gender: 'male', part: 'surname', case: c, amb: true }] });
    }
    candidates.sort((a, b) => a.start - b.start);
  }
  if (candidates.length === 0) return [];
  // People written in lower case here: they confirm their other lower-case forms, ordinary words
  // too (гена … гену). A person written with a capital confirms only forms no dictionary knows:
  // beside Bill, "no bill for this one" is the word.
  const knownLower = new Set<string>();
  for (const c of candidates) if (c.spreads) for (const a of c.an) knownLower.add(a.base.toLowerCase());

  const spans: Span[] = [];
  for (const c of candidates) {
    const ordinary = isCommonWord(c.word);
    // (in a uk/ru chat a capital confirms ordinary words too, "Маринка з Теплого пропала" … "маринка взяла трубку",
    // except the chat's everyday words and the virtues: "надія є")
    // — the same form, five letters or more: "лев" beside Лев is still a lion, "люди" beside Люда people)
    const capitalConfirms = !ordinary || (chat && lang !== 'en' && c.word.length >= 5 && known.has(c.word) && !CHAT_ORDINARY.has(c.word) && !VIRTUES.test(c.word));
    const confirmed = c.an.find((a) => knownLower.has(a.base.toLowerCase()) || (capitalConfirms && known.has(a.base.toLowerCase())));
    if (!c.firm && !c.context && !confirmed) continue;
    // (a form only confirmed by another mention stays the word after a determiner: "the rose tattoo")
    if (!c.firm && !c.context && lang === 'en' && EN_DETERMINER_BEFORE.test(text.slice(Math.max(0, c.start - 8), c.start))) continue;
    const a = confirmed ?? c.an.find((x) => !x.amb) ?? c.an[0]!;
    const gender: Gender = a.gender === 'male' ? 'male' : 'female';
    const pseudo = ctx.pseudonyms.pseudonymFor(a.base.toLowerCase(), { lang, gender, part: a.part });
    const form = declinePseudonym(pseudo, lang, gender, a.part, a.case);
    spans.push({ kind: 'name', start: c.start, end: c.end, entity: a.base.toLowerCase(), replacement: form.toLowerCase(), confidence: c.firm || confirmed ? 0.8 : 0.7 });
    // and her patronymic after it: "тетяно миколаївно", "любовь семёновна"
    const after = patronymicAt(text, c.end, lang);
    if (after && !inRanges(claimed, after.end - 1)) {
      const { word, pat, end } = after;
      const g: Gender = pat.gender === 'male' ? 'male' : pat.gender === 'female' ? 'female' : gender;
      const p = ctx.pseudonyms.pseudonymFor(pat.base.toLowerCase(), { lang, gender: g, part: 'patronymic' });
      spans.push({ kind: 'name', start: end - word.length, end, entity: pat.base.toLowerCase(), replacement: declinePseudonym(p, lang, g, 'patronymic', pat.case).toLowerCase(), confidence: 0.8 });
    }
  }
  return spans;
};
