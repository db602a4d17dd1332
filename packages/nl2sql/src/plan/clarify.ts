import type { Chunk } from '../match.ts';
import type { ColumnInfo, SchemaModel } from '../schema/model.ts';
import { isFiller } from '../schema/vocabulary.ts';
import type { Token } from '../text/tokenize.ts';
import type { Clarification } from '../types.ts';
import { humanize } from './names.ts';

/** Words between an entity and what is said about it ("customers who have churned"). */
const AUXILIARIES = new Set([
  'who',
  'that',
  'which',
  'have',
  'has',
  'had',
  'were',
  'was',
  'are',
  'is',
  'been',
  'did',
  'do',
  'does',
  'got',
  'get',
  'being',
]);
/** Word shapes that describe an entity's state or an event: "churned", "lapsing", "active", "loyal". */
const DESCRIPTIVE = /^[a-z]{3,}(ed|ing|ive|ful|less|able|ible|ent|ant|al|ic)$/;
const MAX_OPTIONS = 6;
/**
 * Verbs of an entity coming into being ("users joined in 2024", "accounts opened since May"): they
 * name its creation date, which the time resolver grounds, not a state that needs defining.
 */
const CREATION_VERBS = new Set([
  'joined',
  'signed',
  'registered',
  'created',
  'started',
  'opened',
  'enrolled',
  'onboarded',
  'subscribed',
  'added',
  'founded',
  'launched',
]);

/**
 * A word nothing grounds that says which rows of an entity are meant: an adjective right before it
 * ("active users") or a state or event verb after it ("customers churned"). Guessing would answer
 * another question, so the engine asks instead.
 */
export function ungroundedTerm(
  tokens: Token[],
  covered: Set<number>,
  chunks: Chunk[],
): { term: string; table: string } | undefined {
  for (const chunk of chunks) {
    const top = chunk.candidates[0]?.concept;
    const table =
      top?.kind === 'table'
        ? top.table
        : top?.kind === 'metric'
          ? chunk.candidates.find((c) => c.concept.kind === 'table')?.concept.kind === 'table'
            ? (chunk.candidates.find((c) => c.concept.kind === 'table')?.concept as { table: string }).table
            : undefined
          : undefined;
    if (!table) continue;
    const before = tokens[chunk.start - 1];
    let k = chunk.end;
    while (tokens[k] && AUXILIARIES.has(tokens[k]?.norm ?? '') && !covered.has(k)) k++;
    const after = tokens[k];
    for (const token of [before, after]) {
      if (
        !token ||
        token.kind !== 'word' ||
        covered.has(token.index) ||
        isFiller(token.norm) ||
        token.norm.length < 4
      )
        continue;
      if (token === after && CREATION_VERBS.has(token.norm)) continue;
      if (DESCRIPTIVE.test(token.norm)) return { term: token.norm, table };
    }
  }
  return undefined;
}

/** A table as people call it: the model's label ("Customers" for `cust`), in running text. */
function tableWords(model: SchemaModel, table: string): string {
  const title = model.tables.get(table)?.title;
  return title ? title.toLowerCase() : humanize(table);
}

/** A column as people call it ("country code" for `ctryCd`). */
function columnWords(column: ColumnInfo): string {
  return column.title ? column.title.toLowerCase() : humanize(column.name);
}

/** What the term might mean, drawn from the model: coded states of the entity and of what it relates to, and the glossary. */
export function clarificationFor(model: SchemaModel, term: string, table: string): Clarification {
  const related = new Set([
    table,
    ...model.edges.filter((e) => e.to === table).map((e) => e.from),
    ...model.edges.filter((e) => e.from === table).map((e) => e.to),
  ]);
  const options: string[] = [];
  const coded = new Map<string, { table: string; column: string; value: string }>();
  const entity = tableWords(model, table);
  const stateLike = (name: string) =>
    /(status|state|stage|type|flag|active|tier|segment|level|lvl|sts)/i.test(name) ? 0 : 1;
  const entries = model.values
    .filter((v) => related.has(v.table) && v.values.length <= 12)
    .sort(
      (a, b) =>
        (a.table === table ? 0 : 1) - (b.table === table ? 0 : 1) ||
        stateLike(a.column) - stateLike(b.column),
    );
  for (const entry of entries) {
    const column = model.tables.get(entry.table)?.columns.find((c) => c.name === entry.column);
    if (!column) continue;
    const labels = new Map((entry.labels ?? []).map((l) => [l.value, l.label]));
    for (const value of entry.values.slice(0, 3)) {
      const shown = labels.get(value) ? `${labels.get(value)} (${value})` : value;
      const option =
        entry.table === table
          ? `${entity} whose ${columnWords(column)} is ${shown}`
          : `${entity} with ${tableWords(model, entry.table)} whose ${columnWords(column)} is ${shown}`;
      options.push(option);
      coded.set(option, { table: entry.table, column: column.name, value });
      if (options.length >= MAX_OPTIONS - 2) break;
    }
    if (options.length >= MAX_OPTIONS - 2) break;
  }

  // An event that stopped: no related rows in a recent period ("churned": no orders in the last 90 days).
  for (const edge of model.edges.filter((e) => e.to === table)) {
    const child = model.tables.get(edge.from);
    const dated = child?.columns.find((c) => c.kind === 'date' || c.kind === 'timestamp');
    if (dated) {
      // an event word ("churned", "lapsed") reads first as activity that stopped
      const option = `${entity} with no ${tableWords(model, edge.from)} in the last 90 days`;
      if (/ed$/.test(term)) options.unshift(option);
      else options.push(option);
      break;
    }
  }
  options.push(`Something else: define "${term}" in the glossary`);
  const shown = [...new Set(options)].slice(0, MAX_OPTIONS);
  return {
    term,
    question: `What does "${term}" mean for ${entity}? Nothing in this source defines it, so I would be guessing.`,
    options: shown,
    readings: shown.map((option) => coded.get(option) ?? null),
  };
}
