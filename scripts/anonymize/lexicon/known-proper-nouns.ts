/**
 * Proper nouns that identify nobody: countries and continents, peoples and languages, months and
 * weekdays (capitalised in English), holidays and faith words, state bodies, international
 * organisations, and the national services and brands everyone uses (Viber, Нова пошта, ПриватБанк).
 * The proper-noun net (detectors/proper-nouns.ts) leaves these alone; every other capitalised word
 * that is not an ordinary word is treated as a possible identifier.
 *
 * Settlements are not listed here: the place detector decides about them (lexicon/places*.txt).
 * The organisation's own name comes from src/data/site.ts through the allowlist.
 *
 * Cyrillic entries are base forms; their case forms are generated from the ending
 * (Польща → Польщі, Польщу, Польщею; Армения → Армении, not the name Армен). Latin entries match exactly (and with a possessive 's).
 */

const CYRILLIC = `
  Україна Украина Росія Россия Польща Польша Молдова Молдавія Молдавия Румунія Румыния Угорщина Венгрия
  Словаччина Словакия Чехія Чехия Німеччина Германия Австрія Австрия Італія Италия Іспанія Испания
  Португалія Португалия Франція Франция Англія Англия Британія Британия Ірландія Ирландия Нідерланди Нидерланды
  Голландія Голландия Бельгія Бельгия Швейцарія Швейцария Швеція Швеция Норвегія Норвегия Фінляндія Финляндия
  Данія Дания Литва Латвія Латвия Естонія Эстония Білорусь Беларусь Грузія Грузия Вірменія Армения
  Азербайджан Туреччина Турция Греція Греция Болгарія Болгария Сербія Сербия Хорватія Хорватия Ізраїль Израиль
  Єгипет Египет Казахстан Узбекистан Таджикистан Киргизстан Кыргызстан Китай Японія Япония Індія Индия
  Америка США Канада Мексика Бразилія Бразилия Аргентина Австралія Австралия Африка Азія Азия Європа Европа
  Крим Крым Донбас Донбасс Галичина Поділля Подолье Волинь Волынь Буковина Закарпаття Закарпатье Слобожанщина
  Кавказ Балкани Балканы Скандинавія Скандинавия Нігерія Нигерия Камерун Конго Ефіопія Эфиопия В'єтнам Вьетнам
  Лівобережжя Правобережжя
  Київщина Харківщина Львівщина Одещина Полтавщина Житомирщина Вінниччина Донеччина Луганщина Херсонщина
  Миколаївщина Черкащина Чернігівщина Сумщина Тернопільщина Рівненщина Хмельниччина Кіровоградщина Запоріжжя
  Дніпропетровщина Франківщина Київщины Харьковщина Полесье Полісся Прикарпаття Прикарпатье Придніпров'я Приднепровье
  українець українка українці украинец украинка украинцы росіянин росіянка русский
  Бог Боже Господь Господи Христос Ісус Иисус Божа Богородиця Богородица Аллах Біблія Библия Коран
  Великдень Пасха Різдво Рождество Трійця Троица Покрова Масляна Масленица Новий Новый
  Нацполіція Нацполиция Нацгвардія Нацгвардия МВС МВД СБУ ДБР ГБР НАБУ НАЗК ЗСУ ВСУ ООН ЮНЕЙДС ВООЗ ВОЗ ЄС ЕС НАТО ОБСЄ ОБСЕ
  Укрпошта Укрпочта Приватбанк ПриватБанк Монобанк Ощадбанк Сбербанк Райффайзен Дія Дия Вайбер Телеграм Телеграмм
  Ватсап Вотсап Інстаграм Инстаграм Фейсбук Тікток Тикток Ютуб Гугл Яндекс ВКонтакте Однокласники Одноклассники
  Олх ОЛХ Розетка
  Covid Ковід Ковид Інтернет Интернет Вікіпедія Википедия
  Ліліт Лилит
  Київстар Кийвстар Водафон Лайфселл Лайф
  Варшава Краків Краков Вроцлав Гданськ Гданьск Лодзь Познань Люблін Люблин Берлін Берлин Мюнхен Прага Відень Вена
 Рим Париж Лондон Мадрид Барселона Лісабон Лиссабон Брюссель Амстердам Женева Цюрих Стамбул Анкара
  Анталія Анталья Кишинів Кишинев Бухарест Будапешт Белград Тбілісі Тбилиси Батумі Батуми Єреван Ереван
  Баку Мінськ Минск Москва Петербург Вільнюс Вильнюс Рига Таллінн Таллин Гельсінкі Хельсинки Стокгольм Осло Копенгаген
  Дубай Дубаї Тель-Авів Тель-Авив Єрусалим Иерусалим Каїр Каир Лагос Абуджа Нью-Йорк Вашингтон Торонто Пекін Пекин
  Ленд Лэнд Крузер Круізер
  Шкода Жигулі Жигули Ланос Сенс Таврія Таврия Волга Москвич Приора Нива Газель Тойота Рено Опель
  Форд Хюндай Хендай Кіа Киа Шевроле Ніссан Ниссан Мазда Хонда Мерседес Ауді Ауди Пежо Сітроен Ситроен Фіат Фиат
  Джилі Джили Чері Чері Мітсубісі Мицубиси Субару Сузукі Сузуки Вольво Фольксваген Деу Дэу Лексус Лансер Камрі Камри
  Королла Авео Матіз Матиз Логан Сандеро Дастер Спринтер Транзит Пассат Гольф Октавія Октавия Фабія Фабия Бмв
 Верховна Верховная Конституція Конституция Кодекс КУпАП КоАП ЦНАП ЦПАУ РАЦС ЗАГС ДМС ГМС ПФУ
  Червоний Красный Хрест Крест Карітас Каритас
  Наймач Наймодавець Орендар Орендодавець Замовник Виконавець Заявник Заявниця Арендатор Арендодатель Заказчик Исполнитель Нот
`;

