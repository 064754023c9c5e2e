import { generateSync } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminPrincipal, Principal } from '../src/common/principal.js';
import { ManualClock } from '../src/core/clock.js';
import type { Mail } from '../src/modules/sessions/mailer.js';
import { clinicUserToken, createClinicTenant } from './clinic-factories.js';
import { errorCodes, graphql } from './client.js';
import { startTestApi, type TestApi } from './harness.js';

const clock = new ManualClock();
let api: TestApi;
let superAdmin: AdminPrincipal;
const mails: Mail[] = [];
const PASSWORD = 'Strong-Admin-Passw0rd!';

beforeAll(async () => {
  api = await startTestApi({ clock });
  api.app.services.mailer.onSend((mail) => mails.push(mail));
  superAdmin = (await api.app.services.admins.authenticate(
    `Bearer ${await api.token()}`,
  )) as AdminPrincipal;
});
afterAll(() => api.stop());

const tokenIn = (mail: Mail | undefined): string => {
  const token = /#token=([A-Za-z0-9_-]+)/.exec(mail?.text ?? '')?.[1];
  if (!token) throw new Error(`no reset link in ${JSON.stringify(mail)}`);
  return token;
};
const lastMailTo = (email: string) => mails.filter((mail) => mail.to === email).at(-1);

/** Invites an admin, who sets their password through the mailed link and signs in. */
async function onboardAdmin(email: string, role: 'super_admin' | 'admin' | 'support') {
  const admin = await api.app.services.adminDirectory.invite(superAdmin, {
    email,
    name: email.split('@')[0],
    role,
  });
  await api.app.services.passwordResets.complete(tokenIn(lastMailTo(email)), PASSWORD);
  const session = await api.app.services.admins.login(email, PASSWORD);
  return { admin, session };
}

const principalOf = async (token: string): Promise<Principal> =>
  api.app.services.admins.authenticate(`Bearer ${token}`);

