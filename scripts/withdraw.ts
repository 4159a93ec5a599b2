/**
 * Withdraw a story at its storyteller's request: `npm run withdraw -- <translationKey> [--yes]`.
 *
 * Removes the story in every language, its reader responses and its images from content/, takes its
 * key out of every campaign, records key + slugs + month in src/data/withdrawn.json (never a title
 * or text), and keeps hashes of its text's 8-word shingles in private/withdrawn-fingerprints.json
 * (git-ignored) so that the next build's leak scan fails if any of the text is still published.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { isSeq, type YAMLSeq } from 'yaml';
import { parseFrontMatter, splitFrontMatter } from './anonymize/index.ts';
// joinFrontMatter is not in the public API yet (asked for in the report); reading it is enough here.
import { joinFrontMatter } from './anonymize/frontmatter.ts';
import { collectionFiles, contentRoot, displayPath } from './verify/content.ts';
import { fingerprintsPath, phraseHash, readFingerprints, shingleHashes, words } from './verify/fingerprints.ts';
import { withdrawnFile, withdrawnStories, type WithdrawnStory } from '../src/lib/withdrawn.ts';

interface Piece {
  file: string;
  data: Record<string, unknown>;
  body: string;
}

function read(file: string): Piece {
  const split = splitFrontMatter(readFileSync(file, 'utf8'));
  return { file, data: (parseFrontMatter(split).toJS() ?? {}) as Record<string, unknown>, body: split.body };
}

/** Every published text of a piece: title, summary, notes, alt texts, body (without MDX code or link targets). */
export function publishedTexts(p: Piece): string[] {
  const d = p.data as { title?: string; summary?: string; from?: string; contentWarning?: { note?: string }; image?: { alt?: string } };
  const body = p.body
    .split('\n')
    .filter((l) => !/^(import|export)\s/.test(l))
    .join('\n')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/<[^>]+>/g, ' ');
  return [d.title, d.summary, d.contentWarning?.note, d.image?.alt, ...body.split(/\n\s*\n/)].filter(
    (t): t is string => typeof t === 'string' && t.trim() !== '',
  );
}

