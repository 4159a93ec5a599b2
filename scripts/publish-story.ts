/**
 * npm run publish:story -- drafts/<lang>/<file>.md [--yes] [--force] [--slug <slug>]
 * Anonymizes a draft, shows every change side by side (in the terminal only), asks for
 * confirmation, writes content/stories/<lang>/<slug>.mdx, re-scans it and stamps it if clean.
 * The draft is never modified. The pseudonym map stays in private/ (git-ignored).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import * as p from '@clack/prompts';
import pc from 'picocolors';
import { parseDocument } from 'yaml';
import {
  DocumentError, anonymizeDocument, checkDocument, splitFrontMatter, stampSource, verifyStamp,
  type DocumentFinding, type DocumentResult,
} from './anonymize/index.ts';
import type { Lang } from '../src/data/site.ts';
import { PLACEHOLDER, loadPseudonymMap, mappedRegistry, slugify, stripDraftComments, writeAtomic } from './authoring/draft.ts';

const HELP = `npm run publish:story -- <draft file> — anonymize a draft and add it to the site's content.

  npm run publish:story -- drafts/uk/oblava-na-rynku.md

What happens:
  1. The anonymizer replaces names, phones, addresses, small towns, exact dates… in a copy.
  2. You see every change: the original line, then the line as it will be published.
  3. You confirm. The story is written to content/stories/<lang>/<slug>.mdx (your draft is not changed).
  4. It is scanned again; if nothing is left it gets the anonymization stamp the site build requires.

OPTIONS
  --yes                  do not ask for confirmation (only for scripts, after a review)
  --force                replace a story that already exists in content/
  --slug <slug>          the story's address (default: from the anonymized title)
  --content-dir <dir>    where content lives (default content)
  --map <file>           pseudonym map (default private/pseudonym-map.json; never inside content/)
  -h, --help             this text

EXIT CODES  0 published and stamped · 1 not published or not stamped (the message says why) · 2 wrong command or unreadable file`;

class UsageError extends Error {}

interface Args {
  draft?: string;
  yes: boolean;
  force: boolean;
  slug?: string;
  contentDir: string;
  map: string;
  help: boolean;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { yes: false, force: false, contentDir: 'content', map: join('private', 'pseudonym-map.json'), help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${arg} needs a value.`);
      return v;
    };
    if (arg === '--yes' || arg === '-y') a.yes = true;
    else if (arg === '--force') a.force = true;
    else if (arg === '--help' || arg === '-h') a.help = true;
    else if (arg === '--slug') a.slug = value();
    else if (arg === '--content-dir') a.contentDir = value();
    else if (arg === '--map') a.map = value();
    else if (arg.startsWith('-')) throw new UsageError(`unknown option "${arg}". Run "npm run publish:story -- --help".`);
    else if (a.draft) throw new UsageError('give one draft at a time.');
    else a.draft = arg;
  }
  return a;
}

const KIND_COLOR: Record<string, (s: string) => string> = { name: pc.magenta, place: pc.cyan, date: pc.yellow, age: pc.yellow };
const paint = (kind: string, s: string) => (KIND_COLOR[kind] ?? pc.red)(s);

/** Draws a line with the given ranges highlighted and labelled with their kind. */
function highlight(line: string, spans: { start: number; end: number; kind: string }[], mark: (k: string, s: string) => string): string {
  let out = '';
  let pos = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start < pos) continue;
    out += line.slice(pos, s.start) + mark(s.kind, line.slice(s.start, s.end));
    pos = s.end;
  }
  return out + line.slice(pos);
}

