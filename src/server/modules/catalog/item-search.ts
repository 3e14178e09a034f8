/** Two-character pieces of the Han characters of a keyword, for typo-tolerant matching. */
export function keywordBigrams(keyword: string): string[] {
  const han = [...keyword].filter((c) => /\p{Script=Han}/u.test(c));
  const pieces = new Set<string>();
  for (let i = 0; i + 1 < han.length; i++) pieces.add(`${han[i]}${han[i + 1]}`);
  return pieces.size > 1 ? [...pieces] : [];
}

export interface RankedCode {
  code: string;
  score: number;
}

export function encodeSearchCursor(last: RankedCode): string {
  return Buffer.from(JSON.stringify([last.score, last.code])).toString('base64url');
}

/** The results after the cursor, in the same order (score descending, then code). */
export function afterSearchCursor<T extends RankedCode>(ranked: T[], cursor: string | undefined): T[] | null {
  if (!cursor) return ranked;
  let score: unknown;
  let code: unknown;
  try {
    [score, code] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
  } catch {
    return null;
  }
  if (typeof score !== 'number' || typeof code !== 'string') return null;
  return ranked.filter((r) => r.score < score || (r.score === score && r.code > code));
}
