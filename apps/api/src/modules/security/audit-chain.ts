import { createHmac, timingSafeEqual } from 'node:crypto';
import { canonicalJson } from '../../common/canonical-json.js';
import type { Keyring } from '../../crypto/keyring.js';

/** The `prev_hash` of a chain's first entry. */
export const GENESIS_HASH = '0'.repeat(64);

export const PLATFORM_CHAIN = 'platform';

export const chainOf = (tenantId: string | null): string => tenantId ?? PLATFORM_CHAIN;
export const tenantOfChain = (chain: string): string | null =>
  chain === PLATFORM_CHAIN ? null : chain;

/** What an entry's hash covers: everything but its position (seq) and the hashes themselves. */
export interface ChainedContent {
  tenant_id: string | null;
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
  key_id: string;
}

export const contentOf = (entry: ChainedContent): ChainedContent => ({
  tenant_id: entry.tenant_id ?? null,
  event: entry.event,
  actor: entry.actor,
  actor_label: entry.actor_label ?? null,
  details: entry.details ?? {},
  ip_address: entry.ip_address ?? null,
  user_agent: entry.user_agent ?? null,
  timestamp: entry.timestamp,
  count: entry.count ?? 1,
  window_start: entry.window_start ?? null,
  window_end: entry.window_end ?? null,
  key_id: entry.key_id,
});

/**
 * HMAC-SHA256 (with a sub-key of the HMAC key) over the previous hash and the entry's canonical
 * content. Keyed, so someone who can write to the database but holds no key cannot recompute a
 * chain after changing it. The position is left out on purpose: moving an entry breaks the links
 * around it, which is how a reordering is told apart from an edit.
 */
export function entryHash(keyring: Keyring, content: ChainedContent, prevHash: string): string {
  return createHmac('sha256', keyring.subkey(content.key_id, 'audit-chain'))
    .update(`${prevHash}\n${canonicalJson(contentOf(content))}`)
    .digest('hex');
}

export function anchorMac(
  keyring: Keyring,
  keyId: string,
  chain: string,
  anchor: { seq: number; hash: string; pruned_at: Date },
): string {
  return createHmac('sha256', keyring.subkey(keyId, 'audit-chain-anchor'))
    .update(
      canonicalJson({ chain, seq: anchor.seq, hash: anchor.hash, pruned_at: anchor.pruned_at }),
    )
    .digest('hex');
}

export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}
