import type { Logger } from 'pino';
import { plainJson } from '../../common/canonical-json.js';
import type { Principal } from '../../common/principal.js';
import { currentRequestInfo } from '../../common/request-info.js';
import type { Clock } from '../../core/clock.js';
import { exactIndex } from '../../crypto/blind-index.js';
import type { Keyring } from '../../crypto/keyring.js';
import { actorOf, type Actor } from './actor.js';
import type { ChainWriter, EntryContent } from './chain-writer.js';
import type { RefusalAggregator } from './refusal-aggregator.js';
import { AGGREGATED_EVENTS, type SecurityEvent } from './security-events.js';

export { SECURITY_EVENTS, type SecurityEvent } from './security-events.js';

const DENIAL_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'TENANT_SUSPENDED']);

export interface SecurityEntry {
  tenant_id: string | null;
  event: SecurityEvent;
  details: Record<string, unknown>;
  /** Who did it; by default the request's principal (or `system` outside a request). */
  actor?: Actor;
}

/** One occurrence of a security event, as the suspicious-activity rules see it. */
export interface SecurityOccurrence {
  /** The audit entry that records it (for a repeated refusal: the entry its window becomes). */
  entryId: string;
  tenant_id: string | null;
  event: SecurityEvent;
  actor: Actor;
  details: Record<string, unknown>;
  ip_address: string | null;
  user_agent: string | null;
  timestamp: Date;
  /** The principal of the request it happened in, when there was one. */
  principal: Principal | undefined;
}

export type OccurrenceListener = (occurrence: SecurityOccurrence) => Promise<void>;

/**
 * Writes the security log: every entry to its hash chain (chain-writer.ts), refusals through the
 * aggregator, each with who did it, from which address and with which user agent. Listeners (the
 * suspicious-activity rules) hear every occurrence, aggregated or not.
 */
export class SecurityLogService {
  private readonly listeners: OccurrenceListener[] = [];

  constructor(
    private readonly writer: ChainWriter,
    private readonly aggregator: RefusalAggregator,
    private readonly clock: Clock,
    private readonly keyring: Keyring,
    private readonly log: Logger,
  ) {}

  /**
   * A keyed hash of an e-mail someone signed in with, so failures can be told apart per account
   * without the log keeping the address typed (which may be anyone's).
   */
  emailHash(chainTenantId: string | null, email: string): string {
    return exactIndex(
      this.keyring,
      this.keyring.activeHmacKey.id,
      chainTenantId ?? 'platform',
      'sign_in_email',
      email,
    );
  }

  onOccurrence(listener: OccurrenceListener): void {
    this.listeners.push(listener);
  }

  /**
   * Writes one entry and answers its id (null if the write failed). An audit write that fails is
   * logged, not thrown: the action it records has already happened.
   */
  async record(entry: SecurityEntry): Promise<string | null> {
    const request = currentRequestInfo();
    const actor = entry.actor ?? actorOf(request?.principal);
    const content: EntryContent = {
      tenant_id: entry.tenant_id,
      event: entry.event,
      actor: actor.id,
      actor_label: actor.label,
      details: plainJson(entry.details),
      ip_address: request?.ipAddress ?? null,
      user_agent: request?.userAgent ?? null,
      timestamp: this.clock.now(),
      count: 1,
      window_start: null,
      window_end: null,
    };
    let entryId: string;
    try {
      const id = AGGREGATED_EVENTS.has(entry.event)
        ? await this.aggregator.note(content)
        : await this.writer.append(content);
      entryId = id.toHexString();
    } catch (error) {
      this.log.error({ err: error, event: entry.event }, 'security log write failed');
      return null;
    }
    const occurrence: SecurityOccurrence = {
      entryId,
      tenant_id: content.tenant_id,
      event: entry.event,
      actor,
      details: content.details,
      ip_address: content.ip_address,
      user_agent: content.user_agent,
      timestamp: content.timestamp,
      principal: request?.principal,
    };
    for (const listener of this.listeners) {
      try {
        await listener(occurrence);
      } catch (error) {
        this.log.error({ err: error, event: entry.event }, 'security rule failed');
      }
    }
    return entryId;
  }

  /** Every refused access becomes an entry, from GraphQL and REST alike; other errors are not. */
  async recordDenial(
    principal: Principal,
    code: unknown,
    operation: string,
    message: string,
  ): Promise<void> {
    if (typeof code !== 'string' || !DENIAL_CODES.has(code)) return;
    const tenantId =
      principal.kind === 'clinic_user' || principal.kind === 'api_key' ? principal.tenantId : null;
    await this.record({
      tenant_id: tenantId,
      event: 'access_denied',
      actor: actorOf(principal),
      details: { code, operation, message, ...describePrincipal(principal) },
    });
  }

  /** Writes the repeats of the windows closed by `now` (the flush job). */
  flushRepeats(now: Date = this.clock.now()): Promise<number> {
    return this.aggregator.flush(now);
  }
}

function describePrincipal(principal: Principal): Record<string, unknown> {
  switch (principal.kind) {
    case 'admin':
      return { principal: 'admin', admin_id: principal.adminId, role: principal.role };
    case 'clinic_user':
      return { principal: 'clinic_user', user_id: principal.userId, role: principal.role };
    case 'api_key':
      return { principal: 'api_key', key_id: principal.keyId };
    default:
      return {
        principal: 'anonymous',
        ...(principal.rejection ? { rejection: principal.rejection } : {}),
      };
  }
}
