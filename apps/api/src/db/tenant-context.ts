import { AsyncLocalStorage } from 'node:async_hooks';

interface TenantStore {
  tenantId: string;
}

const storage = new AsyncLocalStorage<TenantStore>();

/**
 * Runs `work` as the given tenant: every tenant-scoped query inside it (however deep, however
 * many awaits later) is confined to that tenant by the tenant-scope plugin.
 */
export function runAsTenant<T>(tenantId: string, work: () => PromiseLike<T> | T): Promise<T> {
  // Awaited inside the run: mongoose queries are lazy and would otherwise execute (and look for
  // the tenant) only when the caller awaits them, outside this context.
  return storage.run({ tenantId }, async () => await work());
}

/** The tenant of the work in progress, or undefined outside runAsTenant. */
export function currentTenantId(): string | undefined {
  return storage.getStore()?.tenantId;
}
