import type { Logger } from 'pino';
import { badInput, forbidden, notFound, unauthenticated } from '../../common/errors.js';
import { authorize, type Action } from '../../common/policy.js';
import { FieldErrorCollector } from '../../common/field-errors.js';
import { parseObjectId } from '../../common/object-id.js';
import {
  type AnonymousPrincipal,
  type ApiKeyPrincipal,
  type ClinicUserPrincipal,
  type Principal,
} from '../../common/principal.js';
import { runAsTenant } from '../../db/tenant-context.js';
import { verifyAgainstDummy, verifyPassword } from '../admins/password.js';
import type { Clock } from '../../core/clock.js';
import { apiKeySubject, CREDENTIAL_ENDED } from '../../common/credential-ended.js';
import type { AppPubSub } from '../../graphql/pubsub.js';
import { lockedOut } from '../admins/lockout.js';
import type { SessionAccount } from '../sessions/session-account.js';
import type { SessionService } from '../sessions/session.service.js';
import { CLINIC_AUDIENCE } from '../sessions/tokens.js';
import { actorOf } from '../security/actor.js';
import type { RateLimits } from '../rate-limits/rate-limits.service.js';
import type { SecurityLogService } from '../security/security-log.service.js';
import { assertOpen } from '../tenants/clinic-access.js';
import { effectiveFeatures } from '../tenants/tenant-config.js';
import type { TenantDirectory } from '../tenants/tenant-directory.js';
import type { TenantSummary } from '../tenants/tenant.fields.js';
import { newApiKey, parseApiKey, secretMatches } from './api-key.js';
import type { ApiKeyDocument, ApiKeyModel } from './api-key.model.js';
import type { ApiKey, ClinicAuthPayload, CreatedApiKey } from './clinic-auth.types.js';
import type { ClinicUserModel } from './clinic-user.model.js';
import { toClinicUser as toUser } from './clinic-user.view.js';

export interface ClinicSignIn {
  slug?: string | null;
  hostname?: string | null;
  email: unknown;
  password: unknown;
}

const LAST_USED_RESOLUTION_MS = 60_000;

const toApiKey = (doc: ApiKeyDocument): ApiKey => ({
  id: doc._id.toHexString(),
  name: doc.name,
  prefix: doc.prefix,
  created_date: doc.created_date,
  last_used_at: doc.last_used_at ?? null,
  revoked_at: doc.revoked_at ?? null,
});

/** Clinic users' sign-in and tokens, and clinic API keys: the two kinds of clinic principal. */
export class ClinicAuthService {
  constructor(
    private readonly users: ClinicUserModel,
    private readonly apiKeys: ApiKeyModel,
    private readonly directory: TenantDirectory,
    private readonly security: SecurityLogService,
    private readonly sessions: SessionService,
    private readonly pubSub: AppPubSub,
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly rateLimits: RateLimits,
  ) {
    sessions.checkAccountsWith('clinic_user', (account) => this.currentAccount(account));
  }

  /** A clinic user's session as it should be now: null once disabled, deleted or the clinic closed. */
  private async currentAccount(account: SessionAccount): Promise<SessionAccount | null> {
    if (account.kind !== 'clinic_user') return null;
    const tenant = await this.directory.byId(account.tenantId);
    if (!tenant || tenant.status === 'deleted') return null;
    const user = await runAsTenant(account.tenantId, () =>
      this.users.findById(account.userId, { email: 1, role: 1, disabled: 1 }).lean(),
    );
    if (!user || user.disabled) return null;
    return { ...account, email: user.email, role: user.role };
  }

