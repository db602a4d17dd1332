import { makeOperation, mapExchange } from '@urql/core';

/**
 * Sends each operation's codegen hash (web/src/gql/persisted-documents.json) as
 * `extensions.persistedQuery.sha256Hash`: the gateway then runs its own copy of the document, so a
 * deployment with TRUSTED_DOCUMENTS_ONLY accepts exactly the operations this app was built with.
 */
export const trustedDocumentsExchange = mapExchange({
  onOperation(operation) {
    const hash = (operation.query as { __meta__?: { hash?: string } }).__meta__?.hash;
    if (!hash || operation.kind === 'teardown') return operation;
    return makeOperation(
      operation.kind,
      {
        ...operation,
        extensions: { ...operation.extensions, persistedQuery: { version: 1, sha256Hash: hash } },
      },
      operation.context,
    );
  },
});
