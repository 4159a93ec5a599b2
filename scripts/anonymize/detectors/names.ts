/**
 * Person names in uk/ru/en, in every grammatical case, replaced by a pseudonym declined to the same case.
 *
 * How it decides, per capitalised token:
 *  - a form of a lexicon name that is not an ordinary word (Оксану, Олегом, Ткаченко) → name;
 *  - a form that is also an ordinary word (Віра, Надія, Роза, Мельник, Тому, Hope) → name only with
 *    context: capitalised mid-sentence, next to another name, after a role word (подруга, лейтенант,
 *    officer) or a speech verb (сказала Віра / Віра каже), a vocative followed by a comma, or when the
 *    same person was confirmed elsewhere in the document;
 *  - an unknown capitalised word with a surname suffix (-енко, -ук, -ський, -ов/-ова…) → surname only
 *    next to a first name/patronymic or after a role word.
 * Lower-case words are never names. One pass of one precompiled regex, then Map lookups.
 */
import type { Detector, Span, DetectContext } from '../types.ts';
import { CASES, paradigm, type Case, type Gender, type Part } from '../lexicon/decline.ts';
import { isPlaceForm } from './places.ts';
import { scanWords, isUpperCode, startsLatin, textWords } from '../lexicon/scan.ts';
import type { Lang } from '../../../src/data/site.ts';
import { GIVEN } from '../lexicon/given.ts';
import { namesData } from '../lexicon/names-data.ts';
import { isCommonWord } from '../lexicon/common-words.ts';
import { inRanges, isLocalAdjective, isSentenceInitial, LATIN_INITIAL_DIGRAPHS, lowerCaseWords, PREFIX, tableHeaderRows } from './util.ts';
import { isKnownProperNoun } from '../lexicon/known-proper-nouns.ts';

export { isCommonWord };

export interface Analysis {
  base: string;
  gender: Gender | 'any';
  part: Part;
  case: Case;
  amb: boolean;
}

type Lex = Map<string, Analysis[]>;
let LEX: Record<Lang, Lex> | undefined;

const PART: Record<string, Part> = { f: 'first', s: 'surname', p: 'patronymic' };
const GEN: Record<string, Gender | 'any'> = { f: 'female', m: 'male', a: 'any' };

function loadLexicon(): Record<Lang, Lex> {
  if (LEX) return LEX;
  const data = namesData();
  const out = {} as Record<Lang, Lex>;
  for (const lang of ['uk', 'ru', 'en'] as const) {
    const lex: Lex = new Map();
    const ambForms = new Set(data[lang]!.ambiguousForms);
    const push = (form: string, a: Analysis) => {
      const list = lex.get(form);
      if (!list) lex.set(form, [a]);
      else if (!list.some((x) => x.base === a.base && x.case === a.case && x.part === a.part && x.gender === a.gender)) list.push(a);
    };
    for (const row of data[lang]!.names) {
      const [base, g, p, a] = row.split('|') as [string, string, string, string?];
      const gender = GEN[g]!;
      const part = PART[p]!;
      const amb = a === 'a';
      if (lang === 'en') {
        push(base, { base, gender, part, case: 'nom', amb });
        continue;
      }
      for (const gg of gender === 'any' ? (['female', 'male'] as const) : [gender]) {
        const para = paradigm(base, lang, gg, part);
        for (const c of CASES) for (const f of para[c]) push(f, { base, gender: gg, part, case: c, amb: amb || ambForms.has(f) });
      }
    }
    out[lang] = lex;
  }
  LEX = out;
  return out;
}

// ---- context vocabularies -------------------------------------------------------------------

const ENDINGS = ['', 'а', 'у', 'ом', 'ові', 'і', 'ою', 'ої', 'ем', 'ій', 'ю', 'е', 'и', 'ий', 'ого', 'ому', 'им', 'ая', 'ой', 'ую', 'ом', 'ей', 'ів', 'ам', 'ами', 's'];
function expand(stems: string): Set<string> {
  const s = new Set<string>();
  for (const st of stems.split(/\s+/).filter(Boolean)) for (const e of ENDINGS) s.add(st + e);
  return s;
}
/** Role and relation words after which a capitalised word is a person (лейтенант Мельник, подруга Віра). */
const ROLES = expand(`лейтенант сержант майор капітан капитан полковник підполковник подполковник генерал слідч
  следовател інспектор инспектор дільничн участков патрульн прокурор суддя судья адвокат офіцер офицер поліцейськ
  полицейск оперативник начальник подруг подружк сусідк сусід сосед соседк колег клієнт клиент сутенер сестр брат
  мам мат доньк дочк дочер син сын онук внук чоловік муж дружин жен жінк бабус бабушк дід дед тітк тетк дядьк дядь
  знайом знаком товариш товарищ пан пані панів господин госпож гражданин гражданк громадянин громадянк кум кума
  нареченн жених наречен хлопц парн дівчин девушк лікар врач медсестр волонтер волонтерк фасилітатор
  оператор консультант менеджер адміністратор администратор диспетчер модератор
  officer sergeant lieutenant captain major colonel corporal detective inspector constable mr mrs ms miss dr doctor judge friend
  neighbour neighbor colleague sister brother mother father daughter son aunt uncle client husband wife
  boyfriend girlfriend nurse lawyer prosecutor chief`);
/** "з Теплого", "from Bobrynets": where a person is from. */
const FROM_PLACE = new Set(['з', 'із', 'зі', 'из', 'изо', 'from']);
const GOD = new Set(['богом', 'бога', 'богу', 'god', 'heaven']);
/** A police rank in uk/ru, any case form. */
const POLICE_RANK = /^(?:лейтенант|сержант|майор|капітан|капитан|полковник|підполковник|подполковник|інспектор|инспектор|дільничн|участков|патрульн)\p{L}*$/u;
/** Between a name and the role after it: "Надія, наша волонтерка", "Mark, our lawyer". */
const ROLE_DETERMINERS = new Set(['наша', 'наш', 'моя', 'мой', 'мій', 'our', 'my', 'a', 'the']);
/** "Mark from the legal team", "Frank on legal", "Grace from our shelter": a person belongs to a team, an ordinary word does not. */
const FROM_TEAM_AFTER = /^ (?:from|on) (?:the |our |their |a )?(?:[A-Za-z-]+ ){0,2}(?:team|desk|legal|comms|office|hotline|shelter|fund|ngo|project|clinic|cent(?:re|er)|group|organi[sz]ation|network|collective|union|committee)\b/;
const EN_PLACE_PREP = new Set(['in', 'outside', 'near', 'around', 'inside']);
const LIVE_PREP = new Set(['в', 'у', 'во', 'з', 'із', 'зі', 'из', 'с']);
const LIVE_VERB = /^(?:живу|живе|живёт|живет|живуть|живут|жила|жил|жили|мешкаю|мешкає|мешкала|проживаю|проживає|проживала|проживает|родом|приїхала|приїхав|приехала|приехал|переїхала|переехала|народилася|народилась|народився|родилась|родился|виросла|выросла|прописана|прописан|зареєстрована|зарегистрирована)$/;

/** Surname endings that differ for women and men (Петрова/Петров, Вербицька/Вербицький, Зінчук does not). */
const GENDERED_SURNAME = /(?:ов|ова|ев|ева|єв|єва|ёв|ёва|ин|ина|ін|іна|ын|ына|ський|ська|цький|цька|зький|зька|ский|ская|цкий|цкая|ой|ая|ого|ої|ой|ому|ій|ою|ым|им|ую)$/;

/** Role words that tell a woman's name (подрузі Олесі) or a man's (сусіда Саші) when the name itself does not. */
const FEMININE_ROLE = /^(?:подруг|подруз|подружк|сусідк|соседк|сестр|мам[аиіуо]|мамі|маме|матер|мати|доньк|доньц|дочк|дочц|дочер|дочь|жінк|жінц|дружин|жена|жены|жене|жену|бабус|бабуш|тітк|тітц|тетк|тетe|нарече?н[аоіу]|невест|дівчин|девушк|девочк|медсестр|волонтерк|фасилітаторк|клієнтк|клієнтц|клиентк|адміністраторк|администраторш|юристк|юристц|адвокатк|соцпрацівниц|соцработниц|лікарк|лікарц|женщин|woman|girl|sister|mother|daughter|aunt|wife|girlfriend|grandmother|niece|granddaughter|mrs|ms|miss|lady)/;
const MASCULINE_ROLE = /^(?:брат|сина|сину|синові|сином|син$|сын|батьк|отц|отец|тато|тата|татові|папа|папы|папе|чоловік|чоловіка|чоловікові|муж[аеу]?$|мужем|дід|деда|деду|дед$|дядьк|дяд[иеію]|сусід$|сусіда|сусідові|сусідом|сосед$|соседа|соседу|соседом|хлопц|хлопець|парен|парн|друг$|друга|другу|другом|клієнт$|клієнта|клієнту|клієнтом|клиент$|клиента|клиенту|клиентом|сутенер|man|boy|brother|father|son|uncle|husband|boyfriend|grandfather|nephew|grandson|mr)/;

/** The case a role noun is in, from its ending, where the ending is clear (подрузі → dat, сестру → acc). */
function caseOfRole(lower: string, lang: Lang): Case | undefined {
  if (lang === 'en') return undefined;
  if (/(?:ою|ею|ом|ем)$/.test(lower)) return 'ins';
  if (lang === 'uk') {
    if (/(?:зі|ці|ні|рі|мі|ті|ді|ові|еві)$/.test(lower)) return 'dat';
    if (/(?:гу|ку|ру|ну|ту|ду|му|ню|лю)$/.test(lower) && /^(?:подруг|сестр|мам|доньк|дочк|жінк|дружин|бабус|тітк|сусідк|дівчин|клієнтк)/.test(lower)) return 'acc';
  } else if (/(?:ге|ке|ре|не|те|де|ме)$/.test(lower) && /^(?:подруг|сестр|мам|дочк|дочер|жен|бабушк|тетк|соседк|девушк|клиентк)/.test(lower)) return 'dat';
  return undefined;
}

/** Speech and action verbs that name their subject (сказала Віра / Віра каже). */
const SPEECH = new Set(`каже казала казав сказала сказав сказали питає питала спитала спитав запитала запитав відповіла
  відповів кричала кричав крикнула крикнув прошепотіла шепнула розповіла розповідала розповів пояснила пише написала
  написав подзвонила подзвонив зателефонувала зателефонував прийшла прийшов пішла пішов плакала засміялася
  говорит говорила говорил сказала сказал спросила спросил ответила ответил кричала кричал крикнула прошептала
  рассказала рассказал позвонила позвонил пришла пришёл пришел ушла ушёл написала написал плакала засмеялась
  звати звуть звали зовут звали
  said says asked told replied shouted whispered called wrote cried answered named`.split(/\s+/));
/** Words after which a capitalised word is not a person, whatever the lexicon says. */
const NOT_AFTER = new Set(`вулиця вулиці вулицю вул проспект просп провулок пров площа площі бульвар улица улице улицу ул
  проспекте переулок площадь село селі села смт місто міста місті город города городе деревня деревне район районі
  районе область області газета газеті газета газете газеты журнал street avenue road square village town city
  hotel готель гостиница сауна сауні сауне клуб клубі кафе бар ресторан ТЦ ТРЦ магазин`.split(/\s+/));
/** Capitalised words that never are person names, and slogans (Слава Україні). */
const STOP = new Set(`Алло Бог Бога Богу Богом Боже Господь Господи Господа Господу Україна України Україні Україну Україною
  Украина Украины Украине Украину Поліція Поліції Полиция Полиции Нацполіція Нацполиция МВС ОВД ООН Христос Ісус Иисус
  Ukraine Police God Lord Jesus Christ January February March April May June July August September October November
  December Monday Tuesday Wednesday Thursday Friday Saturday Sunday Easter Christmas Lilith Ліліт Лилит
  Poshta Ukrposhta Укрпошта Укрпошти Укрпошту PrivatBank ПриватБанк ПриватБанку ПриватБанка Monobank Монобанк Viber Telegram
  WhatsApp Signal Instagram Facebook Google Moldova Молдова Молдови Молдові Молдову Молдовы Молдове Romania Румунія Румунії
  Румынии Румыния Poland Польща Польщі Польшу Польше Польша Польши Germany Hungary Europe Європа Європі Європу Европа Европе
  Европу Russia Росія Росії Россия России`.split(/\s+/));
