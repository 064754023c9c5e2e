import { createHmac } from 'node:crypto';
import type { Keyring } from './keyring.js';

/**
 * Keyed hashes that let the database find encrypted values without holding them in clear.
 *
 * - Exact match: HMAC-SHA256 of the normalized value, per clinic, stored as `<key id>:<mac>`.
 * - Search tokens: truncated HMACs of every 3-character run of the normalized value (and of the
 *   first one or two characters of each word), per clinic and field. A query of 3 or more
 *   characters asks for all of its runs; of 1-2 characters, for words starting with it. Matches
 *   are then checked against the decrypted value, so the tokens' collisions and run-only matches
 *   never reach an answer.
 * - Sort key: the first character of the normalized value (a-z, 0-9, or "~" for anything else),
 *   kept in clear. The database orders by it; exact order within a letter is settled after
 *   decryption.
 *
 * What an attacker with the database learns: how many runs a value has (about its length), which
 * records share a run within one clinic (frequency analysis), whether two records share an
 * e-mail, and the first letter of sortable fields. Not the values.
 */
export type SearchKind = 'text' | 'email' | 'phone';

const TOKEN_LENGTH = 8;

/** Lower case, accents stripped, whitespace collapsed: "  José  Núñez" → "jose nunez". */
export const foldText = (value: string): string =>
  value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

export function normalizeFor(kind: SearchKind, value: string): string {
  if (kind === 'phone') return value.replace(/\D/g, '');
  return foldText(value);
}

const wordsOf = (normalized: string): string[] =>
  normalized.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** The runs and word prefixes a value is indexed under, before hashing. */
export function searchTerms(kind: SearchKind, value: string): string[] {
  const normalized = normalizeFor(kind, value);
  const terms = new Set<string>();
  const chars = [...normalized];
  for (let i = 0; i + 3 <= chars.length; i += 1) terms.add(`g${chars.slice(i, i + 3).join('')}`);
  for (const word of wordsOf(normalized)) {
    const letters = [...word];
    terms.add(`p${letters[0]}`);
    if (letters.length >= 2) terms.add(`p${letters[0]}${letters[1]}`);
  }
  return [...terms];
}

/** What a query needs to find: every run of 3+ characters, or a word prefix of 1-2; null: nothing. */
export function queryTerms(kind: SearchKind, query: string): string[] | null {
  const normalized = normalizeFor(kind, query);
  const chars = [...normalized];
  if (chars.length >= 3) {
    const runs = new Set<string>();
    for (let i = 0; i + 3 <= chars.length; i += 1) runs.add(`g${chars.slice(i, i + 3).join('')}`);
    return [...runs];
  }
  if (chars.length === 0 || !/^[\p{L}\p{N}]+$/u.test(normalized)) return null;
  return [`p${normalized}`];
}

/** Whether a decrypted value answers a query, by the rules the tokens approximate. */
export function matchesQuery(kind: SearchKind, value: string | null, query: string): boolean {
  if (value === null) return false;
  const normalized = normalizeFor(kind, value);
  const wanted = normalizeFor(kind, query);
  if (wanted.length === 0) return false;
  if ([...wanted].length >= 3) return normalized.includes(wanted);
  return wordsOf(normalized).some((word) => word.startsWith(wanted));
}

export function hashTerms(
  keyring: Keyring,
  hmacKeyId: string,
  scope: string,
  field: string,
  terms: readonly string[],
): string[] {
  const key = keyring.subkey(hmacKeyId, `search:${scope}`);
  return terms.map((term) =>
    createHmac('sha256', key)
      .update(`${field}\u0000${term}`)
      .digest('base64url')
      .slice(0, TOKEN_LENGTH),
  );
}

/** The exact-match index of a value under one HMAC key: `<key id>:<mac>`. */
export function exactIndex(
  keyring: Keyring,
  hmacKeyId: string,
  scope: string,
  field: string,
  value: string,
): string {
  const mac = createHmac('sha256', keyring.subkey(hmacKeyId, `exact:${scope}`))
    .update(`${field}\u0000${foldText(value)}`)
    .digest('base64url')
    .slice(0, 32);
  return `${hmacKeyId}:${mac}`;
}

/** Every exact-match index a value may be stored under while keys rotate. */
export const exactIndexes = (
  keyring: Keyring,
  scope: string,
  field: string,
  value: string,
): string[] => keyring.hmacKeyIds.map((id) => exactIndex(keyring, id, scope, field, value));

/** The coarse sort key kept in clear: the first character, folded. */
export function coarseSortKey(value: string | null): string {
  if (value === null) return '';
  const first = [...foldText(value)][0] ?? '';
  if (first === '') return '';
  return /^[a-z0-9]$/.test(first) ? first : '~';
}
