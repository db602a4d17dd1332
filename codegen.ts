import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

// Typed documents for the web app, generated from the composed client API schema and the
// operations written with `graphql(...)` under web/src. Output: web/src/gql (never edited by hand).
// Run: `npm run codegen -w @tessera/web` (or `npx graphql-codegen --config codegen.ts` at the root);
// `npm run codegen:check -w @tessera/web` fails when the committed output is stale.
// Paths are relative to this file, so the commands work from the root and from web/.
const root = new URL('.', import.meta.url).pathname;

const config: CodegenConfig = {
  schema: `${root}schema/api.graphql`,
  documents: [`${root}web/src/**/*.{ts,tsx}`, `!${root}web/src/gql/**`],
  ignoreNoDocuments: true,
  generates: {
    [`${root}web/src/gql/`]: {
      preset: 'client',
      presetConfig: {
        fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
        // web/src/gql/persisted-documents.json: the trusted documents the gateway accepts from
        // browser sessions when TRUSTED_DOCUMENTS_ONLY is on (sha256 of each document).
        persistedDocuments: { hashAlgorithm: 'sha256', mode: 'embedHashInDocument' },
      },
      // `__typename` on every selection set, so the trusted documents the gateway runs by hash
      // return typenames and urql's document cache knows which queries a mutation invalidates.
      // (urql adds them too, but only to the text it would send; the gateway runs the manifest copy.)
      documentTransforms: [addTypenameSelectionDocumentTransform],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: false,
        scalars: { JSON: 'unknown', DateTime: 'string' },
        strictScalars: true,
      },
    },
  },
};

export default config;
