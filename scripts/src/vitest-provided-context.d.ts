// Types what scripts/src/vitest-global-setup.ts provides, for inject() in tests. Packages whose
// tests use inject('mongoUri') add this file to their tsconfig "include" (or "files").
// The import makes this a module augmentation and loads vitest's own declaration to merge into.
import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** MongoDB server URI without a database: connect with { dbName: <one per test file> }. */
    mongoUri: string;
    /** Redis URL; share it, but prefix keys (or use your own db index) per test file. */
    redisUrl: string;
    /**
     * Plain-HTTP URL of Stripe's stripe-mock (or STRIPE_MOCK_URL): point the `stripe` SDK at it
     * with { host, port, protocol }. Stateless, so every test file can share it.
     */
    stripeMockUrl: string;
  }
}