/** The review, side by side: original line, then the anonymized line. Printed only, never saved. */
function review(prepared: string, result: DocumentResult): string {
  const out: string[] = [];
  const src = prepared.split(/\r?\n/);
  const anon = result.output.split(/\r?\n/);
  const shift = splitFrontMatter(result.output).bodyLine - splitFrontMatter(prepared).bodyLine;
  const byLine = new Map<number, DocumentFinding[]>();
  for (const f of result.findings) byLine.set(f.line, [...(byLine.get(f.line) ?? []), f]);
  const width = String(src.length).length;
  for (const [line, findings] of [...byLine].sort((a, b) => a[0] - b[0])) {
    const original = src[line - 1] ?? '';
    const spans = findings.map((f) => ({ start: f.column - 1, end: f.column - 1 + f.text.length, kind: f.kind }));
    const label = findings.map((f) => paint(f.kind, `[${f.kind}${f.confidence === 0 || f.note ? ' — NOT replaced' : ''}]`)).join(' ');
    out.push(`${pc.dim(String(line).padStart(width))} ${pc.red('−')} ${highlight(original, spans, (k, s) => pc.bold(paint(k, s)))}  ${label}`);
    if (findings[0]!.where === 'body') {
      // Body lines keep their number (the front matter may grow by a line or two).
      const replaced = anon[line - 1 + shift] ?? '';
      const rspans: { start: number; end: number; kind: string }[] = [];
      for (const f of findings) {
        const at = replaced.indexOf(f.replacement);
        if (at >= 0 && f.replacement) rspans.push({ start: at, end: at + f.replacement.length, kind: f.kind });
      }
      out.push(`${' '.repeat(width)} ${pc.green('+')} ${highlight(replaced, rspans, (_kind, s) => pc.bold(pc.green(s)))}`);
    } else {
      const value = parseDocument(splitFrontMatter(result.output).yaml).getIn(findings[0]!.where.split('.'));
      out.push(`${' '.repeat(width)} ${pc.green('+')} ${findings[0]!.where}: ${pc.green(String(value))}`);
    }
    for (const f of findings.filter((f) => f.note)) out.push(`${' '.repeat(width)}   ${pc.yellow('! ' + f.note)}`);
  }
  return out.join('\n');
}

