/**
 * Where an MDX body holds code rather than published text. The document layer never rewrites
 * these ranges, and the proper-noun net does not read component names as names.
 */
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;
const ESM = /^(?:import|export)\s/;
const TAG = /<\/?[A-Za-z][\w.:-]*(?:\s[^<>]*?)?\/?>/g;
const ATTR_VALUE = /=\s*("[^"]*"|'[^']*')/g;

/**
 * Ranges of the body that are MDX code: import/export statements and JSX tag syntax (attribute
 * string values excepted: alt="…" and title="…" are published text). Fenced code is prose here.
 */
export function mdxCodeRanges(body: string): [number, number][] {
  const ranges: [number, number][] = [];
  let inFence: string | null = null;
  let inEsm = false;
  let offset = 0;
  for (const line of body.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    const fence = FENCE.exec(line);
    if (inFence) {
      if (fence && fence[1]!.startsWith(inFence[0]!) && fence[1]!.length >= inFence.length) inFence = null;
      continue;
    }
    if (fence) {
      inFence = fence[1]!;
      continue;
    }
    if (inEsm || ESM.test(line)) {
      ranges.push([start, start + line.length]);
      inEsm = line.trim() !== '' && !/;\s*$|from\s+['"][^'"]+['"]\s*;?\s*$/.test(line) && /[{,(]\s*$|^\s*(?:import|export)\b[^;]*$/.test(line) && !/^export\s+const\s+\w+\s*=\s*['"\d]/.test(line);
      if (line.trim() === '') inEsm = false;
      continue;
    }
    TAG.lastIndex = 0;
    for (let m = TAG.exec(line); m; m = TAG.exec(line)) {
      const tagStart = start + m.index;
      let pos = tagStart;
      ATTR_VALUE.lastIndex = 0;
      for (let a = ATTR_VALUE.exec(m[0]); a; a = ATTR_VALUE.exec(m[0])) {
        const valueStart = tagStart + a.index + a[0].indexOf(a[1]!) + 1;
        ranges.push([pos, valueStart]);
        pos = valueStart + a[1]!.length - 2;
      }
      ranges.push([pos, tagStart + m[0].length]);
    }
  }
  return ranges;
}