const LATIN = `
  Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun Arabic Farsi Romani
  Feb Apr Jul Aug Sep Sept Oct Nov Dec
  Garda Gardaí Gardai Chair Chairperson Fr
  Ukraine Ukrainian Ukrainians Russia Russian Russians Poland Polish Moldova Moldovan Romania Romanian Hungary
  Hungarian Slovakia Slovak Czech Czechia Germany German Austria Austrian Italy Italian Spain Spanish Portugal
  Portuguese France French Britain British England English Ireland Irish Netherlands Dutch Belgium Switzerland
  Sweden Swedish Norway Norwegian Finland Finnish Denmark Danish Lithuania Lithuanian Latvia Latvian Estonia
  Estonian Belarus Belarusian Georgia Georgian Armenia Armenian Azerbaijan Azerbaijani Turkey Turkish Greece Greek
  Bulgaria Bulgarian Serbia Serbian Croatia Croatian Israel Israeli Egypt Kazakhstan Uzbekistan Tajikistan
  Kyrgyzstan China Chinese Japan Japanese India Indian America American Americans Canada Canadian Mexico Brazil
  Argentina Australia Africa African Asia Asian Europe European Europeans Crimea Donbas Donbass Caucasus Balkans
  Nigeria Nigerian Cameroon Ghana Congo Ethiopia Vietnam Vietnamese Romani Soviet Union UK USA US EU UN
  January February March April May June July August September October November December
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday
  God Lord Jesus Christ Bible Koran Quran Allah Orthodox Catholic Muslim Islam Jewish Easter Christmas
  New Year
  Viber Telegram WhatsApp Signal Instagram Facebook Messenger TikTok YouTube Google Gmail Yandex Skype Zoom Twitter
  OLX Privat PrivatBank Monobank Oschadbank Ukrposhta Nova Poshta Diia Rozetka Uber Bolt Uklon Wikipedia Internet Covid COVID HIV AIDS UNAIDS WHO NGO OSCE NATO
  Lilith Latin Cyrillic
  Kyivstar Vodafone Lifecell
  Warsaw Krakow Kraków Wroclaw Wrocław Gdansk Gdańsk Lodz Łódź Poznan Poznań Lublin Berlin Munich Prague Vienna Rome
  Paris London Madrid Barcelona Lisbon Brussels Amsterdam Geneva Zurich Istanbul Ankara Antalya Chisinau Chișinău
 Bucharest Budapest Belgrade Tbilisi Batumi Yerevan Baku Minsk Moscow Petersburg Vilnius Riga Tallinn Helsinki
  Stockholm Oslo Copenhagen Dubai Tel Aviv Jerusalem Cairo Lagos Abuja York Washington Toronto Beijing
  Land Cruiser
  Skoda Škoda Lanos Sens Tavria Daewoo Toyota Renault Opel Ford Hyundai Kia Chevrolet Nissan Mazda Honda Mercedes
  Lexus Lancer Audi Peugeot Citroen Citroën Fiat Geely Chery Mitsubishi Subaru Suzuki Volvo Volkswagen VW BMW Octavia Fabia Camry
  Corolla Logan Sandero Duster Aveo Lacetti Matiz Sprinter Transit Passat Golf Polo Jetta Focus Fiesta Astra Vectra
  Verkhovna Rada Caritas
  I Mr Mrs Ms Miss Dr Sgt Lt Capt Maj Col St Ave Rd Apt No OK TV SMS PDF ID
`;

