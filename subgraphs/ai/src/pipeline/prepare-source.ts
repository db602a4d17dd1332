import { createHash } from 'node:crypto';
import {
  createNl2Sql,
  type GlossaryEntry,
  type Nl2SqlEngine,
  type SemanticModel,
  type SourceSchema,
} from '@tessera/nl2sql';
import type { SourceContext } from '../clients/queries-client.ts';
import { inspectSchemaText, isSuspiciousText, type Finding } from '../safety/injection.ts';
import { validateSql } from '../validation/validate-sql.ts';

/** A source made ready for the engines: planted text taken out, in nl2sql's shape, with its built-in engine. */
export interface PreparedSource {
  context: SourceContext;
  schema: SourceSchema;
  builtin: Nl2SqlEngine;
  /** Suspicious names or glossary text found in the source (audited with every request that reads it). */
  findings: Finding[];
}

type ContextGlossaryEntry = SourceContext['glossary'][number];

/** A glossary entry's SQL must be a plain expression over the source's own tables. */
function glossaryProblem(
  entry: ContextGlossaryEntry,
  context: SourceContext,
): { code: string; message: string } | null {
  const expression = entry.expression.replaceAll('{date}', 'CURRENT_DATE');
  const from = entry.tables.length > 0 ? ` FROM ${entry.tables.join(', ')}` : '';
  const where = entry.filter ? ` WHERE ${entry.filter}` : '';
  const result = validateSql(`SELECT ${expression} AS value${from}${where}`, {
    dialect: context.dialect,
    tables: context.tables,
    defaultLimit: 1,
  });
  return result.ok ? null : { code: result.code, message: result.message };
}

function sanitize(context: SourceContext): {
  glossary: ContextGlossaryEntry[];
  values: SourceContext['values'];
  findings: Finding[];
} {
  const findings = inspectSchemaText([
    ...context.tables.map((t) => ({ where: `table "${t.name}"`, text: t.name, name: true })),
    ...context.tables.flatMap((t) =>
      t.columns.map((c) => ({ where: `column "${t.name}.${c.name}"`, text: c.name, name: true })),
    ),
  ]);
  const glossary: ContextGlossaryEntry[] = [];
  for (const entry of context.glossary) {
    const label = `glossary "${entry.terms[0] ?? '?'}"`;
    const text = inspectSchemaText([{ where: label, text: [entry.definition, ...entry.terms].join(' \n ') }]);
    const problem = glossaryProblem(entry, context);
    // A column that does not exist is a stale entry, not an attack; anything else in its SQL is.
    if (problem && problem.code !== 'UNKNOWN_COLUMN')
      findings.push({
        kind: 'SCHEMA_INJECTION',
        reason: `${label}: its SQL is not a plain expression over the source's tables (${problem.message})`,
      });
    findings.push(...text);
    if (text.length === 0 && !problem) glossary.push(entry);
  }
  const values = context.values
    .map((v) => ({
      ...v,
      values: v.values.filter((value) => value.length <= 200 && !isSuspiciousText(value)),
    }))
    .filter((v) => v.values.length > 0);
  return { glossary, values, findings };
}

/** The model without planted text: synonyms, labels and descriptions that read as instructions are dropped. */
function sanitizeModel(model: SemanticModel | null | undefined): SemanticModel | null {
  if (!model) return null;
  const clean = (text: string | null): string | null =>
    text && (text.length > 300 || isSuspiciousText(text)) ? null : text;
  return {
    ...model,
    tables: model.tables.map((t) => ({
      ...t,
      description: clean(t.description),
      columns: t.columns.map((c) => ({
        ...c,
        description: clean(c.description),
        synonyms: c.synonyms.filter((s) => clean(s) !== null),
        values: c.values.filter((v) => clean(v.label) !== null && v.value.length <= 200),
      })),
    })),
  };
}

function toSchema(
  context: SourceContext,
  glossary: ContextGlossaryEntry[],
  values: SourceContext['values'],
): SourceSchema {
  return {
    model: sanitizeModel(context.model),
    dialect: context.dialect,
    tables: context.tables.map((t) => ({
      name: t.name,
      columns: t.columns.map((c) => ({ name: c.name, type: c.type })),
      // The queries service says referencedTable/referencedColumns; nl2sql says references.{table, columns}.
      foreignKeys: t.foreignKeys.map((fk) => ({
        columns: fk.columns,
        references: { table: fk.referencedTable, columns: fk.referencedColumns },
      })),
    })),
    glossary: glossary.map((g): GlossaryEntry => ({
      terms: g.terms,
      definition: g.definition,
      kind: g.kind,
      expression: g.expression,
      tables: g.tables,
      ...(g.filter ? { filter: g.filter } : {}),
      ...(g.timeColumn ? { timeColumn: g.timeColumn } : {}),
    })),
    values,
  };
}

const CACHE_SIZE = 50;
const cache = new Map<string, PreparedSource>();

/** Prepares a source once per distinct description (schema or glossary edits make a new one). */
export function prepareSource(context: SourceContext): PreparedSource {
  const key = createHash('sha256').update(JSON.stringify(context)).digest('hex');
  const hit = cache.get(key);
  if (hit) return hit;
  const { glossary, values, findings } = sanitize(context);
  const schema = toSchema(context, glossary, values);
  const prepared: PreparedSource = {
    context: { ...context, glossary, values },
    schema,
    builtin: createNl2Sql(schema),
    findings,
  };
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(key, prepared);
  return prepared;
}