  async signIn(input: ClinicSignIn, requestHost: string | undefined): Promise<ClinicAuthPayload> {
    const errors = new FieldErrorCollector();
    if (typeof input.email !== 'string' || input.email.trim() === '')
      errors.add('email', 'is required');
    if (typeof input.password !== 'string' || input.password === '')
      errors.add('password', 'is required');
    errors.throwIfAny();
    const email = (input.email as string).trim().toLowerCase();
    const password = input.password as string;

    const tenant = input.slug
      ? await this.directory.byHost(this.directory.hostsOf({ slug: input.slug, domain: null })[0]!)
      : await this.directory.byHost(input.hostname ?? requestHost ?? '');
    if (!tenant || tenant.status === 'deleted') throw notFound('Clinic');

    // Before any hash is computed: a refused guess costs no CPU.
    const attempt = await this.rateLimits.beginSignIn('clinic_sign_in', {
      account: `${tenant.id}:${email}`,
      tenant: tenant.id,
      emailHash: this.security.emailHash(tenant.id, email),
    });
    const user = await runAsTenant(tenant.id, () => this.users.findOne({ email }).lean());
    const userActor = user ? { id: `user:${user._id.toHexString()}`, label: null } : undefined;
    // An incident's lock holds the addresses that guessed; the real user elsewhere still gets in.
    const locked =
      user?.locked_until &&
      user.locked_until > this.clock.now() &&
      attempt.priorFailuresFromAddress > 0
        ? user.locked_until
        : null;
    // An unknown or disabled user costs a hash like a wrong password: timing tells nothing.
    let passwordOk = false;
    if (user && !user.disabled) passwordOk = await verifyPassword(user.password_hash, password);
    else await verifyAgainstDummy(password);
    if (!user || user.disabled || locked || !passwordOk) {
      await attempt.failed();
      await this.security.record({
        tenant_id: tenant.id,
        event: 'clinic_sign_in_failed',
        actor: userActor ?? { id: 'anonymous', label: null },
        details: {
          email_hash: this.security.emailHash(tenant.id, email),
          ...(user ? { user_id: user._id.toHexString() } : {}),
          ...(locked ? { reason: 'locked' } : user?.disabled ? { reason: 'disabled' } : {}),
        },
      });
      if (locked && passwordOk) throw lockedOut(locked);
      throw unauthenticated('Wrong e-mail or password');
    }
    await attempt.succeeded();
    // Only someone who knows the password hears why a suspended clinic is closed.
    assertOpen(tenant);
    await runAsTenant(tenant.id, () =>
      this.users.updateOne({ _id: user._id }, { $set: { last_login_at: this.clock.now() } }),
    );
    const tokens = await this.sessions.start({
      kind: 'clinic_user',
      tenantId: tenant.id,
      userId: user._id.toHexString(),
      email: user.email,
      role: user.role,
    });
    await this.security.record({
      tenant_id: tenant.id,
      event: 'clinic_user_signed_in',
      actor: userActor,
      details: { user_id: user._id.toHexString() },
    });
    return { ...tokens, user: toUser(user) };
  }

  /** A clinic bearer token to a principal, or an anonymous one saying why it was refused. */
  async authenticateToken(token: string): Promise<ClinicUserPrincipal | AnonymousPrincipal> {
    const principal = await this.sessions.authenticate(token, CLINIC_AUDIENCE);
    return principal.kind === 'admin' ? { kind: 'anonymous' } : principal;
  }

  /** Refuses the user's sign-ins until `until` (an automatic response to an incident). */
  async lockUser(tenantId: string, userId: string, until: Date): Promise<boolean> {
    const result = await runAsTenant(tenantId, () =>
      this.users.updateOne({ _id: userId }, { $set: { locked_until: until } }),
    );
    return result.matchedCount === 1;
  }

  /** Ends every session of the user, on every instance, open websockets included. */
  async revokeUserSessions(tenantId: string, userId: string, reason = 'revoked'): Promise<boolean> {
    const result = await runAsTenant(tenantId, () =>
      this.users.updateOne({ _id: userId }, { $set: { sessions_revoked_at: this.clock.now() } }),
    );
    if (result.matchedCount !== 1) return false;
    await this.sessions.endAll({ kind: 'clinic_user', tenantId, userId }, reason);
    return true;
  }

  /** Revokes a key on the platform's own initiative (an incident), recording why. */
  async disableApiKey(tenantId: string, keyId: string, reason: string): Promise<boolean> {
    const doc = await runAsTenant(tenantId, () =>
      this.apiKeys
        .findOneAndUpdate(
          { _id: keyId, revoked_at: null },
          { $set: { revoked_at: this.clock.now() } },
          { returnDocument: 'after' },
        )
        .lean(),
    );
    if (!doc) return false;
    this.keyEnded(tenantId, keyId, 'api_key_disabled');
    await this.security.record({
      tenant_id: tenantId,
      event: 'api_key_revoked',
      actor: { id: 'system', label: null },
      details: { key_id: keyId, by: 'system', reason },
    });
    return true;
  }

  async authenticateApiKey(key: string): Promise<ApiKeyPrincipal | AnonymousPrincipal> {
    const refused: AnonymousPrincipal = {
      kind: 'anonymous',
      rejection: 'The API key is invalid or revoked',
    };
    const parsed = parseApiKey(key);
    if (!parsed) return refused;
    const tenant = await this.directory.byId(parsed.tenantId);
    if (!tenant || !effectiveFeatures(tenant).api_access) return refused;
    const stored = await runAsTenant(parsed.tenantId, () =>
      this.apiKeys.findOne({ prefix: parsed.prefix }).lean(),
    );
    if (!stored || stored.revoked_at || !secretMatches(parsed.secret, stored.secret_hash))
      return refused;
    if (
      !stored.last_used_at ||
      Date.now() - stored.last_used_at.getTime() > LAST_USED_RESOLUTION_MS
    ) {
      // Recorded at most once a minute per key: a busy integration should not write on every call.
      await runAsTenant(parsed.tenantId, () =>
        this.apiKeys.updateOne({ _id: stored._id }, { $set: { last_used_at: new Date() } }),
      );
    }
    return { kind: 'api_key', tenantId: parsed.tenantId, keyId: stored._id.toHexString() };
  }