function refuse(message: string): never {
  throw Object.assign(new Error(message), { exitCode: 1 });
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.help || !args.draft) {
    console.log(HELP);
    return args.help ? 0 : 2;
  }
  const draftPath = resolve(args.draft);
  const shownDraft = relative(process.cwd(), draftPath);
  if (!existsSync(draftPath)) throw new UsageError(`${shownDraft}: no such file. Create a draft with: npm run new:story`);
  const contentDir = resolve(args.contentDir);
  if (draftPath.startsWith(contentDir + sep)) throw new UsageError(`${shownDraft} is already in ${args.contentDir}/; publish:story takes a draft from drafts/.`);
  const mapPath = resolve(args.map);
  for (const published of [contentDir, resolve('public'), resolve('dist'), resolve('src')]) {
    if (mapPath.startsWith(published + sep)) throw new UsageError(`the pseudonym map holds real names; keep it under private/, not in ${relative(process.cwd(), published)}/.`);
  }

  const draft = readFileSync(draftPath, 'utf8');
  const prepared = cleanDraft(stripDraftComments(draft));
  const front = parseDocument(splitFrontMatter(prepared).yaml).toJS() as Record<string, unknown>;
  const lang = front.lang as Lang;
  for (const field of ['title', 'summary'] as const) {
    const value = String(front[field] ?? '');
    if (Object.values(PLACEHOLDER[field]).includes(value as never)) {
      refuse(`${shownDraft}: "${field}" still has the template text. Write the ${field} in the draft, then run this again.`);
    }
  }

  const map = loadPseudonymMap(mapPath);
  let result: DocumentResult;
  try {
    result = anonymizeDocument(prepared, { pseudonyms: mappedRegistry(map) });
  } catch (e) {
    if (e instanceof DocumentError) throw new UsageError(`${shownDraft}${e.line ? `:${e.line}` : ''}: ${e.message}`);
    throw e;
  }

  const outFront = parseDocument(splitFrontMatter(result.output).yaml).toJS() as Record<string, unknown>;
  const slug = args.slug ?? slugify(String(outFront.title ?? ''), lang);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) throw new UsageError(`cannot make an address from the title; give one with --slug some-words`);
  // The address is not scanned by the anonymizer: it must not spell anything it replaced.
  const leaked = result.findings.map((f) => slugify(f.text, lang)).filter((t) => t.length > 2 && `-${slug}-`.includes(`-${t}-`));
  if (leaked.length > 0) refuse(`the address "${slug}" contains a replaced word. Choose another with --slug.`);
  const target = join(contentDir, 'stories', lang, `${slug}.mdx`);
  const shownTarget = relative(process.cwd(), target);

  const counts = Object.entries(result.findings.reduce<Record<string, number>>((c, f) => ((c[f.kind] = (c[f.kind] ?? 0) + 1), c), {}));
  console.log(pc.bold(`\nReview of ${shownDraft}`) + pc.dim(' (shown here only; never saved)'));
  console.log(result.findings.length === 0 ? pc.green('The anonymizer found nothing to replace. Read the story once more yourself.') : review(prepared, result));
  console.log(`\n${result.findings.length} change(s): ${counts.map(([k, n]) => `${n} ${paint(k, k)}`).join(', ') || 'none'}`);
  console.log(`Will write: ${pc.bold(shownTarget)}${result.pseudonyms.length ? `  (pseudonyms: ${result.pseudonyms.join(', ')})` : ''}`);

  if (existsSync(target) && !args.force) {
    refuse(`${shownTarget} already exists; nothing was written. To replace it, run again with --force; for a new story, give another --slug.`);
  }

  if (!args.yes) {
    if (!process.stdin.isTTY) {
      refuse('not published: confirmation is needed and this is not an interactive terminal. Run it in a terminal, or add --yes after reviewing the changes above.');
    }
    const ok = await p.confirm({ message: 'Is every replacement right, and nothing left that identifies someone?', initialValue: false });
    if (p.isCancel(ok) || !ok) refuse('not published. Edit the draft (or add reviewed false positives to anonymization.allow) and run this again.');
  }

  writeAtomic(target, result.output);
  writeAtomic(mapPath, JSON.stringify(map, null, 2) + '\n', 0o600);

  const written = readFileSync(target, 'utf8');
  const check = checkDocument(written);
  if (check.findings.length > 0) {
    console.log(pc.red(`\n${shownTarget} was written but NOT stamped: these still look identifying:`));
    for (const f of check.findings) console.log(`  ${shownTarget}:${f.line}:${f.column}  ${paint(f.kind, f.kind)}  "${f.text}"${f.note ? ` — ${f.note}` : ''}`);
    console.log(`\nFix these lines in ${shownTarget} (replace, or add a reviewed false positive to anonymization.allow), then run:\n  npm run anonymize -- --check ${shownTarget}`);
    return 1;
  }
  writeAtomic(target, stampSource(written));
  const verdict = verifyStamp(readFileSync(target, 'utf8'));
  if (!verdict.ok) refuse(`${shownTarget}: ${verdict.message}`);

  console.log(`\n${pc.green('✔')} Published to ${pc.bold(shownTarget)} and stamped. Your draft was not changed.
Next:
  1. Read it once more:            ${shownTarget}
  2. Translations (same translationKey "${String(outFront.translationKey)}"):
       npm run new:story -- --key ${String(outFront.translationKey)} --lang <uk|ru|en> …
  3. Build and look:               npm run build && npm run preview   → http://127.0.0.1:4321/${lang}/stories/${slug}/
  4. Record its address:           npm run urls:record
  5. Commit only these:            git add ${shownTarget} src/data/published-urls.json && git commit -m "story: ${slug}"
  If you edit it later, run:       npm run anonymize -- --check ${shownTarget}
  Guide: docs/authoring-guide.${lang === 'uk' ? 'uk' : 'en'}.md`);
  return 0;
}

/** Drops an empty content-warning note and the draft-only keys before anonymizing. */
function cleanDraft(source: string): string {
  const split = splitFrontMatter(source);
  const doc = parseDocument(split.yaml);
  if (doc.getIn(['contentWarning', 'note']) === '') doc.deleteIn(['contentWarning', 'note']);
  return `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n${split.body}`;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    const err = e as Error & { exitCode?: number };
    if (err instanceof UsageError) {
      console.error(`${pc.red('publish:story:')} ${err.message}`);
      process.exitCode = 2;
    } else if (err.exitCode) {
      console.error(`${pc.red('publish:story:')} ${err.message}`);
      process.exitCode = err.exitCode;
    } else {
      console.error(`${pc.red('publish:story: unexpected error:')} ${err.stack ?? err}`);
      process.exitCode = 2;
    }
  },
);
