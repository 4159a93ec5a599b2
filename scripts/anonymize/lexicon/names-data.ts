/**
 * names.json (built by lexicon/build.ts), read and parsed once per process: the name detector's
 * lexicon and the pseudonym registry's long pools both come from it.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type NamesData = Record<string, { names: string[]; ambiguousForms: string[] }>;

let DATA: NamesData | undefined;

/** The parsed names.json. Treat it as read-only: it is shared. */
export function namesData(): NamesData {
  DATA ??= JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'names.json'), 'utf8')) as NamesData;
  return DATA;
}
