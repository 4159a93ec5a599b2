/**
 * npm run anonymize -- <file or folder>... --out <folder>
 * npm run anonymize -- --check <file or folder>...
 * Thin: read files, call the library, write files, print. Run with --help for the full explanation.
 */
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { LANGS } from '../../src/data/site.ts';
import { anonymizeDocument, checkDocument, type DocumentFinding, type DocumentResult } from './document.ts';
import { DocumentError } from './frontmatter.ts';
import { createPseudonymRegistry } from './pseudonyms.ts';
import { stampSource, verifyStamp } from './stamp.ts';
import { ANONYMIZER_VERSION } from './version.ts';
import { loadPseudonymMap, mappedRegistry, type PseudonymMap } from './pseudonym-map.ts';
import { writeAtomic } from './write-atomic.ts';

const HELP = `Anonymizer ${ANONYMIZER_VERSION}: removes names, phone numbers, addresses and other details that
could identify someone from a story before it is published.

HOW TO USE IT
  1. Anonymize drafts (your files are never changed; new files are written into the --out folder):
       npm run anonymize -- drafts/olena.md --out content/stories/uk
       npm run anonymize -- drafts/ --out content/stories     (a whole folder, sub-folders kept)
  2. Read the new files and the review list it prints. Fix anything it missed by hand.
  3. Check the files you will publish. If nothing is found, each file gets a stamp
     (anonymization.stamp in its front matter) so the site build accepts it:
       npm run anonymize -- --check content/stories/uk/olena.mdx

EACH FILE NEEDS
  A front matter block at the top, between two lines of "---", with at least
    title: "…"       and      lang: uk   (one of ${LANGS.join(', ')})
  Only .md and .mdx files are read.

OPTIONS
  --out <folder>     Where to write anonymized files (same names). Must not be where the drafts are.
  --check            Re-scan files that are already anonymized. Lists every finding as
                     file:line:column kind "text" — what to do. Files with no findings are stamped
                     (only the anonymization.stamp field is written). Files with findings are not.
  --json             Also print a machine-readable report on standard output. It contains the
                     original text of each finding: keep it private, like the report.
  --report [file]    Write the full review (original → replacement, line numbers) to a private file.
                     Default: private/anonymize-report-<date-time>.txt
  --map [file]       Load and save the pseudonym map (real name → pseudonym) so a person keeps the
                     same pseudonym across runs. Default: private/pseudonym-map.json
                     The report and the map contain real names: they are refused inside content/,
                     public/, dist/, src/ or the --out folder. Keep them in private/ (never committed).
  -h, --help         Show this text.

IN THE FRONT MATTER (optional)
  anonymization:
    allow:           reviewed false positives, skipped and logged every run:
      - { phrase: "Садова площа", reason: "song title, checked by the facilitator" }
    settings:        { keepMajorCities: false, keepCountries: true }
    pseudonyms:      names the anonymizer chose (it writes this list itself)

EXIT CODES
  0  all files done (with --check: nothing found)
  1  --check found something that still identifies someone (see the list)
  2  a file could not be read or the command was wrong: the message says which file, which line, what to do
`;

interface Args {
  inputs: string[];
  out?: string;
  check: boolean;
  json: boolean;
  report?: string;
  map?: string;
  help: boolean;
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Args {
  const a: Args = { inputs: [], check: false, json: false, help: false };
  const optionalValue = (i: number, ext: RegExp) => {
    const next = argv[i + 1];
    return next !== undefined && !next.startsWith('-') && ext.test(next) ? next : undefined;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    switch (flag) {
      case '-h':
      case '--help':
        a.help = true;
        break;
      case '--out':
      case '-o': {
        const v = inline ?? argv[++i];
        if (!v || v.startsWith('-')) throw new UsageError('--out needs a folder, e.g. --out content/stories/uk');
        a.out = v;
        break;
      }
      case '--check':
        a.check = true;
        break;
      case '--json':
        a.json = true;
        break;
      case '--report': {
        const v = inline ?? optionalValue(i, /\.(?:txt|log|md|report)$/i);
        if (v && !inline) i++;
        a.report = v ?? defaultReportPath();
        break;
      }
      case '--map': {
        const v = inline ?? optionalValue(i, /\.json$/i);
        if (v && !inline) i++;
        a.map = v ?? join('private', 'pseudonym-map.json');
        break;
      }
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}". Run "npm run anonymize -- --help" to see the options.`);
        a.inputs.push(arg);
    }
  }
  return a;
}

