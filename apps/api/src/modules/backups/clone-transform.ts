import { mongo, type Model } from 'mongoose';
import { decryptValue, isEnvelope } from '../../crypto/field-cipher.js';
import type { Keyring } from '../../crypto/keyring.js';
import {
  encryptedFieldsOf,
  encryptedScopeOf,
  protectedValues,
} from '../../db/encrypted-fields.plugin.js';

const HEX_ID = /^[0-9a-f]{24}$/;
const KEY_ID = /^~([0-9a-f]{24})$/;

/**
 * Makes a source tenant's stored document the clone's: new ids (every reference to a document
 * of the archive follows, including the `~<id>` placeholders of "unique when set" keys), the
 * clone's tenant_id, and personal fields re-encrypted for the clone — their ciphertext is bound
 * to its tenant by the additional data, and their keyed lookups (exact hashes, search tokens)
 * are per tenant, so both are made again from the clear value.
 *
 * It needs every id of the archive first (one pass; about 100 bytes a document).
 */
export class CloneTransform {
  private readonly ids = new Map<string, mongo.ObjectId>();

  constructor(
    private readonly keyring: Keyring,
    private readonly sourceTenantId: string,
    private readonly targetTenantId: string,
  ) {}

  noteId(id: unknown): void {
    if (id instanceof mongo.ObjectId) this.ids.set(id.toHexString(), new mongo.ObjectId());
  }

  /** The clone's id of a source document id (for the GDPR ledger), if it was in the archive. */
  cloneIdOf(sourceId: string): string | undefined {
    return this.ids.get(sourceId)?.toHexString();
  }

  apply(model: Model<never>, doc: mongo.Document): mongo.Document {
    const out = this.remap(doc) as mongo.Document;
    out.tenant_id = this.targetTenantId;
    if (encryptedScopeOf(model) !== 'tenant') return out;
    for (const [field, spec] of Object.entries(encryptedFieldsOf(model))) {
      const stored: unknown = doc[field];
      const clear =
        stored === null || stored === undefined
          ? null
          : isEnvelope(stored)
            ? decryptValue(
                this.keyring,
                stored,
                `${model.modelName}.${field}:${this.sourceTenantId}`,
              )
            : String(stored);
      const values = protectedValues(
        this.keyring,
        model.modelName,
        this.targetTenantId,
        field,
        spec,
        clear,
      );
      for (const [path, value] of Object.entries(values)) setPath(out, path, value);
    }
    return out;
  }

  private remap(value: unknown): unknown {
    if (value instanceof mongo.ObjectId) return this.ids.get(value.toHexString()) ?? value;
    if (typeof value === 'string') {
      if (HEX_ID.test(value)) return this.ids.get(value)?.toHexString() ?? value;
      const key = KEY_ID.exec(value);
      if (key) {
        const mapped = this.ids.get(key[1]!);
        return mapped ? `~${mapped.toHexString()}` : value;
      }
      return value;
    }
    if (Array.isArray(value)) return value.map((item) => this.remap(item));
    if (value !== null && typeof value === 'object' && isPlainObject(value)) {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) out[key] = this.remap(item);
      return out;
    }
    return value;
  }
}

const isPlainObject = (value: object): boolean => {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let current = target;
  for (const part of parts.slice(0, -1)) {
    const next = current[part];
    if (next === null || typeof next !== 'object') current[part] = {};
    current = current[part] as Record<string, unknown>;
  }
  current[parts.at(-1)!] = value;
}
