/**
 * npm run new:story [-- --lang uk --situations police-extortion,blackmail --source written
 *                      --consent site,print --warning violence --title "…" --key <translationKey> --yes]
 * Creates a private draft in drafts/<lang>/<slug>.md with the right front matter and a writing guide.
 * Asks for whatever the flags do not say (in a terminal); with --yes, or without a terminal, uses
 * the defaults — except consent, which must always be said out loud.
 */
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import * as p from '@clack/prompts';
import pc from 'picocolors';
import { LANGS, LANG_NAMES, SITUATIONS, isLang, type Lang, type SituationId } from '../src/data/site.ts';
import {
  CONSENT_SCOPES, SOURCES, WARNINGS, currentMonth, draftSource, isSituation, neutralKey, slugify, writeAtomic,
  type ConsentScope, type Source, type Warning,
} from './authoring/draft.ts';

const HELP = `npm run new:story — start a new story draft (private, never published as it is).

  npm run new:story                      asks you, step by step
  npm run new:story -- --lang uk --situations police-extortion --source written --consent site,print --yes

OPTIONS
  --lang <uk|ru|en>          language the story is written in                (default uk)
  --situations <a,b>         what happened, from: ${SITUATIONS.map((s) => s.id).join(', ')}  (default other)
  --source <kind>            ${SOURCES.join(' | ')}                          (default written)
  --consent <scope,…>        what the storyteller agreed to: ${CONSENT_SCOPES.join(', ')} (must include site)
  --warning <type>           content warning: ${WARNINGS.join(' | ')}  (default none)
  --title "<title>"          working title (you can change it later)
  --key <translationKey>     when this is a translation: the key of the original story
  --drafts-dir <folder>      where drafts go (default drafts)
  --yes                      do not ask; use the defaults for anything not given
  -h, --help                 this text`;

class UsageError extends Error {}

interface Args {
  lang?: string;
  situations?: string;
  source?: string;
  consent?: string;
  warning?: string;
  title?: string;
  key?: string;
  draftsDir: string;
  yes: boolean;
  help: boolean;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { draftsDir: 'drafts', yes: false, help: false };
  const valued = ['lang', 'situations', 'source', 'consent', 'warning', 'title', 'key', 'drafts-dir'] as const;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--yes' || arg === '-y') a.yes = true;
    else if (arg === '--help' || arg === '-h') a.help = true;
    else if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq > 0 ? eq : undefined);
      if (!(valued as readonly string[]).includes(name)) throw new UsageError(`unknown option "${arg}". Run "npm run new:story -- --help".`);
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined) throw new UsageError(`${arg} needs a value. Run "npm run new:story -- --help".`);
      if (name === 'drafts-dir') a.draftsDir = value;
      else (a as unknown as Record<string, string>)[name] = value;
    } else throw new UsageError(`unexpected "${arg}". Run "npm run new:story -- --help".`);
  }
  return a;
}

const list = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);

function check<T extends string>(values: string[], allowed: readonly T[], flag: string): T[] {
  for (const v of values) {
    if (!(allowed as readonly string[]).includes(v)) throw new UsageError(`${flag}: "${v}" is not one of ${allowed.join(', ')}.`);
  }
  return values as T[];
}

