/**
 * The text Pagefind indexes on a page: everything inside data-pagefind-body elements, minus
 * data-pagefind-ignore elements, scripts and styles. A small tag scanner is enough here because the
 * HTML comes from our own templates.
 */

/** First word of the hidden stems block; the search page shows only the text before it. */
export const STEMS_MARKER = '⁂';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const SKIP = new Set(['script', 'style', 'template']);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/**
 * @example indexedText('<nav>Меню</nav><div data-pagefind-body><p>Поліція</p></div>') // "Поліція"
 */
export function indexedText(html: string): string {
  const out: string[] = [];
  // Each open element: does it start indexed text (body), or hide it (ignore/script)?
  const stack: { tag: string; body: boolean; hide: boolean }[] = [];
  let inBody = 0;
  let hidden = 0;
  const tag = /<(\/?)([a-zA-Z][\w-]*)([^>]*?)(\/?)>|<!--[\s\S]*?-->/g;
  let last = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (inBody > 0 && hidden === 0) out.push(html.slice(last, m.index));
    last = tag.lastIndex;
    if (!m[2]) continue; // comment
    const name = m[2].toLowerCase();
    if (m[1]) {
      // Close the nearest open element of that name.
      for (let i = stack.length - 1; i >= 0; i--) {
        if (stack[i]!.tag !== name) continue;
        for (const e of stack.splice(i)) {
          if (e.body) inBody--;
          if (e.hide) hidden--;
        }
        break;
      }
      out.push(' ');
      continue;
    }
    out.push(' ');
    if (VOID.has(name) || m[4]) continue;
    const attrs = m[3] ?? '';
    const entry = {
      tag: name,
      body: /\sdata-pagefind-body\b/.test(attrs),
      hide: SKIP.has(name) || /\sdata-pagefind-ignore\b/.test(attrs),
    };
    if (entry.body) inBody++;
    if (entry.hide) hidden++;
    stack.push(entry);
  }
  return out
    .join('')
    .replace(/&(#?\w+);/g, (all, name: string) =>
      ENTITIES[name] ?? (name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1).replace(/^x/, '0x'))) : all),
    )
    .replace(/\s+/g, ' ')
    .trim();
}
