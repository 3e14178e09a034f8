import { describe, expect, it } from 'vitest';
import { HISTOGRAM_CAP, histogramBucket, histogramMedian, mergeHistograms } from './days-histogram.js';

/** The histogram of a list of working days, as the rollup stores it. */
const of = (days: number[]) =>
  mergeHistograms(
    days.map((d) => {
      const h: number[] = Array.from({ length: histogramBucket(d) + 1 }, () => 0);
      h[histogramBucket(d)] = 1;
      return h;
    }),
  );

describe('working days histograms', () => {
  it('adds up element by element and drops trailing zeros', () => {
    expect(
      mergeHistograms([
        [1, 0, 2],
        [0, 3],
        [0, 0, 0, 0],
      ]),
    ).toEqual([1, 3, 2]);
    expect(mergeHistograms([])).toEqual([]);
  });

  it('gives the median as percentile_cont(0.5) would: the middle value or the mean of the two', () => {
    expect(histogramMedian([])).toBeNull();
    expect(histogramMedian(of([4]))).toBe(4);
    expect(histogramMedian(of([0, 3, 9]))).toBe(3);
    expect(histogramMedian(of([2, 5]))).toBe(3.5);
    expect(histogramMedian(of([1, 1, 2, 7, 7, 8]))).toBe(4.5);
  });

  it('is exact across rows: merged row medians equal the median of all the values', () => {
    const rows = [
      [1, 4, 4, 10],
      [0, 2],
      [6, 6, 6, 12, 20],
    ];
    const all = rows.flat().sort((a, b) => a - b);
    const expected = (all[Math.floor((all.length - 1) / 2)]! + all[Math.ceil((all.length - 1) / 2)]!) / 2;
    expect(histogramMedian(mergeHistograms(rows.map(of)))).toBe(expected);
  });

  it('counts 60 working days or more together, so a median beyond is reported as the cap', () => {
    expect(histogramBucket(75)).toBe(HISTOGRAM_CAP);
    expect(histogramMedian(of([61, 90, 120]))).toBe(HISTOGRAM_CAP);
  });
});