/** Titles: the capitalised words after them (up to three) are the person's name (Sergeant Yurii Holub, пані Скорик). */
const TITLES = expand(`mr mrs ms miss dr sergeant lieutenant captain major officer inspector detective corporal sgt lt capt det insp cpl пан пані господин госпож
  сержант лейтенант капітан капитан майор інспектор инспектор детектив`);
/** Verbs whose object is a person (met Doina, зустріла Гаянэ, познакомилась с …). */
const MEET = new Set(`met meet hugged thanked texted messaged visited helped introduced зустріла зустрів зустріли
  познайомилася познайомилась познайомився обійняла обійняв подякувала написала зустрілася встретила встретил встретились
  обняла обнял поблагодарила познакомилась познакомился навестила навестил`.split(/\s+/));
/** "Benedek and Doina": a capitalised word coordinated with a name is a person. */
const COORD_NAME = new Set(['and', 'і', 'й', 'та', 'и']);
/** Words that announce a nickname: на прізвисько «Бес», по кличке Бес, nicknamed Bes. */
const NICK_CUE = new Set(`прізвисько прізвиськом прізвиська кличка кличкой кличке кличку клички прозвище прозвищем прозвищу
  прозвища погоняло nicknamed nickname pseudonym alias псевдонім псевдонімом псевдоним псевдонимом`.split(/\s+/));
/** A Cyrillic patronymic in any case: Вікторівна, Фёдоровной, Петровичем. */
const PATR_CYR = /^\p{Lu}\p{Ll}+(?:(?:ов|ев|ёв|єв|ів|їв)н(?:а|ы|и|і|е|у|ой|ою|ей)|(?:ич|іч)н(?:а|ы|и|і|е|у|ой|ою|ей)|(?:ович|евич|ёвич|йович|ьович)(?:а|у|ем|ові|е|і)?)$/u;
/** Sentence-initial function words that a lexicon form may collide with (Коли = gen. of ru Коля). */
const FUNCTION = new Set(`коли тому якщо коли-небудь тоді потім тут там де куди звідки чому як що хто який яка яке які
  але або аби бо ну та і й чи ні не ще вже навіть лише тільки саме отже також теж адже хоча поки доки після перед
  вона він воно вони ми ви я ти його її їх цей ця це ці той та те ті весь вся все всі кожен кожна інший інша
  когда тогда потом тут там где куда откуда почему как что кто какой какая какое какие но или либо чтобы ну да
  и ни не еще ещё уже даже лишь только тоже также хотя пока после перед она он оно они мы вы я ты его ее её их
  этот эта это эти тот та то те весь вся всё все каждый другой другая вот сейчас теперь зато если раз
  when then will may can could would should shall might must and but or so if as at by in on of to for from with
  the a an this that these those he she it they we you i his her its their our my your there here what who why
  how where which while after before since until though although because`.split(/\s+/));
/** Words after which a capitalised word is a place or an institution, not a person (Кіровоградській області). */
const NOT_BEFORE = new Set(`область області областю район району районі районом районного районний районна
  вулиця вулиці вулицю вулицею улица улице улицу улицей проспект проспекті проспекте провулок переулок бульвар площа
  площадь шосе шоссе міськрада горсовет рада совет суд суду суді відділ відділу відділі отдел отдела отделе
  відділення відділок отделение лікарня лікарні больница больнице university street avenue road oblast region
  district court police hospital пошта пошту пошти поштою пошті почта почту почты почтой почте poshta banka bank`.split(/\s+/));
const EN_SURNAME = /(enko|chuk|[iy]uk|[a-z]{3}uk|[a-z]{3}(?:yi|yy|iy|ii)|nyuk|niuk|chyk|nyk|nik|ych|ovych|evych|ovich|evich|sky|skyi|skiy|skii|ska|tska|tsky|tskyi|ov|ova|ev|eva|yev|ieva|yeva|iev|yn|yna|iak|yak|chak|enko|ko)$/;
const EN_PATRONYMIC = /(ivna|ovna|evna|yivna|iivna|ovych|evych|ovich|evich|yovych|iyovych|ich)$/;
const PREP_OBLIQUE = new Set('про у в до від з із зі для без біля після при через під над за перед о об на к ко от из с со около возле после у'.split(' '));
const COORD = new Set(['and', 'і', 'й', 'та', 'и', 'с', 'з', 'із']);
/** Verbs that follow a person at an English sentence start ("Will was there", "Rose went home"). */
// (and the present of a person's doings: "Grace interprets for Lina", "Grace flies from London")
const EN_SUBJ_VERB = new Set(('was had went came got took knew called left stayed laughed cried smiled nodded wrote phoned lived worked stood sat ran walked looked ' +
  'says said interprets translates flies meets arrives leaves brings drives phones texts calls asks answers speaks writes chairs hosts signs').split(' '));
