import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { catalogSheets, columnLetter, normaliseHeader } from './workbook-layout.js';
import {
  certificateCode,
  certificateLabel,
  codeOf,
  formatFaq,
  formatOption,
  parseFaq,
  parseOption,
  splitList,
  subjectWords,
} from './workbook-vocabulary.js';

describe('the workbook layout', () => {
  it('names columns with Excel’s letters', () => {
    expect([1, 2, 25, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'B', 'Y', 'Z', 'AA', 'AZ', 'AAA']);
  });

  it('matches headers however the parentheses and spaces were typed', () => {
    expect(normaliseHeader(' 法定时限(工作日) ')).toBe(normaliseHeader('法定时限（工作日）'));
  });

  it('is documented for the city offices, sheet by sheet and column by column', () => {
    const doc = readFileSync(new URL('../../../../../docs/catalog-spreadsheet.md', import.meta.url), 'utf8');
    for (const sheet of catalogSheets) {
      expect(doc).toContain(`工作表「${sheet.name}」`);
      for (const column of sheet.columns) expect(doc).toContain(`| ${column.header} `);
    }
  });

  it('gives every column of a sheet its own header', () => {
    for (const sheet of catalogSheets) {
      const headers = sheet.columns.map((c) => c.header);
      expect(new Set(headers).size).toBe(headers.length);
    }
  });
});

describe('the words of the workbook', () => {
  it('reads back what it writes for questions and options', () => {
    const faq = { q: '需要回原缴存城市办理吗？', a: '不需要｜全程线上流转。' };
    expect(parseFaq(formatFaq(faq))).toEqual(faq);
    const option = { value: 'job_change', label: '工作调动', labelEn: 'Change | of employer' };
    expect(parseOption(formatOption(option))).toEqual(option);
  });

  it('accepts the half-width bar and colon offices type, and refuses other shapes', () => {
    expect(parseFaq('问:可以代办吗?|答:可以')).toEqual({ q: '可以代办吗?', a: '可以' });
    expect(parseFaq('可以代办吗？可以')).toBeUndefined();
    expect(parseOption('other|其他|Other')).toEqual({ value: 'other', label: '其他', labelEn: 'Other' });
    expect(parseOption('other｜其他')).toBeUndefined();
  });

  it('knows codes by their Chinese words, their variants and themselves', () => {
    expect(codeOf(subjectWords, '个人和法人')).toBe('both');
    expect(codeOf(subjectWords, '自然人')).toBe('individual');
    expect(codeOf(subjectWords, 'legal_person')).toBe('legal_person');
    expect(codeOf(subjectWords, '企业')).toBeUndefined();
  });

  it('names certificates in Chinese and keeps unknown ones as their codes', () => {
    expect(certificateLabel('resident_id_card')).toBe('居民身份证');
    expect(certificateCode('居民身份证')).toBe('resident_id_card');
    expect(certificateLabel('pet_licence')).toBe('pet_licence');
    expect(certificateCode('pet_licence')).toBe('pet_licence');
  });

  it('splits lists on 顿号, commas and semicolons', () => {
    expect(splitList('全程网办、异地代收代办，多地联办; 即办')).toEqual([
      '全程网办',
      '异地代收代办',
      '多地联办',
      '即办',
    ]);
  });
});
