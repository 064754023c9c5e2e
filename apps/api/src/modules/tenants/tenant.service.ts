import { Types } from 'mongoose';
import type { Logger } from 'pino';
import { AppError, badInput, conflict, notFound } from '../../common/errors.js';
import { FieldErrorCollector } from '../../common/field-errors.js';
import { parseObjectId } from '../../common/object-id.js';
import { normalizePage, type Page, type SortOrder } from '../../common/pagination.js';
import { requireAdmin, type AdminPrincipal, type Principal } from '../../common/principal.js';
import { planList, PLANS, type PlanDefinition } from './plans.js';
import {
  INITIAL_STATUSES,
  TENANT_SORT_FIELDS,
  TENANT_STATUSES,
  type TenantSortField,
  type TenantStatus,
} from './tenant.constants.js';
import type { TenantChanges } from './tenant.events.js';
import type { SecurityEvent, SecurityLogService } from '../security/security-log.service.js';
import { assertTransition, newVerificationToken, suspensionFields } from './tenant-lifecycle.js';
import { noDomainKey, type TenantDocument, type TenantModel } from './tenant.model.js';
import {
  LIMIT_FIELDS,
  slugProblem,
  validateTenantFields,
  type TenantFields,
  type TenantFieldsInput,
} from './tenant.validation.js';
import type { Tenant } from './tenant.types.js';

export interface TenantListQuery {
  page?: number;
  limit?: number;
  status?: unknown;
  search?: unknown;
  sortBy?: unknown;
  sortOrder?: unknown;
}

const MAX_SEARCH_LENGTH = 100;
const DUPLICATE_KEY = 11000;

/** Everything but the internal uniqueness key; a projection keeps it off the wire entirely. */
const PUBLIC_PROJECTION = { domain_key: 0 } as const;

type StoredTenant = Omit<TenantDocument, 'domain_key'>;

export const toTenant = (doc: StoredTenant): Tenant => ({
  id: doc._id.toHexString(),
  name: doc.name,
  slug: doc.slug,
  domain: doc.domain ?? null,
  status: doc.status,
  billing_plan: doc.billing_plan,
  contact_email: doc.contact_email,
  contact_phone: doc.contact_phone ?? null,
  address: doc.address ?? null,
  timezone: doc.timezone,
  currency: doc.currency,
  language: doc.language,
  theme_json: doc.theme_json ?? null,
  features_json: doc.features_json ?? null,
  max_staff: doc.max_staff ?? null,
  max_clients: doc.max_clients ?? null,
  max_storage_gb: doc.max_storage_gb ?? null,
  custom_branding: doc.custom_branding ?? false,
  sso_enabled: doc.sso_enabled ?? false,
  api_access: doc.api_access ?? false,
  created_date: doc.created_date,
  updated_date: doc.updated_date,
  suspension_reason: doc.suspension_reason ?? null,
  suspended_at: doc.suspended_at ?? null,
  deleted_at: doc.deleted_at ?? null,
  domain_verified: doc.domain_verified ?? false,
  domain_verification_token: doc.domain_verification_token ?? null,
});

