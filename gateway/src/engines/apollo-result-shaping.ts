import { createRequire } from 'node:module';
import {
  ERRORS,
  Variable,
  assert,
  isCompositeType,
  isCustomScalarType,
  isListType,
  isNonNullType,
  isObjectType,
  isSubtype,
  isValidLeafValue,
  typenameFieldName,
  type CompositeType,
  type Directive,
  type EnumType,
  type FieldSelection,
  type NamedType,
  type Operation,
  type ScalarType,
  type Schema,
  type Selection,
  type SelectionSet,
  type Type,
} from '@apollo/federation-internals';
import type { GraphQLError } from 'graphql';

/**
 * @apollo/gateway's result shaping (dist/resultShaping.js `computeResponse`: the merged subgraph
 * answers cut to the client's operation, field order, __typename, @skip/@include, null bubbling)
 * without its per-value overhead. The original walks every value through the operation's
 * selection objects, re-reading each selection's directives, field definition and response name,
 * and allocates a result object per value; this one reads each selection once per request (on
 * first use) and keeps the walk to plain property access. Same output (as JSON: objects are plain
 * ones, see `set`), same errors, same order:
 * apollo-result-shaping.test.ts runs both on the same operations and inputs.
 */

interface ShapeParameters {
  schema: Schema;
  variables: Record<string, unknown>;
  errors: GraphQLError[];
  introspectionHandling: (selection: FieldSelection) => unknown;
}

interface ComputeResponseArgs {
  operation: Operation;
  variables?: Record<string, unknown>;
  input?: Record<string, unknown> | null;
  introspectionHandling: (selection: FieldSelection) => unknown;
}
export type ComputeResponse = (args: ComputeResponseArgs) => {
  data?: Record<string, unknown> | null;
  errors: GraphQLError[];
};

/** One selection of a selection set, as read once: what the walk needs of it. */
interface Entry {
  selection: Selection;
  /** Has directives: @skip/@include are evaluated per request, on first use (as the original, lazily). */
  conditional: boolean;
  field: boolean;
  responseName: string;
  introspection: boolean;
  typename: boolean;
  type: Type | undefined;
  typeCondition: CompositeType | undefined;
  children: SelectionSet | undefined;
}

const BUBBLE = 1;

/** An applied @skip or @include. */
type Condition = Pick<Directive, 'toString'> & { arguments(): { if: boolean | Variable } };

function ifValue(directive: Condition, variables: Record<string, unknown>): boolean {
  const ifArg = directive.arguments().if;
  if (ifArg instanceof Variable) {
    const value = variables[ifArg.name];
    assert(
      value !== undefined && typeof value === 'boolean',
      () => `Unexpected value ${String(value)} for variable ${String(ifArg)} of ${String(directive)}`,
    );
    return value as boolean;
  }
  return ifArg;
}

function isSkipped(selection: Selection, parameters: ShapeParameters): boolean {
  const element = selection.element;
  const skip = element.appliedDirectivesOf(parameters.schema.skipDirective())[0];
  const include = element.appliedDirectivesOf(parameters.schema.includeDirective())[0];
  return Boolean(
    (skip && ifValue(skip, parameters.variables)) || (include && !ifValue(include, parameters.variables)),
  );
}

function pathLastElementDescription(path: (string | number)[], currentType: Type, parentType: CompositeType) {
  const element = path[path.length - 1];
  assert(element !== undefined, 'Should not have been called on an empty path');
  return typeof element === 'string'
    ? `field ${String(parentType)}.${element}`
    : `array element of type ${String(currentType)} at index ${element}`;
}

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * Output objects are plain `{}` (V8 keeps them in fast mode; Object.create(null), the original's
 * choice, makes hash-table objects that cost several times more to fill and to serialise): keys are
 * read with hasOwn, and a `__proto__` alias is defined as an own property, never the prototype.
 */
function set(output: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(output, key, { value, enumerable: true, writable: true, configurable: true });
  else output[key] = value;
}

const entriesBySelectionSet = new WeakMap<SelectionSet, Entry[]>();

/** What the original's isValidLeafValue needs to know of a leaf type, found once per type. */
const enum LeafKind {
  Custom,
  String,
  IntOrId,
  Float,
  Boolean,
  Other,
}
const leafKinds = new WeakMap<ScalarType | EnumType, LeafKind>();

