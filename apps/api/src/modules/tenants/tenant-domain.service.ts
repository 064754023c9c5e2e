import { Resolver } from 'node:dns/promises';
import { badInput, notFound } from '../../common/errors.js';
import { parseObjectId } from '../../common/object-id.js';
import { authorizeAdmin } from '../../common/policy.js';
import type { Principal } from '../../common/principal.js';
import { actorOf } from '../security/actor.js';
import type { SecurityLogService } from '../security/security-log.service.js';
import type { TenantChanges } from './tenant.events.js';
import type { TenantModel } from './tenant.model.js';
import { toTenant } from './tenant.fields.js';
import type { Tenant } from './tenant.types.js';

export type TxtLookup = (name: string) => Promise<string[][]>;

/** DNS lookups through the configured servers (or the system's), as node:dns does them. */
export function dnsTxtLookup(servers: string[]): TxtLookup {
  const resolver = new Resolver({ timeout: 3_000, tries: 2 });
  if (servers.length > 0) resolver.setServers(servers);
  return (name) => resolver.resolveTxt(name);
}

export const verificationRecordName = (domain: string): string => `_vetcares.${domain}`;

/**
 * A custom domain routes to its clinic only after the clinic proves it controls the domain's DNS,
 * by publishing the tenant's token as a TXT record at _vetcares.{domain}.
 */
export class TenantDomainService {
  constructor(
    private readonly tenants: TenantModel,
    private readonly changes: TenantChanges,
    private readonly security: SecurityLogService,
    private readonly lookupTxt: TxtLookup,
  ) {}

  async verify(principal: Principal, id: unknown): Promise<Tenant> {
    const actor = authorizeAdmin(principal, 'tenants:update');
    const _id = parseObjectId(id);
    const current = await this.tenants.findById(_id).lean();
    if (!current || current.status === 'deleted') throw notFound('Tenant');
    if (!current.domain || !current.domain_verification_token) {
      throw badInput([{ field: 'domain', message: 'the tenant has no custom domain to verify' }]);
    }
    if (current.domain_verified) return toTenant(current);

    const recordName = verificationRecordName(current.domain);
    const records = await this.lookupTxt(recordName).catch(() => [] as string[][]);
    // A TXT record may arrive split into several strings; they are one value joined.
    if (!records.some((chunks) => chunks.join('') === current.domain_verification_token)) {
      throw badInput([
        {
          field: 'domain',
          message: `no TXT record at ${recordName} with the value ${current.domain_verification_token}`,
        },
      ]);
    }
    const doc = await this.tenants
      .findOneAndUpdate(
        { _id, domain: current.domain },
        { $set: { domain_verified: true } },
        { returnDocument: 'after' },
      )
      .lean();
    if (!doc) throw notFound('Tenant');
    const tenant = toTenant(doc);
    await this.security.record({
      tenant_id: tenant.id,
      event: 'tenant_domain_verified',
      actor: actorOf(actor),
      details: { admin_id: actor.adminId, domain: tenant.domain },
    });
    await this.changes.changed('updated', tenant.id, current, tenant);
    return tenant;
  }
}