/** "Will can confirm", "Will is on leave": a modal that is also a name, then a verb no modal takes after it. */
const EN_MODAL_NAMES = new Set(['will']);
const EN_AUX_AFTER = new Set('can could will would should shall may might must is was has had does did says said wants thinks knows'.split(' '));
/** A greeting beside a capitalised word makes it the person greeted (Романе, доброго дня; Привіт, Віро). */
const GREETING = String.raw`(?:доброго\s+(?:дня|ранку|ранечку|вечора)|добр(?:ий|ый)\s+(?:день|вечір|вечер|ранок)|доброе\s+утро|доброй\s+ночи|привіт|привет|здрастуйте|здравствуйте|здравствуй|вітаю|hello|hi|hey|good\s+(?:morning|afternoon|evening|day))`;
// (and thanks said to someone: "Слава, спасибо", "Віро, дякую", "Grace, thank you")
const GREETING_AFTER = new RegExp(String.raw`^[,!][\s\u00a0]*(?:${GREETING}|спасибо|дякую|thanks|thank\s+you)(?![\p{L}])`, 'iu');
/** A sign-off, then a name on the next line: "З повагою,\nВіра", "Best regards,\nGrace". */
const SIGN_OFF_BEFORE = /(?:з\s+повагою|з\s+найкращими\s+побажаннями|щиро\s+ваша|щиро\s+ваш|с\s+уважением|с\s+наилучшими\s+пожеланиями|искренне\s+ваша|искренне\s+ваш|best\s+regards|kind\s+regards|warm\s+regards|regards|sincerely|best\s+wishes|yours\s+(?:truly|sincerely)|обіймаю|обнимаю|цілую|целую)[,!.]?[ \t]*\n[ \t*_>—–-]*$/iu;
const BOLD_ITEM_BEFORE = /(?:^|\n)[ \t>]*(?:\d{1,3}[.)]|[-*•])[ \t]+(?:\*\*|__)$/u;
/** What SIGN_OFF_BEFORE needs at its end, tested first: in text[from, at), a line break followed only by [ \t*_>—–-]. */
function lineBreakThenMarks(text: string, from: number, at: number): boolean {
  let j = at - 1;
  for (; j >= from; j--) {
    const c = text.charCodeAt(j);
    if (!(c === 32 || c === 9 || c === 42 || c === 95 || c === 62 || c === 0x2014 || c === 0x2013 || c === 45)) break;
  }
  return j >= from && text.charCodeAt(j) === 10;
}
/** What BOLD_ITEM_BEFORE needs at its end, tested first: text[from, at) ends in "**" or "__". */
function boldMarkBefore(text: string, from: number, at: number): boolean {
  if (at - from < 2) return false;
  const a = text.charCodeAt(at - 2);
  const b = text.charCodeAt(at - 1);
  return a === b && (a === 42 || a === 95);
}
/** A dash before a signature or a quote's author: at a line start or after a sentence ("…не роза. — *Вита*"). */
const ATTRIBUTION_BEFORE = /(?:^|\n|[.!?…»"”)][ \t]*)[ \t>]*[—–][ \t]*[*_]{0,2}$/u;
// (her role may follow: "— Jade, T&S Specialist", "— Hope (yes, that's my name)")
const ATTRIBUTION_AFTER = /^[*_]{0,2}(?:[ \t]*(?:\n|$)|,[ \t]+[\p{Lu}\p{N}][^\n.!?]{0,40}(?:\n|$)|[ \t]+\([^\n()]{1,80}\)[ \t]*(?:\n|$))/u;
const PSEUDONYM_BEFORE = /(?<![\p{L}])(?:pseudonym|alias|nickname|working\s+name|псевдонім|псевдоним|прізвисько|прозвище|кличка|робоче\s+ім['’ʼ]я|рабочее\s+имя)[\s:,—–-]*[«"“„]?$/iu;
/** A phone number right after a word: a contact line, "Robin 07700 902 561", "Віра — 067 123 45 67". */
const PHONE_AFTER = /^[*_]{0,2}[ \t]*[:—–-]?[ \t]*\(?\+?\d[\d \t\-()]{7,}\d(?![\d.,:])/;
const phoneAfter = (after: string) => {
  const m = PHONE_AFTER.exec(after);
  return !!m && m[0].replace(/\D/g, '').length >= 9;
};
const NICKNAME_BETWEEN_AFTER = /^[ \u00a0]+["“«„]\p{Lu}[\p{L}'’-]*["”»][ \u00a0]+\p{Lu}\p{Ll}/u;
const NICKNAME_BETWEEN_BEFORE = /(?<![\p{L}])(?!(?:The|A|An|Our|My|Her|His|Their|This|That|У|В|На|З|Із|До|Від|От|Из|С)[ \u00a0])\p{Lu}\p{Ll}+[ \u00a0]+["“«„]\p{Lu}[\p{L}'’-]*["”»][ \u00a0]+$/u;
/**
 * Whether text[from, at) ends in a closing quote and then spaces: what NICKNAME_BETWEEN_BEFORE needs at its end,
 * tested first (that pattern opens with a look-behind, so the engine tries it at each of the 40 positions).
 */
function closingQuoteThenSpaces(text: string, from: number, at: number): boolean {
  let j = at - 1;
  while (j >= from && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 0xa0)) j--;
  if (j === at - 1 || j < from) return false;
  const c = text.charCodeAt(j);
  return c === 34 || c === 0x201d || c === 0xbb;
}
/** Surname endings strong enough before a first name: Соломко, Бережной, Гнатюк, Вербицький. */
const SURNAME_BEFORE_FIRST = /(?:енко|ко|ук|юк|чук|ський|цький|зький|ська|цька|ский|цкий|ская|цкая|ской|цкой|ной|ний)$/;
/** An adjectival surname's endings in a case other than the nominative (Осадчій, Бережного, Лозовою). */
const ADJ_CASE_ENDING: Partial<Record<string, RegExp>> = { gen: /(?:ої|ого|ой|ого)$/, dat: /(?:ій|ому|ой)$/, ins: /(?:ою|им|ой|ым)$/, loc: /(?:ій|ому|ом)$/ };
const NOT_SURNAME_ADJ = new Set('другой такой какой молодой большой родной родний иной самой старой новой злой дорогой милой бедной такий який інший'.split(' '));
const HANDLE_AFTER = /^[*_]{0,2}[»"”]?[*_]{0,2},?[ \u00a0]*@[A-Za-z0-9_]/u;
const NAME_NOTE_AFTER = /^[»"”]?[ \u00a0]+is[ \u00a0]+(?:the|her|his|my)[ \u00a0]+(?:\p{L}+[ \u00a0]+)?name(?![\p{L}]|[ \u00a0]+of[ \u00a0])|^[ \u00a0]*\((?:(?:that|it)['’]s[ \u00a0]+|this[ \u00a0]+is[ \u00a0]+)?(?:her|his|my|їй|її|його|мое|моє|ее|её|его)[ \u00a0]+(?:working[ \u00a0]+|work[ \u00a0]+|street[ \u00a0]+|real[ \u00a0]+|chosen[ \u00a0]+|робоче[ \u00a0]+|рабочее[ \u00a0]+|справжнє[ \u00a0]+|настоящее[ \u00a0]+)?(?:name|ім['’ʼ]я|имя)/iu;
/** A bracket right after a word saying it is what someone is called. */
const NAMED_SO_AFTER = /^[ \u00a0]*\((?:так|як|как)[ \u00a0]+(?:її|його|ее|её|его|мене|меня|нас)[ \u00a0]+(?:\p{L}+[ \u00a0]+)?(?:називали|називають|звали|звуть|кличуть|кликали|называли|называют|зовут|кличут)|^[ \u00a0]*\((?:as|what)[ \u00a0]+(?:\p{L}+[ \u00a0]+){0,3}(?:called|call|calls|named)[ \u00a0]/iu;
/** Naming oneself: "I'm Will", "my name is Hope", "це Віра", "это Надежда". */
const SELF_NAMING_BEFORE = /(?:(?<![\p{L}])I['’]m|(?<![\p{L}])I\s+am|my\s+name\s+is|call\s+me|this\s+is|(?<![\p{L}])це\s+я,?|(?<![\p{L}])это\s+я,?|мене\s+звати|меня\s+зовут)[\s\u00a0]+$/iu;
/** Words a greeting stands beside that are nobody's name: "Hi, I'm Olena", "Hello, this is…". */
const NOT_GREETED = /^(?:I|I['’](?:m|ve|ll|d)|It|It['’]s|We|You|They|He|She|This|That|There|Thanks|Thank|Please|Sorry|Yes|No|OK|Okay)$/;
const GREETING_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${GREETING}|dear|дорог(?:а|ая|ий|ой)|шановн(?:а|ий)|уважаем(?:ая|ый))[,!]?[\s\u00a0]+$`, 'iu');
/** A past-tense verb just after a name, whose ending tells the gender: сказала/сказав/сказал, прийшла/пришёл. */
const VERB_AFTER_NAME = /^[ \u00a0,]*(?:(?:вже|уже|теж|тоже|також|ще|ещё|еще|не|потім|потом|тоді|тогда|сама|сам|одразу|сразу)[ \u00a0]+){0,2}(\p{Ll}{2,}(?:ла|лася|лась|ав|ів|ов|їв|ал|ил|ел|ёл|ыл|ял))(?![\p{L}])/u;
const ELDER = /^(старш|молодш|младш|senior|junior)/;
/** Car makes and car words: the capitalised word after them is a model (Skoda Octavia, на Daewoo Lanos), not a person. */
const CAR = new Set(`skoda škoda шкода daewoo деу дэу lada лада ваз заз zaz toyota тойота renault рено volkswagen vw фольксваген opel
  опель ford форд kia кіа киа hyundai хюндай хендай chevrolet шевроле nissan ніссан ниссан mazda мазда honda хонда bmw бмв
  mercedes мерседес audi ауді ауди peugeot пежо citroen citroën сітроен ситроен fiat фіат фиат geely джилі джили chery чері
  чери mitsubishi міцубісі мицубиси subaru субару suzuki сузукі сузуки volvo вольво dacia дачия jeep джип
  машина машині машину машиною машине машиной авто автомобіль автомобіля автомобиль автомобиля car van truck`.split(/\s+/));
/** Words that announce a surname (на прізвище Шеремета, фамилия — Кравец, a guy named Bilous). */
const SURNAME_CUE = new Set(`прізвище прізвищем прізвища фамилия фамилией фамилии фамилию named surname`.split(/\s+/));
const CUE_FILLER = new Set(`було була був є його її їхнє его ее её было была был есть is was his her`.split(/\s+/));
/** Inflection endings stripped from an unknown surname to find one entity for all its forms (Білоусом, Білоуса → Білоус). */
const UNKNOWN_END: Array<[RegExp, Case]> = [[/(ом|ем|ою|ею)$/, 'ins'], [/(ові|еві|єві)$/, 'dat'], [/[ауяю]$/, 'gen']];
/** Set phrases that open with a name-word and name nobody: "Слава богу", "Слава Україні". */
const IDIOM_AFTER = new Set(['слава богу', 'слава україні', 'слава героям', 'слава ісусу', 'слава иисусу', 'слава тобі', 'слава тебе', 'слава всевишньому', 'hope so', 'will do', 'mark my', 'faith in', 'hope for', 'hope of', 'hope that', 'love for', 'love of', 'joy of', 'grace period']);
/** Whether the word at `start` opens one of those set phrases. */
export function opensIdiom(text: string, start: number, word: string): boolean {
  const next = /^[ \u00a0]+(\p{L}+)/u.exec(text.slice(start + word.length, start + word.length + 24));
  return !!next && IDIOM_AFTER.has(`${word.toLowerCase()} ${next[1]!.toLowerCase()}`);
}
const PREP_AFTER_NOUN = new Set(`в у во к ко до на в із з зі із-за від для про над під по при між без о об of for in into to on at from with and и і й та да`.split(/\s+/));
const AFTER_SLOGAN = new Set(['Україні', 'Украине', 'Героям', 'Богу', 'Ісусу', 'Иисусу', 'Ukraine']);

const TOKEN = /[\p{L}][\p{L}\p{M}'ʼ’]*(?:-[\p{L}][\p{L}\p{M}'ʼ’]*)?/gu;
const SURNAME_SUFFIX_UK = /(енко|[чщ]ук|юк|[^аоеиіуяюєї]ук|ський|цький|зький|ська|цька|зька|ович|евич|ич|ак|як|ишин|ів|ов|ев|єв|ин|ін|ник|нік|чик|ець|ар|ань|ко|ова|ева|єва|іна|ина)$/;
const SURNAME_SUFFIX_RU = /(енко|ук|юк|ский|цкий|ская|цкая|ов|ова|ев|ева|ёв|ёва|ин|ина|ын|ына|ич|ак|як|ник|чик|ец|арь|ар|ань|ко)$/;
/** Suffixes that make a bare capitalised word a surname without any other context (not -ин/-ко/-ар: too many words). */
const FEMININE_NOUN_LIKE = /[оеє]в(а|и|і|у|ою|ої|ой|е)$/;
const STRONG_SUFFIX = /(енко|[чщ]ук|юк|[^аоеиіуяюєї]ук|ський|цький|зький|ська|цька|зька|ский|цкий|ская|цкая|ов|ова|ев|ева|єв|єва|ёв|ёва|ович|евич|ник|нік|чук)$/;
/** Case endings to strip from an unknown surname to find its base (Мельника → Мельник). */
const STRIP: Array<[RegExp, string, Case]> = [
  [/(ськ|цьк|зьк)ого$/, '$1ий', 'gen'], [/(ськ|цьк|зьк)ому$/, '$1ий', 'dat'], [/(ськ|цьк|зьк)им$/, '$1ий', 'ins'],
  [/(ськ|цьк|зьк)ої$/, '$1а', 'gen'], [/(ськ|цьк|зьк)ій$/, '$1а', 'dat'], [/(ськ|цьк|зьк)ою$/, '$1а', 'ins'],
  [/(ск|цк)ого$/, '$1ий', 'gen'], [/(ск|цк)ому$/, '$1ий', 'dat'], [/(ск|цк)ой$/, '$1ая', 'gen'],
  [/(ов|ев|ин|ын)ой$/, '$1а', 'gen'], [/(ов|ев|ин|ын)ым$/, '$1', 'ins'], [/(ов|ев|ин|ын|ів)ої$/, '$1а', 'gen'],
  [/енка$/, 'енко', 'gen'], [/енкові$/, 'енко', 'dat'], [/енком$/, 'енко', 'ins'],
  [/(ук|юк|ак|як|ич|ик)ові$/, '$1', 'dat'], [/(ук|юк|ак|як|ич|ик)ом$/, '$1', 'ins'], [/(ич)ем$/, '$1', 'ins'],
  [/(ник|нік|ець)ові$/, '$1', 'dat'], [/(ник|нік)ом$/, '$1', 'ins'], [/ц(я|ю|ем)$/, 'ець', 'gen'],
  [/(ук|юк|ак|як|ич|ик|ов|ев|ин|нік)а$/, '$1', 'gen'], [/(ук|юк|ак|як|ич|ик|ов|ев|ин|нік)у$/, '$1', 'dat'],
  [/(ов|ев|єв|ин|ін)ою$/, '$1а', 'ins'], [/(ов|ев|єв|ин|ін)ій$/, '$1а', 'dat'], [/(ов|ев|ин)ую$/, '$1а', 'acc'],
];

interface Tok {
  start: number;
  end: number;
  text: string;
  cap: boolean;
  sentInit: boolean;
  /** punctuation between the previous token and this one (trimmed) */
  gapBefore: string;
  lower: string;
  an?: Analysis[];
  guess?: Analysis;
  decided?: Analysis;
  isName?: boolean;
}

/**
 * Stands for a run of lower-case words far from any capitalised word. Like every token it has the
 * fields the passes fill in (an, guess, decided, isName) from the start, undefined: tokens that
 * gained them later, each in its own order, took many hidden shapes, and every read of a token's
 * field in every pass went through a slow, many-shaped property look-up.
 */
const SKIP: Tok = { start: -1, end: -1, text: '', cap: false, sentInit: false, gapBefore: '…', lower: '', an: undefined, guess: undefined, decided: undefined, isName: undefined };

/** Answers per language, keyed by the word itself (a key like lang + word would be a new string to hash at every look-up). */
const GUESS_CACHE: Record<Lang, Map<string, Analysis | null>> = { uk: new Map(), ru: new Map(), en: new Map() };
function guessSurname(word: string, lang: Lang): Analysis | undefined {
  const cache = GUESS_CACHE[lang];
  const hit = cache.get(word);
  if (hit !== undefined) return hit ?? undefined;
  const g = guessSurnameUncached(word, lang);
  if (cache.size > 50_000) cache.clear();
  cache.set(word, g ?? null);
  return g;
}
function guessSurnameUncached(word: string, lang: Lang): Analysis | undefined {
  if (lang === 'en') {
    if (word.length < 5 || !/^[A-Z][a-z]+$/.test(word)) return undefined;
    if (EN_PATRONYMIC.test(word)) return { base: word, gender: /na$/.test(word) ? 'female' : 'male', part: 'patronymic', case: 'nom', amb: true };
    if (EN_SURNAME.test(word)) return { base: word, gender: /[ai]$/.test(word) ? 'female' : 'male', part: 'surname', case: 'nom', amb: true };
    return undefined;
  }
  if (PATR_CYR.test(word)) {
    const female = /н(?:а|ы|и|і|е|у|ой|ою|ей)$/.test(word);
    return { base: word.replace(/(?<=н)(?:а|ы|и|і|е|у|ой|ою|ей)$/, 'а').replace(/(?<=ич)(?:а|у|ем|ові|е|і)$/, ''), gender: female ? 'female' : 'male', part: 'patronymic', case: 'nom', amb: true };
  }
  const re = lang === 'uk' ? SURNAME_SUFFIX_UK : SURNAME_SUFFIX_RU;
  for (const [rx, rep, c] of STRIP) {
    if (rx.test(word)) {
      const base = word.replace(rx, rep);
      if (re.test(base) && base.length > 3) {
        const female = /[аая]$/.test(base);
        return { base, gender: female ? 'female' : 'male', part: 'surname', case: c, amb: true };
      }
    }
  }
  if (re.test(word) && word.length > 3) {
    const female = /(ська|цька|ская|цкая|ова|ева|ина|ына|ёва)$/.test(word);
    return { base: word, gender: female ? 'female' : 'male', part: 'surname', case: 'nom', amb: true };
  }
  return undefined;
}

/** An unknown capitalised word taken as a surname: its entity is the word without its case ending. */
function unknownSurname(word: string): Analysis {
  const w = normApos(word);
  if (!startsLatin(w)) {
    for (const [rx, c] of UNKNOWN_END) {
      const base = w.replace(rx, '');
      if (base !== w && base.length >= 4) return { base, gender: 'male', part: 'surname', case: c === 'gen' ? 'nom' : c, amb: true };
    }
  }
  // an adjective's ending tells the gender: Гуменный, Білий are men; Гуменная, Біла are women
  const gender = /(?:ый|ий|ій|ой)$/.test(w) ? 'male' : /(?:ая|яя|ська|цька|зька)$/.test(w) ? 'female' : 'any';
  return { base: w, gender, part: 'surname', case: 'nom', amb: true };
}
/** unknownSurname(word).base.toLowerCase(), remembered per word: asked for every unexplained capitalised word. */
const UNKNOWN_STEM = new Map<string, string>();
function unknownStemKey(word: string): string {
  let key = UNKNOWN_STEM.get(word);
  if (key === undefined) {
    key = unknownSurname(word).base.toLowerCase();
    if (UNKNOWN_STEM.size > 50_000) UNKNOWN_STEM.clear();
    UNKNOWN_STEM.set(word, key);
  }
  return key;
}
/** One initial: a capital, or a Latin digraph for a Ukrainian letter (Yu. Pavlenko, Pavlenko Ya.). */
const INITIAL = String.raw`(?:\p{Lu}|${LATIN_INITIAL_DIGRAPHS})`;
const INITIAL_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}])${INITIAL}\.[ \u00a0]?(?:${INITIAL}\.[ \u00a0]?)?$`, 'u'); // (not across a line break: a signature, then a heading)
const CALL_SIGN_AFTER = /^-\d{1,3}(?![\p{L}\p{N}]|[.,:]\d)/u;
const SENTENCE_GOES_ON = /^(?:[*_)»"]*\s*(?:\p{Lu}|\n|$))/u;
const INITIAL_AFTER = new RegExp(String.raw`[ \u00a0]${INITIAL}\.(?:[ \u00a0]?${INITIAL}\.)?(?![\p{L}])`, 'uy');
const c0Latin = (s: string) => s.charCodeAt(0) < 0x80;
const normApos = (s: string) => (s.includes('’') || s.includes('ʼ') ? s.replace(/[’ʼ]/g, "'") : s);

/** Spelling variants across uk/ru orthography: Крістіна ↔ Кристина, Русік ↔ Русик, Эля ↔ Еля. */
const VARIANTS: Array<[RegExp, string]> = [[/і/g, 'и'], [/и/g, 'і'], [/э/g, 'е'], [/Э/g, 'Е'], [/ё/g, 'е'], [/е/g, 'є']];
/** Possessive adjectives from names: Оксанин, Соломійчину, Стасиній, Олегів, Олеговій, Петиного. */
const POSSESSIVE = /^(\p{Lu}\p{Ll}+?)(ин|ін|їн|ів|їв|ов|ев|єв)(а|у|і|е|о|ої|ій|ою|ого|ому|им|их|ими|ім|ой|ом|ую|ы|ых|ым|ыми|ое|ая|ые)?$/u;
interface Possessive { morph: string; ending: string }
const POSS_INFO = new WeakMap<Analysis, Possessive>();

function lookupExtended(w: string, lex: Record<Lang, Lex>, primary: Lang): { an?: Analysis[]; lang: Lang } | undefined {
  const other: Lang = primary === 'uk' ? 'ru' : 'uk';
  const firm = (form: string): { an: Analysis[]; lang: Lang } | undefined => {
    for (const l of [primary, other]) {
      const a = lex[l].get(form)?.filter((x) => !x.amb);
      if (a && a.length) return { an: a, lang: l };
    }
    return undefined;
  };
  // ОКСАНА in a signature: the title-case form, unambiguous readings only
  if (w.length >= 3 && w === w.toUpperCase() && w !== w.toLowerCase()) {
    const t = w[0] + w.slice(1).toLowerCase();
    return firm(t) ?? (isPlaceForm(t) ? undefined : lookupExtended(t, lex, primary));
  }
  for (const [rx, rep] of VARIANTS) {
    rx.lastIndex = 0;
    if (!rx.test(w)) continue;
    rx.lastIndex = 0;
    const hit = firm(w.replace(rx, rep));
    // (ё written as е is one spelling: every reading holds, Семёновна as Семеновна; the other swaps change language)
    const first = rep === 'е' && rx.source === 'ё' ? hit?.an : hit?.an.filter((a) => a.part === 'first');
    if (hit && first?.length && !isCommonWord(w)) return { an: first, lang: hit.lang };
  }
  const m = POSSESSIVE.exec(w);
  if (m && m[1]!.length >= 2 && !isPlaceForm(w) && !isCommonWord(w)) {
    const stem = m[1]!;
    const morph = m[2]!;
    const fem = /^(ин|ін|їн)$/.test(morph);
    const bases = fem ? [stem + 'а', stem + 'я', stem.replace(/ч$/, 'к') + 'а', stem] : [stem];
    for (const b of bases) {
      const hit = firm(b);
      const first = hit?.an.filter((a) => a.part === 'first' && a.case === 'nom');
      if (hit && first && first.length) {
        const out = first.map((a) => ({ ...a, case: 'nom' as Case }));
        for (const a of out) POSS_INFO.set(a, { morph, ending: m[3] ?? '' });
        return { an: out, lang: hit.lang };
      }
    }
  }
  return undefined;
}

/** Possessive of a pseudonym with the original's ending: Оксанину → Мартину, Олегову → Остапову. */
function possessiveOf(pseudo: string, p: Possessive): string {
  let stem: string;
  let morph: string;
  if (/[ая]$/.test(pseudo)) {
    stem = pseudo.slice(0, -1).replace(/к$/, 'ч');
    morph = /[ая]$/.test(pseudo) && /ь$/.test(stem) ? 'ин' : 'ин';
    if (stem.endsWith('ь')) stem = stem.slice(0, -1);
  } else {
    stem = pseudo.replace(/й$/, '');
    morph = p.ending === '' && /ів|їв/.test(p.morph) ? (pseudo.endsWith('й') ? 'їв' : 'ів') : pseudo.endsWith('й') ? 'єв' : 'ов';
  }
  return stem + morph + p.ending;
}

/** Per language, keyed by the word itself (see GUESS_CACHE). */
const EXT_CACHE: Record<Lang, Map<string, { an?: Analysis[]; lang: Lang } | null>> = { uk: new Map(), ru: new Map(), en: new Map() };
function lookup(word: string, lang: Lang, lex: Record<Lang, Lex>): { an?: Analysis[]; lang: Lang } {
  const r = lookupDirect(word, lang, lex);
  if (r.an || startsLatin(word)) return r;
  const cache = EXT_CACHE[lang];
  let hit = cache.get(word);
  if (hit === undefined) {
    hit = lookupExtended(normApos(word), lex, lang === 'ru' ? 'ru' : 'uk') ?? null;
    if (cache.size > 50_000) cache.clear();
    cache.set(word, hit);
  }
  return hit ?? r;
}

function lookupDirect(word: string, lang: Lang, lex: Record<Lang, Lex>): { an?: Analysis[]; lang: Lang } {
  const w = normApos(word);
  if (startsLatin(w)) return { an: lex.en.get(w), lang: 'en' };
  const primary: Lang = lang === 'ru' ? 'ru' : 'uk';
  const other: Lang = primary === 'uk' ? 'ru' : 'uk';
  const a = lex[primary].get(w);
  if (a) return { an: a, lang: primary };
  const b = lex[other].get(w);
  // A form known only in the other language needs context when it is also an ordinary word (ru "Коли" in a uk
  // text is "when"); "Вероника" in a uk story is a Russian-speaking woman, as firm as "Вероніка".
  const ordinary = b !== undefined && isCommonWord(w);
  return { an: b && b.map((x) => (x.amb || !ordinary ? x : { ...x, amb: true })), lang: other };
}

const isCap = (s: string) => {
  const c = s[0]!;
  return c !== c.toLowerCase() && (s.length < 2 || s[1] !== s[1]!.toUpperCase() || s.length === 1);
};

/** The replacement in capitals where the original was written in capitals (ТКАЧУК → ПАНАСЮК). */
export function matchCase(original: string, replacement: string): string {
  if (original.length > 1 && original === original.toUpperCase()) return replacement.toUpperCase();
  return replacement;
}

// ---- one person, two names: a short form and the full name (Олежик/Олег, Стефа/Стефанія) ----
let FAMILY: Map<string, string[]> | undefined;
/** Lower-case short form → the lower-case full names it may stand for (given.ts hypocoristic families). */
function family(): Map<string, string[]> {
  if (FAMILY) return FAMILY;
  FAMILY = new Map();
  for (const line of GIVEN.hypo.split('\n')) {
    const [full, short] = line.trim().split(':');
    if (!full || !short) continue;
    const fulls = full.split(',').map((f) => f.toLowerCase());
    for (const sh of short.split(',')) {
      const k = sh.toLowerCase();
      FAMILY.set(k, [...new Set([...(FAMILY.get(k) ?? []), ...fulls])]);
    }
  }
  return FAMILY;
}
const FULL_NAMES = new Set([
  ...(['uk', 'ru'] as const).flatMap((l) => [...GIVEN[l].female, ...GIVEN[l].male]).map((n) => n.toLowerCase()),
  ...GIVEN.hypo.split('\n').flatMap((l) => (l.split(':')[0] ?? '').trim().split(',')).filter(Boolean).map((n) => n.toLowerCase()),
]);
const SHORT_CASE_END = /(?:ою|ею|ця|ці|цю|цею|у|ю|і|ї|и|ы|е|а|я|о)$/;
function shortCase(w: string): Case {
  if (/(?:ою|ею)$/.test(w)) return 'ins';
  if (/[ую]$/.test(w)) return 'acc';
  if (/[іï]$/.test(w)) return 'dat';
  if (/[иы]$/.test(w)) return 'gen';
  return 'nom';
}
const DIM_SUFFIX = /(?:очка|ечка|енька|онька|уся|юся|уша|юша|чик|ик|ік|ко|ка|ька|ця|ок|ян|ан|а|я|о)$/;
const MUTATE: Record<string, string> = { ж: 'г', ч: 'к', ш: 'х' };
/** The full names (present in this document) that a short first name may stand for. */
function fullsFor(short: string, present: Set<string>): Set<string> {
  const out = new Set<string>();
  const fam = family();
  const stem = short.replace(DIM_SUFFIX, '');
  for (const key of [short, stem + 'а', stem + 'я', stem + 'ка', stem]) for (const f of fam.get(key) ?? []) if (present.has(f)) out.add(f);
  // Надійка, Марійка, Соломійка → Надія, Марія, Соломія
  if (stem.endsWith('й') && present.has(stem.slice(0, -1) + 'я')) out.add(stem.slice(0, -1) + 'я');
  if (stem.length >= 3) {
    const alt = stem.slice(0, -1) + (MUTATE[stem.slice(-1)] ?? stem.slice(-1));
    for (const f of present) if (f !== short && f.length > stem.length && (f.startsWith(stem) || f.startsWith(alt))) out.add(f);
  }
  return out;
}

/** Declined pseudonyms, shared by every document: "lang|pseudonym|gender|part|case" → the form. */
const DECLINED = new Map<string, string>();

/**
 * A pseudonym in the grammatical case of the name it replaces (Маланка → Маланці). Latin pseudonyms
 * and English documents keep the base form, and so does a base the decliner does not know.
 */
export function declinePseudonym(pseudo: string, lang: Lang, gender: Gender, part: Part, c: Case): string {
  if (lang === 'en' || startsLatin(pseudo)) return pseudo;
  const key = `${lang}|${pseudo}|${gender}|${part}|${c}`;
  let form = DECLINED.get(key);
  if (form === undefined) {
    try {
      form = paradigm(pseudo, lang, gender, part)[c][0] ?? pseudo;
    } catch {
      form = pseudo;
    }
    if (DECLINED.size > 20_000) DECLINED.clear();
    DECLINED.set(key, form);
  }
  return form;
}

export const detectNames: Detector = (text, ctx) => {
  const lex = loadLexicon();
  const allow = ctx.allow.phrases.map((p) => p.toLowerCase());
  const toks: Tok[] = [];
  /** Lower-case words of this document (4+ letters): a capitalised twin of one of them is an ordinary word. */
  const lowerIn = lowerCaseWords(text, []);
  const lowerSeen = { has: (w: string) => w.length > 3 && lowerIn.has(w) };
  /** Starts of words written "Петрук-старший": the hyphenated part marks a person. */
  const elder = new Set<number>();
  // Only words near a capitalised word matter as context (±2 words), so the other lower-case words
  // get no token object: a shared SKIP token stands for any run of them and breaks adjacency.
  const words = textWords(text);
  // (word k of the shared words, cut to `end` when the detector cuts it)
  const mk = (k: number, end: number, upper: boolean): Tok => {
    const start = words.start(k);
    const whole = end === words.end(k);
    const t = whole ? words.word(k) : text.slice(start, end);
    return {
      start,
      end,
      text: t,
      cap: upper && (end - start < 2 || !isUpperCode(text.charCodeAt(start + 1))),
      sentInit: false,
      // (an empty line between two words is a gap: a new paragraph is never "next to" a name)
      gapBefore: words.gap(k),
      lower: upper ? (whole ? words.lower(k) : t.toLowerCase()) : t,
      // (the fields the passes fill in, present from the start: see SKIP)
      an: undefined,
      guess: undefined,
      decided: undefined,
      isName: undefined,
    };
  };
  // pending lower-case words not yet materialised (their word indexes), two at most
  let p0 = -1, p1 = -1;
  let after = 0; // words still to materialise after a capitalised one
  let skipped = false;
  scanWords(text, (start, wEnd, k) => {
    const c0 = text.charCodeAt(start);
    const upper = isUpperCode(c0);
    let end = wEnd;
    if (!upper) {
      if (after > 0) {
        after--;
        toks.push(mk(k, end, false));
      } else {
        if (p0 >= 0) skipped = true;
        p0 = p1;
        p1 = k;
      }
      return;
    }
    if (end - start > 2) {
      // English possessive: Anna's → Anna
      const ch = text.charCodeAt(end - 1);
      const ap = text.charCodeAt(end - 2);
      if (ch === 115 && (ap === 39 || ap === 0x2019) && c0 < 0x80) end -= 2;
      // Hyphenated "Ткачук-старший", "Олег-молодший": the name is the capitalised part
      let h = -1;
      for (let k = start + 2; k < end - 1; k++) if (text.charCodeAt(k) === 45) { h = k; break; }
      if (h > start + 1 && h < end - 1 && !isUpperCode(text.charCodeAt(h + 1))) {
        if (ELDER.test(text.slice(h + 1, end))) elder.add(start);
        end = h;
      }
    }
    if (skipped) { toks.push(SKIP); skipped = false; }
    if (p0 >= 0) toks.push(mk(p0, words.end(p0), false));
    if (p1 >= 0) toks.push(mk(p1, words.end(p1), false));
    p0 = p1 = -1;
    toks.push(mk(k, end, true));
    after = 2;
  });

  /** Six-letter prefixes of the document's lower-case words, against capitalised common nouns at sentence starts. */
  const hasLowerPrefix = (p: string): boolean => lowerIn.has(PREFIX + p);

  /** "Will can confirm", "Will said": the word after a modal that is also a name is a verb no modal takes. */
  const modalNameNext = (i: number): boolean => {
    const next = toks[i + 1];
    return !!next && next.gapBefore === '' && (EN_AUX_AFTER.has(next.lower) || SPEECH.has(next.lower));
  };
  // Pass 1: candidates.
  for (let i = 0; i < toks.length; i++) {
    const tk = toks[i]!;
    if (!tk.cap && tk.text.length >= 3 && tk.lower !== tk.text && tk.text === tk.text.toUpperCase() && !c0Latin(tk.text)) {
      // ОКСАНА in a signature or a heading: a name only with a firm lexicon reading
      const { an } = lookup(tk.text, ctx.lang, lex);
      const firmAn = an?.filter((a) => !a.amb && (tk.text.length >= 4 || a.case === 'nom'));
      if (firmAn && firmAn.length) { tk.cap = true; tk.an = firmAn; tk.sentInit = isSentenceInitial(text, tk.start); }
      continue;
    }
    if (!tk.cap || STOP.has(tk.text)) continue;
    tk.sentInit = isSentenceInitial(text, tk.start);
    // (a modal that is also a name opening a sentence stays a candidate when a verb follows: "Will can confirm", "Will said")
    if (tk.sentInit && FUNCTION.has(tk.lower) && !(EN_MODAL_NAMES.has(tk.lower) && modalNameNext(i))) continue;
    const { an, lang } = lookup(tk.text, ctx.lang, lex);
    if (an) tk.an = an;
    else {
      const l: Lang = c0Latin(tk.text) ? 'en' : ctx.lang === 'ru' ? 'ru' : 'uk';
      if (l === 'en' || lang !== 'en') tk.guess = guessSurname(normApos(tk.text), l);
    }
  }

  const strong = (t?: Tok) => !!t && !!t.an && t.an.some((a) => !a.amb) && !STOP.has(t.text);
  const joined = (a: Tok, b: Tok) => b.gapBefore === '';
  // Whether a token is never a name. Every pass asks, so the answer is worked out once per token,
  // apart from the one thing later passes change: whether the token has a firm lexicon reading.
  // A table's header cells name columns: an ordinary word there is no person ("| Date | Name | In |"),
  // a name is (a rota's columns may be people: "| Час | Оля | Таня |")
  const headerRows = tableHeaderRows(text);
  const neverAlways = (i: number): boolean => {
    const tk = toks[i]!;
    if (headerRows.length && inRanges(headerRows, tk.start) && isCommonWord(tk.text)) return true;
    const prev = toks[i - 1];
    const next = toks[i + 1];
    if (prev && NOT_AFTER.has(prev.lower) && tk.gapBefore === '') return true;
    if (next && NOT_BEFORE.has(next.lower) && next.gapBefore === '') return true;
    if (isKnownProperNoun(tk.text)) return true; // Грузії, Азербайджану, Viber
    // "у Знам'янському відділку": an adjective made from a place, before a police station or a court
    if (ctx.lang !== 'en' && !c0Latin(tk.text) && isLocalAdjective(text, tk.start, tk.end, ctx.lang)) return true;
    // "живу в Смоляниновой", "приїхала з Гайворона": a place after a verb of living or coming from
    if (prev && tk.gapBefore === '' && LIVE_PREP.has(prev.lower) && toks[i - 2] && prev.gapBefore === '' && LIVE_VERB.test(toks[i - 2]!.lower)) return true;
    if (prev && CAR.has(prev.lower) && tk.gapBefore === '') return true;
    if (tk.text === 'Слава') {
      if (next && AFTER_SLOGAN.has(next.text)) return true;
    }
    return false;
  };
  /** Never a name unless it has a firm (unambiguous) lexicon reading. */
  const neverUnlessFirm = (i: number): boolean => {
    const tk = toks[i]!;
    const prev = toks[i - 1];
    if (ROLES.has(tk.lower) || isPlaceForm(tk.text)) return true;
    // "lived in Bobrynetsko", "outside Haisyn": after these a capitalised word is a place
    return !!prev && tk.gapBefore === '' && c0Latin(tk.text) && EN_PLACE_PREP.has(prev.lower);
  };
  const NEVER = 1;
  const NEVER_UNLESS_FIRM = 2;
  const KNOWN = 4;
  const neverFlags = new Uint8Array(toks.length);
  const isNever = (i: number) => {
    let f = neverFlags[i]!;
    if (f === 0) {
      f = KNOWN | (neverAlways(i) ? NEVER : 0) | (neverUnlessFirm(i) ? NEVER_UNLESS_FIRM : 0);
      neverFlags[i] = f;
    }
    if (f & NEVER) return true;
    if (!(f & NEVER_UNLESS_FIRM)) return false;
    const tk = toks[i]!;
    return !(tk.an && tk.an.some((a) => !a.amb));
  };

  const contextOf = (i: number): boolean => {
    const tk = toks[i]!;
    const prev = toks[i - 1];
    const next = toks[i + 1];
    if (prev && ROLES.has(prev.lower) && tk.gapBefore === '') return true;
    if (prev && SPEECH.has(prev.lower) && (tk.gapBefore === '' || tk.gapBefore === ',')) return true;
    if (next && SPEECH.has(next.lower) && (next.gapBefore === '' || next.gapBefore === ',' || next.gapBefore === '—')) return true;
    if ((prev && joined(prev, tk) && strong(prev)) || (next && joined(tk, next) && strong(next))) return true;
    // another name across a dash: "Rose — Roza Tsurkan in her documents — is…"
    if ((next && /^[—–]$/.test(next.gapBefore) && strong(next)) || (prev && /^[—–]$/.test(tk.gapBefore) && strong(prev))) return true;
    // a list of names: "Участницы: Любовь, Надежда, Тая, Кристи" (a firm name on either side; "Вера, Надежда, Любовь" alone stays)
    if ((next && next.gapBefore === ',' && strong(next) && next.an!.some((a) => a.part === 'first')) || (prev && tk.gapBefore === ',' && strong(prev) && prev.an!.some((a) => a.part === 'first'))) return true;
    // coordination: "Rose and Grace", "Віра й Оксана", "ХРИСТИНИ & БОГДАНА"
    if ((next && next.gapBefore === '&' && strong(next)) || (prev && tk.gapBefore === '&' && strong(prev))) return true;
    const nn = toks[i + 2];
    if (next && nn && next.gapBefore === '' && nn.gapBefore === '' && COORD.has(next.lower) && strong(nn)) return true;
    if (next && next.gapBefore === '' && c0Latin(tk.text) && EN_SUBJ_VERB.has(next.lower)) return true;
    if (EN_MODAL_NAMES.has(tk.lower) && tk.text !== 'WILL' && modalNameNext(i)) return true;
    // vocative: "Надю, …", "Олеже!"
    if (next && /^[,!]/.test(next.gapBefore) && tk.an?.some((a) => a.case === 'voc' && !a.amb)) return true;
    // a form that can only be a vocative is an address even when the name is an ordinary word: "Віро, тобі…"
    if (next && /^[,!]/.test(next.gapBefore) && tk.an?.length && tk.an.every((a) => a.case === 'voc')) return true;
    // greeted: "Романе, доброго дня", "Вера, привет", "Faith, good evening", "Привіт, Віро!", "Dear Will,"
    if (!NOT_GREETED.test(tk.text) && (GREETING_AFTER.test(text.slice(tk.end, tk.end + 24)) || GREETING_BEFORE.test(text.slice(Math.max(0, tk.start - 24), tk.start)))) return true;
    if (lineBreakThenMarks(text, Math.max(0, tk.start - 40), tk.start) && SIGN_OFF_BEFORE.test(text.slice(Math.max(0, tk.start - 40), tk.start))) return true;
    // a list of people, each in bold at the start of her item: "4. **Ліна** з Новомиргорода", "- **Надія**, 34"
    if (boldMarkBefore(text, Math.max(0, tk.start - 12), tk.start) && BOLD_ITEM_BEFORE.test(text.slice(Math.max(0, tk.start - 12), tk.start)) && /^(?:\*\*|__)/.test(text.slice(tk.end, tk.end + 2)) && tk.an?.some((a) => a.part === 'first')) return true;
    // a quote's or a note's attribution, alone at the end of its line: "…не роза. — *Вита*", "— Dev"
    if (ATTRIBUTION_BEFORE.test(text.slice(Math.max(0, tk.start - 8), tk.start)) && ATTRIBUTION_AFTER.test(text.slice(tk.end, tk.end + 90))) return true;
    // her role said right after her: "Лилия (волонтёр) осталась", "Надія, наша волонтерка", "Mark from the legal team"
    if (next && (next.gapBefore === '(' || next.gapBefore === ',')) {
      const role = ROLE_DETERMINERS.has(next.lower) && toks[i + 2]?.gapBefore === '' ? toks[i + 2] : next;
      if (role && ROLES.has(role.lower.replace(/ё/g, 'е'))) return true;
    }
    if (c0Latin(tk.text) && FROM_TEAM_AFTER.test(text.slice(tk.end, tk.end + 48))) return true;
    // "Тому (так її називали подруги) знали…", "Ivy (that is what she goes by)": a name said to be one
    if (NAMED_SO_AFTER.test(text.slice(tk.end, tk.end + 40))) return true;
    // said to be a name before it or after it: pseudonym "April", "Sunny", @sunny_kr_girl; Ruby (her working name)
    if (PSEUDONYM_BEFORE.test(text.slice(Math.max(0, tk.start - 24), tk.start)) || HANDLE_AFTER.test(text.slice(tk.end, tk.end + 6)) || phoneAfter(text.slice(tk.end, tk.end + 24)) || NAME_NOTE_AFTER.test(text.slice(tk.end, tk.end + 40))) return true;
    if (SELF_NAMING_BEFORE.test(text.slice(Math.max(0, tk.start - 16), tk.start)) && !tk.sentInit) return true;
    // where she is from: "Маринка з Теплого пропала", "Ivy from Bobrynets called" (a capitalised place, not God)
    if (next && nn && next.gapBefore === '' && nn.gapBefore === '' && FROM_PLACE.has(next.lower) && nn.cap && !nn.sentInit && !GOD.has(nn.lower) && tk.an?.some((a) => a.part === 'first')) return true;
    if (!next && tk.an?.some((a) => a.case === 'voc')) return /^\s*[,!]/.test(text.slice(tk.end, tk.end + 2));
    return false;
  };
  /** Capitalised inside a sentence and not part of a Title Case run (a heading, an institution's name). */
  const midSentence = (i: number): boolean => {
    const tk = toks[i]!;
    if (tk.sentInit) return false;
    const prev = toks[i - 1];
    if (prev && tk.gapBefore === '' && (prev.lower === 'the' || prev.lower === 'a' || prev.lower === 'an')) return false;
    return true;
  };
  /**
   * A sentence-initial common-word name confirmed elsewhere in the document is that person unless a
   * preposition follows it, as in the abstract noun ("Віра в людей", "Любовь к бумажкам", "Hope for").
   */
  const personNext = (i: number): boolean => {
    const next = toks[i + 1];
    if (!next) return true;
    if (next.gapBefore !== '') return true;
    return !PREP_AFTER_NOUN.has(next.lower) && !IDIOM_AFTER.has(`${toks[i]!.lower} ${next.lower}`);
  };

  const confirmed = new Set<string>();
  const isInitialTok = (t?: Tok) => !!t && t.end - t.start === 1 && isUpperCode(text.charCodeAt(t.start)) && text.charCodeAt(t.end) === 46;
  /** "О. Сиротюк" at a line start or in a signature: a surname after an initial, even sentence-initial. */
  const afterInitial = (i: number) => {
    const tk = toks[i]!;
    // (on the same line: "Ya. M." ending a signature does not make the next line's first word a surname)
    return tk.gapBefore === '.' && isInitialTok(toks[i - 1]) && !FUNCTION.has(tk.lower) && tk.text.length >= 3 && !text.slice(toks[i - 1]!.end, tk.start).includes('\n');
  };
  // Pass 2: decide tokens with lexicon analyses.
  for (let i = 0; i < toks.length; i++) {
    const tk = toks[i]!;
    if (!tk.an || isNever(i)) continue;
    const clear = tk.an.some((a) => !a.amb);
    const en = c0Latin(tk.text);
    if (clear && !(en && tk.sentInit && tk.text.length <= 2)) tk.isName = true;
    else if (contextOf(i)) tk.isName = true;
    else if (afterInitial(i)) tk.isName = true;
    else if (midSentence(i)) tk.isName = true; // capitalised mid-sentence
    if (tk.isName) for (const a of tk.an) confirmed.add(a.base.toLowerCase());
  }
  // A short form confirmed as a name confirms the full name it stands for: "**Надійка**. Надія померла…"
  // (the full name's sentence-initial mentions then count when no preposition follows, as above).
  if (confirmed.size) {
    const present = new Set<string>();
    for (const t of toks) if (t.an) for (const a of t.an) if (a.part === 'first') present.add(a.base.toLowerCase());
    for (const b of [...confirmed]) for (const f of fullsFor(b, present)) confirmed.add(f);
  }
  // pseudonym "April", на прізвисько «Бес»: what the text says is a name is one, month and ordinary word alike
  // (the cue alone decides; Pass 3b below leaves these tokens alone)
  for (let i = 1; i < toks.length; i++) {
    const tk = toks[i]!, prev = toks[i - 1]!;
    if (tk.isName || !tk.cap || !NICK_CUE.has(prev.lower) || !/^(|:|—|–|-|,|«|"|“|„|')$/.test(tk.gapBefore)) continue;
    if (STOP.has(tk.text) && !/^(?:April|May|June|August)$/.test(tk.text)) continue; // (a month can be one: pseudonym "April")
    tk.isName = true;
    if (!tk.an?.length) tk.an = [unknownSurname(tk.text)];
  }
  // "Grace and Hope came": an ordinary-word name opening a sentence, coordinated with a name decided above
  for (let i = 0; i + 2 < toks.length; i++) {
    const tk = toks[i]!, next = toks[i + 1]!, nn = toks[i + 2]!;
    if (tk.isName || !tk.an || !tk.sentInit || isNever(i)) continue;
    if (next.gapBefore === '' && nn.gapBefore === '' && COORD.has(next.lower) && nn.isName && nn.an && !isNever(i + 2)) {
      tk.isName = true;
      for (const a of tk.an) confirmed.add(a.base.toLowerCase());
    }
  }
  // Pass 3: surname guesses next to confirmed names, after role words, or with a strong suffix
  // mid-sentence; then names glued to a first name/patronymic (Тамара Егоровна Бондарь).
  for (let i = 0; i < toks.length; i++) {
    const tk = toks[i]!;
    if (tk.isName || !tk.cap) continue;
    if (!tk.an && !tk.guess) {
      // "капітан Дорошук", "Captain Doroshuk", "подруга Мирося": after a role word any capitalised word is a person
      const prev = toks[i - 1];
      if (prev && tk.gapBefore === '' && ROLES.has(prev.lower) && tk.text.length > 2 && !STOP.has(tk.text) && !FUNCTION.has(tk.lower) && !isNever(i)) {
        tk.guess = unknownSurname(tk.text);
      } else continue;
    }
    if (isNever(i)) continue;
    if (tk.an) {
      // a common-word name confirmed elsewhere: its sentence-initial mentions only when a verb follows
      if (tk.an.some((a) => confirmed.has(a.base.toLowerCase())) && (!tk.sentInit || personNext(i))) tk.isName = true;
      continue;
    }
    if (!tk.guess) continue;
    const prev = toks[i - 1];
    const next = toks[i + 1];
    const nearName = (prev?.isName && tk.gapBefore === '') || (next?.isName && next.gapBefore === '');
    const afterRole = prev && ROLES.has(prev.lower) && tk.gapBefore === '';
    // (a word the text also writes in lower case is an ordinary word, unless a police rank stands before it: "капітан Литвин", "литвин дзвонив")
    if ((lowerSeen.has(tk.lower) && !(prev && tk.gapBefore === '' && POLICE_RANK.test(prev.lower))) || (tk.sentInit && hasLowerPrefix(tk.lower.slice(0, 6)))) continue;
    // a verb or a noun opening the sentence before a name is no surname: "Вийшов Мирон"
    if (tk.sentInit && !afterRole && isCommonWord(tk.text)) continue;
    // With no person context, an -ова/-ева ending alone is not enough for an ordinary feminine
    // noun ("… Історія Відмова в медичній допомозі"). Nouns like колесник stay names: fail closed.
    const bare =
      elder.has(tk.start) ||
      (midSentence(i) &&
        tk.guess.base.length > 4 &&
        (STRONG_SUFFIX.test(tk.guess.base) || (c0Latin(tk.text) && tk.guess.part !== 'patronymic')) &&
        !(FEMININE_NOUN_LIKE.test(tk.lower) && isCommonWord(tk.text)));
    if (nearName || afterRole || bare) {
      tk.isName = true;
      tk.an = [tk.guess];
      confirmed.add(tk.guess.base.toLowerCase());
    }
  }
  for (let i = 0; i < toks.length; i++) {
    const tk = toks[i]!;
    if (!tk.isName && tk.guess && !tk.an && confirmed.has(tk.guess.base.toLowerCase()) && !isNever(i)) {
      tk.isName = true;
      tk.an = [tk.guess];
    }
  }
  // Capitalised words glued to a first name + patronymic, or after a clear first name mid-sentence
  // (in capitals too, beside a name in capitals: "ГАЛИНИ ПЕТРІВНИ ЗОРІ", "ГЛАДКА ЗОРЯНА ВІКТОРІВНА").
  const allCaps = (s: string) => s.length >= 3 && s === s.toUpperCase() && s !== s.toLowerCase();
  const cyrCaps = (t: Tok) => allCaps(t.text) && !c0Latin(t.text);
  /** Two tokens on one line (a heading in capitals is not the surname of the name below it). */
  const sameLine = (a: Tok, b: Tok) => !text.slice(a.end, b.start).includes('\n');
  for (let i = 1; i < toks.length; i++) {
    const tk = toks[i]!;
    const prev = toks[i - 1]!;
    if (tk.isName || (!tk.cap && !(cyrCaps(tk) && cyrCaps(prev) && sameLine(prev, tk))) || tk.sentInit || tk.gapBefore !== '') continue;
    if (!prev.isName || !prev.an) continue;
    if (STOP.has(tk.text) || FUNCTION.has(tk.lower) || lowerSeen.has(tk.lower) || isNever(i)) continue;
    // "Надежда Петровна Ряд 6: …": an ordinary word before a number is a stall or a row, not her surname
    if (isCommonWord(tk.text) && /^[ \u00a0]*\d/.test(text.slice(tk.end, tk.end + 3))) continue;
    const pPart = prev.an[0]!.part;
    const prev2 = toks[i - 2];
    const afterPatr = pPart === 'patronymic' && prev2?.isName && prev.gapBefore === '';
    const afterFirst = pPart === 'first' && prev.an.some((a) => !a.amb) && tk.text.length >= 3 && !/^[A-Z]/.test(tk.text) === !c0Latin(prev.text);
    if (!afterPatr && !afterFirst) continue;
    const g = prev.an[0]!.gender;
    tk.isName = true;
    tk.an = [{ base: tk.text, gender: g, part: 'surname', case: 'nom', amb: true }];
  }

  // A capitalised word before a first name + patronymic is the surname, whatever its ending
  // (Нетудихата Олена Вікторівна).
  for (let i = 0; i + 2 < toks.length; i++) {
    const tk = toks[i]!;
    const n1 = toks[i + 1]!;
    const n2 = toks[i + 2]!;
    if (tk.isName || (!tk.cap && !(cyrCaps(tk) && cyrCaps(n1) && sameLine(tk, n1))) || tk.text.length < 3 || n1.gapBefore !== '' || n2.gapBefore !== '') continue;
    if (!n1.isName || !n2.isName || !n1.an?.some((a) => a.part === 'first') || !n2.an?.some((a) => a.part === 'patronymic')) continue;
    if (STOP.has(tk.text) || FUNCTION.has(tk.lower) || ROLES.has(tk.lower) || lowerSeen.has(tk.lower) || isNever(i)) continue;
    // a sentence-initial verb (Підписала Ганна Степанівна …) is no surname
    // (a surname's own ending says otherwise: "Скворцова Надежда Петровна", though the dictionary knows the word)
    // (after a form's label, "Пассажир: Корень Надежда Олеговна", an ordinary word is the surname, a verb still not)
    const afterLabel = /:[*_]*[ \u00a0]*$/.test(text.slice(Math.max(0, tk.start - 4), tk.start));
    if (tk.sentInit && ((isCommonWord(tk.text) && !STRONG_SUFFIX.test(tk.lower) && !afterLabel) || (!tk.guess && /(?:ла|ли|ло|лась|лася|лися|лись|лся|вся|ться|ть|ає|ує|ить|ал|ил|ел)$/.test(tk.lower)))) continue;
    const g = n1.an.find((a) => a.part === 'first')!.gender;
    tk.isName = true;
    tk.an = [{ ...unknownSurname(tk.text), gender: g }];
  }
  // The word just before a clear first name, on its line, is her surname though the dictionary knows it:
  //  - with a surname's ending: "Соломко Геннадий", "Кому: Бережной Ксении" (not "Другой Олег", "Молодой Иван"),
  //    in the first name's case when that is clear ("Бережной Ксении" → "Савиновой Варвары");
  //  - in capitals beside a first name in capitals, when it can be a surname at all: "ТКАЧУК ВАЛЕНТИНА".
  for (let i = 0; i + 1 < toks.length; i++) {
    const tk = toks[i]!;
    const n1 = toks[i + 1]!;
    if (tk.isName || n1.gapBefore !== '' || !sameLine(tk, n1) || !n1.isName || !n1.an?.some((a) => a.part === 'first' && !a.amb)) continue;
    if (STOP.has(tk.text) || FUNCTION.has(tk.lower) || ROLES.has(tk.lower) || isNever(i)) continue;
    const firsts = n1.an.filter((a) => a.part === 'first' && !a.amb);
    // (or anything after a form's label, the surname first: "Замовник: Осадча Мирослава")
    // ("Кому: Осадчій Мирославі": in another case, with an adjective's ending of that case)
    const labelled = tk.cap && !c0Latin(tk.text) && tk.text.length >= 4 && firsts.some((a) => a.case === 'nom' || (ADJ_CASE_ENDING[a.case]?.test(tk.lower) ?? false)) && /:[*_]*[ \u00a0]*$/.test(text.slice(Math.max(0, tk.start - 4), tk.start)) && !isKnownProperNoun(tk.text);
    if ((tk.cap && tk.text.length >= 5 && SURNAME_BEFORE_FIRST.test(tk.lower) && !NOT_SURNAME_ADJ.has(tk.lower) && !lowerSeen.has(tk.lower)) || labelled) {
      const c = firsts.every((a) => a.case !== 'nom') ? firsts[0]!.case : 'nom';
      tk.isName = true;
      tk.an = [{ ...unknownSurname(tk.text), gender: firsts[0]!.gender, case: c }];
      continue;
    }
    if (!cyrCaps(tk) || !cyrCaps(n1)) continue;
    const title = tk.text[0] + tk.lower.slice(1);
    if (!tk.an?.some((a) => a.part === 'surname') && !guessSurname(title, ctx.lang) && isCommonWord(title)) continue;
    tk.isName = true;
    tk.an = [{ ...unknownSurname(title), gender: n1.an.find((a) => a.part === 'first')!.gender }];
  }
  // After a title (Sergeant, Ms, пані, майор) up to three capitalised words are the name
  // (in capitals after a title in capitals: "КАПІТАН ЛИТВИН" in a zine's headline).
  for (let i = 0; i < toks.length; i++) {
    if (!TITLES.has(toks[i]!.lower) && !(ROLES.has(toks[i]!.lower) && allCaps(toks[i]!.text))) continue;
    const capsTitle = allCaps(toks[i]!.text);
    for (let k = i + 1; k <= i + 3 && k < toks.length; k++) {
      const t = toks[k]!;
      const tc = t.text[0] + t.text.slice(1).toLowerCase();
      // (an ordinary word after it only when the lexicon knows it as a surname: "КАПІТАН ЛИТВИН", not "КАПІТАН ЗАВЖДИ")
      if (capsTitle && allCaps(t.text) && t.gapBefore === '' && !t.isName && !STOP.has(t.text) && !FUNCTION.has(t.lower) && !ROLES.has(t.lower) && !isNever(k) && (!isCommonWord(tc) || analyseName(tc, ctx.lang).some((a) => a.part === 'surname'))) {
        t.isName = true;
        t.an = t.an?.length ? t.an : [t.guess ?? unknownSurname(tc)];
        break;
      }
      const gapOk = t.gapBefore === '' || (k === i + 1 && t.gapBefore === '.' && /^(?:mr|mrs|ms|dr|sgt|lt|capt|det|insp|cpl)$/.test(toks[i]!.lower));
      if (!t.cap || !gapOk || t.text.length < 2 || STOP.has(t.text) || FUNCTION.has(t.lower) || TITLES.has(t.lower)) break;
      if (isNever(k) || lowerSeen.has(t.lower)) break;
      if (!t.isName) {
        t.isName = true;
        t.an = t.an?.length ? t.an : [t.guess ?? unknownSurname(t.text)];
      }
    }
  }

  // Pass 3b: an unknown capitalised word (no lexicon reading, no ordinary-word reading, not a place)
  // in a person context: next to a speech/action verb (Кравец сказал, зателефонував Білоусу), after a
  // surname cue (фамилия — Шеремета, на прізвище Савенок), or with initials (С. Гнатюк, Гнатюк С.В.).
  // Once one form is confirmed, its other forms in the document are the same person.
  const unknownStems = new Map<string, Analysis>();
  for (const tk of toks) if (tk.isName && tk.an?.length === 1 && tk.an[0]!.part === 'surname' && tk.an[0]!.amb) unknownStems.set(unknownStemKey(tk.text), tk.an[0]!);
  const isInitial = (t?: Tok) => !!t && t.end - t.start === 1 && isUpperCode(text.charCodeAt(t.start)) && text.charCodeAt(t.end) === 46;
  const plausible = (i: number, surnameSaid = false): boolean => {
    const tk = toks[i]!;
    if (tk.isName || !tk.cap || tk.text.length < 3 || STOP.has(tk.text) || FUNCTION.has(tk.lower) || ROLES.has(tk.lower)) return false;
    if (lowerSeen.has(tk.lower) || CAR.has(tk.lower) || isNever(i)) return false;
    if (tk.an && !tk.an.every((a) => a.amb)) return false;
    if (c0Latin(tk.text)) return /^[A-Z][a-z\u00df-\u00ff\u0100-\u017f]+$/.test(tk.text) && !tk.an;
    // (after "фамилия:" the word is her surname even when the dictionary knows it: "назвала: Гуменный")
    return !tk.an && (surnameSaid || !isCommonWord(tk.text));
  };
  for (let i = 0; i < toks.length; i++) {
    const tk = toks[i]!;
    if (tk.isName || !tk.cap || tk.an) continue;
    const prev = toks[i - 1];
    const prev2 = toks[i - 2];
    const next = toks[i + 1];
    let cue = false;
    // "Фамилию одного назвала: Гуменный", "прізвище він сказав — Дзюба": the surname word a few words back, a colon or dash before
    const surnameSaid = (prev && SURNAME_CUE.has(prev.lower) && /^(|:|—|–|-)$/.test(tk.gapBefore)) ||
      (/^(?::|—|–)$/.test(tk.gapBefore) && [2, 3, 4].some((k) => toks[i - k] && SURNAME_CUE.has(toks[i - k]!.lower) && sameLine(toks[i - k]!, tk)));
    if (surnameSaid) cue = true;
    else if (prev && SPEECH.has(prev.lower) && (tk.gapBefore === '' || tk.gapBefore === ',')) cue = true;
    else if (next && SPEECH.has(next.lower) && !tk.sentInit && (next.gapBefore === '' || next.gapBefore === ',' || next.gapBefore === '—')) cue = true;
    else if (next && SPEECH.has(next.lower) && tk.sentInit && next.gapBefore === '' && !c0Latin(tk.text)) cue = true;
    // ("фамилия, Шеремета": a comma after the surname word is a cue too, without the dictionary allowance above)
    else if (prev && SURNAME_CUE.has(prev.lower) && tk.gapBefore === ',') cue = true;
    else if (prev && MEET.has(prev.lower) && tk.gapBefore === '' && !tk.sentInit && !text.slice(prev.end, tk.start).includes('\n')) cue = true;
    else if (prev && COORD_NAME.has(prev.lower) && tk.gapBefore === '' && prev.gapBefore === '' && toks[i - 2]?.isName && !tk.sentInit) cue = true;
    else if (prev && prev2 && CUE_FILLER.has(prev.lower) && SURNAME_CUE.has(prev2.lower) && tk.gapBefore === '' && prev.gapBefore === '') cue = true;
    else if (isInitial(prev) && tk.gapBefore === '.') cue = true;
    // a nickname in quotes between the first name and the surname: 'Aisling "Ash" Devaney', 'Олександра «Шура» Дзюба'
    else if (NICKNAME_BETWEEN_AFTER.test(text.slice(tk.end, tk.end + 40)) || (closingQuoteThenSpaces(text, Math.max(0, tk.start - 40), tk.start) && NICKNAME_BETWEEN_BEFORE.test(text.slice(Math.max(0, tk.start - 40), tk.start)))) cue = true;
    else if (isInitial(next) && next!.gapBefore === '' && (tk.guess || !tk.sentInit || isInitial(toks[i + 2]))) cue = true;
    else if (!tk.sentInit && tk.text.length >= 6) {
      // a spelling correction or a near-repeat of a name a few words back: "Савенко, ні, Савенок"
      for (let k = i - 1; k >= Math.max(0, i - 5) && !cue; k--) {
        const o = toks[k]!;
        if (o.isName && o.text.length >= 6 && o.lower.slice(0, 5) === tk.lower.slice(0, 5)) cue = true;
      }
    }
    if (!cue || !plausible(i, !!surnameSaid)) continue;
    const a = unknownSurname(tk.text);
    tk.isName = true;
    tk.an = [a];
    unknownStems.set(a.base.toLowerCase(), a);
    // a foreign two-word name after the cue: "met Benedek Tóth"
    const n1 = toks[i + 1];
    if (n1 && n1.gapBefore === '' && !n1.isName && !n1.an && plausible(i + 1)) { n1.isName = true; n1.an = [{ ...unknownSurname(n1.text), part: 'surname' }]; }
  }
  if (unknownStems.size) {
    for (let i = 0; i < toks.length; i++) {
      const tk = toks[i]!;
      if (tk.isName || !tk.cap || tk.an) continue;
      if (!unknownStems.has(unknownStemKey(tk.text)) || !plausible(i)) continue;
      tk.isName = true;
      tk.an = [unknownSurname(tk.text)];
    }
  }

  // Pass 3c: a short form the lexicon does not know, cut from a full first name of this document
  // ("Стефа", "Стефу", "Стефця" beside "Стефанія"): the same person.
  {
    const fulls: Analysis[] = [];
    for (const tk of toks) {
      if (!tk.isName || !tk.an) continue;
      for (const a of tk.an) if (a.part === 'first' && !a.amb && FULL_NAMES.has(a.base.toLowerCase()) && !fulls.some((f) => f.base === a.base)) fulls.push(a);
    }
    if (fulls.length) {
      for (let i = 0; i < toks.length; i++) {
        const tk = toks[i]!;
        if (tk.isName || !tk.cap || tk.an || tk.text.length < 4 || !plausible(i)) continue;
        const stem = tk.lower.replace(SHORT_CASE_END, '').replace(DIM_SUFFIX, '');
        if (stem.length < 4) continue;
        const hits = fulls.filter((f) => { const b = f.base.toLowerCase(); return b.length >= stem.length + 2 && b.startsWith(stem); });
        if (new Set(hits.map((h) => h.base.toLowerCase())).size !== 1) continue;
        tk.isName = true;
        tk.an = [{ base: hits[0]!.base, gender: hits[0]!.gender, part: 'first', case: shortCase(tk.lower), amb: true }];
      }
    }
  }

  // Pass 4: choose one analysis per name token (gender from neighbours) and build spans.
  // How often each base is a candidate among the name mentions: "Овчинникова" (gen. of Овчинников, or
  // a woman's nominative) follows "Овчинниковым" elsewhere in the document.
  const baseCount = new Map<string, number>();
  for (const tk of toks) {
    if (!tk.isName || !tk.an) continue;
    const seen = new Set<string>();
    for (const a of tk.an) if (!seen.has(a.base)) { seen.add(a.base); baseCount.set(a.base, (baseCount.get(a.base) ?? 0) + 1); }
  }
  // A short first name stands for the full name of the same family when only one such full name is
  // in the document: both get one entity and one pseudonym.
  const alias = new Map<string, Analysis>();
  {
    const present = new Map<string, Analysis>();
    const shorts = new Map<string, Set<string>>();
    for (const tk of toks) {
      if (!tk.isName || !tk.an) continue;
      for (const a of tk.an) {
        if (a.part !== 'first') continue;
        const b = a.base.toLowerCase();
        if (FULL_NAMES.has(b)) present.set(b, present.get(b) && !present.get(b)!.amb ? present.get(b)! : a);
        else shorts.set(b, (shorts.get(b) ?? new Set()).add(a.gender));
      }
    }
    if (present.size > 0 && shorts.size > 0) {
      const keys = new Set(present.keys());
      for (const [sh, genders] of shorts) {
        const fulls = new Set([...fullsFor(sh, keys)].filter((f) => genders.has(present.get(f)!.gender) || genders.has('any') || present.get(f)!.gender === 'any'));
        // uk/ru spellings of one name (Стефанія/Стефания) are one
        const distinct = new Set([...fulls].map((f) => f.replace(/[іїє]/g, 'и').replace(/ё/g, 'е').replace(/ья$/, 'ия')));
        if (distinct.size === 1) alias.set(sh, present.get([...fulls][0]!)!);
      }
    }
  }
  const spans: Span[] = [];
  const pseudos = new Map<string, string>();
  const docLang: Lang = ctx.lang;
  // "Слава сказала", "Саша пришёл": a past-tense verb right after a unisex name tells its gender,
  // for every mention of that name in the document (one person keeps one pseudonym)
  const verbGender = new Map<string, Gender>();
  if (docLang !== 'en') {
    for (const tk of toks) {
      if (!tk.isName || !tk.an || new Set(tk.an.map((a) => a.gender)).size === 1) continue;
      const verb = VERB_AFTER_NAME.exec(text.slice(tk.end, tk.end + 40));
      if (!verb) continue;
      const g: Gender = /(?:ла|лася|лась)$/.test(verb[1]!) ? 'female' : 'male';
      for (const a of tk.an) if (!verbGender.has(a.base)) verbGender.set(a.base, g);
    }
  }
  for (let i = 0; i < toks.length; i++) {
    const tk = toks[i]!;
    if (!tk.isName || !tk.an) continue;
    if (allow.some((p) => p.includes(tk.lower))) {
      const around = text.slice(Math.max(0, tk.start - 40), tk.end + 40).toLowerCase();
      if (allow.some((p) => around.includes(p))) continue;
    }
    let gender: Gender | undefined;
    const n1 = toks[i + 1], p1 = toks[i - 1];
    const near: Array<Tok | undefined> = [
      tk.gapBefore === '' ? p1 : undefined,
      n1?.gapBefore === '' ? n1 : undefined,
      tk.gapBefore === '' && p1?.gapBefore === '' ? toks[i - 2] : undefined,
      n1?.gapBefore === '' && toks[i + 2]?.gapBefore === '' ? toks[i + 2] : undefined,
    ];
    // "подрузі Олесі Ткач", "сусід Саша", "her sister Vika": a role word before the name tells the
    // gender better than a guessed surname beside it
    const roleTok = tk.gapBefore === '' || tk.gapBefore === ',' ? toks[i - 1] : undefined;
    const roleOfFirst = roleTok?.isName ? (tk.gapBefore === '' && roleTok.gapBefore === '' ? toks[i - 2] : undefined) : roleTok;
    if (roleOfFirst && FEMININE_ROLE.test(roleOfFirst.lower)) gender = 'female';
    else if (roleOfFirst && MASCULINE_ROLE.test(roleOfFirst.lower)) gender = 'male';
    for (const nb of gender ? [] : near) {
      // a surname like Тимчук or Шевченко is a woman's as much as a man's: it tells no gender
      if (nb?.isName && nb.an && nb.an.every((a) => a.part === 'surname') && !GENDERED_SURNAME.test(nb.lower)) continue;
      if (nb?.isName && nb.an && nb.an[0]!.gender !== 'any' && nb.an.every((a) => a.gender === nb.an![0]!.gender)) {
        gender = nb.an[0]!.gender as Gender;
        break;
      }
    }
    // "Олеся Мирошник": a surname takes the gender of the first name just decided before it, even when
    // that name's forms alone could be a man's too (Олеся is also Олесь's genitive)
    if (!gender && tk.gapBefore === '' && p1?.decided && p1.decided.part === 'first' && p1.decided.gender !== 'any' && tk.an.every((a) => a.part === 'surname')) gender = p1.decided.gender;
    // "Слава сказала … Слава": a verb after one mention tells the gender of every mention
    if (!gender) gender = tk.an.map((a) => verbGender.get(a.base)).find((g) => g !== undefined);
    let cands = tk.an;
    if (gender) {
      const g = cands.filter((a) => a.gender === gender || a.gender === 'any');
      if (g.length) cands = g;
    }
    // a preposition rules out the nominative: "про Овчинникова" is his accusative, not her name
    const pv = toks[i - 1];
    if (pv && tk.gapBefore === '' && PREP_OBLIQUE.has(pv.lower)) {
      const o = cands.filter((c) => c.case !== 'nom' && c.case !== 'voc');
      if (o.length) cands = o;
    }
    // a name agrees in case with the role word before it: "подрузі Олесі" is dative, "сестру Олю" accusative
    const roleCase = roleOfFirst && !roleOfFirst.isName ? caseOfRole(roleOfFirst.lower, docLang) : undefined;
    if (roleCase) {
      const agreeing = cands.filter((c) => c.case === roleCase);
      if (agreeing.length) cands = agreeing;
    }
    // prefer unambiguous analyses, then the base most mentioned, then the nominative, then a woman's
    // name (most storytellers are women: "задержали Олесю" is Олеся's accusative, not Олесь's dative)
    let a = cands[0]!;
    for (const c of cands) {
      const better = Number(a.amb) - Number(c.amb) || (baseCount.get(c.base) ?? 0) - (baseCount.get(a.base) ?? 0) || Number(c.case === 'nom') - Number(a.case === 'nom') || Number(c.gender === 'female') - Number(a.gender === 'female');
      if (better > 0) a = c;
    }
    // Address: "Надю, ходімо" → vocative
    if (tk.sentInit && /^\s*[,!]/.test(text.slice(tk.end, tk.end + 2))) a = cands.find((c) => c.case === 'voc') ?? a;
    if (gender && a.gender !== gender && a.part === 'surname' && a.case === 'nom') a = { ...a, gender };
    // "а Санько мовчав": a -ко form read only as the vocative of Санька, where nobody is addressed, is a
    // man's diminutive in the nominative that the lexicon lacks (Санько, Васько, Івасько)
    if (a.case === 'voc' && docLang === 'uk' && /ко$/.test(tk.lower) && !cands.some((c) => c.case !== 'voc') && !/^\s*[,!?]/.test(text.slice(tk.end, tk.end + 2))) {
      a = { ...a, case: 'nom', gender: 'male' };
      gender = 'male';
    }
    // a surname guessed in the nominative takes the case of the name just before it (Олесі Ткач → Маланці Вербицькій)
    const prevName = toks[i - 1];
    if (a.part === 'surname' && a.case === 'nom' && tk.gapBefore === '' && prevName?.decided && prevName.decided.case !== 'nom') a = { ...a, case: prevName.decided.case };
    const analysed = a;
    const full = a.part === 'first' ? alias.get(a.base.toLowerCase()) : undefined;
    if (full) a = { ...a, base: full.base, gender: full.gender };
    tk.decided = a;
    const g: Gender | undefined = a.gender === 'any' ? gender : a.gender;
    const pkey = `${a.base}|${g}|${a.part}`;
    let pseudo = pseudos.get(pkey);
    if (pseudo === undefined) {
      pseudo = ctx.pseudonyms.pseudonymFor(a.base.toLowerCase(), { lang: docLang, gender: g, part: a.part });
      pseudos.set(pkey, pseudo);
    }
    let replacement = declinePseudonym(pseudo, docLang, g ?? 'female', a.part, a.case);
    const poss = POSS_INFO.get(analysed);
    if (poss) replacement = possessiveOf(pseudo, poss);
    // Initials belong to the person: "С. Гнатюк", "O. Bilous", "Гнатюк С.В.", "Валентина М."
    let start = tk.start;
    let end = tk.end;
    // (an initial before ends in a dot, at most one space before the name; one after starts with a space)
    const dotBefore = text.charCodeAt(start - 1) === 46 || text.charCodeAt(start - 2) === 46;
    const before = dotBefore ? INITIAL_BEFORE.exec(text.slice(Math.max(0, start - 9), start)) : null;
    if (before) start -= before[0].length;
    const spaceAfter = text.charCodeAt(end) === 32 || text.charCodeAt(end) === 0xa0;
    INITIAL_AFTER.lastIndex = end;
    let afterM = spaceAfter ? INITIAL_AFTER.exec(text) : null;
    // "Olena M. Koval": a middle initial before a surname belongs to the surname's span, not this one
    if (afterM) {
      const nextWord = /^[ \u00a0](\p{Lu}\p{Ll}+)/u.exec(text.slice(end + afterM[0].length, end + afterM[0].length + 30))?.[1];
      if (nextWord && !isCommonWord(nextWord) && !FUNCTION.has(nextWord.toLowerCase())) afterM = null;
    }
    if (afterM) end += afterM[0].length;
    // "Таня К.** Линии:", "Гнатюк С.В. Потом": the initial's dot ends the sentence too, so it stays
    if (afterM && SENTENCE_GOES_ON.test(text.slice(end, end + 4))) end--;
    // a call sign: "Гена-42", "Kit-7" — the number goes with the name it marks
    else if (!afterM && text.charCodeAt(end) === 45) end += CALL_SIGN_AFTER.exec(text.slice(end, end + 6))?.[0].length ?? 0;
    spans.push({
      kind: 'name',
      start,
      end,
      entity: a.base.toLowerCase(),
      replacement: matchCase(tk.text, replacement),
      confidence: a.amb ? 0.8 : 0.95,
    });
  }
  // "Олена М. Коваль": one initial claimed by both the first name's span and the surname's — it is the surname's
  spans.sort((a, b) => a.start - b.start);
  for (let k = 0; k + 1 < spans.length; k++) {
    const a = spans[k]!, b = spans[k + 1]!;
    if (a.end > b.start && a.start < b.start) a.end = a.start + text.slice(a.start, b.start).trimEnd().length;
  }
  return spans;
};

/** For tests and tools: the analyses of one word form. */
export function analyseName(word: string, lang: Lang): Analysis[] {
  return lookup(word, lang, loadLexicon()).an ?? [];
}
export type { DetectContext };
