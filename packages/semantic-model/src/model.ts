import { labelFor, tableLabelFor, tableWords } from './labels.ts';
import { inferRelationships } from './relationships.ts';
import { inferRole, isTimeColumn } from './roles.ts';
import { columnSynonyms } from './synonyms.ts';
import type {
  ColumnProfile,
  ModelColumn,
  ModelTable,
  Relationship,
  SemanticModel,
  SourceProfile,
  TableProfile,
  ValueLabel,
} from './types.ts';
import { builtInValueLabels, codeStem, looksCoded, nameColumnFor, prefixValueLabels } from './values.ts';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

/**
 * live → today; files → the latest day any TIME column reaches, or null. A column reaching past
 * today (due dates, `9999-12-31` open-ended validity) says nothing about how recent the data is.
 */
function inferAsOf(profile: SourceProfile): string | null {
  if (profile.live) return profile.today;
  let latest: string | null = null;
  for (const table of profile.tables) {
    for (const column of table.columns) {
      const day = column.max?.trim().slice(0, 10);
      if (!day || !ISO_DAY.test(day) || day > profile.today || !isTimeColumn(column)) continue;
      if (latest === null || day > latest) latest = day;
    }
  }
  return latest;
}

function relatedValueLabels(
  column: ColumnProfile,
  table: TableProfile,
  profile: SourceProfile,
  relationships: Relationship[],
): ValueLabel[] {
  for (const link of relationships) {
    if (link.fromTable !== table.name || link.fromColumn !== column.name) continue;
    const target = profile.tables.find((candidate) => candidate.name === link.toTable);
    if (!target) continue;
    const stem = codeStem(link.toColumn) ?? '';
    const names = nameColumnFor(target.columns, stem, tableWords(target.name).join(' '));
    const labels = names ? prefixValueLabels(column.topValues ?? [], names.topValues ?? []) : [];
    if (labels.length > 0) return labels;
  }
  return [];
}

function valueLabels(
  column: ColumnProfile,
  table: TableProfile,
  profile: SourceProfile,
  relationships: Relationship[],
): ValueLabel[] {
  const builtIn = builtInValueLabels(column);
  if (builtIn.length > 0) return builtIn;
  if (!looksCoded(column)) return [];
  const stem = codeStem(column.name);
  if (stem !== null) {
    const names = nameColumnFor(table.columns, stem, tableWords(table.name).join(' '));
    const labels = names ? prefixValueLabels(column.topValues ?? [], names.topValues ?? []) : [];
    if (labels.length > 0) return labels;
  }
  return relatedValueLabels(column, table, profile, relationships);
}

function inferColumn(
  column: ColumnProfile,
  table: TableProfile,
  profile: SourceProfile,
  relationships: Relationship[],
): ModelColumn {
  const { role, aggregation } = inferRole(column, table);
  const label = labelFor(column.name);
  const values =
    role === 'MEASURE' || role === 'TIME' ? [] : valueLabels(column, table, profile, relationships);
  return {
    name: column.name,
    label,
    role,
    aggregation,
    description: null,
    synonyms: columnSynonyms(column.name, label, role),
    values,
  };
}

function inferTable(table: TableProfile, profile: SourceProfile, relationships: Relationship[]): ModelTable {
  return {
    name: table.name,
    label: tableLabelFor(table.name),
    description: null,
    columns: table.columns.map((column) => inferColumn(column, table, profile, relationships)),
  };
}

/**
 * The semantic model of a source from what was measured of it. `contained` holds the keys
 * (`from.col->to.col`) of name-guessed relationships the caller verified on the engine.
 */
export function inferModel(profile: SourceProfile, options: { contained?: Set<string> } = {}): SemanticModel {
  const relationships = inferRelationships(profile, options.contained ?? new Set());
  return {
    asOf: inferAsOf(profile),
    tables: profile.tables.map((table) => inferTable(table, profile, relationships)),
    relationships,
  };
}
