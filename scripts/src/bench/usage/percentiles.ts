/** The value below which `quantile` (0..1) of the samples fall. */
export function percentile(samples: readonly number[], quantile: number): number {
  if (samples.length === 0) return 0;
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

export const round1 = (value: number): number => Math.round(value * 10) / 10;
