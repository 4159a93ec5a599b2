/**
 * Where content is read from. Normally `content/`; tests and benchmarks point CONTENT_DIR at a
 * fixture folder (absolute, or relative to the project root) to build the site from other content.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export function contentBase(collection: string): string | URL {
  const root = process.env.CONTENT_DIR;
  if (!root) return `./content/${collection}`;
  return pathToFileURL(path.resolve(root, collection) + path.sep);
}