function leafKind(schema: Schema, leaf: ScalarType | EnumType): LeafKind {
  let kind = leafKinds.get(leaf);
  if (kind !== undefined) return kind;
  if (isCustomScalarType(leaf)) kind = LeafKind.Custom;
  else if (leaf === schema.stringType()) kind = LeafKind.String;
  else if (leaf === schema.intType() || leaf === schema.idType()) kind = LeafKind.IntOrId;
  else if (leaf === schema.floatType()) kind = LeafKind.Float;
  else if (leaf === schema.booleanType()) kind = LeafKind.Boolean;
  else kind = LeafKind.Other;
  leafKinds.set(leaf, kind);
  return kind;
}

/**
 * isValidLeafValue(schema, value, leaf), answered without its per-value lookups for the usual
 * cases: a custom scalar takes anything, a String a string, an Int or ID an integer whose
 * String() has no exponent (below 1e21: what the original's /^-?(?:0|[1-9][0-9]*)$/ accepts), a
 * Float a finite number, a Boolean a boolean. Anything else is asked of the original.
 */
function validLeaf(schema: Schema, value: unknown, leaf: ScalarType | EnumType): boolean {
  switch (leafKind(schema, leaf)) {
    case LeafKind.Custom:
      return true;
    case LeafKind.String:
      if (typeof value === 'string') return true;
      break;
    case LeafKind.IntOrId:
      if (typeof value === 'number') return Number.isInteger(value) && Math.abs(value) < 1e21;
      break;
    case LeafKind.Float:
      if (typeof value === 'number') return Number.isFinite(value);
      break;
    case LeafKind.Boolean:
      if (typeof value === 'boolean') return true;
      break;
  }
  return isValidLeafValue(schema, value, leaf);
}

/** The walk over one response; `invalid`/`hasErrors` are the flags of the last updateOutputValue call. */
class Shaper {
  private readonly skipped = new Map<Entry, boolean>();
  private readonly types = new Map<string, NamedType | undefined>();
  invalid = false;
  hasErrors = false;

  constructor(private readonly parameters: ShapeParameters) {}

  /** Read once per selection set: the executor's operations are reused (./apollo-operation-cache.ts). */
  private entriesOf(selectionSet: SelectionSet): Entry[] {
    let entries = entriesBySelectionSet.get(selectionSet);
    if (entries) return entries;
    entries = selectionSet.selections().map((selection): Entry => {
      if (selection.kind === 'FieldSelection') {
        const field = selection.element;
        return {
          selection,
          conditional: field.appliedDirectives.length > 0,
          field: true,
          responseName: field.responseName(),
          introspection: field.definition.isSchemaIntrospectionField(),
          typename: field.name === typenameFieldName,
          type: field.definition.type,
          typeCondition: undefined,
          children: selection.selectionSet,
        };
      }
      return {
        selection,
        conditional: selection.element.appliedDirectives.length > 0,
        field: false,
        responseName: '',
        introspection: false,
        typename: false,
        type: undefined,
        typeCondition: selection.element.typeCondition,
        children: selection.selectionSet,
      };
    });
    entriesBySelectionSet.set(selectionSet, entries);
    return entries;
  }

  private type(name: string): NamedType | undefined {
    if (this.types.has(name)) return this.types.get(name);
    const type = this.parameters.schema.type(name);
    this.types.set(name, type);
    return type;
  }

  private typeConditionApplies(
    typeCondition: CompositeType | undefined,
    typename: string | undefined,
    parentType: CompositeType,
  ): boolean {
    if (!typeCondition) return true;
    if (typename) {
      const type = this.type(typename);
      return !!type && isSubtype(typeCondition, type);
    }
    return isSubtype(typeCondition, parentType);
  }

