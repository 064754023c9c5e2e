import type { Logger } from 'pino';
import { AppError, notFound } from '../../../common/errors.js';
import { FieldReader } from '../../../common/field-reader.js';
import { findPage, normalizePage, type Page } from '../../../common/list.js';
import { isDuplicateKey } from '../../../common/mongo-errors.js';
import { parseObjectId } from '../../../common/object-id.js';
import { authorizeAdmin } from '../../../common/policy.js';
import type { Principal } from '../../../common/principal.js';
import type { Clock } from '../../../core/clock.js';
import type { AppPubSub } from '../../../graphql/pubsub.js';
import type { AlertFinding, AlertRule, EvaluationContext } from './alert-rule.js';
import {
  ALERT_CHANGED,
  ALERT_RAISED,
  ALERT_RULES,
  ALERT_STATES,
  type AlertRuleName,
  type AlertSeverity,
  type AlertState,
} from './alert.constants.js';
import type { AlertDocument, AlertModel } from './alert.model.js';
import type { PerformanceDelta } from './performance-window.js';

export interface AlertView {
  id: string;
  rule: AlertRuleName;
  severity: AlertSeverity;
  state: AlertState;
  subject: string;
  tenant_id: string | null;
  title: string;
  message: string;
  value: number | null;
  threshold: number | null;
  fired_at: Date;
  last_seen_at: Date;
  evaluations: number;
  acknowledged_at: Date | null;
  acknowledged_by: string | null;
  resolved_at: Date | null;
  resolved_by: string | null;
  note: string | null;
}

export type AlertEvent = 'raised' | 'acknowledged' | 'resolved';

export interface AlertChange {
  event: AlertEvent;
  alert: AlertView;
}

/** Where alert changes go besides pub/sub (the outbound webhook). */
export interface AlertNotifier {
  notify(change: AlertChange): Promise<void>;
}

export interface AlertListQuery {
  state?: unknown;
  rule?: unknown;
  page?: unknown;
  limit?: unknown;
}

export interface EvaluationSummary {
  raised: number;
  resolved: number;
  /** Rules that could not be evaluated (their alerts were left as they were). */
  failed: AlertRuleName[];
}

const UNRESOLVED: AlertState[] = ['firing', 'acknowledged'];

const toView = (doc: AlertDocument): AlertView => ({
  id: doc._id.toHexString(),
  rule: doc.rule,
  severity: doc.severity,
  state: doc.state,
  subject: doc.subject,
  tenant_id: doc.tenant_id ?? null,
  title: doc.title,
  message: doc.message,
  value: doc.value ?? null,
  threshold: doc.threshold ?? null,
  fired_at: doc.fired_at,
  last_seen_at: doc.last_seen_at,
  evaluations: doc.evaluations ?? 1,
  acknowledged_at: doc.acknowledged_at ?? null,
  acknowledged_by: doc.acknowledged_by ?? null,
  resolved_at: doc.resolved_at ?? null,
  resolved_by: doc.resolved_by ?? null,
  note: doc.note ?? null,
});

const openKey = (rule: string, subject: string): string => `${rule}|${subject}`;

/**
 * Alerts: the rules are evaluated on the injected clock (by the `evaluate-alerts` job, and at
 * once for a new security incident); a condition that starts holding raises one alert per rule
 * and subject (firing → acknowledged → resolved), one that stops holding resolves it. Every change
 * is published (`alertRaised`, `alertChanged`) and handed to the notifier (the webhook).
 */
export class AlertService {
  constructor(
    private readonly alerts: AlertModel,
    private readonly rules: readonly AlertRule[],
    private readonly performance: { take(now: Date): Promise<PerformanceDelta | null> },
    private readonly pubSub: AppPubSub,
    private readonly clock: Clock,
    private readonly notifier: AlertNotifier | null,
    private readonly maxPageSize: number,
    private readonly log: Logger,
  ) {}

  /** The rules this service evaluates (billing's only when billing provides its signals). */
  get ruleNames(): AlertRuleName[] {
    return this.rules.flatMap((rule) => rule.owns);
  }

