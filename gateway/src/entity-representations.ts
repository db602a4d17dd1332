/**
 * @apollo/gateway sends one representation per entity occurrence: a canvas's 60 comments by one
 * author make an `_entities` fetch of 60 identical `{ __typename: "User", id }` representations,
 * which the subgraph resolves and serialises 60 times. The data source sends each distinct
 * representation once (as Apollo Router does) and rebuilds the answer the gateway expects: one
 * `_entities` entry per original representation (a copy for each repeat) and each error at an
 * `_entities.<i>` path repeated at every occurrence of that representation.
 */
export interface DedupedRepresentations {
  /** The distinct representations, in order of first occurrence: what the subgraph is sent. */
  unique: unknown[];
  /** For each original representation, its index in `unique`. */
  positions: number[];
}

/**
 * An entity fetch as the query planner prints it: `query <name>($representations:[_Any!]!…){_entities(
 * representations:$representations){…}}` (its document is not handed to data sources). Any other
 * text (another shape, a mutation) is sent as it is.
 */
const ENTITIES_FETCH =
  /^query(?:\s+\w+)?\s*(?:\([^()]*\))?\s*\{\s*_entities\s*\(\s*representations\s*:\s*\$representations\s*\)/;
export function isEntitiesFetch(query: string): boolean {
  return ENTITIES_FETCH.test(query);
}

/** Distinct flat representations: field name, then value, then the next field's name…; END holds the index. */
type Trie = Map<unknown, unknown>;
const END = Symbol('end');

/**
 * The trie node of a flat representation (an object of scalars: keys and `@requires` scalars),
 * walked field by field without building a key (JSON.stringify or a concatenated string, then its
 * hash, cost several times more; a heavy query sends hundreds). Null for any other shape. Map keys
 * tell apart `1` and `"1"`, `true` and `"true"`, `null` and `"null"`, and field order counts, as in
 * the representation's JSON text.
 */
function flatNode(root: Trie, representation: unknown): Trie | null {
  if (typeof representation !== 'object' || representation === null || Array.isArray(representation))
    return null;
  const fields = representation as Record<string, unknown>;
  let node = root;
  for (const name in fields) {
    if (!Object.hasOwn(fields, name)) continue;
    const value = fields[name];
    if (
      value !== null &&
      typeof value !== 'string' &&
      typeof value !== 'number' &&
      typeof value !== 'boolean'
    )
      return null;
    let values = node.get(name) as Trie | undefined;
    if (!values) node.set(name, (values = new Map()));
    let next = values.get(value) as Trie | undefined;
    if (!next) values.set(value, (next = new Map()));
    node = next;
  }
  return node;
}

/** The distinct representations and where each original one went; null when there is no repeat. */
export function dedupeRepresentations(representations: unknown[]): DedupedRepresentations | null {
  const flat: Trie = new Map();
  // Other shapes (nested keys, lists) by their JSON text.
  let byJson: Map<string, number> | undefined;
  const unique: unknown[] = [];
  const positions = new Array<number>(representations.length);
  for (let i = 0; i < representations.length; i++) {
    const representation = representations[i];
    const node = flatNode(flat, representation);
    let at: number | undefined;
    if (node) {
      at = node.get(END) as number | undefined;
      if (at === undefined) node.set(END, (at = unique.length));
    } else {
      const key = JSON.stringify(representation);
      at = (byJson ??= new Map()).get(key);
      if (at === undefined) byJson.set(key, (at = unique.length));
    }
    if (at === unique.length) unique.push(representation);
    positions[i] = at;
  }
  return unique.length < representations.length ? { unique, positions } : null;
}

const hasOwn = Object.prototype.hasOwnProperty;

/** A deep copy of a JSON object or list (what a parsed subgraph answer holds); leaves are not called for. */
function copyJson(value: object): unknown {
  if (Array.isArray(value)) {
    const copy = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      copy[i] = item !== null && typeof item === 'object' ? copyJson(item) : item;
    }
    return copy;
  }
  const source = value as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const key in source) {
    if (!hasOwn.call(source, key)) continue;
    const field = source[key];
    const copied = field !== null && typeof field === 'object' ? copyJson(field) : field;
    if (key === '__proto__')
      Object.defineProperty(copy, key, {
        value: copied,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else copy[key] = copied;
  }
  return copy;
}

/** A copy of one `_entities` entry (null or any JSON value). */
const copyEntity = (entity: unknown) =>
  entity !== null && typeof entity === 'object' ? copyJson(entity) : entity;

interface SubgraphAnswer {
  data?: { _entities?: unknown } | null;
  errors?: { path?: readonly (string | number)[] }[];
}

/**
 * The subgraph's answer to the distinct representations, as if it had been sent all of them:
 * `_entities` back to one entry per original representation, entity errors at each occurrence.
 * An answer of an unexpected shape (no `_entities` list of the distinct length) is returned as it
 * came, and the gateway reports it as it would have.
 */
export function expandEntitiesAnswer<T extends SubgraphAnswer>(
  answer: T,
  deduped: DedupedRepresentations,
): T {
  const { unique, positions } = deduped;
  const entities = answer.data?._entities;
  if (!Array.isArray(entities) || entities.length !== unique.length) return answer;
  const used = new Array<boolean>(unique.length).fill(false);
  const expanded = positions.map((at) => {
    if (used[at]) return copyEntity(entities[at]);
    used[at] = true;
    return entities[at];
  });
  let errors = answer.errors;
  if (errors?.some((error) => error.path?.[0] === '_entities' && typeof error.path[1] === 'number')) {
    const occurrences: number[][] = unique.map(() => []);
    positions.forEach((at, i) => occurrences[at]!.push(i));
    errors = errors.flatMap((error) => {
      const path = error.path;
      if (path?.[0] !== '_entities' || typeof path[1] !== 'number') return [error];
      const at = occurrences[path[1]];
      if (!at) return [error];
      return at.map((i, n) => ({
        ...(n === 0 ? error : (copyEntity(error) as typeof error)),
        path: ['_entities', i, ...path.slice(2)],
      }));
    });
  }
  return { ...answer, data: { ...answer.data, _entities: expanded }, ...(errors ? { errors } : {}) };
}