  async createApiKey(
    principal: Principal,
    tenantIdArg: string | null | undefined,
    name: unknown,
  ): Promise<CreatedApiKey> {
    const tenant = await this.manageableTenant(principal, tenantIdArg, 'api_keys:manage');
    if (typeof name !== 'string' || name.trim() === '' || name.length > 100) {
      throw badInput([{ field: 'name', message: 'is required, at most 100 characters' }]);
    }
    if (!effectiveFeatures(tenant).api_access) {
      throw forbidden(
        'API access is not enabled for this clinic (Enterprise, or granted by an admin)',
      );
    }
    const { key, prefix, secretHash } = newApiKey(tenant.id);
    const doc = await runAsTenant(tenant.id, () =>
      this.apiKeys.create({
        name: name.trim(),
        prefix,
        secret_hash: secretHash,
        created_by: actorId(principal),
      }),
    );
    await this.security.record({
      tenant_id: tenant.id,
      event: 'api_key_created',
      actor: actorOf(principal),
      details: { key_id: doc._id.toHexString(), prefix, by: actorId(principal) },
    });
    return { key, api_key: toApiKey(doc.toObject()) };
  }

  async listApiKeys(
    principal: Principal,
    tenantIdArg: string | null | undefined,
  ): Promise<ApiKey[]> {
    const tenant = await this.manageableTenant(principal, tenantIdArg, 'api_keys:read');
    const docs = await runAsTenant(tenant.id, () =>
      this.apiKeys.find({}).sort({ created_date: -1 }).limit(200).lean(),
    );
    return docs.map(toApiKey);
  }

  async revokeApiKey(
    principal: Principal,
    tenantIdArg: string | null | undefined,
    keyId: unknown,
  ): Promise<ApiKey> {
    const tenant = await this.manageableTenant(principal, tenantIdArg, 'api_keys:manage');
    const _id = parseObjectId(keyId);
    const doc = await runAsTenant(tenant.id, () =>
      this.apiKeys
        .findOneAndUpdate(
          { _id, revoked_at: null },
          { $set: { revoked_at: this.clock.now() } },
          { returnDocument: 'after' },
        )
        .lean(),
    );
    if (!doc) throw notFound('API key');
    this.keyEnded(tenant.id, doc._id.toHexString(), 'api_key_revoked');
    await this.security.record({
      tenant_id: tenant.id,
      event: 'api_key_revoked',
      actor: actorOf(principal),
      details: { key_id: doc._id.toHexString(), by: actorId(principal) },
    });
    return toApiKey(doc);
  }

  /** Keys are looked up per request, so HTTP refuses a revoked one at once; sockets hear this. */
  private keyEnded(tenantId: string, keyId: string, reason: string): void {
    this.pubSub.publish(CREDENTIAL_ENDED, { subjects: [apiKeySubject(tenantId, keyId)], reason });
  }

  /**
   * Users and keys are managed by platform admins (naming the clinic) or by the clinic's own
   * principals whose role allows it (their own clinic only); the policy table says who.
   */
  async manageableTenant(
    principal: Principal,
    tenantIdArg: string | null | undefined,
    action: Action,
  ): Promise<TenantSummary> {
    const actor = authorize(principal, action);
    let tenantId: string;
    if (actor.kind === 'admin') {
      if (!tenantIdArg) throw badInput([{ field: 'tenant_id', message: 'is required for admins' }]);
      tenantId = parseObjectId(tenantIdArg, 'tenant_id').toHexString();
    } else {
      // A clinic's principals act on their own clinic, whatever tenant_id says.
      tenantId = actor.tenantId;
    }
    const tenant = await this.directory.byId(tenantId);
    if (!tenant || tenant.status === 'deleted') throw notFound('Tenant');
    if (actor.kind !== 'admin') assertOpen(tenant);
    return tenant;
  }
}

function actorId(principal: Principal): string {
  if (principal.kind === 'admin') return `admin:${principal.adminId}`;
  if (principal.kind === 'clinic_user') return `user:${principal.userId}`;
  return principal.kind;
}