export function withdraw(key: string, opts: { content?: string; log?: (s: string) => void; now?: Date } = {}) {
  const log = opts.log ?? console.log;
  const root = opts.content ?? contentRoot();
  const stories = collectionFiles(root, 'stories').map(read).filter((p) => p.data.translationKey === key);
  if (stories.length === 0) throw new Error(`no story has translationKey "${key}". The key is in each story's front matter (translationKey: …).`);
  const responses = collectionFiles(root, 'responses').map(read).filter((p) => p.data.story === key);
  const removed = [...stories, ...responses];
  const removedSet = new Set(removed.map((p) => p.file));

  // Text still published elsewhere (a quote in a campaign, a shared phrase) is not distinctive.
  const remaining = new Set<string>();
  const remainingPhrases = new Set<string>();
  for (const c of ['stories', 'responses', 'articles', 'workshop', 'campaigns']) {
    for (const f of collectionFiles(root, c)) {
      if (removedSet.has(f)) continue;
      for (const t of publishedTexts(read(f))) {
        for (const h of shingleHashes(t)) remaining.add(h);
        remainingPhrases.add(phraseHash(t));
      }
    }
  }
  const shingles = new Set<string>();
  const phrases = new Set<string>();
  for (const p of removed) {
    for (const t of publishedTexts(p)) {
      for (const h of shingleHashes(t)) if (!remaining.has(h)) shingles.add(h);
      const n = words(t).length;
      if (n >= 3 && n < 8 && !remainingPhrases.has(phraseHash(t))) phrases.add(phraseHash(t));
    }
  }

  // Images the story used that no remaining file uses.
  const images = new Set<string>();
  for (const s of stories) {
    const src = (s.data.image as { src?: string } | undefined)?.src;
    if (src) images.add(path.resolve(path.dirname(s.file), src));
  }
  const stillUsed = (img: string) =>
    collectionFiles(root, 'stories')
      .filter((f) => !removedSet.has(f))
      .some((f) => {
        const src = (read(f).data.image as { src?: string } | undefined)?.src;
        return src && path.resolve(path.dirname(f), src) === img;
      });

  const slugs: WithdrawnStory['slugs'] = {};
  for (const s of stories) {
    const lang = String(s.data.lang) as keyof WithdrawnStory['slugs'];
    const former = Array.isArray(s.data.formerSlugs) ? (s.data.formerSlugs as string[]) : [];
    slugs[lang] = [...new Set([...(slugs[lang] ?? []), path.basename(s.file).replace(/\.mdx?$/, ''), ...former])];
  }

  for (const p of removed) rmSync(p.file);
  const removedImages = [...images].filter((img) => existsSync(img) && !stillUsed(img));
  for (const img of removedImages) rmSync(img);

  const emptied: string[] = [];
  const campaignsChanged: string[] = [];
  for (const f of collectionFiles(root, 'campaigns')) {
    const source = readFileSync(f, 'utf8');
    const split = splitFrontMatter(source);
    const doc = parseFrontMatter(split);
    const list = doc.get('stories');
    if (!isSeq(list)) continue;
    const seq = list as YAMLSeq;
    const before = seq.items.length;
    seq.items = seq.items.filter((i) => String((i as { value?: unknown }).value ?? i) !== key);
    if (seq.items.length === before) continue;
    writeFileSync(f, joinFrontMatter(split, doc, split.body));
    campaignsChanged.push(displayPath(f));
    if (seq.items.length === 0) emptied.push(displayPath(f));
  }

  const now = opts.now ?? new Date();
  const month = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
  const list = withdrawnStories().filter((w) => w.key !== key);
  list.push({ key, slugs, date: month });
  mkdirSync(path.dirname(withdrawnFile()), { recursive: true });
  writeFileSync(withdrawnFile(), JSON.stringify(list, null, 2) + '\n');

  const fpFile = fingerprintsPath();
  const fp = readFingerprints(fpFile);
  fp.stories = fp.stories.filter((s) => s.key !== key);
  fp.stories.push({ key, shingles: [...shingles], phrases: [...phrases] });
  mkdirSync(path.dirname(fpFile), { recursive: true });
  writeFileSync(fpFile, JSON.stringify(fp) + '\n');

  log(`Withdrawn: "${key}".`);
  for (const p of removed) log(`  removed ${displayPath(p.file)}`);
  for (const img of removedImages) log(`  removed ${displayPath(img)}`);
  for (const c of campaignsChanged) log(`  took it out of the campaign ${c}`);
  log(`  recorded it in ${displayPath(withdrawnFile())} (key and addresses only, no text)`);
  log(`  kept ${shingles.size} fingerprints of its text in ${displayPath(fpFile)} (hashes only; this file stays private, never commit it)`);
  for (const e of emptied) log(`WARNING: ${e} now lists no story; the build will refuse it. Add another story to it or remove the campaign.`);
  log('\nNext: 1) git add -A content src/data/withdrawn.json && git commit -m "Withdraw a story"  2) npm run build (it checks the text is gone everywhere)  3) deploy, so the old addresses show the "withdrawn" page.');
  return { removed: removed.map((p) => p.file), removedImages, campaignsChanged, slugs };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const key = args.find((a) => !a.startsWith('--'));
  if (!key) {
    console.error('Usage: npm run withdraw -- <translationKey> [--yes]\nThe translationKey is in the front matter of each translation of the story.');
    process.exit(2);
  }
  const root = contentRoot();
  const files = collectionFiles(root, 'stories').filter((f) => read(f).data.translationKey === key);
  if (files.length === 0) {
    console.error(`No story has translationKey "${key}". Nothing was changed.`);
    process.exit(1);
  }
  if (!args.includes('--yes')) {
    console.log(`This removes the story "${key}" in every language, with its responses, from the site:`);
    for (const f of files) console.log(`  ${displayPath(f)}`);
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    const answer = (await rl.question('Withdraw it? Type "yes" to continue: ')).trim().toLowerCase();
    rl.close();
    if (answer !== 'yes' && answer !== 'так' && answer !== 'да') {
      console.log('Nothing was changed.');
      process.exit(1);
    }
  }
  try {
    withdraw(key);
  } catch (e) {
    console.error(`Could not withdraw: ${(e as Error).message}`);
    process.exit(1);
  }
}