  /** Evaluates every rule (or those owning `only`) now. */
  async evaluate(only?: readonly AlertRuleName[]): Promise<EvaluationSummary> {
    const now = this.clock.now();
    let performance: Promise<PerformanceDelta | null> | null = null;
    const context: EvaluationContext = {
      now,
      performance: () => (performance ??= this.performance.take(now)),
    };
    const summary: EvaluationSummary = { raised: 0, resolved: 0, failed: [] };
    const rules = only
      ? this.rules.filter((rule) => rule.owns.some((name) => only.includes(name)))
      : this.rules;
    for (const rule of rules) {
      let findings: AlertFinding[];
      try {
        findings = await rule.evaluate(context);
      } catch (error) {
        this.log.warn({ err: error, rules: rule.owns }, 'alert rule not evaluated');
        summary.failed.push(...rule.owns);
        continue;
      }
      for (const finding of findings) {
        if (await this.fire(finding, now)) summary.raised += 1;
      }
      summary.resolved += await this.resolveGone(rule.owns, findings, now);
    }
    return summary;
  }

  async list(principal: Principal, query: AlertListQuery): Promise<Page<AlertView>> {
    authorizeAdmin(principal, 'monitoring:read');
    const reader = new FieldReader<keyof AlertListQuery>(query);
    const state = reader.oneOf('state', ALERT_STATES, true);
    const rule = reader.oneOf('rule', ALERT_RULES, true);
    reader.done();
    const page = normalizePage(query.page ?? 1, query.limit ?? 20, this.maxPageSize);
    const filter: Record<string, unknown> = {};
    if (state) filter.state = state;
    if (rule) filter.rule = rule;
    return findPage(
      this.alerts,
      filter,
      { ...page, sortBy: 'fired_at', sortOrder: 'desc', search: undefined },
      toView,
    );
  }

  /** Unresolved alerts, newest first (bounded): for the system health page. */
  async unresolved(): Promise<AlertView[]> {
    const docs = await this.alerts
      .find({ state: { $in: UNRESOLVED } })
      .sort({ fired_at: -1 })
      .limit(200)
      .lean<AlertDocument[]>();
    return docs.map(toView);
  }

  acknowledge(principal: Principal, id: unknown, note: unknown): Promise<AlertView> {
    return this.transition(principal, id, note, ['firing'], 'acknowledged');
  }

  resolve(principal: Principal, id: unknown, note: unknown): Promise<AlertView> {
    return this.transition(principal, id, note, UNRESOLVED, 'resolved');
  }

  /** New alerts, raised on any instance from now on. */
  watchRaised(principal: Principal): AsyncIterable<AlertView> {
    authorizeAdmin(principal, 'monitoring:read');
    return this.pubSub.subscribe(ALERT_RAISED);
  }

  /** Every change of every alert, from now on. */
  watchChanges(principal: Principal): AsyncIterable<AlertChange> {
    authorizeAdmin(principal, 'monitoring:read');
    return this.pubSub.subscribe(ALERT_CHANGED);
  }

  /** Deletes resolved alerts older than the retention period (the retention job). */
  async prune(retentionDays: number): Promise<number> {
    const before = new Date(this.clock.now().getTime() - retentionDays * 86_400_000);
    const result = await this.alerts.deleteMany({
      state: 'resolved',
      resolved_at: { $lt: before },
    });
    return result.deletedCount;
  }

