import { loadDotEnv } from './env.js';
import { withApp } from './setup/with-app.js';

/**
 * `pnpm verify-audit-chain [chain]`: walks one chain of the security log (a tenant id, or
 * "platform"), or every chain, and names the first entry edited, deleted, reordered or inserted.
 * Exits 1 when a chain is broken.
 */
loadDotEnv();
const wanted = process.argv[2];
try {
  const broken = await withApp(async (app) => {
    const admin = {
      kind: 'admin',
      adminId: 'script',
      email: 'script',
      role: 'super_admin',
    } as const;
    const chains = wanted
      ? [wanted]
      : (await app.services.securityAudit.chainStatuses(admin)).map((status) => status.chain);
    let failures = 0;
    for (const chain of chains) {
      const result = await app.services.securityAudit.verify(admin, chain);
      if (result.ok) {
        console.log(`${chain}: intact (${result.entries} entries)`);
      } else {
        failures += 1;
        const problem = result.problem!;
        console.log(
          `${chain}: BROKEN — ${problem.kind} at seq ${problem.seq ?? '?'} (entry ${problem.entry_id ?? 'none'}): ${problem.message}`,
        );
      }
    }
    return failures;
  });
  process.exitCode = broken > 0 ? 1 : 0;
} catch (error) {
  console.error(
    `verify-audit-chain failed: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 2;
}
