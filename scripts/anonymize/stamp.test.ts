import { describe, expect, it } from 'vitest';
import { stampSource, verifyStamp } from './stamp.ts';

const SRC = '---\n# reviewer note\ntitle: "Вигадана історія"\nlang: uk\n---\nПерший рядок.\nДругий рядок.\n';

describe('stamp', () => {
  it('stamps, keeps comments, and verifies', () => {
    const s = stampSource(SRC, '2026-11-23');
    expect(s).toContain('# reviewer note');
    expect(s).toMatch(/stamp:\n\s+hash: sha256:[0-9a-f]{64}\n\s+version: \d+\.\d+\.\d+\n\s+date: 2026-11-23/);
    expect(verifyStamp(s)).toEqual({ ok: true });
  });
  it('breaks when one word of the body or the title changes', () => {
    const s = stampSource(SRC, '2026-11-23');
    expect(verifyStamp(s.replace('Другий', 'Третій'))).toMatchObject({ ok: false, reason: 'mismatch' });
    expect(verifyStamp(s.replace('Вигадана', 'Інша'))).toMatchObject({ ok: false, reason: 'mismatch' });
  });
  it('survives CRLF line endings and trailing spaces', () => {
    const s = stampSource(SRC, '2026-11-23');
    expect(verifyStamp(s.replace(/\n/g, '\r\n'))).toEqual({ ok: true });
    expect(verifyStamp(s.replace('Перший рядок.', 'Перший рядок.   ') + '\n\n')).toEqual({ ok: true });
  });
  it('reports a missing stamp and an old version', () => {
    expect(verifyStamp(SRC)).toMatchObject({ ok: false, reason: 'missing' });
    const s = stampSource(SRC, '2026-11-23').replace(/version: [\d.]+/, 'version: 0.0.1');
    expect(verifyStamp(s)).toMatchObject({ ok: false, reason: 'version' });
  });
});