function cancelled<T>(v: T): Exclude<T, symbol> {
  if (p.isCancel(v)) {
    p.cancel('Nothing was created.');
    process.exit(1);
  }
  return v as Exclude<T, symbol>;
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.help) {
    console.log(HELP);
    return 0;
  }
  const interactive = !args.yes && Boolean(process.stdin.isTTY && process.stdout.isTTY);
  if (interactive) p.intro(pc.bold('New story draft'));

  // Language
  let lang: Lang;
  if (args.lang !== undefined) {
    if (!isLang(args.lang)) throw new UsageError(`--lang: "${args.lang}" is not one of ${LANGS.join(', ')}.`);
    lang = args.lang;
  } else if (interactive) {
    lang = cancelled(await p.select({ message: 'Language of the story', options: LANGS.map((l) => ({ value: l, label: LANG_NAMES[l] })), initialValue: 'uk' as Lang }));
  } else lang = 'uk';

  // Situations
  let situations: SituationId[];
  if (args.situations !== undefined) {
    const ids = list(args.situations);
    const bad = ids.find((s) => !isSituation(s));
    if (bad || ids.length === 0) throw new UsageError(`--situations: "${bad ?? ''}" is not one of ${SITUATIONS.map((s) => s.id).join(', ')}.`);
    situations = ids as SituationId[];
  } else if (interactive) {
    situations = cancelled(
      await p.multiselect({
        message: 'What happened? (space to choose, enter to confirm)',
        options: SITUATIONS.map((s) => ({ value: s.id as SituationId, label: s.label[lang] })),
        required: true,
      }),
    );
  } else situations = ['other'];

  // Source
  let source: Source;
  if (args.source !== undefined) source = check([args.source], SOURCES, '--source')[0]!;
  else if (interactive) {
    source = cancelled(
      await p.select({
        message: 'How did the story come to you?',
        options: [
          { value: 'written' as Source, label: 'written by the storyteller' },
          { value: 'audio' as Source, label: 'audio recording' },
          { value: 'video' as Source, label: 'video recording' },
          { value: 'circle' as Source, label: 'told in the storytelling circle' },
        ],
      }),
    );
  } else source = 'written';

  // Consent: never assumed.
  let consent: ConsentScope[];
  if (args.consent !== undefined) consent = check(list(args.consent), CONSENT_SCOPES, '--consent');
  else if (interactive) {
    const given = cancelled(await p.confirm({ message: 'Has the storyteller agreed that the story is published (anonymized)?', initialValue: false }));
    if (!given) {
      p.cancel('A story is published only with the storyteller’s consent. Nothing was created.');
      return 1;
    }
    consent = cancelled(
      await p.multiselect({
        message: 'Where may it appear?',
        options: [
          { value: 'site' as ConsentScope, label: 'on the site' },
          { value: 'print' as ConsentScope, label: 'in print (one-pagers, Lilith)' },
          { value: 'campaigns' as ConsentScope, label: 'in campaigns to officials' },
        ],
        initialValues: ['site' as ConsentScope],
        required: true,
      }),
    );
  } else {
    throw new UsageError('say what the storyteller agreed to, e.g. --consent site,print (a story is never published without consent).');
  }
  if (!consent.includes('site')) throw new UsageError('--consent must include "site" for the story to appear on the site.');

  // Content warning
  let warning: Warning;
  if (args.warning !== undefined) warning = check([args.warning], WARNINGS, '--warning')[0]!;
  else if (interactive) {
    warning = cancelled(await p.select({ message: 'Content warning shown before the story', options: WARNINGS.map((w) => ({ value: w, label: w })), initialValue: 'none' as Warning }));
  } else warning = 'none';

  let title = args.title;
  if (title === undefined && interactive) {
    title = cancelled(await p.text({ message: 'Working title (optional, you can change it later)', placeholder: 'leave empty to fill in later', defaultValue: '' }));
  }

  const published = currentMonth();
  const translationKey = args.key ?? neutralKey(published);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(translationKey)) throw new UsageError('--key: use lower-case latin letters, digits and dashes, like the original story’s translationKey.');
  const slug = (title && slugify(title, lang)) || translationKey;
  const file = resolve(args.draftsDir, lang, `${slug}.md`);
  const shown = relative(process.cwd(), file) || file;
  if (existsSync(file)) {
    throw new UsageError(`${shown} already exists; it was not touched. Open it, or give another --title.`);
  }
  writeAtomic(file, draftSource({ lang, title, situations, source, consent, warning, translationKey, published }), 0o600);

  const next = [
    `${pc.green('✔')} Draft created: ${pc.bold(shown)}  (private: drafts/ is never committed)`,
    '',
    'Next:',
    `  1. Open ${shown} in a text editor. Replace the CAPITALS (title, summary) and write the story`,
    '     below the guide. Facts and details, what was said; no names needed — the anonymizer replaces them.',
    `  2. npm run publish:story -- ${join(args.draftsDir, lang, `${slug}.md`)}`,
    '     It shows every change for review, then writes the anonymized story into content/stories/.',
    `  Translation of this story later: npm run new:story -- --key ${translationKey} --lang <ru|en> …`,
  ].join('\n');
  if (interactive) p.outro(next);
  else console.log(next);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    if (e instanceof UsageError) {
      console.error(`${pc.red('new:story:')} ${e.message}`);
      process.exitCode = 2;
    } else {
      console.error(`${pc.red('new:story: unexpected error:')} ${(e as Error).stack ?? e}`);
      process.exitCode = 2;
    }
  },
);
