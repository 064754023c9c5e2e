import { describe, expect, it } from 'vitest';
import { documentsAt, fitLine, measureEngineEnvelope } from './engine-envelope.js';

describe('the engine envelope benchmark', () => {
  it('reads where the fitted line crosses the budget', () => {
    // 10 ms fixed plus 0.1 ms per document.
    const line = fitLine([
      { documents: 250, pageMs: 35, cpuMs: 0 },
      { documents: 500, pageMs: 60, cpuMs: 0 },
      { documents: 1000, pageMs: 110, cpuMs: 0 },
    ]);
    expect(line.slope).toBeCloseTo(0.1, 6);
    expect(line.intercept).toBeCloseTo(10, 6);
    expect(documentsAt(line, 100)).toBe(900);
    // A noisy middle point moves the answer only a little.
    const noisy = fitLine([
      { documents: 250, pageMs: 35, cpuMs: 0 },
      { documents: 500, pageMs: 75, cpuMs: 0 },
      { documents: 1000, pageMs: 110, cpuMs: 0 },
    ]);
    expect(documentsAt(noisy, 100)).toBe(850);
    expect(documentsAt({ intercept: 120, slope: 0.1 }, 100)).toBe(0);
    expect(documentsAt({ intercept: 5, slope: 0 }, 100)).toBe(Number.POSITIVE_INFINITY);
  });

  it('times list pages on FerretDB processes of its own, one per setting', async () => {
    const results = await measureEngineEnvelope({
      variants: [
        { name: 'GOGC=100', env: { GOGC: '100' } },
        { name: 'GOGC=400', env: { GOGC: '400' } },
      ],
      sizes: [100, 200],
      samples: 1,
      budgetMs: 100,
      progress: () => {},
    });
    expect(results.map((result) => result.variant)).toEqual(['GOGC=100', 'GOGC=400']);
    for (const result of results) {
      expect(result.points.map((point) => point.documents)).toEqual([100, 200]);
      for (const point of result.points) expect(point.pageMs).toBeGreaterThan(0);
      expect(result.peakRssMb).toBeGreaterThan(0);
    }
  }, 60_000);
});
