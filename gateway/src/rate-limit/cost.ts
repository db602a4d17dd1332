import {
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { AppError } from '@tessera/errors';

export const MAX_PAGE_SIZE = 100;
const DEFAULT_PAGE_SIZE = 50;

function intValue(node: ValueNode | undefined, variables: Record<string, unknown>): number | null {
  if (!node) return null;
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) {
    const value = variables[node.name.value];
    return typeof value === 'number' ? value : null;
  }
  return null;
}

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
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  const operation = document.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return 0;

  function cost(selectionSet: SelectionSetNode | undefined, seen: Set<string>): number {
    if (!selectionSet) return 0;
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (fragment && !seen.has(fragment.name.value))
          total += cost(fragment.selectionSet, new Set([...seen, fragment.name.value]));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        total += cost(selection.selectionSet, seen);
      } else if (!selection.name.value.startsWith('__')) {
        const first = intValue(selection.arguments?.find((a) => a.name.value === 'first')?.value, variables);
        const last = intValue(selection.arguments?.find((a) => a.name.value === 'last')?.value, variables);
        const page = first ?? last;
        if (page !== null && (page < 0 || page > MAX_PAGE_SIZE)) {
          throw new AppError('BAD_USER_INPUT', `first/last must be between 0 and ${MAX_PAGE_SIZE}`, {
            field: selection.name.value,
          });
        }
        const children = cost(selection.selectionSet, seen);
        // A connection without first/last gets the server's default page.
        const selectsEdges =
          selection.selectionSet?.selections.some((s) => s.kind === Kind.FIELD && s.name.value === 'edges') ??
          false;
        const multiplier = page ?? (selectsEdges ? DEFAULT_PAGE_SIZE : 1);
        total += 1 + children * Math.max(1, multiplier);
      }
    }
    return total;
  }
  return cost(operation.selectionSet, new Set());
}
