import { readFileSync } from 'node:fs';
import {
  buildASTSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  type ConstDirectiveNode,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/** The composed supergraph (schema/supergraph.graphql), as a schema with its join__ directives readable. */
export function loadSupergraph(
  path = new URL('../../schema/supergraph.graphql', import.meta.url),
): GraphQLSchema {
  return buildASTSchema(parse(readFileSync(path, 'utf8')), { assumeValidSDL: true });
}

const argument = (directive: ConstDirectiveNode, name: string) => {
  const value = directive.arguments?.find((a) => a.name.value === name)?.value;
  if (!value) return undefined;
  if (value.kind === Kind.ENUM || value.kind === Kind.STRING) return value.value;
  if (value.kind === Kind.BOOLEAN) return value.value;
  return undefined;
};
const directives = (node: { directives?: readonly ConstDirectiveNode[] } | null | undefined, name: string) =>
  (node?.directives ?? []).filter((d) => d.name.value === name);

/** Subgraph name as the stack knows it (ACCOUNTS → accounts). */
const subgraphName = (graph: string) => graph.toLowerCase();

export interface EntityInSubgraph {
  typename: string;
  subgraph: string;
  key: string;
  /** Leaf fields (and object fields, as `{ __typename }`) this subgraph resolves for the entity, without required arguments. */
  selection: string;
}

/** Every `@key` entity, once per subgraph that can resolve it (resolvable: false left out). */
export function keyedEntities(schema: GraphQLSchema): EntityInSubgraph[] {
  const entities: EntityInSubgraph[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (
      type.name.startsWith('__') ||
      !('getFields' in type) ||
      type.astNode?.kind !== Kind.OBJECT_TYPE_DEFINITION
    )
      continue;
    const object = type as GraphQLObjectType;
    for (const join of directives(object.astNode, 'join__type')) {
      const key = argument(join, 'key');
      if (typeof key !== 'string' || argument(join, 'resolvable') === false) continue;
      const graph = String(argument(join, 'graph'));
      const fields = Object.values(object.getFields()).filter(
        (field) =>
          resolvedIn(field, graph) &&
          field.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined),
      );
      const selection = fields
        .map((field) => (isLeafType(getNamedType(field.type)) ? field.name : `${field.name} { __typename }`))
        .join(' ');
      entities.push({
        typename: object.name,
        subgraph: subgraphName(graph),
        key,
        selection: `__typename ${selection}`,
      });
    }
  }
  return entities.sort((a, b) => `${a.typename}/${a.subgraph}`.localeCompare(`${b.typename}/${b.subgraph}`));
}

/** A field is resolved in a subgraph when its join__field names it (not as external), or, without join__field, when the type is in it. */
function resolvedIn(field: GraphQLField<unknown, unknown>, graph: string): boolean {
  const joins = directives(field.astNode, 'join__field');
  if (joins.length === 0) return true;
  return joins.some((j) => argument(j, 'graph') === graph && argument(j, 'external') !== true);
}

export interface RootFieldWithIds {
  operation: 'query' | 'mutation' | 'subscription';
  field: GraphQLField<unknown, unknown>;
  subgraph: string;
  /** Paths of every ID the field takes: `id`, `canvasId`, `input.projectId`... */
  idPaths: string[];
}

/** The client-facing API schema (schema/api.graphql), which also has the gateway's Subscription type. */
export function loadApiSchema(path = new URL('../../schema/api.graphql', import.meta.url)): GraphQLSchema {
  return buildASTSchema(parse(readFileSync(path, 'utf8')), { assumeValidSDL: true });
}

/** Subscription fields with an ID argument (the gateway owns them; they are not in the supergraph). */
export function subscriptionFieldsTakingIds(api: GraphQLSchema): RootFieldWithIds[] {
  return Object.values(api.getSubscriptionType()?.getFields() ?? {}).flatMap((field) => {
    const idPaths = field.args.flatMap((arg) => idPathsOf(arg.type, arg.name, new Set()));
    return idPaths.length
      ? [{ operation: 'subscription' as const, field, subgraph: 'gateway', idPaths }]
      : [];
  });
}

