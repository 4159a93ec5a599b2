import { describe, expect, it } from 'vitest';
import { anonymizeDocument, checkDocument } from './document.ts';
import { DocumentError } from './frontmatter.ts';

const SRC = `---
title: "Жетон № 0099001"
summary: Біля сауни «Вигадана»
lang: uk
image:
  alt: Будинок на вул. Неіснуючій, 9
---
import Warning from '../Warning.astro';

## Розділ

<Warning type="violence" title="Дзвони 067 000 12 34">Текст.</Warning>

**Жирне** і [посилання](https://fake-site.com.ua/x). Код: \`067 000 99 88\`.
`;

describe('anonymizeDocument', () => {
  it('anonymizes front matter fields and body, keeping MDX structure', () => {
    const r = anonymizeDocument(SRC);
    expect(r.output).toContain('title: "Жетон № [номер жетона]"');
    expect(r.output).toContain('summary: Біля сауни [назва закладу]');
    expect(r.output).toContain('alt: Будинок на [адреса]');
    expect(r.output).toContain("import Warning from '../Warning.astro';");
    expect(r.output).toContain('## Розділ');
    expect(r.output).toContain('<Warning type="violence" title="Дзвони [номер телефону]">Текст.</Warning>');
    expect(r.output).toContain('**Жирне** і [посилання](#). Код: `[номер телефону]`.');
    expect(r.output).toMatch(/anonymization:\n\s+pseudonyms: \[\]/);
    for (const f of r.findings) expect(r.output).not.toContain(f.text);
  });
  it('finds nothing more when checking its own output', () => {
    expect(checkDocument(anonymizeDocument(SRC).output).findings).toEqual([]);
  });
  it('names the line of a bad lang', () => {
    expect(() => anonymizeDocument('---\ntitle: x\nlang: ua\n---\n')).toThrowError(DocumentError);
    try {
      anonymizeDocument('---\ntitle: x\nlang: ua\n---\n');
    } catch (e) {
      expect((e as DocumentError).line).toBe(3);
      expect((e as Error).message).toContain('use one of uk, ru, en');
    }
  });
});

describe('the check accepts the tool’s own output', () => {
  it('a quoted placeholder («[название заведения]»)', () => {
    const src = '---\ntitle: Свидетель\nlang: ru\n---\n\nЯ, Прохоров Назар, работаю водителем такси («Уклон» и частные заказы), автомобиль серого цвета.\n';
    const once = anonymizeDocument(src).output;
    expect(once).toContain('(«[название заведения]» и частные заказы)');
    // a venue word before it makes the re-scan read the quoted placeholder as a venue's name
    expect(checkDocument(once.replace('водителем такси (', 'в сауне ')).findings).toEqual([]);
    expect(checkDocument(once).findings).toEqual([]);
  });
  it('still reports an identifier written after anonymizing', () => {
    const once = anonymizeDocument('---\ntitle: T\nlang: ru\n---\n\nРаботаю в такси («Быстрое такси»).\n').output;
    expect(checkDocument(once.replace('Работаю', 'Работаю (тел. 067 123 45 67)')).findings.map((f) => f.kind)).toContain('phone');
  });
});
