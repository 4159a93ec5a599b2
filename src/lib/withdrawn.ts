/**
 * Stories withdrawn at their storyteller's request (src/data/withdrawn.json, written by
 * `npm run withdraw`). Only keys, slugs and a month are kept: never a title or any of the text.
 * Their former URLs render a "withdrawn" page (noindex, no search index, not in the sitemap).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Lang } from '../data/site';

export interface WithdrawnStory {
  key: string;
  /** Every slug the story had, per language (current and former). */
  slugs: Partial<Record<Lang, string[]>>;
  /** Month of the withdrawal, YYYY-MM. */
  date: string;
}

/** Tests point WITHDRAWN_FILE at their own list. */
export function withdrawnFile(cwd = process.cwd()): string {
  return path.resolve(cwd, process.env.WITHDRAWN_FILE ?? 'src/data/withdrawn.json');
}

export function withdrawnStories(file = withdrawnFile()): WithdrawnStory[] {
  if (!existsSync(file)) return [];
  return JSON.parse(readFileSync(file, 'utf8')) as WithdrawnStory[];
}

/** Former story URLs that now show the withdrawn page: for the sitemap filter and noindex lists. */
export function withdrawnPaths(list = withdrawnStories()): string[] {
  return list.flatMap((w) =>
    Object.entries(w.slugs).flatMap(([lang, slugs]) => (slugs ?? []).map((slug) => `/${lang}/stories/${slug}/`)),
  );
}
