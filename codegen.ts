// graphql-codegen configuration for the web app (arrives with the web issue): typed urql hooks
// generated from the composed client API schema and the operations under web/src.
// Generated code lives in web/src/gql and is never edited by hand.
const config = {
  schema: 'schema/api.graphql',
  documents: ['web/src/**/*.graphql', 'web/src/**/*.tsx'],
  generates: {
    'web/src/gql/': { preset: 'client', config: { useTypeImports: true } },
  },
  ignoreNoDocuments: true,
};

export default config;