/**
 * The oblasts' adjectives (Київської області, Харьковской обл.): region-level already, so kept, but
 * only before a region word, since the same words are surnames (Ровенский) and streets (на Київській, 5).
 */
const OBLAST_ADJECTIVES = `
  Вінницький Волинський Дніпропетровський Донецький Житомирський Закарпатський Запорізький Івано-Франківський Київський Кіровоградський Луганський Львівський Миколаївський Одеський Полтавський Рівненський Сумський Тернопільський Харківський Херсонський Хмельницький Черкаський Чернівецький Чернігівський Кримський Винницкий Волынский Днепропетровский Донецкий Житомирский Закарпатский Запорожский Ивано-Франковский Киевский Кировоградский Луганский Львовский Николаевский Одесский Полтавский Ровенский Сумской Тернопольский Харьковский Херсонский Хмельницкий Черкасский Черновицкий Черниговский Крымский`;
const oblastForms = new Set<string>();
const REGION_WORD_AFTER = /^[ \u00a0]+(?:област\p{L}*|обл\.|oblast|region|регіон\p{L}*|регион\p{L}*|край|краю|краї)(?![\p{L}])/iu;

/** Whether text[start, end) is an oblast's adjective followed by "область", "обл.", "oblast". */
export function namesARegion(text: string, start: number, end: number): boolean {
  if (oblastForms.size === 0) for (const w of OBLAST_ADJECTIVES.split(/\s+/).filter(Boolean)) for (const f of caseForms(w)) oblastForms.add(f);
  return oblastForms.has(text.slice(start, end).toLowerCase()) && REGION_WORD_AFTER.test(text.slice(end, end + 12));
}

