import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../context.ts';

/** Mutations that can change someone's access (accounts publishes each on the bus as well). */
const REVOKING_FIELDS = new Set(['logOut', 'refreshSession', 'removeMember', 'revokeApiKey', 'inviteMember']);

/**
 * Read-your-revocations on this gateway: once a mutation that can change access has run here, the
 * principal cache is dropped before the client sees the answer, so the client's next request is
 * authenticated afresh even if accounts' bus event is still on its way. Other gateway replicas
 * rely on the event (milliseconds).
 */
export function revocationsPlugin(invalidate: () => void): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation }) {
          if (operation?.operation !== 'mutation') return;
          const revoking = operation.selectionSet.selections.some(
            (selection) => selection.kind === 'Field' && REVOKING_FIELDS.has(selection.name.value),
          );
          if (revoking) invalidate();
        },
      };
    },
  };
}
