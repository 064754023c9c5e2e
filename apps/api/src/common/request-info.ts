import { AsyncLocalStorage } from 'node:async_hooks';
import type { Principal } from './principal.js';

export interface RequestInfo {
  requestId: string;
  ipAddress: string | null;
  userAgent: string | null;
  /** Who is calling, once authentication has resolved it: the actor of audit entries. */
  principal?: Principal;
}

const storage = new AsyncLocalStorage<RequestInfo>();

/** Who is calling from where, for audit entries written deep inside services. */
export const runWithRequestInfo = <T>(info: RequestInfo, work: () => T): T =>
  storage.run(info, work);

export const currentRequestInfo = (): RequestInfo | undefined => storage.getStore();
