import { Types } from 'mongoose';
import type { Logger } from 'pino';
import { AppError, badInput, conflict, notFound } from '../../common/errors.js';
import { FieldReader } from '../../common/field-reader.js';
import { FieldErrorCollector } from '../../common/field-errors.js';
import { findProtectedPage } from '../../db/protected-page.js';
import {
  MAX_SEARCH_LENGTH,
  readListParams,
  type ListParams,
  type Page,
} from '../../common/list.js';
import { isDuplicateKey } from '../../common/mongo-errors.js';
import { parseObjectId } from '../../common/object-id.js';
import { authorizeAdmin } from '../../common/policy.js';
import type { AdminPrincipal, Principal } from '../../common/principal.js';
import { actorOf } from '../security/actor.js';
import type { SecurityEvent, SecurityLogService } from '../security/security-log.service.js';
import { planList, PLANS, type PlanDefinition } from './plans.js';
import { FEATURE_NAMES, FEATURES } from './tenant-config.js';
import {
  INITIAL_STATUSES,
  TENANT_SORT_FIELDS,
  TENANT_STATUSES,
  type BillingPlanId,
  type TenantStatus,
} from './tenant.constants.js';
import type { TenantChange, TenantChanges } from './tenant.events.js';
import {
  PUBLIC_PROJECTION,
  toTenant,
  type StoredTenant,
  type TenantFields,
  type TenantFieldsInput,
} from './tenant.fields.js';
import { assertTransition, newVerificationToken, suspensionFields } from './tenant-lifecycle.js';
import { noDomainKey, type TenantModel } from './tenant.model.js';
import { LIMIT_FIELDS, slugProblem, validateTenantFields } from './tenant.validation.js';
import type { Tenant } from './tenant.types.js';

export interface TenantListQuery extends ListParams {
  status?: unknown;
}

export interface FeatureFlagDescription {
  name: string;
  plans: BillingPlanId[];
  default: boolean;
}

const TENANT_LIST_RULES = {
  sortFields: TENANT_SORT_FIELDS,
  defaultSort: 'created_date',
  defaultOrder: 'desc',
  searchFields: ['name', 'slug', 'domain', 'contact_email'],
  maxSearchLength: MAX_SEARCH_LENGTH,
} as const;

const TRANSITION_EVENTS: Record<TenantStatus, SecurityEvent> = {
  active: 'tenant_activated',
  suspended: 'tenant_suspended',
  inactive: 'tenant_deactivated',
  deleted: 'tenant_deleted',
  pending: 'tenant_activated',
};

export class TenantService {
  constructor(
    private readonly tenants: TenantModel,
    private readonly changes: TenantChanges,
    private readonly security: SecurityLogService,
    private readonly log: Logger,
    private readonly maxPageSize: number,
  ) {}

  plans(principal: Principal): PlanDefinition[] {
    authorizeAdmin(principal, 'plans:read');
    return planList();
  }

  /** The flags features_json may set, so the console's editor never keeps its own copy. */
  featureFlags(principal: Principal): FeatureFlagDescription[] {
    authorizeAdmin(principal, 'tenants:read');
    return FEATURE_NAMES.map((name) => ({
      name,
      plans: [...FEATURES[name].plans],
      default: FEATURES[name].default,
    }));
  }

  async list(principal: Principal, query: TenantListQuery): Promise<Page<Tenant>> {
    authorizeAdmin(principal, 'tenants:read');
    const reader = new FieldReader<keyof TenantListQuery>(query);
    const page = readListParams(reader, query, {
      ...TENANT_LIST_RULES,
      maxPageSize: this.maxPageSize,
    });
    const status = reader.oneOf('status', TENANT_STATUSES, true);
    reader.done();
    // Deleted tenants wait for the purge out of sight; asking for status "deleted" shows them.
    const filter: Record<string, unknown> = { status: status ?? { $ne: 'deleted' } };
    // The contact e-mail is encrypted: the database matches its keyed tokens, unverified, so a
    // busy admin list keeps paging in the database.
    return findProtectedPage(
      this.tenants,
      filter,
      page,
      toTenant,
      { searchFields: TENANT_LIST_RULES.searchFields, verify: false },
      PUBLIC_PROJECTION,
    );
  }

  async get(principal: Principal, id: unknown): Promise<Tenant> {
    authorizeAdmin(principal, 'tenants:read');
    const doc = await this.tenants
      .findById(parseObjectId(id), PUBLIC_PROJECTION)
      .lean<StoredTenant>();
    if (!doc || doc.status === 'deleted') throw notFound('Tenant');
    return toTenant(doc);
  }

  async getBySlug(principal: Principal, slug: unknown): Promise<Tenant> {
    authorizeAdmin(principal, 'tenants:read');
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
    authorizeAdmin(principal, 'tenants:read');
    const problem = slugProblem(slug);
    if (problem) return { slug, available: false, reason: `Slug ${problem}` };
    const taken = await this.tenants.exists({ slug });
    return taken
      ? { slug, available: false, reason: 'This slug is taken' }
      : { slug, available: true, reason: null };
  }

  async create(principal: Principal, input: TenantFieldsInput): Promise<Tenant> {
    const actor = authorizeAdmin(principal, 'tenants:create');
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
      actor: actorOf(actor),
      details: { admin_id: actor.adminId, admin_email: actor.email, status },
    });
    await this.changes.changed('created', tenant.id, null, tenant);
    return tenant;
  }

  async update(principal: Principal, id: unknown, input: TenantFieldsInput): Promise<Tenant> {
    const actor = authorizeAdmin(principal, 'tenants:update');
    // A status in an update is a lifecycle step, which is a right of its own.
    if (input.status !== undefined || input.suspension_reason !== undefined) {
      authorizeAdmin(principal, 'tenants:suspend');
    }
    return this.apply(actor, id, input);
  }

  /** Suspends a tenant: its clinic users and apps are refused, and told the reason. */
  suspend(principal: Principal, id: unknown, reason: unknown): Promise<Tenant> {
    const actor = authorizeAdmin(principal, 'tenants:suspend');
    if (typeof reason !== 'string' || reason.trim() === '') {
      throw badInput([{ field: 'reason', message: 'is required to suspend a tenant' }]);
    }
    return this.apply(actor, id, { status: 'suspended', suspension_reason: reason });
  }

  activate(principal: Principal, id: unknown): Promise<Tenant> {
    const actor = authorizeAdmin(principal, 'tenants:suspend');
    return this.apply(actor, id, { status: 'active' });
  }

  private async apply(
    actor: AdminPrincipal,
    id: unknown,
    input: TenantFieldsInput,
  ): Promise<Tenant> {
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

  /** Tenants created, updated or deleted from now on, on any API instance. */
  watch(principal: Principal): AsyncIterable<TenantChange> {
    authorizeAdmin(principal, 'tenants:read');
    return this.changes.stream();
  }

  /**
   * Soft deletion: the tenant leaves routing and the admin lists at once; the purge job erases
   * its data after the retention period.
   */
  async delete(principal: Principal, id: unknown): Promise<{ id: string; deleted: boolean }> {
    const actor = authorizeAdmin(principal, 'tenants:delete');
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
      actor: actorOf(actor),
      details: {
        admin_id: actor.adminId,
        admin_email: actor.email,
        from,
        to: tenant.status,
        ...(tenant.suspension_reason ? { reason: tenant.suspension_reason } : {}),
      },
    });
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
      if (!isDuplicateKey(error)) throw error;
      await this.assertUnique(slug, domain, exceptId);
      throw conflict('slug', 'The slug or domain is already taken');
    }
  }
}