function defaultReportPath(): string {
  const t = new Date().toISOString().replace(/[:.]/g, '-').replace('T', '_').slice(0, 19);
  return join('private', `anonymize-report-${t}.txt`);
}

interface FileJob {
  input: string; // as given/displayed
  abs: string;
  rel: string; // relative path under the output folder
}

interface FileError {
  file: string;
  line?: number;
  message: string;
}

interface FileDone {
  job: FileJob;
  output?: string;
  result: DocumentResult;
  stamped?: 'stamped' | 'already' | 'not-stamped';
}

const MD = /\.(?:md|mdx)$/i;

function collect(inputs: string[], errors: FileError[]): FileJob[] {
  const jobs: FileJob[] = [];
  const seen = new Set<string>();
  const add = (job: FileJob) => {
    if (seen.has(job.abs)) return;
    seen.add(job.abs);
    jobs.push(job);
  };
  for (const input of inputs) {
    const abs = resolve(input);
    if (!existsSync(abs)) {
      errors.push({ file: input, message: 'this file or folder does not exist. Check the spelling and the folder you are in.' });
      continue;
    }
    const st = statSync(abs);
    if (st.isDirectory()) {
      const found = walk(abs);
      if (found.length === 0) errors.push({ file: input, message: 'this folder has no .md or .mdx files.' });
      for (const f of found) add({ input: relative(process.cwd(), f) || f, abs: f, rel: relative(abs, f) });
    } else if (!MD.test(abs)) {
      errors.push({ file: input, message: `only .md and .mdx files can be anonymized, not "${extname(abs) || 'no extension'}". Save the story as .md or .mdx.` });
    } else {
      add({ input, abs, rel: basename(abs) });
    }
  }
  return jobs;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(p));
    else if (entry.isFile() && MD.test(entry.name)) out.push(p);
  }
  return out;
}

/** Read a file as UTF-8 text, refusing empty and binary files. */
function readText(abs: string): string {
  const bytes = readFileSync(abs);
  if (bytes.length === 0) throw new DocumentError('the file is empty. Put the story in it, with front matter, or remove the file.', 1);
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const line = bytes.subarray(0, nul).toString('latin1').split('\n').length;
    throw new DocumentError('this is not a text file (it contains binary data). Save the story as plain text (UTF-8) in a .md or .mdx file.', line);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DocumentError('this file is not UTF-8 text. Open it in a text editor and save it with the encoding "UTF-8".');
  }
}

function realOrResolved(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    try {
      return join(realpathSync(dirname(p)), basename(p));
    } catch {
      return resolve(p);
    }
  }
}

function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel));
}

/** Reports and maps hold real names: never next to anything that is published. */
function checkPrivatePath(p: string, what: string, out?: string): void {
  const abs = realOrResolved(p);
  const cwd = realOrResolved(process.cwd());
  for (const dir of ['content', 'public', 'dist', 'src']) {
    if (isInside(abs, join(cwd, dir))) throw new UsageError(`refusing to write the ${what} to "${p}": it contains real names and ${dir}/ is published. Use a path under private/.`);
  }
  if (out && isInside(abs, realOrResolved(out))) throw new UsageError(`refusing to write the ${what} inside the --out folder "${out}". Use a path under private/.`);
}

function loadMap(p: string): PseudonymMap {
  try {
    return loadPseudonymMap(p);
  } catch (e) {
    throw new UsageError(`the pseudonym map "${p}" cannot be read (${(e as Error).message}). Fix or move the file, or run without --map.`);
  }
}

