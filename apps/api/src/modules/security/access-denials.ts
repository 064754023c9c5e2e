import type { Principal } from '../../common/principal.js';
import type { SecurityLogService } from './security-log.service.js';

const DENIAL_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'TENANT_SUSPENDED']);

const describe = (principal: Principal): Record<string, unknown> => {
  switch (principal.kind) {
    case 'admin':
      return { principal: 'admin', admin_id: principal.adminId, role: principal.role };
    case 'clinic_user':
      return { principal: 'clinic_user', user_id: principal.userId, role: principal.role };
    case 'api_key':
      return { principal: 'api_key', key_id: principal.keyId };
    default:
      return {
        principal: 'anonymous',
        ...(principal.rejection ? { rejection: principal.rejection } : {}),
      };
  }
};

/** Every refused access becomes a security log entry, from GraphQL and REST alike. */
export async function recordDenial(
  security: SecurityLogService,
  principal: Principal,
  code: unknown,
  operation: string,
  message: string,
): Promise<void> {
  if (typeof code !== 'string' || !DENIAL_CODES.has(code)) return;
  const tenantId =
    principal.kind === 'clinic_user' || principal.kind === 'api_key' ? principal.tenantId : null;
  await security.record({
    tenant_id: tenantId,
    event: 'access_denied',
    details: { code, operation, message, ...describe(principal) },
  });
}
