import type { CodegenConfig } from '@graphql-codegen/cli';

// The console's typed documents come from the API's committed SDL, so the SPA builds without a
// running API and CI can tell when the generated code is stale.
const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  documents: ['apps/admin/src/**/*.{ts,tsx}', '!apps/admin/src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'apps/admin/src/gql/': {
      preset: 'client',
      presetConfig: {
        gqlTagName: 'graphql',
        // Pages read whole operation results; masking would only add unwrap calls.
        fragmentMasking: false,
      },
      config: {
        // String unions instead of TS enums: they survive isolatedModules and need no runtime import.
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { DateTimeISO: 'string' },
        defaultScalarType: 'unknown',
        skipTypeNameForRoot: true,
      },
    },
  },
};

export default config;
