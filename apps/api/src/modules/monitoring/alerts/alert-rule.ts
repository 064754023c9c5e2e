import type { AlertRuleName, AlertSeverity } from './alert.constants.js';
import type { PerformanceDelta } from './performance-window.js';

/** A condition that holds now, as a rule sees it. */
export interface AlertFinding {
  rule: AlertRuleName;
  /** What it is about, stable across evaluations: `platform`, `incident:<id>`, `tenant:<id>:invoice:<n>`. */
  subject: string;
  tenant_id: string | null;
  severity: AlertSeverity;
  title: string;
  message: string;
  value?: number | null;
  threshold?: number | null;
}

/** What one evaluation shares between rules (each asks; what is asked is read once). */
export interface EvaluationContext {
  now: Date;
  /** Requests served by every instance since the previous evaluation; null on the first. */
  performance(): Promise<PerformanceDelta | null>;
}

/**
 * A rule answers which of its conditions hold now. Alerts of the rules it owns whose subject it
 * no longer finds are resolved; if it throws (a dependency is away), its alerts are left as they
 * are: not knowing is not the same as healthy.
 */
export interface AlertRule {
  readonly owns: readonly AlertRuleName[];
  evaluate(context: EvaluationContext): Promise<AlertFinding[]>;
}
