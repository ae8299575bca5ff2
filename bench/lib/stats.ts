/** Percentiles and medians of measured samples. */
export function percentile(samples: number[], p: number): number {
  if (!samples.length) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const median = (samples: number[]) => percentile(samples, 50);

export const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
