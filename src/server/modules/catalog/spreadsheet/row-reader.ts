/**
 * Reads the cells of one row as typed values, recording a located problem for every cell that
 * does not fit, so a whole row (and a whole file) is checked in one pass rather than stopping at
 * the first mistake.
 */
import type { CellValue, ReadSheet, SheetRow } from './read-workbook.js';
import type { SheetProblem } from './sheet-problems.js';
import {
  codeOf,
  labelsOf,
  splitLines,
  splitList,
  yesNoWords,
  type Vocabulary,
} from './workbook-vocabulary.js';

export class RowReader<Key extends string> {
  /** Set once any cell of the row has a problem. */
  failed = false;

  constructor(
    private readonly sheet: ReadSheet<Key>,
    readonly source: SheetRow<Key>,
    private readonly problems: SheetProblem[],
  ) {}

  get row(): number {
    return this.source.row;
  }

  /** Where a column's cell of this row is, for a problem. */
  locate(key: Key): Pick<SheetProblem, 'sheet' | 'row' | 'column'> {
    const header = this.sheet.spec.columns.find((c) => c.key === key)?.header ?? key;
    return {
      sheet: this.sheet.spec.name,
      row: this.source.row,
      column: { header, letter: this.sheet.letters[key] },
    };
  }

  report(key: Key, code: string, params?: Record<string, string | number>): undefined {
    this.problems.push({ code, ...(params ? { params } : {}), ...this.locate(key) });
    this.failed = true;
    return undefined;
  }

  private raw(key: Key): CellValue {
    return this.source.cells[key] ?? null;
  }

  isBlank(key: Key): boolean {
    const value = this.raw(key);
    return value === null || value === '';
  }

  /** The cell holds a number rather than text (Excel's General format turns 000125… into 125…). */
  isNumber(key: Key): boolean {
    return typeof this.raw(key) === 'number';
  }

  /** The cell as text: '' when blank and optional, undefined (with a problem) when it does not fit. */
  text(key: Key, { required = false, max = 2000 }: { required?: boolean; max?: number } = {}) {
    const value = this.raw(key);
    const text = value === null ? '' : typeof value === 'number' ? String(value) : String(value).trim();
    if (!text) return required ? this.report(key, 'catalog.sheet.cell_required') : '';
    if (text.length > max) return this.report(key, 'catalog.sheet.cell_too_long', { max });
    return text;
  }

  /** A whole number in range; null when blank and optional. */
  integer(key: Key, { min, max, required = false }: { min: number; max: number; required?: boolean }) {
    const value = this.raw(key);
    if (value === null || value === '')
      return required ? this.report(key, 'catalog.sheet.cell_required') : null;
    const number = typeof value === 'number' ? value : Number(String(value).trim());
    if (typeof value === 'boolean' || !Number.isFinite(number) || String(value).trim() === '') {
      return this.report(key, 'catalog.sheet.not_a_number', { value: String(value) });
    }
    if (!Number.isInteger(number) || number < min || number > max) {
      return this.report(key, 'catalog.sheet.number_out_of_range', { min, max });
    }
    return number;
  }

  /** An amount in yuan as the database keeps it ("12.5"); blank means free. */
  yuan(key: Key): string | undefined {
    const value = this.raw(key);
    if (value === null || value === '') return '0';
    if (typeof value === 'number') {
      // Spreadsheet arithmetic leaves binary noise (0.1 + 0.2); cents are what count.
      const cents = Math.round(value * 100);
      if (Math.abs(value * 100 - cents) > 1e-6 || value < 0 || value >= 1e8) {
        return this.report(key, 'catalog.fee_invalid');
      }
      return (cents / 100).toString();
    }
    const text = String(value).trim();
    if (!/^\d{1,8}(\.\d{1,2})?$/.test(text)) {
      return Number.isFinite(Number(text))
        ? this.report(key, 'catalog.fee_invalid')
        : this.report(key, 'catalog.sheet.not_a_number', { value: text });
    }
    return text;
  }

  /** One value from a vocabulary. */
  one<Code extends string>(key: Key, vocabulary: Vocabulary<Code>, { required = true } = {}) {
    const text = this.text(key, { required, max: 40 });
    if (!text) return undefined;
    const code = codeOf(vocabulary, text);
    if (!code) {
      return this.report(key, 'catalog.sheet.value_unknown', {
        value: text,
        allowed: labelsOf(vocabulary).join('、'),
      });
    }
    return code;
  }

  /** Several values from a vocabulary, separated by 、; each distinct value once, in the order written. */
  many<Code extends string>(key: Key, vocabulary: Vocabulary<Code>, { required = false } = {}) {
    const text = this.text(key, { required });
    if (text === undefined) return undefined;
    const codes: Code[] = [];
    for (const word of splitList(text)) {
      const code = codeOf(vocabulary, word);
      if (!code) {
        return this.report(key, 'catalog.sheet.value_unknown', {
          value: word,
          allowed: labelsOf(vocabulary).join('、'),
        });
      }
      if (!codes.includes(code)) codes.push(code);
    }
    return codes;
  }

  /** Free words separated by 、 (关键词). */
  words(key: Key, { maxEach = 40 } = {}) {
    const text = this.text(key);
    if (text === undefined) return undefined;
    const words = [...new Set(splitList(text))];
    if (words.some((w) => w.length > maxEach))
      return this.report(key, 'catalog.sheet.cell_too_long', { max: maxEach });
    return words;
  }

  /** One entry per line. */
  lines(key: Key): string[] | undefined {
    const text = this.text(key, { max: 20000 });
    return text === undefined ? undefined : splitLines(text);
  }

  /** 是 / 否; blank gives the default, or a problem when there is none. */
  yesNo(key: Key, { blank }: { blank?: boolean } = {}): boolean | undefined {
    const value = this.raw(key);
    if (typeof value === 'boolean') return value;
    if ((value === null || value === '') && blank !== undefined) return blank;
    const answer = this.one(key, yesNoWords);
    return answer === undefined ? undefined : answer === 'yes';
  }
}
