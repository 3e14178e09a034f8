/**
 * Working days to decision, kept as a histogram so medians add up across rollup rows: element i
 * counts cases decided in i working days, the last element (index CAP) those taking CAP or more.
 * A median over any set of rows is exact while it lies below CAP working days, which covers
 * every promised limit in the catalogue; beyond it the answer is reported as CAP.
 */
export const HISTOGRAM_CAP = 60;

export function histogramBucket(workingDays: number): number {
  return Math.min(Math.max(0, Math.trunc(workingDays)), HISTOGRAM_CAP);
}

/** Adds histograms element by element; the result has no trailing zeros. */
export function mergeHistograms(histograms: Iterable<readonly number[]>): number[] {
  const sum: number[] = [];
  for (const histogram of histograms)
    histogram.forEach((count, i) => {
      sum[i] = (sum[i] ?? 0) + Number(count);
    });
  for (let i = 0; i < sum.length; i += 1) sum[i] ??= 0;
  while (sum.length && sum[sum.length - 1] === 0) sum.pop();
  return sum;
}

/** The value at a 0-based rank of the sorted values the histogram stands for. */
function valueAtRank(histogram: readonly number[], rank: number): number {
  let seen = 0;
  for (let i = 0; i < histogram.length; i += 1) {
    seen += histogram[i] ?? 0;
    if (rank < seen) return i;
  }
  return histogram.length - 1;
}

/**
 * The median as PostgreSQL's percentile_cont(0.5) gives it on the underlying values: the middle
 * value, or the mean of the two middle ones. Null for an empty histogram.
 */
export function histogramMedian(histogram: readonly number[]): number | null {
  const n = histogram.reduce((a, b) => a + b, 0);
  if (n === 0) return null;
  const low = valueAtRank(histogram, Math.floor((n - 1) / 2));
  const high = valueAtRank(histogram, Math.ceil((n - 1) / 2));
  return (low + high) / 2;
}
