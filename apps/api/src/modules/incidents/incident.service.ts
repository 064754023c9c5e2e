import type { Logger } from 'pino';
import { AppError, notFound } from '../../common/errors.js';
import { FieldReader } from '../../common/field-reader.js';
import { findPage, normalizePage, type Page } from '../../common/list.js';
import { isDuplicateKey } from '../../common/mongo-errors.js';
import { parseObjectId } from '../../common/object-id.js';
import { authorizeAdmin } from '../../common/policy.js';
import type { Principal } from '../../common/principal.js';
import type { Clock } from '../../core/clock.js';
import type { AppPubSub } from '../../graphql/pubsub.js';
import { actorOf } from '../security/actor.js';
import type { SecurityLogService } from '../security/security-log.service.js';
import {
  INCIDENT_RAISED,
  INCIDENT_RULES,
  INCIDENT_SEVERITIES,
  INCIDENT_STATES,
  type IncidentRule,
  type IncidentSeverity,
  type IncidentState,
  type ResponseAction,
  type ResponseOutcome,
} from './incident.constants.js';
import type { IncidentDocument, IncidentModel } from './incident.model.js';

export interface IncidentView {
  id: string;
  rule: IncidentRule;
  severity: IncidentSeverity;
  state: IncidentState;
  title: string;
  summary: string;
  tenant_id: string | null;
  subject: string;
  evidence: string[];
  occurrences: number;
  responses: {
    action: ResponseAction;
    target: string;
    outcome: ResponseOutcome;
    until: Date | null;
    at: Date;
  }[];
  raised_at: Date;
  last_seen_at: Date;
  acknowledged_at: Date | null;
  acknowledged_by: string | null;
  resolved_at: Date | null;
  resolved_by: string | null;
  note: string | null;
}

/** What a rule reports when it fires. */
export interface IncidentReport {
  rule: IncidentRule;
  severity: IncidentSeverity;
  title: string;
  summary: string;
  tenant_id: string | null;
  subject: string;
  evidence: string[];
}

export interface IncidentListQuery {
  state?: unknown;
  severity?: unknown;
  rule?: unknown;
  tenant_id?: unknown;
  page?: unknown;
  limit?: unknown;
}

const toView = (doc: IncidentDocument): IncidentView => ({
  id: doc._id.toHexString(),
  rule: doc.rule,
  severity: doc.severity,
  state: doc.state,
  title: doc.title,
  summary: doc.summary,
  tenant_id: doc.tenant_id ?? null,
  subject: doc.subject,
  evidence: doc.evidence ?? [],
  occurrences: doc.occurrences ?? 1,
  responses: (doc.responses ?? []).map((response) => ({
    ...response,
    until: response.until ?? null,
  })),
  raised_at: doc.raised_at,
  last_seen_at: doc.last_seen_at,
  acknowledged_at: doc.acknowledged_at ?? null,
  acknowledged_by: doc.acknowledged_by ?? null,
  resolved_at: doc.resolved_at ?? null,
  resolved_by: doc.resolved_by ?? null,
  note: doc.note ?? null,
});

const openKey = (rule: string, subject: string): string => `${rule}|${subject}`;

/**
 * Security incidents: raised by the suspicious-activity rules (one open incident per rule and
 * subject, which a continuing pattern adds evidence to), listed and triaged by admins
 * (open → acknowledged → resolved), pushed live on `incidentRaised`.
 */
export class IncidentService {
  constructor(
    private readonly incidents: IncidentModel,
    private readonly pubSub: AppPubSub,
    private readonly security: SecurityLogService,
    private readonly clock: Clock,
    private readonly maxPageSize: number,
    private readonly log: Logger,
  ) {}

  /** Opens an incident, or adds to the open one for the same rule and subject. */
  async raise(report: IncidentReport): Promise<{ incident: IncidentView; opened: boolean }> {
    const now = this.clock.now();
    const write = () =>
      this.incidents
        .findOneAndUpdate(
          { open_key: openKey(report.rule, report.subject) },
          {
            $setOnInsert: {
              rule: report.rule,
              severity: report.severity,
              state: 'open',
              title: report.title,
              summary: report.summary,
              tenant_id: report.tenant_id,
              subject: report.subject,
              responses: [],
            },
            $addToSet: { evidence: { $each: report.evidence } },
            $inc: { occurrences: 1 },
            $set: { last_seen_at: now },
          },
          { upsert: true, returnDocument: 'after' },
        )
        .lean<IncidentDocument>();
    let doc: IncidentDocument | null;
    try {
      doc = await write();
    } catch (error) {
      // Two instances raised it at once: the other's insert won; add to it.
      if (!isDuplicateKey(error)) throw error;
      doc = await write();
    }
    if (!doc) throw new AppError('INTERNAL_SERVER_ERROR', 'The incident could not be saved');
    const incident = toView(doc);
    const opened = incident.occurrences === 1;
    if (opened) {
      this.log.warn(
        { incident: incident.id, rule: incident.rule, subject: incident.subject },
        'security incident raised',
      );
      await this.security.record({
        tenant_id: incident.tenant_id,
        event: 'security_incident_raised',
        actor: { id: 'system', label: null },
        details: {
          incident_id: incident.id,
          rule: incident.rule,
          severity: incident.severity,
          subject: incident.subject,
        },
      });
      this.pubSub.publish(INCIDENT_RAISED, incident);
    }
    return { incident, opened };
  }

