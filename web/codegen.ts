import type { CodegenConfig } from '@graphql-codegen/cli';

// Types for the console's operations, from the server's committed schema (npm run codegen:web).
const config: CodegenConfig = {
  schema: 'schema.gql',
  documents: ['web/src/**/*.{ts,tsx}', '!web/src/gql/**'],
  generates: {
    'web/src/gql/': {
      preset: 'client',
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', LocalDate: 'string', JSONObject: 'Record<string, unknown>' },
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};
export default config;
