/**
 * The private pseudonym map: which pseudonym each real person got, so she keeps it across runs and
 * tools (`npm run anonymize -- --map`, `npm run publish:story`). It holds real names: it lives under
 * private/ (git-ignored) and is never written next to anything published.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createPseudonymRegistry } from './pseudonyms.ts';
import type { PseudonymRegistry } from './types.ts';

export interface PseudonymMap {
  version: 1;
  /** "<lang>|<part>|<entity>" → pseudonym (base form). */
  entries: Record<string, string>;
}

/** Reads the map; a missing file is an empty map. Throws when the file is not a map. */
export function loadPseudonymMap(path: string): PseudonymMap {
  if (!existsSync(path)) return { version: 1, entries: {} };
  const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<PseudonymMap>;
  if (!data || typeof data.entries !== 'object' || data.entries === null) {
    throw new Error(`the pseudonym map ${path} has no "entries"; fix it or move it away.`);
  }
  return { version: 1, entries: { ...data.entries } };
}

/** A registry that reuses and records pseudonyms in the map, so a person keeps one pseudonym. */
export function mappedRegistry(map: PseudonymMap): PseudonymRegistry {
  const inner = createPseudonymRegistry({ reserved: Object.values(map.entries) });
  return {
    pseudonymFor(entity, hint) {
      const key = `${hint.lang}|${hint.part}|${entity}`;
      const known = map.entries[key];
      if (known) return known;
      const p = inner.pseudonymFor(entity, hint);
      map.entries[key] = p;
      return p;
    },
    used: () => [...new Set([...inner.used(), ...Object.values(map.entries)])],
  };
}
