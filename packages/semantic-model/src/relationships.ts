import { expandedWords, singularize, tableWords } from './labels.ts';
import { hasKeyName, inferRole } from './roles.ts';
import type {
  ColumnProfile,
  Relationship,
  RelationshipCandidate,
  SourceProfile,
  TableProfile,
} from './types.ts';
import { joinCompatible, typeFamily } from './types-normalize.ts';
import { codeStem } from './values.ts';

const KEY_WORDS = new Set(['id', 'key', 'uuid', 'guid', 'pk', 'fk', 'sk', 'code', 'number']);
const UNIQUE_SHARE = 0.98;

export function relationshipKey(link: {
  fromTable: string;
  fromColumn: string;
  toTable: string;
  toColumn: string;
}): string {
  return `${link.fromTable}.${link.fromColumn}->${link.toTable}.${link.toColumn}`;
}

export function compareLinks(
  a: Parameters<typeof relationshipKey>[0],
  b: Parameters<typeof relationshipKey>[0],
): number {
  const left = relationshipKey(a);
  const right = relationshipKey(b);
  return left < right ? -1 : left > right ? 1 : 0;
}

function same(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((word, index) => word === b[index]);
}

/** What a reference column points at: `cust_id` → customer, `StoreKey` → store, `city_cd` → city. */
function referencedSubject(column: ColumnProfile): string[] | null {
  if (!hasKeyName(column.name) && codeStem(column.name) === null) return null;
  const words = expandedWords(column.name);
  const subject = words.slice(0, -1);
  if (subject.length === 0 || !KEY_WORDS.has(words[words.length - 1] ?? '')) return null;
  return subject.map((word, index) => (index === subject.length - 1 ? singularize(word) : word));
}

/** A table named after the subject ("customers", "dim_customer", "Customer") or whose name ends with it. */
function namesSubject(words: string[], subject: string[]): boolean {
  if (same(words, subject)) return true;
  const tail = subject.slice(-words.length);
  return words.length > 0 && words.length < subject.length && same(words, tail);
}

/** Distinct values about equal to rows, when both were measured; unknown counts do not disqualify. */
function keyLike(column: ColumnProfile, table: TableProfile): boolean {
  const rows = column.rowCount ?? table.rowCount;
  if (rows === undefined || column.distinctCount === undefined) return true;
  return column.distinctCount >= (rows - (column.nullCount ?? 0)) * UNIQUE_SHARE;
}

/**
 * The column of `target` a reference to it would use: the same name, else a bare `id`/`key` (or
 * `code` for a code), else `<table>_id`.
 */
function targetColumn(target: TableProfile, from: ColumnProfile): ColumnProfile | undefined {
  const fromWords = expandedWords(from.name);
  const ownWords = tableWords(target.name);
  const bareNames = hasKeyName(from.name) ? ['id', 'key'] : [fromWords[fromWords.length - 1] ?? ''];
  const byName = target.columns.find((column) => same(expandedWords(column.name), fromWords));
  const bare = target.columns.find((column) => bareNames.includes(expandedWords(column.name).join(' ')));
  const own = target.columns.find((column) => {
    const words = expandedWords(column.name);
    return hasKeyName(column.name) && same(words.slice(0, -1).map(singularize), ownWords);
  });
  return byName ?? bare ?? own;
}

function looksLikeKey(column: ColumnProfile, table: TableProfile, fromIsCode: boolean): boolean {
  if (!keyLike(column, table)) return false;
  return fromIsCode || inferRole(column, table).role === 'IDENTIFIER';
}

function declaredCandidates(profile: SourceProfile): RelationshipCandidate[] {
  return profile.tables.flatMap((table) =>
    (table.foreignKeys ?? []).flatMap((key) =>
      key.columns.flatMap((column, index) => {
        const toColumn = key.referencedColumns[index];
        return toColumn === undefined
          ? []
          : [
              {
                fromTable: table.name,
                fromColumn: column,
                toTable: key.referencedTable,
                toColumn,
                reason: 'foreignKey' as const,
              },
            ];
      }),
    ),
  );
}

function nameCandidates(profile: SourceProfile): RelationshipCandidate[] {
  const found: RelationshipCandidate[] = [];
  const subjects = new Map(profile.tables.map((table) => [table, tableWords(table.name)]));
  // A table named after a subject ends with the subject's last word: look only at those.
  const byLastWord = new Map<string, TableProfile[]>();
  for (const [table, words] of subjects) {
    const last = words[words.length - 1] ?? '';
    byLastWord.set(last, [...(byLastWord.get(last) ?? []), table]);
  }
  for (const table of profile.tables) {
    for (const column of table.columns) {
      const subject = referencedSubject(column);
      // A table's key named after the table itself (`stores.store_id`) refers to nothing else.
      if (!subject || namesSubject(subjects.get(table) ?? [], subject)) continue;
      const fromIsCode = !hasKeyName(column.name);
      for (const target of byLastWord.get(subject[subject.length - 1] ?? '') ?? []) {
        if (target === table || !namesSubject(subjects.get(target) ?? [], subject)) continue;
        const to = targetColumn(target, column);
        if (
          !to ||
          !joinCompatible(typeFamily(column.type), typeFamily(to.type)) ||
          !looksLikeKey(to, target, fromIsCode)
        )
          continue;
        found.push({
          fromTable: table.name,
          fromColumn: column.name,
          toTable: target.name,
          toColumn: to.name,
          reason: 'name',
        });
      }
    }
  }
  return found;
}

/**
 * Declared foreign keys, then references guessed from names, each once, sorted. The caller checks
 * the `name` ones for value containment (from ⊆ to) on the engine; declared ones need no check.
 */
export function relationshipCandidates(profile: SourceProfile): RelationshipCandidate[] {
  const declared = declaredCandidates(profile).sort(compareLinks);
  const seen = new Set(declared.map(relationshipKey));
  const guessed = nameCandidates(profile)
    .filter((candidate) => !seen.has(relationshipKey(candidate)))
    .sort(compareLinks);
  return [...declared, ...guessed];
}

/** Declared relationships and the guessed ones the caller verified, all `inferred: true`, sorted. */
export function inferRelationships(profile: SourceProfile, contained: ReadonlySet<string>): Relationship[] {
  const kept = relationshipCandidates(profile).filter(
    (candidate) => candidate.reason === 'foreignKey' || contained.has(relationshipKey(candidate)),
  );
  const unique = new Map(kept.map((candidate) => [relationshipKey(candidate), candidate]));
  return [...unique.values()]
    .map(({ fromTable, fromColumn, toTable, toColumn }) => ({
      fromTable,
      fromColumn,
      toTable,
      toColumn,
      inferred: true,
    }))
    .sort(compareLinks);
}