describe('admin accounts', () => {
  it('a super admin invites, renames, re-roles, disables and deletes admins; others may not', async () => {
    const { admin, session } = await onboardAdmin('ops1@vetcares.test', 'admin');
    expect(admin.invited).toBe(true);
    const opsPrincipal = await principalOf(session.token);
    // An admin (not super) may not manage admins.
    await expect(
      api.app.services.adminDirectory.update(opsPrincipal, admin.id, { role: 'super_admin' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });

    const renamed = await api.app.services.adminDirectory.update(superAdmin, admin.id, {
      name: 'Ops One',
      role: 'support',
    });
    expect(renamed).toMatchObject({ name: 'Ops One', role: 'support', invited: false });
    // A lowered role ends the sessions at once.
    expect((await principalOf(session.token)).kind).toBe('anonymous');

    const again = await api.app.services.admins.login('ops1@vetcares.test', PASSWORD);
    await api.app.services.adminDirectory.setDisabled(superAdmin, admin.id, true);
    expect((await principalOf(again.token)).kind).toBe('anonymous');
    await expect(
      api.app.services.admins.login('ops1@vetcares.test', PASSWORD),
    ).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });

    expect(await api.app.services.adminDirectory.delete(superAdmin, admin.id)).toBe(true);
    expect(await api.app.models.admins.countDocuments({ email: 'ops1@vetcares.test' })).toBe(0);
    const events = (await api.app.models.securityLogs.find({}).lean()).map((entry) => entry.event);
    for (const event of [
      'admin_invited',
      'admin_role_changed',
      'admin_disabled',
      'admin_deleted',
      'sessions_revoked',
      'password_reset',
    ]) {
      expect(events).toContain(event);
    }
  });

  it('never removes, disables or demotes the last active super admin', async () => {
    const me = superAdmin.adminId;
    await expect(
      api.app.services.adminDirectory.update(superAdmin, me, { role: 'admin' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(
      api.app.services.adminDirectory.setDisabled(superAdmin, me, true),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    const { admin: second, session } = await onboardAdmin('second@vetcares.test', 'super_admin');
    const secondPrincipal = await principalOf(session.token);
    // With two, one may go; then the other is the last again.
    await api.app.services.adminDirectory.setDisabled(secondPrincipal, me, true);
    await expect(
      api.app.services.adminDirectory.update(secondPrincipal, second.id, { role: 'support' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await api.app.services.adminDirectory.setDisabled(secondPrincipal, me, false);
    superAdmin = (await principalOf(await api.token())) as AdminPrincipal;
    await api.app.services.adminDirectory.delete(superAdmin, second.id);
    expect(
      await api.app.models.admins.countDocuments({ role: 'super_admin', disabled: false }),
    ).toBe(1);
  });

  it('changing a password keeps this session and ends the others', async () => {
    const { session } = await onboardAdmin('changer@vetcares.test', 'admin');
    const other = await api.app.services.admins.login('changer@vetcares.test', PASSWORD);
    const response = await graphql(
      api.url,
      'mutation($c: String!, $n: String!) { changePassword(current_password: $c, new_password: $n) }',
      { c: PASSWORD, n: 'Another-Strong-Passw0rd!' },
      session.token,
    );
    expect(response.errors).toBeUndefined();
    expect((await principalOf(session.token)).kind).toBe('admin');
    expect((await principalOf(other.token)).kind).toBe('anonymous');
    const weak = await graphql(
      api.url,
      'mutation($c: String!, $n: String!) { changePassword(current_password: $c, new_password: $n) }',
      { c: 'Another-Strong-Passw0rd!', n: 'changer-Passw0rd-1' },
      session.token,
    );
    expect(errorCodes(weak)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('password reset', () => {
  it('works once, expires, and ends every session', async () => {
    const { session } = await onboardAdmin('forgetful@vetcares.test', 'support');
    expect(
      await api.app.services.adminDirectory.requestPasswordReset('forgetful@vetcares.test'),
    ).toBe(true);
    // Unknown addresses get the same answer and no mail.
    const before = mails.length;
    expect(await api.app.services.adminDirectory.requestPasswordReset('nobody@vetcares.test')).toBe(
      true,
    );
    expect(mails.length).toBe(before);

    const token = tokenIn(lastMailTo('forgetful@vetcares.test'));
    const reset = (t: string, password: string) =>
      graphql(
        api.url,
        'mutation($t: String!, $p: String!) { resetPassword(token: $t, new_password: $p) }',
        {
          t,
          p: password,
        },
      );
    // A weak password does not spend the token.
    expect(errorCodes(await reset(token, 'forgetful1234'))).toEqual(['BAD_USER_INPUT']);
    expect((await reset(token, 'Brand-New-Passw0rd!')).errors).toBeUndefined();
    expect((await principalOf(session.token)).kind).toBe('anonymous');
    expect(errorCodes(await reset(token, 'Brand-New-Passw0rd-2!'))).toEqual(['BAD_USER_INPUT']);
    await expect(
      api.app.services.admins.login('forgetful@vetcares.test', 'Brand-New-Passw0rd!'),
    ).resolves.toBeTruthy();

    await api.app.services.adminDirectory.requestPasswordReset('forgetful@vetcares.test');
    const late = tokenIn(lastMailTo('forgetful@vetcares.test'));
    clock.advance(61 * 60_000);
    expect(errorCodes(await reset(late, 'Too-Late-Passw0rd!'))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('two-factor sign-in', () => {
  it('enrols with a TOTP secret, then requires a code; recovery codes work once', async () => {
    const email = 'twofactor@vetcares.test';
    const { session } = await onboardAdmin(email, 'admin');
    const principal = await principalOf(session.token);
    const enrolment = await api.app.services.admins.startTwoFactorEnrolment(principal);
    expect(enrolment.qr_code_data_url).toMatch(/^data:image\/png;base64,/);
    expect(enrolment.otpauth_uri).toContain('otpauth://totp/');
    const code = (at = clock.now()) =>
      generateSync({ secret: enrolment.secret, epoch: Math.floor(at.getTime() / 1000) });
    await expect(
      api.app.services.admins.confirmTwoFactorEnrolment(principal, '000000'),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    const recovery = await api.app.services.admins.confirmTwoFactorEnrolment(principal, code());
    expect(recovery).toHaveLength(10);
    const stored = await api.app.models.admins.findOne({ email }).lean();
    expect(stored!.totp_secret).not.toContain(enrolment.secret);
    expect(stored!.recovery_code_hashes).not.toContain(recovery[0]);

    await expect(api.app.services.admins.login(email, PASSWORD)).rejects.toMatchObject({
      code: 'TWO_FACTOR_REQUIRED',
    });
    await expect(api.app.services.admins.login(email, PASSWORD, '123456')).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    clock.advance(60_000);
    const current = code();
    await expect(api.app.services.admins.login(email, PASSWORD, current)).resolves.toBeTruthy();
    // The same code twice: refused (replay).
    await expect(api.app.services.admins.login(email, PASSWORD, current)).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    await expect(api.app.services.admins.login(email, PASSWORD, recovery[0])).resolves.toBeTruthy();
    await expect(api.app.services.admins.login(email, PASSWORD, recovery[0])).rejects.toMatchObject(
      { code: 'UNAUTHENTICATED' },
    );
  });

  it('a super admin can require it of every admin: the unenrolled may only enrol', async () => {
    await api.app.services.adminDirectory.updatePlatformSettings(superAdmin, {
      require_admin_two_factor: true,
    });
    try {
      const { session } = await onboardAdmin('unenrolled@vetcares.test', 'admin');
      expect(session.two_factor_enrolment_required).toBe(true);
      const tenants = await graphql(api.url, '{ tenants { totalCount } }', {}, session.token);
      expect(errorCodes(tenants)).toEqual(['FORBIDDEN']);
      const principal = await principalOf(session.token);
      const enrolment = await api.app.services.admins.startTwoFactorEnrolment(principal);
      const code = generateSync({
        secret: enrolment.secret,
        epoch: Math.floor(clock.now().getTime() / 1000),
      });
      await api.app.services.admins.confirmTwoFactorEnrolment(principal, code);
      // The same session is now a full one.
      const after = await graphql(api.url, '{ tenants { totalCount } }', {}, session.token);
      expect(after.errors).toBeUndefined();
      await expect(
        api.app.services.admins.disableTwoFactor(await principalOf(session.token), PASSWORD),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    } finally {
      await api.app.services.adminDirectory.updatePlatformSettings(superAdmin, {
        require_admin_two_factor: false,
      });
    }
  });
});

describe('clinic users', () => {
  it('the owner and admins invite, re-role, disable, reset and delete; the last owner stays', async () => {
    const tenant = await createClinicTenant(api.app);
    const ownerToken = await clinicUserToken(api, tenant.id, 'owner');
    const owner = await api.app.services.clinicAuth.authenticateToken(ownerToken);
    const staffToken = await clinicUserToken(api, tenant.id, 'staff');
    const staff = await api.app.services.clinicAuth.authenticateToken(staffToken);
    if (owner.kind !== 'clinic_user' || staff.kind !== 'clinic_user') throw new Error('sign-in');

    await expect(
      api.app.services.clinicUsers.invite(staff, undefined, {
        email: 'x@clinic.example',
        name: 'X',
        role: 'staff',
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const invited = await api.app.services.clinicUsers.invite(owner, undefined, {
      email: 'newvet@clinic.example',
      name: 'New Vet',
      role: 'staff',
    });
    expect(invited.invited).toBe(true);
    await api.app.services.passwordResets.complete(
      tokenIn(lastMailTo('newvet@clinic.example')),
      'Clinic-New-Passw0rd!',
    );
    const newVet = await api.app.services.clinicAuth.signIn(
      { slug: tenant.slug, email: 'newvet@clinic.example', password: 'Clinic-New-Passw0rd!' },
      undefined,
    );

    // The last owner cannot be demoted, disabled or deleted.
    await expect(
      api.app.services.clinicUsers.changeRole(owner, undefined, owner.userId, 'staff'),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(
      api.app.services.clinicUsers.setDisabled(superAdmin, tenant.id, owner.userId, true),
    ).rejects.toMatchObject({ code: 'CONFLICT' });

    const promoted = await api.app.services.clinicUsers.changeRole(
      superAdmin,
      tenant.id,
      invited.id,
      'owner',
    );
    expect(promoted.role).toBe('owner');
    await api.app.services.clinicUsers.setDisabled(owner, undefined, staff.userId, true);
    expect((await api.app.services.clinicAuth.authenticateToken(staffToken)).kind).toBe(
      'anonymous',
    );
    await api.app.services.clinicUsers.sendPasswordReset(owner, undefined, invited.id);
    await api.app.services.passwordResets.complete(
      tokenIn(lastMailTo('newvet@clinic.example')),
      'Clinic-Reset-Passw0rd!',
    );
    expect((await api.app.services.clinicAuth.authenticateToken(newVet.token)).kind).toBe(
      'anonymous',
    );
    expect(await api.app.services.clinicUsers.delete(owner, undefined, staff.userId)).toBe(true);
    const users = await api.app.services.clinicUsers.list(superAdmin, tenant.id);
    expect(users.map((user) => user.email).sort()).toEqual(
      [owner.email, 'newvet@clinic.example'].sort(),
    );
  });
});
