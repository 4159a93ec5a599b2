/** E-mail addresses, Latin or Cyrillic (ім'я@пошта.укр). */
import type { Detector } from '../types.ts';
import { spansFrom } from './util.ts';

const EMAIL = /(?<![\p{L}\p{N}_.%+\-])[\p{L}\p{N}_.%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,}(?![\p{L}\p{N}_])/gu;

export const detectEmails: Detector = (text) =>
  !text.includes('@') ? [] : spansFrom(EMAIL, text, 'email', (m) => ({ entity: m[0].toLowerCase(), confidence: 1 }));