const TRANSITION_EVENTS: Record<TenantStatus, SecurityEvent> = {
  active: 'tenant_activated',
  suspended: 'tenant_suspended',
  inactive: 'tenant_deactivated',
  deleted: 'tenant_deleted',
  pending: 'tenant_activated',
};

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class TenantService {
  constructor(
    private readonly tenants: TenantModel,
    private readonly changes: TenantChanges,
    private readonly security: SecurityLogService,
    private readonly log: Logger,
    private readonly maxPageSize: number,
  ) {}

  plans(principal: Principal): PlanDefinition[] {
    requireAdmin(principal, 'read');
    return planList();
  }

  async list(principal: Principal, query: TenantListQuery): Promise<Page<Tenant>> {
    requireAdmin(principal, 'read');
    const { page, limit } = normalizePage(query.page, query.limit, this.maxPageSize);
    const errors = new FieldErrorCollector();
    const filter: Record<string, unknown> = {};

    if (query.status !== undefined && query.status !== null && query.status !== '') {
      if (
        typeof query.status === 'string' &&
        (TENANT_STATUSES as readonly string[]).includes(query.status)
      ) {
        filter.status = query.status;
      } else errors.add('status', `must be one of ${TENANT_STATUSES.join(', ')}`);
    }
    if (query.search !== undefined && query.search !== null && query.search !== '') {
      if (typeof query.search !== 'string') errors.add('search', 'must be text');
      else if (query.search.length > MAX_SEARCH_LENGTH) {
        errors.add('search', `must be at most ${MAX_SEARCH_LENGTH} characters`);
      } else if (query.search.trim() !== '') {
        // Escaped, so whatever the client typed matches as plain text, never as a pattern.
        const pattern = { $regex: escapeRegex(query.search.trim()), $options: 'i' };
        filter.$or = [
          { name: pattern },
          { slug: pattern },
          { domain: pattern },
          { contact_email: pattern },
        ];
      }
    }
    const sortBy = this.pick<TenantSortField>(
      errors,
      'sortBy',
      query.sortBy,
      TENANT_SORT_FIELDS,
      'created_date',
    );
    const sortOrder = this.pick<SortOrder>(
      errors,
      'sortOrder',
      query.sortOrder,
      ['asc', 'desc'],
      'desc',
    );
    errors.throwIfAny();
    // Deleted tenants wait for the purge out of sight; asking for status "deleted" shows them.
    filter.status ??= { $ne: 'deleted' };

    const direction = sortOrder === 'asc' ? 1 : -1;
    const [docs, totalCount] = await Promise.all([
      this.tenants
        .find(filter, PUBLIC_PROJECTION)
        .sort({ [sortBy]: direction, _id: direction })
        .skip((page - 1) * limit)
        .limit(limit)
        // One round trip whatever the page size: the server's default first batch is 101.
        .batchSize(limit)
        .lean<StoredTenant[]>(),
      this.tenants.countDocuments(filter),
    ]);
    return { items: docs.map(toTenant), totalCount, page, limit };
  }

  async get(principal: Principal, id: unknown): Promise<Tenant> {
    requireAdmin(principal, 'read');
    const doc = await this.tenants
      .findById(parseObjectId(id), PUBLIC_PROJECTION)
      .lean<StoredTenant>();
    if (!doc || doc.status === 'deleted') throw notFound('Tenant');
    return toTenant(doc);
  }

  async getBySlug(principal: Principal, slug: unknown): Promise<Tenant> {
    requireAdmin(principal, 'read');
    if (typeof slug !== 'string' || slugProblem(slug) === 'is required') throw notFound('Tenant');
    const doc = await this.tenants
      .findOne({ slug: slug.toLowerCase() }, PUBLIC_PROJECTION)
      .lean<StoredTenant>();
    if (!doc) throw notFound('Tenant');
    return toTenant(doc);
  }

  async slugAvailability(
    principal: Principal,
    slug: string,
  ): Promise<{ slug: string; available: boolean; reason: string | null }> {
    requireAdmin(principal, 'read');
    const problem = slugProblem(slug);
    if (problem) return { slug, available: false, reason: `Slug ${problem}` };
    const taken = await this.tenants.exists({ slug });
    return taken
      ? { slug, available: false, reason: 'This slug is taken' }
      : { slug, available: true, reason: null };
  }

  async create(principal: Principal, input: TenantFieldsInput): Promise<Tenant> {
    const actor = requireAdmin(principal, 'write');
    const errors = new FieldErrorCollector();
    if (input.name === undefined) errors.add('name', 'is required');
    if (input.slug === undefined) errors.add('slug', 'is required');
    if (input.contact_email === undefined) errors.add('contact_email', 'is required');
    errors.throwIfAny();

    const given = validateTenantFields(input);
    const plan = PLANS[given.billing_plan ?? 'basic'];
    const status = given.status ?? 'active';
    if (!INITIAL_STATUSES.includes(status)) {
      throw badInput([
        { field: 'status', message: `a new tenant starts as ${INITIAL_STATUSES.join(' or ')}` },
      ]);
    }
    if (given.suspension_reason) {
      throw badInput([{ field: 'suspension_reason', message: 'only a suspended tenant has one' }]);
    }
    const fields: TenantFields = {
      name: given.name!,
      slug: given.slug!,
      contact_email: given.contact_email!,
      domain: given.domain ?? null,
      status,
      billing_plan: plan.id,
      contact_phone: given.contact_phone ?? null,
      address: given.address ?? null,
      timezone: given.timezone ?? 'UTC',
      currency: given.currency ?? 'USD',
      language: given.language ?? 'en',
      theme_json: given.theme_json ?? null,
      features_json: given.features_json ?? null,
      max_staff: given.max_staff !== undefined ? given.max_staff : plan.max_staff,
      max_clients: given.max_clients !== undefined ? given.max_clients : plan.max_clients,
      max_storage_gb:
        given.max_storage_gb !== undefined ? given.max_storage_gb : plan.max_storage_gb,
      custom_branding: given.custom_branding ?? false,
      sso_enabled: given.sso_enabled ?? false,
      // API access comes with Enterprise; on other plans an admin grants it explicitly.
      api_access: given.api_access ?? plan.id === 'enterprise',
      suspension_reason: null,
    };

    await this.assertUnique(fields.slug, fields.domain, null);
    const _id = new Types.ObjectId();
    const doc = await this.withConflictCheck(fields.slug, fields.domain, null, () =>
      this.tenants.create({
        _id,
        ...fields,
        domain_key: fields.domain ?? noDomainKey(_id),
        domain_verification_token: fields.domain ? newVerificationToken() : null,
      }),
    );
    const tenant = toTenant(doc.toObject());
    this.log.info({ tenantId: tenant.id, adminId: actor.adminId }, 'tenant created');
    await this.security.record({
      tenant_id: tenant.id,
      event: 'tenant_created',
      details: { admin_id: actor.adminId, admin_email: actor.email, status },
    });
    await this.changes.changed('created', tenant.id, null, tenant);
    return tenant;
  }

  async update(principal: Principal, id: unknown, input: TenantFieldsInput): Promise<Tenant> {
    const actor = requireAdmin(principal, 'write');
    const _id = parseObjectId(id);
    const given = validateTenantFields(input);
    const current = await this.tenants.findById(_id, PUBLIC_PROJECTION).lean<StoredTenant>();
    if (!current || current.status === 'deleted') throw notFound('Tenant');

    const changes: Record<string, unknown> = { ...given };
    delete changes.suspension_reason;
    if (given.billing_plan && given.billing_plan !== current.billing_plan) {
      // A plan change brings the new plan's limits, except where the caller set a limit itself.
      const plan = PLANS[given.billing_plan];
      for (const field of LIMIT_FIELDS)
        if (given[field] === undefined) changes[field] = plan[field];
    }
    const statusChanges = given.status !== undefined && given.status !== current.status;
    if (statusChanges) assertTransition(current.status, given.status!);
    if (statusChanges || given.suspension_reason !== undefined) {
      Object.assign(
        changes,
        suspensionFields(given.status ?? current.status, given.suspension_reason, current),
      );
    }
    if (given.domain !== undefined && given.domain !== current.domain) {
      // A new domain must prove ownership again before it routes here.
      changes.domain_key = given.domain ?? noDomainKey(_id);
      changes.domain_verified = false;
      changes.domain_verification_token = given.domain ? newVerificationToken() : null;
    }
    if (Object.keys(changes).length === 0) return toTenant(current);

    const slug = given.slug ?? current.slug;
    const domain = given.domain !== undefined ? given.domain : current.domain;
    if (given.slug !== undefined || given.domain !== undefined) {
      await this.assertUnique(slug, domain, _id);
    }
    // Conditional on the status read above, so a concurrent transition is never overwritten.
    const doc = await this.withConflictCheck(slug, domain, _id, () =>
      this.tenants
        // No projection: FerretDB v1's findAndModify does not support one; toTenant picks fields.
        .findOneAndUpdate(
          { _id, status: current.status },
          { $set: changes },
          { returnDocument: 'after' },
        )
        .lean<StoredTenant>(),
    );
    if (!doc)
      throw new AppError('CONFLICT', 'The tenant changed meanwhile; reload it and try again');
    const tenant = toTenant(doc);
    this.log.info(
      { tenantId: tenant.id, adminId: actor.adminId, fields: Object.keys(given) },
      'tenant updated',
    );
    if (statusChanges) await this.recordTransition(actor, tenant, current.status);
    await this.changes.changed('updated', tenant.id, current, tenant);
    return tenant;
  }

  /** Suspends a tenant: its clinic users and apps are refused, and told the reason. */
  suspend(principal: Principal, id: unknown, reason: unknown): Promise<Tenant> {
    if (typeof reason !== 'string' || reason.trim() === '') {
      requireAdmin(principal, 'write');
      throw badInput([{ field: 'reason', message: 'is required to suspend a tenant' }]);
    }
    return this.update(principal, id, { status: 'suspended', suspension_reason: reason });
  }

  activate(principal: Principal, id: unknown): Promise<Tenant> {
    return this.update(principal, id, { status: 'active' });
  }

  /**
   * Soft deletion: the tenant leaves routing and the admin lists at once; the purge job erases
   * its data after the retention period.
   */
  async delete(principal: Principal, id: unknown): Promise<{ id: string; deleted: boolean }> {
    const actor = requireAdmin(principal, 'write');
    const _id = parseObjectId(id);
    const current = await this.tenants.findById(_id, PUBLIC_PROJECTION).lean<StoredTenant>();
    if (!current || current.status === 'deleted') throw notFound('Tenant');
    const doc = await this.tenants
      .findOneAndUpdate(
        { _id, status: current.status },
        {
          $set: {
            status: 'deleted',
            deleted_at: new Date(),
            suspension_reason: null,
            suspended_at: null,
          },
        },
        { returnDocument: 'after' },
      )
      .lean<StoredTenant>();
    if (!doc)
      throw new AppError('CONFLICT', 'The tenant changed meanwhile; reload it and try again');
    const tenant = toTenant(doc);
    this.log.info({ tenantId: tenant.id, adminId: actor.adminId }, 'tenant deleted');
    await this.recordTransition(actor, tenant, current.status);
    await this.changes.changed('deleted', tenant.id, current, tenant);
    return { id: tenant.id, deleted: true };
  }

  private async recordTransition(
    actor: AdminPrincipal,
    tenant: Tenant,
    from: TenantStatus,
  ): Promise<void> {
    await this.security.record({
      tenant_id: tenant.id,
      event: TRANSITION_EVENTS[tenant.status],
      details: {
        admin_id: actor.adminId,
        admin_email: actor.email,
        from,
        to: tenant.status,
        ...(tenant.suspension_reason ? { reason: tenant.suspension_reason } : {}),
      },
    });
  }

  private pick<T extends string>(
    errors: FieldErrorCollector,
    field: string,
    value: unknown,
    allowed: readonly T[],
    fallback: T,
  ): T {
    if (value === undefined || value === null || value === '') return fallback;
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
      return value as T;
    errors.add(field, `must be one of ${allowed.join(', ')}`);
    return fallback;
  }

  /** A friendly check first, so the common case names the field that clashes. */
  private async assertUnique(
    slug: string,
    domain: string | null,
    exceptId: Types.ObjectId | null,
  ): Promise<void> {
    const notSelf = exceptId ? { _id: { $ne: exceptId } } : {};
    const [slugTaken, domainTaken] = await Promise.all([
      this.tenants.exists({ slug, ...notSelf }),
      domain ? this.tenants.exists({ domain_key: domain, ...notSelf }) : null,
    ]);
    if (slugTaken) throw conflict('slug', `The slug "${slug}" is already taken`);
    if (domainTaken)
      throw conflict('domain', `The domain "${domain}" is already used by another tenant`);
  }

  /** The unique indexes are the real guard: a race past assertUnique still ends as a CONFLICT. */
  private async withConflictCheck<T>(
    slug: string,
    domain: string | null,
    exceptId: Types.ObjectId | null,
    write: () => Promise<T>,
  ): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if ((error as { code?: unknown }).code !== DUPLICATE_KEY) throw error;
      await this.assertUnique(slug, domain, exceptId);
      throw conflict('slug', 'The slug or domain is already taken');
    }
  }
}
