import { expandAbbreviation, inferModel, splitIdentifier, synonymsFor } from '@tessera/semantic-model';
import type { SemanticModel, SourceProfile } from '@tessera/semantic-model';
import { nameStems } from '../text/tokenize.ts';
import type { SourceSchema } from '../types.ts';

/**
 * The source's semantic model as the engine reads it: the stored one when the source carries it,
 * else one inferred on the spot from what the schema says (names, types, keys, sampled values).
 */
export function semanticModelFor(schema: SourceSchema): SemanticModel {
  if (schema.model) return schema.model;
  const values = new Map((schema.values ?? []).map((v) => [`${v.table}.${v.column}`, v.values]));
  const profile: SourceProfile = {
    live: true,
    today: new Date().toISOString().slice(0, 10),
    tables: schema.tables.map((t) => ({
      name: t.name,
      columns: t.columns.map((c) => {
        const sample = values.get(`${t.name}.${c.name}`);
        return {
          name: c.name,
          type: c.type,
          ...(sample ? { topValues: sample.slice(0, 50), distinctCount: sample.length } : {}),
        };
      }),
      foreignKeys: (t.foreignKeys ?? []).map((fk) => ({
        columns: fk.columns,
        referencedTable: fk.references.table,
        referencedColumns: fk.references.columns,
      })),
    })),
  };
  const model = inferModel(profile);
  // A live source's "today" is the day of the question, not of the inference.
  return { ...model, asOf: null };
}

/** Stems of an identifier with abbreviations spelled out: `enr_dt` → enrollment, dat; `unitPrc` → unit, price. */
export function expandedStems(identifier: string): string[] {
  return splitIdentifier(identifier).flatMap((word) => nameStems(expandAbbreviation(word) ?? word));
}

/** Stems of general-English synonyms of a phrase (client for customer, purchase for order). */
export function synonymStems(phrase: string): string[][] {
  return synonymsFor(phrase)
    .map((s) => nameStems(s))
    .filter((words) => words.length > 0 && words.length <= 3);
}
