import os from 'node:os';
import path from 'node:path';
import {
  EMBEDDED_DOCUMENTS_PER_COLLECTION,
  LIST_PAGE_BUDGET_MS,
} from '../embedded/collection-size-watch.js';
import { readServicesEnv } from '../env.js';
import { defaultDataDir } from '../paths.js';
import { measureEngineEnvelope, type EnvelopeResult } from './engine-envelope.js';
import { machineInfo, printTable, writeSummary } from './report.js';
import { readEnvelopeSettings } from './settings.js';

const SUMMARY_FILE = path.join(defaultDataDir, 'bench', 'engine-envelope.json');
const progress = (line: string) => console.error(`[bench] ${line}`);

/**
 * `pnpm bench` on the embedded engine (or `pnpm bench envelope` alone): how many documents a
 * collection can hold before the tenants list page passes 100 ms. BENCH_GOGC=100,200,400,800
 * compares garbage collector settings side by side.
 */
export async function runEnvelopeBench(): Promise<void> {
  const launcherGogc = readServicesEnv().ferretDbGogc;
  const settings = readEnvelopeSettings(process.env, launcherGogc);
  progress(
    `engine envelope: GOGC ${settings.gogc.join(', ')}; ${settings.sizes.join(', ')} tenants`,
  );
  const loadBefore = os.loadavg()[0] ?? 0;
  const results = await measureEngineEnvelope({
    variants: settings.gogc.map((gogc) => ({ name: `GOGC=${gogc}`, env: { GOGC: gogc } })),
    sizes: settings.sizes,
    samples: settings.samples,
    budgetMs: LIST_PAGE_BUDGET_MS,
    progress,
  });
  const loadAfter = os.loadavg()[0] ?? 0;
  printEnvelope(results, settings.samples);
  const cpus = os.cpus().length;
  if (Math.max(loadBefore, loadAfter) > cpus) {
    // Other work competed for the CPUs: wall times are longer than on an idle machine.
    console.log(
      `Load average ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)} on ${cpus} CPUs: other ` +
        'work shared the machine, so these wall times are longer than on an idle one.',
    );
  }
  const launcher = results.find((result) => result.variant === `GOGC=${launcherGogc}`);
  if (launcher) {
    console.log(
      `Documents per collection before a list page passes ${LIST_PAGE_BUDGET_MS} ms: ` +
        `${launcher.documentsWithinBudget} (embedded FerretDB, ${launcher.variant}); ` +
        `README and pnpm dev's warning use ${EMBEDDED_DOCUMENTS_PER_COLLECTION}`,
    );
  }
  await writeSummary(SUMMARY_FILE, {
    finishedAt: new Date().toISOString(),
    machine: machineInfo(),
    budgetMs: LIST_PAGE_BUDGET_MS,
    loadAverage: { before: loadBefore, after: loadAfter },
    results,
  });
  console.log(`\nWritten to ${path.relative(process.cwd(), SUMMARY_FILE)}`);
}

function printEnvelope(results: EnvelopeResult[], samples: number): void {
  const sizes = results[0]?.points.map((point) => point.documents) ?? [];
  console.log(
    `\nEmbedded engine envelope: FerretDB v1 (SQLite), the tenants list page (a sorted page of ` +
      `20 + the count), database alone, one request at a time; median wall ms of ${samples} ` +
      `(FerretDB CPU ms per page)`,
  );
  printTable(
    [
      'setting',
      ...sizes.map((size) => `${size} docs`),
      'ms per 1,000 docs',
      `docs within ${LIST_PAGE_BUDGET_MS} ms`,
      'peak RSS MB',
    ],
    results.map((result) => [
      result.variant,
      ...result.points.map((point) => `${point.pageMs} (${Math.round(point.cpuMs)})`),
      String(result.msPerThousandDocuments),
      String(result.documentsWithinBudget),
      String(result.peakRssMb ?? '-'),
    ]),
  );
}
