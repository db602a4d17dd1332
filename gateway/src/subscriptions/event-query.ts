import {
  Kind,
  OperationTypeNode,
  print,
  visit,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';

export const EVENT_ID_VARIABLE = '__eventId';

/**
 * Turns `subscription { commentAdded(canvasId: $c) { id author { name } } }` into
 * `query($__eventId: ID!) { commentAdded: comment(id: $__eventId) { id author { name } } }`,
 * so each event is resolved by the gateway's own planner across subgraphs, with the same limits
 * and error masking as any query.
 */
export function eventQuery(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  field: FieldNode,
  resolveWith: string,
): string {
  const fragments = document.definitions.filter(
    (d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION,
  );
  const rootField: FieldNode = {
    ...field,
    alias: { kind: Kind.NAME, value: field.alias?.value ?? field.name.value },
    name: { kind: Kind.NAME, value: resolveWith },
    arguments: [
      {
        kind: Kind.ARGUMENT,
        name: { kind: Kind.NAME, value: 'id' },
        value: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: EVENT_ID_VARIABLE } },
      },
    ],
  };
  const used = new Set<string>([EVENT_ID_VARIABLE]);
  for (const node of [rootField, ...fragments]) {
    visit(node, { Variable: (v) => void used.add(v.name.value) });
  }
  const query: OperationDefinitionNode = {
    ...operation,
    operation: OperationTypeNode.QUERY,
    variableDefinitions: [
      ...(operation.variableDefinitions ?? []).filter((v) => used.has(v.variable.name.value)),
      {
        kind: Kind.VARIABLE_DEFINITION,
        variable: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: EVENT_ID_VARIABLE } },
        type: {
          kind: Kind.NON_NULL_TYPE,
          type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'ID' } },
        },
      },
    ],
    selectionSet: { kind: Kind.SELECTION_SET, selections: [rootField] },
  };
  return print({ kind: Kind.DOCUMENT, definitions: [query, ...fragments] });
}
