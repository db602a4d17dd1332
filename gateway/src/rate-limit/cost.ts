import {
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { AppError } from '@tessera/errors';

export const MAX_PAGE_SIZE = 100;
const DEFAULT_PAGE_SIZE = 50;

interface Walk {
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  /** Whether a page size came from a variable (the cost then differs between requests). */
  readVariable: boolean;
}

function intValue(node: ValueNode | undefined, walk: Walk): number | null {
  if (!node) return null;
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) {
    walk.readVariable = true;
    const value = walk.variables[node.name.value];
    return typeof value === 'number' ? value : null;
  }
  return null;
}

function isEdges(selection: SelectionNode): boolean {
  return selection.kind === Kind.FIELD && selection.name.value === 'edges';
}

function selectionSetCost(selectionSet: SelectionSetNode | undefined, seen: Set<string>, walk: Walk): number {
  if (!selectionSet) return 0;
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = walk.fragments.get(selection.name.value);
      if (fragment && !seen.has(fragment.name.value))
        total += selectionSetCost(fragment.selectionSet, new Set([...seen, fragment.name.value]), walk);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      total += selectionSetCost(selection.selectionSet, seen, walk);
    } else if (!selection.name.value.startsWith('__')) {
      // The first argument of each name, as a lookup by name finds it.
      let firstArgument: ValueNode | undefined;
      let lastArgument: ValueNode | undefined;
      for (const argument of selection.arguments ?? []) {
        if (argument.name.value === 'first') firstArgument ??= argument.value;
        else if (argument.name.value === 'last') lastArgument ??= argument.value;
      }
      const first = intValue(firstArgument, walk);
      const last = intValue(lastArgument, walk);
      const page = first ?? last;
      if (page !== null && (page < 0 || page > MAX_PAGE_SIZE)) {
        throw new AppError('BAD_USER_INPUT', `first/last must be between 0 and ${MAX_PAGE_SIZE}`, {
          field: selection.name.value,
        });
      }
      const children = selectionSetCost(selection.selectionSet, seen, walk);
      // A connection without first/last gets the server's default page.
      const selectsEdges = selection.selectionSet?.selections.some(isEdges) ?? false;
      const multiplier = page ?? (selectsEdges ? DEFAULT_PAGE_SIZE : 1);
      total += 1 + children * Math.max(1, multiplier);
    }
  }
  return total;
}

/**
 * Costs that no variable changes, per parsed document and operation name: Apollo Server hands
 * every request with the same text the same DocumentNode.
 */
const staticCosts = new WeakMap<DocumentNode, Map<string, number>>();

/**
 * Static cost of an operation, before execution: every field costs 1, and a field with `first`
 * or `last` multiplies the cost of what it selects by that page size (connections without one
 * count as 50). Page sizes above 100 are refused here, for every connection.
 */
export function operationCost(
  document: DocumentNode,
  operationName: string | undefined | null,
  variables: Record<string, unknown>,
): number {
  const known = staticCosts.get(document)?.get(operationName ?? '');
  if (known !== undefined) return known;
  const walk: Walk = { fragments: new Map(), variables, readVariable: false };
  let operation: OperationDefinitionNode | undefined;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) walk.fragments.set(definition.name.value, definition);
    else if (
      !operation &&
      definition.kind === Kind.OPERATION_DEFINITION &&
      (!operationName || definition.name?.value === operationName)
    )
      operation = definition;
  }
  const cost = operation ? selectionSetCost(operation.selectionSet, new Set(), walk) : 0;
  if (!walk.readVariable) {
    let byName = staticCosts.get(document);
    if (!byName) staticCosts.set(document, (byName = new Map()));
    byName.set(operationName ?? '', cost);
  }
  return cost;
}
