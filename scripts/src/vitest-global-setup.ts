import type { TestProject } from 'vitest/node';
import { startTestServices } from './services.js';

/**
 * Starts MongoDB (FerretDB), Redis and stripe-mock once per test run and hands their URLs to
 * tests: `inject('mongoUri')`, `inject('redisUrl')`, `inject('stripeMockUrl')` (typed by
 * ./vitest-provided-context.d.ts).
 *
 * With `projects` whose config `extends: true`, vitest runs a root-level globalSetup once for the
 * root project AND once per selected project (checked on vitest 4.1). Values provided by the root
 * project reach every project's tests, so only the root invocation does the work.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  if (!project.isRootProject()) return;
  const services = await startTestServices();
  project.provide('mongoUri', services.mongoUri);
  project.provide('redisUrl', services.redisUrl);
  project.provide('stripeMockUrl', services.stripeMockUrl);
  return () => services.stop();
}
