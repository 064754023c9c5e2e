// Run by tenant-manager.test.ts in a child Node process: queues usage and simply ends, without
// flush() or close(), to prove the beforeExit hook sends what was queued.
import { TenantManager } from './index.js';

const [apiUrl, apiKey, tenantId] = process.argv.slice(2);
if (!apiUrl || !apiKey || !tenantId)
  throw new Error('usage: exit-flush.fixture.ts <apiUrl> <apiKey> <tenantId>');

// An hour between timed flushes: only the exit hook can send these in time.
TenantManager.configure({ apiUrl, apiKey, flushIntervalMs: 3_600_000 });
TenantManager.trackUsage(tenantId, 'report_generated', { count: 3 });
TenantManager.trackUsage(tenantId, 'user_login');
