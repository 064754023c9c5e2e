import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// type-graphql loads graphql through require(); Vite would otherwise hand our code the ESM copy,
// and graphql refuses objects from "another module or realm". One file for everyone.
const require = createRequire(import.meta.url);
const graphqlEntry = require.resolve('graphql', {
  paths: [new URL('./apps/api', import.meta.url).pathname],
});

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  test: {
    globalSetup: ['./scripts/src/vitest-global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'api',
          include: ['apps/api/**/*.test.ts', 'packages/*/src/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['apps/admin/test/**/*.test.ts'],
          testTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