/** Every root field with at least one ID argument (directly or inside an input object). */
export function rootFieldsTakingIds(schema: GraphQLSchema): RootFieldWithIds[] {
  const fields: RootFieldWithIds[] = [];
  for (const [operation, root] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      const idPaths = field.args.flatMap((arg) => idPathsOf(arg.type, arg.name, new Set()));
      const graph = argument(directives(field.astNode, 'join__field')[0]!, 'graph');
      if (idPaths.length) fields.push({ operation, field, subgraph: subgraphName(String(graph)), idPaths });
    }
  }
  return fields;
}

function idPathsOf(type: GraphQLInputType, path: string, seen: Set<string>): string[] {
  const named = getNamedType(type);
  if (named.name === 'ID') return [path];
  if (!isInputObjectType(named) || seen.has(named.name)) return [];
  seen.add(named.name);
  return Object.values(named.getFields()).flatMap((f) => idPathsOf(f.type, `${path}.${f.name}`, seen));
}

export interface ValueRules {
  /** The ID at `path` of `field` (e.g. `canvas`, `id`); throws when there is no rule, so a new field must be given one. */
  id(field: string, path: string): string;
  /** An explicit value for a non-ID argument, or undefined for the type's default. */
  value?(field: string, path: string): unknown;
}

/**
 * An operation calling one root field with every ID from `rules` and plain values elsewhere:
 * optional inputs are left out unless they are IDs the rules know.
 */
export function operationFor(
  root: RootFieldWithIds,
  rules: ValueRules,
): { query: string; variables: Record<string, unknown> } {
  const { field } = root;
  const variables: Record<string, unknown> = {};
  const definitions: string[] = [];
  for (const arg of field.args) {
    const value = valueFor(arg.type, arg.name, field.name, rules, isNonNullType(arg.type));
    if (value === undefined) continue;
    variables[arg.name] = value;
    definitions.push(`$${arg.name}: ${String(arg.type)}`);
  }
  const named = getNamedType(field.type);
  const selection = isLeafType(named) ? '' : ' { __typename }';
  const args = Object.keys(variables)
    .map((name) => `${name}: $${name}`)
    .join(', ');
  const query = `${root.operation} Tenancy${definitions.length ? `(${definitions.join(', ')})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
  return { query, variables };
}

function valueFor(
  type: GraphQLInputType,
  path: string,
  field: string,
  rules: ValueRules,
  required: boolean,
): unknown {
  const explicit = rules.value?.(field, path);
  if (explicit !== undefined) return explicit;
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner)) {
    if (!required) return undefined;
    const item = valueFor(inner.ofType, path, field, rules, true);
    return item === undefined ? [] : [item];
  }
  const named = getNamedType(inner);
  if (named.name === 'ID') {
    try {
      return rules.id(field, path);
    } catch (error) {
      if (required) throw error;
      return undefined;
    }
  }
  if (isInputObjectType(named)) {
    const hasIds = idPathsOf(named, path, new Set()).length > 0;
    if (!required && !hasIds) return undefined;
    const value: Record<string, unknown> = {};
    for (const inputField of Object.values(named.getFields())) {
      const v = valueFor(
        inputField.type,
        `${path}.${inputField.name}`,
        field,
        rules,
        isNonNullType(inputField.type),
      );
      if (v !== undefined) value[inputField.name] = v;
    }
    return value;
  }
  if (!required) return undefined;
  if (isEnumType(named)) return named.getValues()[0]!.value;
  switch (named.name) {
    case 'String':
      return 'tenancy check';
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'DateTime':
      return new Date().toISOString();
    case 'JSON':
      return {};
    default:
      throw new Error(`no value for ${field}(${path}: ${named.name})`);
  }
}
