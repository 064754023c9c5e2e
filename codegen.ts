import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents come from the API's committed SDL, so the console and the TenantManager build
// without a running API and CI can tell when the generated code is stale. Each output lists its
// own documents: a root `documents` would put every app's operations into every output.
const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  ignoreNoDocuments: true,
  generates: {
    'apps/admin/src/gql/': {
      documents: ['apps/admin/src/**/*.{ts,tsx}', '!apps/admin/src/gql/**'],
      preset: 'client',
      presetConfig: {
        gqlTagName: 'graphql',
        // Pages read whole operation results; masking would only add unwrap calls.
        fragmentMasking: false,
      },
      config: {
        // String unions instead of TS enums: they survive isolatedModules and need no runtime import.
        enumsAsTypes: true,
        // Types for what the console's operations use, not the whole schema.
        onlyOperationTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { DateTimeISO: 'string', JSONObject: 'Record<string, unknown>' },
        defaultScalarType: 'unknown',
        skipTypeNameForRoot: true,
      },
    },
    'packages/tenant-client/src/gql/': {
      documents: [
        'packages/tenant-client/src/**/*.ts',
        '!packages/tenant-client/src/gql/**',
        '!**/*.test.ts',
      ],
      preset: 'client',
      presetConfig: { gqlTagName: 'graphql', fragmentMasking: false },
      config: {
        // Documents as plain strings: the SDK sends them with fetch and needs no graphql runtime.
        documentMode: 'string',
        // Only what the SDK's own operations use: clinic apps need no copy of the admin schema.
        onlyOperationTypes: true,
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { DateTimeISO: 'string', JSONObject: 'Record<string, unknown>' },
        defaultScalarType: 'unknown',
        skipTypeNameForRoot: true,
      },
    },
  },
};

export default config;
