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

/**
 * A representation's identity without JSON.stringify (~1 µs each; a heavy query sends hundreds):
 * for a flat object of scalars (keys and `@requires` scalars), each field as
 * `<name>\u0000<tag><value>\u0000`, strings length-prefixed so no value can imitate another
 * field (GraphQL names have no \u0000); any other shape by its JSON text, which starts with `{`
 * or `[` where a field name cannot.
 */
function representationKey(representation: unknown): string {
  if (typeof representation !== 'object' || representation === null || Array.isArray(representation))
    return JSON.stringify(representation);
  const fields = representation as Record<string, unknown>;
  // The usual { __typename, id }: `\u0001<type>\u0000<id>`, a key no other shape makes.
  const typename = fields.__typename;
  const id = fields.id;
  if (typeof typename === 'string' && (typeof id === 'string' || typeof id === 'number')) {
    let count = 0;
    for (const name in fields) if (Object.hasOwn(fields, name)) count++;
    if (count === 2) return `\u0001${typename}\u0000${typeof id === 'number' ? 'n' : 's'}${id}`;
  }
  let key = '';
  for (const name in fields) {
    if (!Object.hasOwn(fields, name)) continue;
    const value = fields[name];
    if (typeof value === 'string') key += `${name}\u0000s${value.length}\u0000${value}\u0000`;
    else if (typeof value === 'number' || typeof value === 'boolean')
      key += `${name}\u0000${typeof value}${value}\u0000`;
    else if (value === null) key += `${name}\u0000null\u0000`;
    else return JSON.stringify(representation);
  }
  return key;
}

/** The distinct representations and where each original one went; null when there is no repeat. */
export function dedupeRepresentations(representations: unknown[]): DedupedRepresentations | null {
  const seen = new Map<string, number>();
  const unique: unknown[] = [];
  const positions = new Array<number>(representations.length);
  for (let i = 0; i < representations.length; i++) {
    const representation = representations[i];
    const key = representationKey(representation);
    let at = seen.get(key);
    if (at === undefined) {
      at = unique.length;
      seen.set(key, at);
      unique.push(representation);
    }
    positions[i] = at;
  }
  return unique.length < representations.length ? { unique, positions } : null;
}

/** A deep copy of a JSON value (what a parsed subgraph answer holds). */
function copyJson(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(copyJson);
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (key === '__proto__')
      Object.defineProperty(copy, key, {
        value: copyJson((value as Record<string, unknown>)[key]),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else copy[key] = copyJson((value as Record<string, unknown>)[key]);
  }
  return copy;
}

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
    if (used[at]) return copyJson(entities[at]);
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
        ...(n === 0 ? error : (copyJson(error) as typeof error)),
        path: ['_entities', i, ...path.slice(2)],
      }));
    });
  }
  return { ...answer, data: { ...answer.data, _entities: expanded }, ...(errors ? { errors } : {}) };
}
