import { randomBytes } from 'node:crypto';
import { AppError } from '../../common/errors.js';
import { TENANT_TRANSITIONS, type TenantStatus } from './tenant.constants.js';

/** Refuses a status change the lifecycle does not allow, naming the ones it does. */
export function assertTransition(from: TenantStatus, to: TenantStatus): void {
  if (to === 'deleted') {
    throw new AppError('BAD_USER_INPUT', 'status: use deleteTenant to delete a tenant', [
      {
        field: 'status',
        message: 'use deleteTenant (DELETE /api/admin/tenants/:id) to delete a tenant',
      },
    ]);
  }
  const allowed = TENANT_TRANSITIONS[from].filter((status) => status !== 'deleted');
  if (!allowed.includes(to)) {
    const message = `cannot go from ${from} to ${to}; from ${from} it can go to ${allowed.join(', ') || 'nothing'} (or be deleted)`;
    throw new AppError('BAD_USER_INPUT', `status: ${message}`, [{ field: 'status', message }]);
  }
}

/** Suspension needs a reason and a time; leaving suspension clears both. */
export function suspensionFields(
  status: TenantStatus,
  reason: string | null | undefined,
  current: {
    status: TenantStatus;
    suspension_reason: string | null;
    suspended_at: Date | null;
  } | null,
): { suspension_reason: string | null; suspended_at: Date | null } {
  if (status !== 'suspended') {
    if (reason) {
      throw new AppError('BAD_USER_INPUT', 'suspension_reason: only a suspended tenant has one', [
        { field: 'suspension_reason', message: 'can only be set when status is suspended' },
      ]);
    }
    return { suspension_reason: null, suspended_at: null };
  }
  const alreadySuspended = current?.status === 'suspended';
  const effectiveReason = reason ?? (alreadySuspended ? current.suspension_reason : null);
  if (!effectiveReason) {
    throw new AppError('BAD_USER_INPUT', 'suspension_reason: is required to suspend a tenant', [
      { field: 'suspension_reason', message: 'is required to suspend a tenant' },
    ]);
  }
  return {
    suspension_reason: effectiveReason,
    suspended_at: alreadySuspended ? (current.suspended_at ?? new Date()) : new Date(),
  };
}

/** The value a clinic publishes in DNS to prove it owns its custom domain. */
export const newVerificationToken = (): string =>
  `vetcares-verify=${randomBytes(16).toString('hex')}`;
