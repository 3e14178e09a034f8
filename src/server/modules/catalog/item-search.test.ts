import { describe, expect, it } from 'vitest';
import { afterSearchCursor, encodeSearchCursor, keywordBigrams } from './item-search.js';

describe('keyword pieces', () => {
  it('splits Han characters into overlapping pairs', () => {
    expect(keywordBigrams('公积金提取')).toEqual(['公积', '积金', '金提', '提取']);
  });
  it('gives no pieces for a two-character keyword or Latin text', () => {
    expect(keywordBigrams('医保')).toEqual([]);
    expect(keywordBigrams('passport')).toEqual([]);
  });
});

describe('search cursor', () => {
  const ranked = [
    { code: 'a', score: 90 },
    { code: 'b', score: 90 },
    { code: 'c', score: 40 },
  ];
  it('continues after the last item shown', () => {
    expect(
      afterSearchCursor(ranked, encodeSearchCursor({ code: 'a', score: 90 }))?.map((r) => r.code),
    ).toEqual(['b', 'c']);
  });
  it('rejects a cursor that was not made by the server', () => {
    expect(afterSearchCursor(ranked, 'not-a-cursor')).toBeNull();
  });
});
