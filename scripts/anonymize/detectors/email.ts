/** E-mail addresses, Latin or Cyrillic (ім'я@пошта.укр). */
import type { Detector, Span } from '../types.ts';

const EMAIL = /(?<![\p{L}\p{N}_.%+\-])[\p{L}\p{N}_.%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,}(?![\p{L}\p{N}_])/gu;

const EMAIL_Y = new RegExp(EMAIL.source, 'uy');
const LOCAL_CHAR = /[\p{L}\p{N}_.%+\-]/u;

export const detectEmails: Detector = (text) => {
  const spans: Span[] = [];
  // From each "@", back to where its local part starts, then one sticky match there.
  let done = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    if (at < done) continue;
    let start = at;
    while (start > 0 && LOCAL_CHAR.test(text[start - 1]!)) start--;
    EMAIL_Y.lastIndex = start;
    const m = EMAIL_Y.exec(text);
    if (!m) continue;
    spans.push({ kind: 'email', start, end: start + m[0].length, entity: m[0].toLowerCase(), confidence: 1 });
    done = start + m[0].length;
  }
  return spans;
};