  applySelectionSet(
    input: Record<string, unknown>,
    selectionSet: SelectionSet,
    output: Record<string, unknown>,
    path: (string | number)[],
    parentType: CompositeType,
  ): number {
    const parameters = this.parameters;
    for (const entry of this.entriesOf(selectionSet)) {
      if (entry.conditional) {
        let skipped = this.skipped.get(entry);
        if (skipped === undefined)
          this.skipped.set(entry, (skipped = isSkipped(entry.selection, parameters)));
        if (skipped) continue;
      }
      if (entry.field) {
        const responseName = entry.responseName;
        const outputValue = hasOwn.call(output, responseName) ? output[responseName] : undefined;
        if (entry.introspection) {
          if (outputValue === undefined)
            set(output, responseName, parameters.introspectionHandling(entry.selection as FieldSelection));
          continue;
        }
        let inputValue = hasOwn.call(input, responseName) ? (input[responseName] ?? null) : null;
        if (entry.typename) {
          if (outputValue === undefined) {
            if (inputValue === null && responseName !== typenameFieldName)
              inputValue = input[typenameFieldName] ?? null;
            const type =
              inputValue !== null && typeof inputValue === 'string'
                ? (this.type(inputValue) ?? parentType)
                : parentType;
            if (!isObjectType(type)) return BUBBLE;
            set(output, responseName, type.name);
          }
          continue;
        }
        path.push(responseName);
        const updated = this.updateOutputValue(
          outputValue,
          entry.type!,
          inputValue,
          entry.children,
          path,
          parentType,
        );
        set(output, responseName, updated);
        path.pop();
        if (this.invalid) return BUBBLE;
      } else {
        const typename = input[typenameFieldName];
        if (typename && typeof typename !== 'string')
          assert(false, () => `Got unexpected value for __typename: ${String(typename)}`);
        if (this.typeConditionApplies(entry.typeCondition, typename as string | undefined, parentType)) {
          const result = this.applySelectionSet(
            input,
            entry.children!,
            output,
            path,
            entry.typeCondition ?? parentType,
          );
          if (result === BUBBLE) return BUBBLE;
        }
      }
    }
    return 0;
  }