  /** Raises the alert, or notes that it still holds; true when it is new. */
  private async fire(finding: AlertFinding, now: Date): Promise<boolean> {
    const write = () =>
      this.alerts
        .findOneAndUpdate(
          { open_key: openKey(finding.rule, finding.subject) },
          {
            $setOnInsert: {
              rule: finding.rule,
              subject: finding.subject,
              tenant_id: finding.tenant_id,
              title: finding.title,
              state: 'firing',
              fired_at: now,
            },
            $set: {
              severity: finding.severity,
              message: finding.message,
              value: finding.value ?? null,
              threshold: finding.threshold ?? null,
              last_seen_at: now,
            },
            $inc: { evaluations: 1 },
          },
          { upsert: true, returnDocument: 'after' },
        )
        .lean<AlertDocument>();
    let doc: AlertDocument | null;
    try {
      doc = await write();
    } catch (error) {
      // Another instance raised it at the same moment: its insert won; note it on that one.
      if (!isDuplicateKey(error)) throw error;
      doc = await write();
    }
    if (!doc || doc.evaluations !== 1) return false;
    const alert = toView(doc);
    this.log.warn({ alert: alert.id, rule: alert.rule, subject: alert.subject }, 'alert raised');
    this.pubSub.publish(ALERT_RAISED, alert);
    await this.changed({ event: 'raised', alert });
    return true;
  }

  /**
   * Resolves the rules' unresolved alerts whose condition was not found. Only those last seen
   * before this evaluation began: an evaluation running beside it (another instance, a newer
   * incident) may have just raised or seen one.
   */
  private async resolveGone(
    rules: readonly AlertRuleName[],
    findings: AlertFinding[],
    now: Date,
  ): Promise<number> {
    const holding = new Set(findings.map((finding) => openKey(finding.rule, finding.subject)));
    const open = await this.alerts
      .find({ rule: { $in: [...rules] }, state: { $in: UNRESOLVED } })
      .lean<AlertDocument[]>();
    let resolved = 0;
    for (const doc of open) {
      if (holding.has(doc.open_key)) continue;
      const updated = await this.alerts
        .findOneAndUpdate(
          { _id: doc._id, state: doc.state, last_seen_at: { $lt: now } },
          {
            $set: {
              state: 'resolved',
              resolved_at: now,
              resolved_by: 'system',
              open_key: `${doc.open_key}|${doc._id.toHexString()}`,
            },
          },
          { returnDocument: 'after' },
        )
        .lean<AlertDocument>();
      if (!updated) continue;
      resolved += 1;
      await this.changed({ event: 'resolved', alert: toView(updated) });
    }
    return resolved;
  }

  private async transition(
    principal: Principal,
    id: unknown,
    noteInput: unknown,
    from: AlertState[],
    to: 'acknowledged' | 'resolved',
  ): Promise<AlertView> {
    const admin = authorizeAdmin(principal, 'alerts:manage');
    const _id = parseObjectId(id);
    const reader = new FieldReader<'note'>({ note: noteInput });
    const note = reader.text('note', 2000, true);
    reader.done();
    const current = await this.alerts.findById(_id).lean<AlertDocument>();
    if (!current) throw notFound('Alert');
    if (!from.includes(current.state)) {
      throw new AppError('CONFLICT', `The alert is ${current.state}; it cannot become ${to}`, [
        { field: 'id', message: `is ${current.state}` },
      ]);
    }
    const now = this.clock.now();
    const by = admin.email;
    const changes: Record<string, unknown> =
      to === 'acknowledged'
        ? { state: to, acknowledged_at: now, acknowledged_by: by }
        : {
            state: to,
            resolved_at: now,
            resolved_by: by,
            // Frees the rule and subject: if the condition still holds, the next evaluation raises it anew.
            open_key: `${current.open_key}|${_id.toHexString()}`,
          };
    if (note) changes.note = note;
    const doc = await this.alerts
      .findOneAndUpdate(
        { _id, state: current.state },
        { $set: changes },
        { returnDocument: 'after' },
      )
      .lean<AlertDocument>();
    if (!doc)
      throw new AppError('CONFLICT', 'The alert changed meanwhile; reload it and try again');
    const alert = toView(doc);
    await this.changed({
      event: to === 'acknowledged' ? 'acknowledged' : 'resolved',
      alert,
    });
    return alert;
  }

  private async changed(change: AlertChange): Promise<void> {
    this.pubSub.publish(ALERT_CHANGED, change);
    if (!this.notifier) return;
    try {
      await this.notifier.notify(change);
    } catch (error) {
      // The alert stands; the webhook is best effort past its own retries.
      this.log.warn({ err: error, alert: change.alert.id }, 'alert webhook not queued');
    }
  }
}
