import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestInfo {
  requestId: string;
  ipAddress: string | null;
  userAgent: string | null;
}

const storage = new AsyncLocalStorage<RequestInfo>();

/** Who is calling from where, for audit entries written deep inside services. */
export const runWithRequestInfo = <T>(info: RequestInfo, work: () => T): T =>
  storage.run(info, work);

export const currentRequestInfo = (): RequestInfo | undefined => storage.getStore();
