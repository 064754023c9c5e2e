import type { AlertFinding, AlertRule, EvaluationContext } from '../alert-rule.js';
import { p95Of } from '../performance-window.js';

export interface PerformanceThresholds {
  /** Percent of a window's requests failing with a server error. */
  errorRatePercent: number;
  /** p95 latency over a window, milliseconds. */
  latencyP95Ms: number;
  /** A window with fewer requests is not judged (too few to mean anything). */
  minRequests: number;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** High error rate: the share of requests that failed with a server error (5xx, SERVICE_UNAVAILABLE, unexpected). */
export class ErrorRateRule implements AlertRule {
  readonly owns = ['high_error_rate'] as const;

  constructor(private readonly thresholds: PerformanceThresholds) {}

  async evaluate(context: EvaluationContext): Promise<AlertFinding[]> {
    const window = await context.performance();
    if (!window || window.requests < this.thresholds.minRequests) return [];
    const rate = (window.server_errors / window.requests) * 100;
    if (rate < this.thresholds.errorRatePercent) return [];
    return [
      {
        rule: 'high_error_rate',
        subject: 'platform',
        tenant_id: null,
        severity: rate >= this.thresholds.errorRatePercent * 4 ? 'critical' : 'warning',
        title: 'High error rate',
        message: `${round(rate)} % of ${window.requests} requests failed with a server error since the last check (threshold ${this.thresholds.errorRatePercent} %)`,
        value: round(rate),
        threshold: this.thresholds.errorRatePercent,
      },
    ];
  }
}

/** Latency degradation: the p95 response time of a window above its threshold. */
export class LatencyRule implements AlertRule {
  readonly owns = ['latency_degradation'] as const;

  constructor(private readonly thresholds: PerformanceThresholds) {}

  async evaluate(context: EvaluationContext): Promise<AlertFinding[]> {
    const window = await context.performance();
    if (!window || window.requests < this.thresholds.minRequests) return [];
    const p95 = p95Of(window);
    if (p95 === null || p95 < this.thresholds.latencyP95Ms) return [];
    return [
      {
        rule: 'latency_degradation',
        subject: 'platform',
        tenant_id: null,
        severity: p95 >= this.thresholds.latencyP95Ms * 4 ? 'critical' : 'warning',
        title: 'Latency degraded',
        message: `p95 response time ${round(p95)} ms over ${window.requests} requests since the last check (threshold ${this.thresholds.latencyP95Ms} ms)`,
        value: round(p95),
        threshold: this.thresholds.latencyP95Ms,
      },
    ];
  }
}