  /** Notes an automatic response taken for an incident. */
  async addResponse(
    incidentId: string,
    response: {
      action: ResponseAction;
      target: string;
      outcome: ResponseOutcome;
      until?: Date | null;
    },
  ): Promise<void> {
    await this.incidents.updateOne(
      { _id: incidentId },
      {
        $push: { responses: { ...response, until: response.until ?? null, at: this.clock.now() } },
      },
    );
  }

  /** Unresolved incidents (open or acknowledged), most recent first: what alerts are raised from. */
  async openIncidents(): Promise<IncidentView[]> {
    const docs = await this.incidents
      .find({ state: { $in: ['open', 'acknowledged'] } })
      .sort({ raised_at: -1 })
      .limit(500)
      .lean<IncidentDocument[]>();
    return docs.map(toView);
  }

  async list(principal: Principal, query: IncidentListQuery): Promise<Page<IncidentView>> {
    authorizeAdmin(principal, 'security:read');
    const reader = new FieldReader<keyof IncidentListQuery>(query);
    const state = reader.oneOf('state', INCIDENT_STATES, true);
    const severity = reader.oneOf('severity', INCIDENT_SEVERITIES, true);
    const rule = reader.oneOf('rule', INCIDENT_RULES, true);
    const tenantId = reader.id('tenant_id', true);
    reader.done();
    const page = normalizePage(query.page ?? 1, query.limit ?? 20, this.maxPageSize);
    const filter: Record<string, unknown> = {};
    if (state) filter.state = state;
    if (severity) filter.severity = severity;
    if (rule) filter.rule = rule;
    if (tenantId) filter.tenant_id = tenantId.toHexString();
    return findPage(
      this.incidents,
      filter,
      { ...page, sortBy: 'raised_at', sortOrder: 'desc', search: undefined },
      toView,
    );
  }

  async get(principal: Principal, id: unknown): Promise<IncidentView> {
    authorizeAdmin(principal, 'security:read');
    const doc = await this.incidents.findById(parseObjectId(id)).lean<IncidentDocument>();
    if (!doc) throw notFound('Incident');
    return toView(doc);
  }

  acknowledge(principal: Principal, id: unknown, note: unknown): Promise<IncidentView> {
    return this.transition(principal, id, note, ['open'], 'acknowledged');
  }

  resolve(principal: Principal, id: unknown, note: unknown): Promise<IncidentView> {
    return this.transition(principal, id, note, ['open', 'acknowledged'], 'resolved');
  }

  /** Incidents raised from now on, on any instance. */
  watch(principal: Principal): AsyncIterable<IncidentView> {
    authorizeAdmin(principal, 'security:read');
    return this.pubSub.subscribe(INCIDENT_RAISED);
  }

  private async transition(
    principal: Principal,
    id: unknown,
    noteInput: unknown,
    from: IncidentState[],
    to: 'acknowledged' | 'resolved',
  ): Promise<IncidentView> {
    const admin = authorizeAdmin(principal, 'security:incidents:manage');
    const _id = parseObjectId(id);
    const reader = new FieldReader<'note'>({ note: noteInput });
    const note = reader.text('note', 2000, true);
    reader.done();
    const current = await this.incidents.findById(_id).lean<IncidentDocument>();
    if (!current) throw notFound('Incident');
    if (!from.includes(current.state)) {
      throw new AppError('CONFLICT', `The incident is ${current.state}; it cannot become ${to}`, [
        { field: 'id', message: `is ${current.state}` },
      ]);
    }
    const now = this.clock.now();
    const by = actorOf(admin).id;
    const changes: Record<string, unknown> =
      to === 'acknowledged'
        ? { state: to, acknowledged_at: now, acknowledged_by: by }
        : {
            state: to,
            resolved_at: now,
            resolved_by: by,
            // Frees the rule and subject: the pattern starting again opens a new incident.
            open_key: `${current.open_key}|${_id.toHexString()}`,
          };
    if (note) changes.note = note;
    const doc = await this.incidents
      .findOneAndUpdate(
        { _id, state: current.state },
        { $set: changes },
        { returnDocument: 'after' },
      )
      .lean<IncidentDocument>();
    if (!doc)
      throw new AppError('CONFLICT', 'The incident changed meanwhile; reload it and try again');
    await this.security.record({
      tenant_id: doc.tenant_id ?? null,
      event:
        to === 'acknowledged' ? 'security_incident_acknowledged' : 'security_incident_resolved',
      actor: actorOf(admin),
      details: { incident_id: doc._id.toHexString(), rule: doc.rule, ...(note ? { note } : {}) },
    });
    return toView(doc);
  }
}
