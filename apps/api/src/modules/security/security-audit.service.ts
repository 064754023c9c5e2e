import type { Logger } from 'pino';
import { badInput, notFound } from '../../common/errors.js';
import { FieldReader } from '../../common/field-reader.js';
import { findPage, normalizePage, type Page } from '../../common/list.js';
import { authorizeAdmin } from '../../common/policy.js';
import type { Principal } from '../../common/principal.js';
import type { Clock } from '../../core/clock.js';
import type { Keyring } from '../../crypto/keyring.js';
import { SYSTEM_ACTOR } from './actor.js';
import { anchorMac, chainOf, PLATFORM_CHAIN, tenantOfChain } from './audit-chain.js';
import type { ChainVerification, ChainVerifier } from './chain-verifier.js';
import { SECURITY_EVENTS } from './security-events.js';
import type { SecurityChainModel } from './security-chain.model.js';
import type { SecurityLogDocument, SecurityLogModel } from './security-log.model.js';
import type { SecurityLogService } from './security-log.service.js';

const DAY_MS = 86_400_000;

export interface SecurityLogQuery {
  tenant_id?: unknown;
  event?: unknown;
  actor?: unknown;
  from?: unknown;
  to?: unknown;
  page?: unknown;
  limit?: unknown;
}

export interface SecurityLogEntryView {
  id: string;
  tenant_id: string | null;
  seq: number;
  event: string;
  actor: string;
  actor_label: string | null;
  details: Record<string, unknown>;
  ip_address: string | null;
  user_agent: string | null;
  timestamp: Date;
  count: number;
  window_start: Date | null;
  window_end: Date | null;
  hash: string;
  prev_hash: string;
}

export interface ChainStatusView {
  chain: string;
  tenant_id: string | null;
  length: number;
  head_hash: string;
  updated_at: Date | null;
  pruned_through: number | null;
  last_verification: {
    ok: boolean;
    verified_at: Date;
    entries: number;
    problem: Record<string, unknown> | null;
  } | null;
}

const toEntry = (doc: SecurityLogDocument): SecurityLogEntryView => ({
  id: doc._id.toHexString(),
  tenant_id: doc.tenant_id ?? null,
  seq: doc.seq,
  event: doc.event,
  actor: doc.actor,
  actor_label: doc.actor_label ?? null,
  details: doc.details ?? {},
  ip_address: doc.ip_address ?? null,
  user_agent: doc.user_agent ?? null,
  timestamp: doc.timestamp,
  count: doc.count ?? 1,
  window_start: doc.window_start ?? null,
  window_end: doc.window_end ?? null,
  hash: doc.hash,
  prev_hash: doc.prev_hash,
});

/**
 * Reading the audit trail (filters for the console and the REST endpoint), verifying its chains
 * (on demand, from the script, and daily), and pruning it by the retention setting without ever
 * reading as tampering: before entries are deleted, the chain gets an anchor (the last pruned
 * entry's position and hash, signed with the HMAC key) where verification then starts.
 */
export class SecurityAuditService {
  constructor(
    private readonly logs: SecurityLogModel,
    private readonly chains: SecurityChainModel,
    private readonly verifier: ChainVerifier,
    private readonly security: SecurityLogService,
    private readonly keyring: Keyring,
    private readonly clock: Clock,
    private readonly settings: { retentionDays: number; maxPageSize: number },
    private readonly log: Logger,
  ) {}

  async list(principal: Principal, query: SecurityLogQuery): Promise<Page<SecurityLogEntryView>> {
    authorizeAdmin(principal, 'security:read');
    const reader = new FieldReader<keyof SecurityLogQuery>(query);
    const tenant = reader.text('tenant_id', 40, true);
    const event = reader.oneOf('event', SECURITY_EVENTS, true);
    const actor = reader.text('actor', 300, true);
    const from = reader.dateTime('from', true);
    const to = reader.dateTime('to', true);
    if (tenant && tenant !== PLATFORM_CHAIN && !/^[0-9a-f]{24}$/.test(tenant)) {
      reader.add('tenant_id', 'must be a tenant id, or "platform"');
    }
    reader.done();
    const page = normalizePage(query.page ?? 1, query.limit ?? 50, this.settings.maxPageSize);
    const filter: Record<string, unknown> = {};
    if (tenant) filter.tenant_id = tenantOfChain(tenant);
    if (event) filter.event = event;
    if (actor) filter.$or = [{ actor }, { actor_label: actor.toLowerCase() }];
    if (from || to)
      filter.timestamp = { ...(from ? { $gte: from } : {}), ...(to ? { $lte: to } : {}) };
    return findPage(
      this.logs,
      filter,
      { ...page, sortBy: 'timestamp', sortOrder: 'desc', search: undefined },
      toEntry,
    );
  }