const WHAT_TO_DO: Record<string, string> = {
  name: 'replace it with the pseudonym, or add it to anonymization.allow with a reason if it is not a person',
  place: 'replace the town or village with the region',
  date: 'say only the season or month and the year',
  age: 'give an age range instead',
  number: 'replace the number with [номер] / [number], or add it to anonymization.allow with a reason if it identifies no one',
};
function whatToDo(f: DocumentFinding): string {
  if (f.note) return f.note;
  return WHAT_TO_DO[f.kind] ?? 'remove or replace it, or add it to anonymization.allow with a reason if it identifies no one';
}

function fmt(file: string, line?: number, col?: number): string {
  return `${file}${line ? `:${line}` : ''}${line && col ? `:${col}` : ''}`;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ');
}

function main(argv: string[]): number {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`anonymize: ${(e as Error).message}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (args.inputs.length === 0) {
    process.stderr.write('anonymize: no files given. Example: npm run anonymize -- drafts/olena.md --out content/stories/uk\nRun "npm run anonymize -- --help" for more.\n');
    return 2;
  }
  if (args.check && args.out) {
    process.stderr.write('anonymize: --check re-scans files in place and takes no --out. Use one or the other.\n');
    return 2;
  }
  if (!args.check && !args.out) {
    process.stderr.write('anonymize: say where to write the anonymized files with --out <folder>, e.g. --out content/stories/uk\n(Or use --check to check files that are already anonymized.)\n');
    return 2;
  }
  try {
    if (args.report) checkPrivatePath(args.report, 'report', args.out);
    if (args.map) checkPrivatePath(args.map, 'pseudonym map', args.out);
  } catch (e) {
    process.stderr.write(`anonymize: ${(e as Error).message}\n`);
    return 2;
  }
  let map: PseudonymMap | undefined;
  try {
    map = args.map ? loadMap(args.map) : undefined;
  } catch (e) {
    process.stderr.write(`anonymize: ${(e as Error).message}\n`);
    return 2;
  }

  const errors: FileError[] = [];
  const jobs = collect(args.inputs, errors);
  const inputPaths = new Set(jobs.map((j) => realOrResolved(j.abs)));
  const registry = map ? mappedRegistry(map) : createPseudonymRegistry();
  const done: FileDone[] = [];
  const outputsTaken = new Map<string, string>();
  const today = new Date();

  jobs.forEach((job, i) => {
    try {
      const source = readText(job.abs);
      if (args.check) {
        const result = checkDocument(source, { pseudonyms: registry });
        let stamped: FileDone['stamped'] = 'not-stamped';
        if (result.findings.length === 0) {
          if (verifyStamp(source).ok) stamped = 'already';
          else {
            writeAtomic(job.abs, stampSource(source, today), statSync(job.abs).mode & 0o777);
            stamped = 'stamped';
          }
        }
        done.push({ job, result, stamped });
        const state = stamped === 'stamped' ? 'stamped' : stamped === 'already' ? 'stamp up to date' : 'NOT stamped';
        process.stderr.write(`[${i + 1}/${jobs.length}] ${job.input} — ${result.findings.length} findings, ${state}\n`);
      } else {
        const target = resolve(args.out!, job.rel);
        const real = realOrResolved(target);
        if (inputPaths.has(real)) throw new DocumentError(`the output would overwrite an input file (${relative(process.cwd(), target)}). Choose an --out folder that is not where the drafts are.`);
        const other = outputsTaken.get(real);
        if (other) throw new DocumentError(`the output ${relative(process.cwd(), target)} would also be written from ${other}. Give files different names or run them separately.`);
        const result = anonymizeDocument(source, { pseudonyms: registry });
        writeAtomic(target, result.output);
        outputsTaken.set(real, job.input);
        done.push({ job, output: relative(process.cwd(), target) || target, result });
        process.stderr.write(`[${i + 1}/${jobs.length}] ${job.input} — ${result.findings.length} findings → ${relative(process.cwd(), target)}\n`);
      }
    } catch (e) {
      if (e instanceof DocumentError) errors.push({ file: job.input, line: e.line, message: e.message });
      else errors.push({ file: job.input, message: `could not be processed: ${(e as Error).message}` });
      process.stderr.write(`[${i + 1}/${jobs.length}] ${job.input} — FAILED\n`);
    }
  });

  // Review: the one place, with the report, where original text is shown.
  const review: string[] = [];
  for (const d of done) {
    for (const a of d.result.allowed) review.push(`${fmt(d.job.input, a.line, a.column)} allowed "${oneLine(a.phrase)}" (reason: ${oneLine(a.reason)})`);
    for (const f of d.result.findings) {
      const shown = `${fmt(d.job.input, f.line, f.column)} ${f.kind} "${oneLine(f.text)}"`;
      if (args.check) review.push(`${shown} — ${whatToDo(f)}`);
      else if ((f.confidence ?? 1) < 0.5) review.push(`${shown} — NOT replaced: ${whatToDo(f)}`);
      else review.push(`${shown} → "${oneLine(f.replacement)}"${f.where !== 'body' ? ` (front matter: ${f.where})` : ''}`);
    }
  }
  if (review.length) process.stderr.write(review.join('\n') + '\n');
  for (const e of errors) process.stderr.write(`${fmt(e.file, e.line)}: ${e.message}\n`);

  const byKind: Record<string, number> = {};
  let total = 0;
  for (const d of done) for (const f of d.result.findings) {
    byKind[f.kind] = (byKind[f.kind] ?? 0) + 1;
    total++;
  }
  const kinds = Object.entries(byKind).sort().map(([k, n]) => `${n} ${k}`).join(', ');
  const verb = args.check ? 'checked' : 'anonymized';
  process.stderr.write(`\n${done.length} of ${jobs.length + errors.filter((e) => !jobs.some((j) => j.input === e.file)).length} files ${verb}; ${total} findings${kinds ? ` (${kinds})` : ''}${errors.length ? `; ${errors.length} problem${errors.length > 1 ? 's' : ''} (see above)` : ''}.\n`);
  if (args.check) {
    const stamped = done.filter((d) => d.stamped === 'stamped').length;
    const unstamped = done.filter((d) => d.stamped === 'not-stamped').length;
    process.stderr.write(`${stamped} stamped now, ${unstamped} left unstamped because of findings.\n`);
  }

  if (args.report) {
    const lines = [
      `Anonymizer ${ANONYMIZER_VERSION} review — ${today.toISOString()}`,
      'PRIVATE: this file contains the original text. Never publish or commit it.',
      '',
      ...review,
      ...errors.map((e) => `ERROR ${fmt(e.file, e.line)}: ${e.message}`),
      '',
    ];
    try {
      writeAtomic(resolve(args.report), lines.join('\n'), 0o600);
      process.stderr.write(`Review written to ${args.report} (private).\n`);
    } catch (e) {
      process.stderr.write(`anonymize: could not write the report ${args.report}: ${(e as Error).message}\n`);
      errors.push({ file: args.report, message: 'report not written' });
    }
  }
  if (map && args.map) {
    try {
      writeAtomic(resolve(args.map), JSON.stringify(map, null, 2) + '\n', 0o600);
    } catch (e) {
      process.stderr.write(`anonymize: could not save the pseudonym map ${args.map}: ${(e as Error).message}\n`);
      errors.push({ file: args.map, message: 'map not saved' });
    }
  }
  if (args.json) {
    const report = {
      tool: 'anonymize',
      version: ANONYMIZER_VERSION,
      mode: args.check ? 'check' : 'anonymize',
      files: done.map((d) => ({
        input: d.job.input,
        output: d.output ?? null,
        lang: d.result.lang,
        stamp: d.stamped ?? null,
        pseudonyms: d.result.pseudonyms,
        allowed: d.result.allowed,
        findings: d.result.findings.map((f) => ({
          kind: f.kind,
          class: f.class,
          line: f.line,
          column: f.column,
          where: f.where,
          text: f.text,
          replacement: f.replacement,
          replaced: !args.check && (f.confidence ?? 1) >= 0.5,
          confidence: f.confidence ?? 1,
          ...(f.note ? { note: f.note } : {}),
        })),
      })),
      errors,
      summary: { files: jobs.length, processed: done.length, failed: errors.length, findings: total, byKind },
    };
    process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  }
  if (errors.length) return 2;
  if (args.check && total > 0) return 1;
  return 0;
}

process.exitCode = main(process.argv.slice(2));
