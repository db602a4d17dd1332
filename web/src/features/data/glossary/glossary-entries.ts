// Glossary entries as the editor holds them, the checks the queries service applies, and the
// input sent with updateDataSource(glossary) (the whole list each time).
import type { GlossaryEntryInput } from '../../../gql/graphql';

export type GlossaryKind = 'metric' | 'timeGrain';

export interface GlossaryDraft {
  terms: string[];
  definition: string;
  kind: GlossaryKind;
  expression: string;
  filter: string;
  tables: string[];
  timeColumn: string;
}

export const emptyEntry = (): GlossaryDraft => ({
  terms: [],
  definition: '',
  kind: 'metric',
  expression: '',
  filter: '',
  tables: [],
  timeColumn: '',
});

export function draftFromEntry(entry: {
  terms: string[];
  definition: string;
  kind: string;
  expression: string;
  filter?: string | null;
  tables: string[];
  timeColumn?: string | null;
}): GlossaryDraft {
  return {
    terms: [...entry.terms],
    definition: entry.definition,
    kind: entry.kind === 'timeGrain' ? 'timeGrain' : 'metric',
    expression: entry.expression,
    filter: entry.filter ?? '',
    tables: [...entry.tables],
    timeColumn: entry.timeColumn ?? '',
  };
}

export function entryInput(draft: GlossaryDraft): GlossaryEntryInput {
  return {
    terms: draft.terms.map((t) => t.trim()).filter(Boolean),
    definition: draft.definition.trim(),
    kind: draft.kind,
    expression: draft.expression.trim(),
    filter: draft.filter.trim() || null,
    tables: draft.tables,
    timeColumn: draft.timeColumn.trim() || null,
  };
}

export function glossaryErrors(draft: GlossaryDraft, others: GlossaryDraft[]): Record<string, string> {
  const errors: Record<string, string> = {};
  const terms = draft.terms.map((t) => t.trim()).filter(Boolean);
  if (terms.length === 0) errors.terms = 'Give at least one term';
  else if (terms.length > 20) errors.terms = '20 terms at most';
  else if (terms.some((t) => t.length > 80)) errors.terms = 'Terms are 80 characters at most';
  else {
    const taken = new Set(others.flatMap((o) => o.terms.map((t) => t.trim().toLowerCase())));
    const clash = terms.find((t) => taken.has(t.toLowerCase()));
    if (clash) errors.terms = `"${clash}" is already a term of another entry`;
  }
  if (!draft.definition.trim()) errors.definition = 'Definition is required';
  else if (draft.definition.length > 1000) errors.definition = 'Definitions are 1000 characters at most';
  if (!draft.expression.trim())
    errors.expression =
      draft.kind === 'metric'
        ? 'Give the aggregate expression, e.g. SUM(total_amount)'
        : 'Give the time expression';
  else if (draft.expression.length > 2000) errors.expression = 'Expressions are 2000 characters at most';
  if (draft.filter.length > 2000) errors.filter = 'Filters are 2000 characters at most';
  if (draft.tables.length > 20) errors.tables = '20 tables at most';
  if (draft.timeColumn.length > 256) errors.timeColumn = 'Time columns are 256 characters at most';
  return errors;
}

/** Server fields look like `glossary.3.terms`: the entry index and the field. */
export function glossaryErrorFromServer(field: string | null): { index: number; field: string } | null {
  const match = field?.match(/^glossary\.(\d+)\.?(\w*)/);
  return match ? { index: Number(match[1]), field: match[2] || 'terms' } : null;
}