// (region-level only: a town's own court, "Светловодский горрайонный суд", names the town and is generalised)
const COURT_AFTER = /^[ \u00a0]+(?:(?:окружн|адміністративн|административн|господарськ|хозяйственн)\p{L}*[ \u00a0]+)?(?:обласн|апеляційн|апелляционн|окружн)\p{L}*[ \u00a0]+(?:(?:адміністративн|административн|господарськ|хозяйственн)\p{L}*[ \u00a0]+)?(?:суд|прокуратур)\p{L}*/iu;
const PLACE_ADJECTIVE = /^\p{Lu}[\p{L}'’ʼ-]*(?:[сцз]ьк|[сцз]к)(?:ий|ій|ый|ой|ого|ому|им|ім|ом|а|ая|ої|ую|у|ою|е|ое)$/u;
// (hoisted: the tsx build turns a \p{…} regex literal into a new RegExp each time it is evaluated)
const LAST_CAPITALISED_WORD = /(?:^|[ \u00a0])(\p{Lu}[\p{L}'’ʼ-]*)$/u;

/**
 * Whether text[start, end) is a place's adjective naming a region-level court or prosecutor's office:
 * "Кропивницькому апеляційному суді", "Кіровоградській обласній прокуратурі". These are public
 * institutions of a whole region, which a story keeps. A town's court ("Олександрійський міськрайонний
 * суд") and a town's police unit ("Бобринецький відділ") name the town: they become "місцевий".
 */
export function namesACourt(text: string, start: number, end: number): boolean {
  // (the span may hold the preposition before the word: "у Кропивницькому")
  const word = LAST_CAPITALISED_WORD.exec(text.slice(start, end))?.[1] ?? '';
  return PLACE_ADJECTIVE.test(word) && COURT_AFTER.test(text.slice(end, end + 48));
}

/** Case forms of a base form, by its ending (enough for the nouns and adjectives listed above). */
function caseForms(base: string): string[] {
  const w = base.toLowerCase().replace(/[’ʼ]/g, "'");
  const s = w.slice(0, -1);
  if (/(?:ий|ій|ый|ой)$/.test(w)) {
    const st = w.slice(0, -2);
    return [w, ...['ого', 'ому', 'им', 'ім', 'ом', 'ая', 'а', 'ої', 'ой', 'ій', 'ую', 'у', 'ою', 'і', 'ые', 'их', 'ых'].map((e) => st + e)];
  }
  if (/(?:ія|ия|ья|я)$/.test(w)) return [w, ...['ї', 'и', 'і', 'ю', 'єю', 'ею', 'ей', 'е'].map((e) => s + e)];
  if (/а$/.test(w)) return [w, ...['и', 'і', 'у', 'ою', 'ы', 'е', 'ой'].map((e) => s + e), s.replace(/к$/, 'ц') + 'і', s.replace(/г$/, 'з') + 'і'];
  if (/[ьй]$/.test(w)) return [w, ...['я', 'ю', 'і', 'ї', 'ем', 'єм', 'е', 'и'].map((e) => s + e)];
  if (/[оеє]$/.test(w)) return [w, ...['а', 'у', 'і', 'ом', 'е'].map((e) => s + e)];
  if (/[иі]$/.test(w)) return [w, s + 'ів', s + 'ам', s + 'ах', s + 'ами', s + 'ей', s];
  return [w, ...['а', 'у', 'і', 'ом', 'ові', 'е', 'ем', 'ы', 'ов', 'ів'].map((e) => w + e)];
}

// Abbreviations (НАТО, ООН, WHO) match only as written: "Нато" is a Georgian first name, "Who" a word.
const isAbbreviation = (w: string) => /\p{Lu}.*\p{Lu}/u.test(w);
const abbreviations = new Set([...CYRILLIC.split(/\s+/), ...LATIN.split(/\s+/)].filter((w) => w && isAbbreviation(w) && !/^\p{Lu}\p{Ll}+\p{Lu}/u.test(w)));
const cyrillic = new Set<string>();
for (const w of CYRILLIC.split(/\s+/).filter(Boolean)) if (!abbreviations.has(w)) for (const f of caseForms(w)) cyrillic.add(f);
const latin = new Set(LATIN.split(/\s+/).filter((w) => w && !abbreviations.has(w)).map((w) => w.toLowerCase()));

/**
 * Whether a capitalised word is a proper noun that identifies nobody.
 * @example isKnownProperNoun('Польщі') → true; isKnownProperNoun('Viber') → true; isKnownProperNoun('Лейла') → false
 */
export function isKnownProperNoun(word: string): boolean {
  let hit = CACHE.get(word);
  if (hit === undefined) {
    const w = word.toLowerCase().replace(/[’ʼ]/g, "'");
    hit = abbreviations.has(word) || (/^[a-z]/.test(w) ? latin.has(w) || latin.has(w.replace(/'s$|s$/, '')) : cyrillic.has(w));
    if (CACHE.size > 50_000) CACHE.clear();
    CACHE.set(word, hit);
  }
  return hit;
}
const CACHE = new Map<string, boolean>();