  /** The original's updateOutputValue; its { isInvalid, hasErrors } are left in this.invalid / this.hasErrors. */
  updateOutputValue(
    outputValue: unknown,
    type: Type,
    inputValue: unknown,
    selectionSet: SelectionSet | undefined,
    path: (string | number)[],
    parentType: CompositeType,
  ): unknown {
    if (inputValue === undefined) assert(false, 'Should not pass undefined for `inputValue` to this method');
    if (outputValue === null || (outputValue !== undefined && !selectionSet)) {
      this.invalid = this.hasErrors = false;
      return outputValue;
    }
    if (isNonNullType(type)) {
      const updated = this.updateOutputValue(
        outputValue,
        type.ofType,
        inputValue,
        selectionSet,
        path,
        parentType,
      );
      if (updated === null) {
        if (!this.hasErrors)
          this.parameters.errors.push(
            ERRORS.INVALID_GRAPHQL.err(
              `Cannot return null for non-nullable ${pathLastElementDescription(path, type.ofType, parentType)}.`,
              { path: Array.from(path) },
            ),
          );
        this.invalid = this.hasErrors = true;
        return updated;
      }
      this.invalid = this.hasErrors = false;
      return updated;
    }
    if (inputValue === null) {
      this.invalid = this.hasErrors = false;
      return null;
    }
    if (isListType(type)) {
      if (!Array.isArray(inputValue))
        assert(
          false,
          () =>
            `Invalid non-list value ${String(inputValue)} returned by subgraph for list type ${String(type)}`,
        );
      if (outputValue !== undefined && !Array.isArray(outputValue))
        assert(
          false,
          () =>
            `Invalid non-list value ${String(outputValue)} returned by subgraph for list type ${String(type)}`,
        );
      const inputList = inputValue as unknown[];
      // The original pairs the input with a list of undefined when nothing was written yet.
      const outputList = outputValue as unknown[] | undefined;
      if (outputList && inputList.length !== outputList.length)
        assert(
          false,
          () =>
            `[${String(inputList)}].length (${inputList.length}) !== [${String(outputList)}].length (${outputList.length})`,
        );
      let shouldNullify = false;
      let hasErrors = false;
      const updated = new Array<unknown>(inputList.length);
      for (let i = 0; i < inputList.length; i++) {
        path.push(i);
        updated[i] = this.updateOutputValue(
          outputList?.[i],
          type.ofType,
          inputList[i],
          selectionSet,
          path,
          parentType,
        );
        path.pop();
        shouldNullify ||= this.invalid;
        hasErrors ||= this.hasErrors;
      }
      this.invalid = false;
      this.hasErrors = hasErrors;
      return shouldNullify ? null : updated;
    }
    if (isCompositeType(type)) {
      if (!selectionSet)
        assert(false, () => `Invalid empty selection set for composite type ${String(type)}`);
      if (typeof inputValue !== 'object')
        assert(
          false,
          () =>
            `Invalid non-object value ${String(inputValue)} returned by subgraph for composite type ${String(type)}`,
        );
      if (outputValue !== undefined && typeof outputValue !== 'object')
        assert(
          false,
          () =>
            `Invalid non-object value ${String(inputValue)} returned by subgraph for composite type ${String(type)}`,
        );
      const input = inputValue as Record<string, unknown>;
      const inputTypename = input[typenameFieldName];
      if (inputTypename !== undefined && typeof inputTypename !== 'string')
        assert(
          false,
          () => `Invalid non-string value ${String(inputTypename)} for __typename at ${String(path)}`,
        );
      let objectType: CompositeType = type;
      if (inputTypename) {
        const typenameType = this.type(inputTypename as string);
        if (!typenameType || !isCompositeType(typenameType)) {
          this.parameters.errors.push(
            ERRORS.INVALID_GRAPHQL.err(
              `Invalid __typename found for object at ${pathLastElementDescription(path, type, parentType)}.`,
              { path: Array.from(path) },
            ),
          );
          this.invalid = false;
          this.hasErrors = true;
          return null;
        }
        objectType = typenameType;
      }
      const outputObject =
        outputValue === undefined
          ? ({} as Record<string, unknown>)
          : (outputValue as Record<string, unknown>);
      const bubbled = this.applySelectionSet(input, selectionSet!, outputObject, path, objectType) === BUBBLE;
      this.invalid = false;
      this.hasErrors = bubbled;
      return bubbled ? null : outputObject;
    }
    if (outputValue !== undefined)
      assert(false, () => `Excepted output to be undefined but got ${String(type)} for type ${String(type)}`);
    const valid = validLeaf(this.parameters.schema, inputValue, type as ScalarType | EnumType);
    if (!valid)
      this.parameters.errors.push(
        ERRORS.INVALID_GRAPHQL.err(
          `Invalid value found for ${pathLastElementDescription(path, type, parentType)}.`,
          { path: Array.from(path) },
        ),
      );
    this.invalid = false;
    this.hasErrors = !valid;
    return valid ? inputValue : null;
  }
}

export const computeResponse: ComputeResponse = ({ operation, variables, input, introspectionHandling }) => {
  if (!input) return { data: input, errors: [] };
  const schema = operation.schema();
  const parameters: ShapeParameters = {
    schema,
    variables: { __proto__: null, ...operation.collectDefaultedVariableValues(), ...variables },
    errors: [],
    introspectionHandling,
  };
  const data: Record<string, unknown> = {};
  const result = new Shaper(parameters).applySelectionSet(
    input,
    operation.selectionSet,
    data,
    [],
    schema.schemaDefinition.rootType(operation.rootKind)!,
  );
  return { data: result === BUBBLE ? null : data, errors: parameters.errors };
};

const require = createRequire(import.meta.url);
const ORIGINAL = Symbol.for('tessera.apolloComputeResponse');
const resultShaping = require('@apollo/gateway/dist/resultShaping.js') as {
  computeResponse: ComputeResponse;
  [ORIGINAL]?: ComputeResponse;
};
// Kept on the module object: a test runner may load this file again after it was installed.
resultShaping[ORIGINAL] ??= resultShaping.computeResponse;
/** @apollo/gateway's own computeResponse (what the tests compare with). */
export const apolloComputeResponse: ComputeResponse = resultShaping[ORIGINAL];

/**
 * Makes @apollo/gateway's executor (dist/executeQueryPlan.js, which calls the module's
 * `computeResponse` export at each request) shape results with the function above. The gateway
 * is pinned (gateway/package.json) and the tests compare both, so an upgrade that changes the
 * original shows up there.
 */
export function useFastResultShaping(): void {
  resultShaping.computeResponse = computeResponse;
}
