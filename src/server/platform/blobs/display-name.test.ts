import { describe, expect, it } from 'vitest';
import { asciiFileName, inlineDisposition, MAX_DISPLAY_NAME_LENGTH, toDisplayName } from './display-name.js';

describe('display names of uploaded files', () => {
  it('keeps an ordinary Chinese file name as it is', () => {
    expect(toDisplayName('居民身份证（正反面）.pdf', 'application/pdf')).toBe('居民身份证（正反面）.pdf');
  });

  it('drops folders, control and direction-changing characters, and surrounding dots', () => {
    expect(toDisplayName('C:\\Users\\张三\\Desktop\\户口簿.jpg', 'image/jpeg')).toBe('户口簿.jpg');
    expect(toDisplayName('../../\u202Egnp.exe\u0000', 'image/png')).toBe('gnp.exe');
    expect(toDisplayName('  ..  ', 'image/png')).toBe('材料.png');
    expect(toDisplayName(undefined, 'application/pdf')).toBe('材料.pdf');
  });

  it('shortens a long name but keeps its extension', () => {
    const name = toDisplayName(`${'很长的材料名称'.repeat(40)}.pdf`, 'application/pdf');
    expect(Array.from(name)).toHaveLength(MAX_DISPLAY_NAME_LENGTH);
    expect(name.endsWith('….pdf')).toBe(true);
  });

  it('gives Content-Disposition an ASCII fallback and the real name in filename*', () => {
    expect(asciiFileName('身份证.pdf', 'application/pdf')).toBe('___.pdf');
    expect(asciiFileName('证明', 'image/png')).toBe('material.png');
    expect(inlineDisposition('a"b.pdf', 'application/pdf')).toBe(
      `inline; filename="a_b.pdf"; filename*=UTF-8''a%22b.pdf`,
    );
  });
});