  async chainStatuses(principal: Principal): Promise<ChainStatusView[]> {
    authorizeAdmin(principal, 'security:read');
    const heads = await this.chains.find({}).limit(5000).lean();
    return heads
      .map((head) => ({
        chain: head._id,
        tenant_id: tenantOfChain(head._id),
        length: head.seq,
        head_hash: head.hash,
        updated_at: head.updated_at ?? null,
        pruned_through: head.anchor?.seq ?? null,
        last_verification: head.last_verification ?? null,
      }))
      .sort((a, b) =>
        a.chain === PLATFORM_CHAIN
          ? -1
          : b.chain === PLATFORM_CHAIN
            ? 1
            : a.chain < b.chain
              ? -1
              : 1,
      );
  }

  async verify(principal: Principal, chainArg: unknown): Promise<ChainVerification> {
    authorizeAdmin(principal, 'security:read');
    if (
      typeof chainArg !== 'string' ||
      (chainArg !== PLATFORM_CHAIN && !/^[0-9a-f]{24}$/.test(chainArg))
    ) {
      throw badInput([{ field: 'chain', message: 'must be a tenant id, or "platform"' }]);
    }
    if (!(await this.chains.exists({ _id: chainArg }))) throw notFound('Chain');
    return this.verifyAndRecord(chainArg);
  }

  /** The daily job: every chain, each break recorded (and so raised as an incident). */
  async verifyAll(): Promise<{ chains: number; broken: string[] }> {
    const broken: string[] = [];
    const ids = await this.verifier.chainIds();
    for (const chain of ids) {
      const result = await this.verifyAndRecord(chain);
      if (!result.ok) broken.push(chain);
    }
    await this.security.record({
      tenant_id: null,
      event: 'audit_chain_verified',
      actor: SYSTEM_ACTOR,
      details: { chains: ids.length, broken },
    });
    return { chains: ids.length, broken };
  }

  /**
   * Deletes entries older than the retention setting from the front of each intact chain. A
   * broken chain is left as it is: pruning must never destroy the evidence of tampering.
   */
  async prune(): Promise<{ chain: string; through: number; deleted: number }[]> {
    const now = this.clock.now();
    const cutoff = new Date(now.getTime() - this.settings.retentionDays * DAY_MS);
    const pruned: { chain: string; through: number; deleted: number }[] = [];
    for (const chain of await this.verifier.chainIds()) {
      const verification = await this.verifyAndRecord(chain);
      if (!verification.ok) continue;
      const head = await this.chains.findById(chain).lean();
      const startSeq = head?.anchor?.seq ?? 0;
      const old = await this.logs
        .find(
          { tenant_id: tenantOfChain(chain), seq: { $gt: startSeq }, timestamp: { $lt: cutoff } },
          { seq: 1, hash: 1 },
        )
        .sort({ seq: 1 })
        .lean();
      // Only an unbroken run from the start: the chain's order is by position, not by time.
      let next = startSeq + 1;
      let through: { seq: number; hash: string } | undefined;
      for (const entry of old) {
        if (entry.seq !== next) break;
        through = { seq: entry.seq, hash: entry.hash };
        next += 1;
      }
      if (through === undefined) continue;
      const keyId = this.keyring.activeHmacKey.id;
      const anchor = { seq: through.seq, hash: through.hash, pruned_at: now };
      await this.chains.updateOne(
        { _id: chain, $or: [{ anchor: null }, { 'anchor.seq': { $lt: through.seq } }] },
        {
          $set: {
            anchor: {
              ...anchor,
              key_id: keyId,
              mac: anchorMac(this.keyring, keyId, chain, anchor),
            },
          },
        },
      );
      const { deletedCount } = await this.logs.deleteMany({
        tenant_id: tenantOfChain(chain),
        seq: { $lte: through.seq },
      });
      await this.security.record({
        tenant_id: tenantOfChain(chain),
        event: 'security_log_pruned',
        actor: SYSTEM_ACTOR,
        details: {
          through_seq: through.seq,
          deleted: deletedCount,
          retention_days: this.settings.retentionDays,
        },
      });
      this.log.info({ chain, through: through.seq, deleted: deletedCount }, 'security log pruned');
      pruned.push({ chain, through: through.seq, deleted: deletedCount });
    }
    return pruned;
  }

  private async verifyAndRecord(chain: string): Promise<ChainVerification> {
    const result = await this.verifier.verify(chain, this.clock.now());
    await this.chains.updateOne(
      { _id: chain },
      {
        $set: {
          last_verification: {
            ok: result.ok,
            verified_at: result.verified_at,
            entries: result.entries,
            problem: result.problem ? { ...result.problem } : null,
          },
        },
      },
    );
    if (!result.ok) {
      this.log.error({ chain, problem: result.problem }, 'audit chain broken');
      // In the platform chain, which a broken tenant chain cannot take down with it.
      await this.security.record({
        tenant_id: null,
        event: 'audit_chain_broken',
        actor: SYSTEM_ACTOR,
        details: { chain, ...result.problem },
      });
    }
    return result;
  }
}

export const chainIdOf = chainOf;
