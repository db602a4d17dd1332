import type { Token } from '@tessera/sql-lexer';
import {
  FROM_ARGUMENT_FUNCTIONS,
  FROM_CLAUSE_ENDS,
  OPERAND_END_WORDS,
  SQL_WORDS,
  TABLE_PREFIX_WORDS,
} from './keywords.ts';

export interface NamePart {
  name: string;
  quoted: boolean;
}

/** A relation named in a FROM/JOIN/TABLE position that is not a CTE of the statement. */
export interface TableReference {
  parts: NamePart[];
  position: number;
}

export interface ColumnReference {
  /** Qualifier parts (alias, table or schema.table); empty for a bare column. */
  qualifier: NamePart[];
  /** null for `qualifier.*`. */
  column: NamePart | null;
  position: number;
}

export interface References {
  tables: TableReference[];
  /** Alias (lower case) → the table it names; aliases of subqueries and CTEs map to null. */
  tableAliases: Map<string, TableReference | null>;
  /** Column aliases, CTE names and CTE/derived column lists (lower case). */
  definedNames: Set<string>;
  columns: ColumnReference[];
  /** Table functions (`FROM read_csv(…)`) and string table references (`FROM 'file.csv'`). */
  tableFunctions: { name: string; position: number }[];
}

interface Frame {
  inFrom: boolean;
  fromOpensTables: boolean;
  ctes: Set<string>;
}

const upper = (t: Token | undefined): string => (t?.kind === 'word' ? t.text.toUpperCase() : '');
const isPunct = (t: Token | undefined, text: string): boolean => t?.kind === 'punct' && t.text === text;
const isName = (t: Token | undefined): boolean => t?.kind === 'word' || t?.kind === 'quoted';
const isKeyword = (t: Token | undefined): boolean => t?.kind === 'word' && SQL_WORDS.has(upper(t));
const part = (t: Token): NamePart => ({ name: t.value, quoted: t.kind === 'quoted' });
export const lower = (p: NamePart): string => p.name.toLowerCase();

/**
 * Finds what a single SELECT (its significant `@tessera/sql-lexer` tokens, as sql-guard splits
 * them) reads: tables in FROM / JOIN / `TABLE x` positions (CTE references excluded, with their
 * scope), table functions, and column references, bare or qualified. Positions the reader cannot
 * classify fall through to the column check, so an unexpected construct is refused rather than let
 * through.
 */
export function collectReferences(tokens: readonly Token[]): References {
  const refs: References = {
    tables: [],
    tableAliases: new Map(),
    definedNames: new Set(),
    columns: [],
    tableFunctions: [],
  };
  const frames: Frame[] = [{ inFrom: false, fromOpensTables: true, ctes: new Set() }];
  const top = (): Frame => frames[frames.length - 1] as Frame;
  const consumed = new Set<number>();

  const isCte = (name: string): boolean => frames.some((f) => f.ctes.has(name));

  /** name(.name)* from i: the parts, the index after them, and whether `.*` follows. */
  function readChain(i: number): { parts: NamePart[]; end: number; star: boolean } {
    const parts = [part(tokens[i] as Token)];
    let j = i + 1;
    while (isPunct(tokens[j], '.') && isName(tokens[j + 1])) {
      parts.push(part(tokens[j + 1] as Token));
      j += 2;
    }
    const star = isPunct(tokens[j], '.') && tokens[j + 1]?.text === '*';
    return { parts, end: star ? j + 2 : j, star };
  }

  /** Names inside the parentheses opening at `open` become defined names: `x(a, b)`. */
  function defineList(open: number): number {
    let j = open + 1;
    while (j < tokens.length && !isPunct(tokens[j], ')')) {
      const t = tokens[j] as Token;
      if (isName(t)) {
        refs.definedNames.add(t.value.toLowerCase());
        consumed.add(j);
      }
      j += 1;
    }
    return j;
  }

  /** WITH [RECURSIVE] name [(cols)] AS [NOT] [MATERIALIZED] ( … ) [, …]: the names are in scope in this frame. */
  function readCtes(withAt: number): void {
    let j = withAt + 1;
    if (upper(tokens[j]) === 'RECURSIVE') j += 1;
    for (;;) {
      const name = tokens[j];
      if (!name || !isName(name)) return;
      top().ctes.add(name.value.toLowerCase());
      refs.definedNames.add(name.value.toLowerCase());
      consumed.add(j);
      j += 1;
      if (isPunct(tokens[j], '(')) j = defineList(j) + 1;
      if (upper(tokens[j]) !== 'AS') return;
      j += 1;
      while (upper(tokens[j]) === 'NOT' || upper(tokens[j]) === 'MATERIALIZED') j += 1;
      if (!isPunct(tokens[j], '(')) return;
      let depth = 0;
      do {
        if (isPunct(tokens[j], '(')) depth += 1;
        if (isPunct(tokens[j], ')')) depth -= 1;
        j += 1;
      } while (j < tokens.length && depth > 0);
      if (!isPunct(tokens[j], ',')) return;
      j += 1;
    }
  }

  function readTable(i: number): void {
    const t = tokens[i] as Token;
    if (t.kind === 'string') {
      refs.tableFunctions.push({ name: t.text, position: t.start });
      return;
    }
    if (!isName(t)) return;
    const chain = readChain(i);
    for (let k = i; k < chain.end; k++) consumed.add(k);
    const name = chain.parts.map((p) => p.name).join('.');
    if (isPunct(tokens[chain.end], '(')) {
      refs.tableFunctions.push({ name, position: t.start });
      return;
    }
    const cte = chain.parts.length === 1 && isCte(lower(chain.parts[0] as NamePart));
    const reference: TableReference = { parts: chain.parts, position: t.start };
    if (!cte) refs.tables.push(reference);
    let j = chain.end;
    const explicit = upper(tokens[j]) === 'AS';
    if (explicit) j += 1;
    const alias = tokens[j];
    const aliasTarget = cte ? null : reference;
    if (alias && isName(alias) && (explicit || !isKeyword(alias))) {
      consumed.add(j);
      const renamed = isPunct(tokens[j + 1], '(');
      // x(a, b) renames the columns: they are checked as defined names, not as the table's.
      refs.tableAliases.set(alias.value.toLowerCase(), renamed ? null : aliasTarget);
      if (renamed) defineList(j + 1);
    } else {
      refs.tableAliases.set(lower(chain.parts.at(-1) as NamePart), aliasTarget);
    }
  }

  function isTablePosition(i: number): boolean {
    const prev = tokens[i - 1];
    const word = upper(prev);
    return (
      top().inFrom &&
      (word === 'FROM' ||
        word === 'JOIN' ||
        TABLE_PREFIX_WORDS.has(word) ||
        isPunct(prev, ',') ||
        isPunct(prev, '('))
    );
  }

  /** Two operands in a row mean the second is an alias: `count(*) n`, `o.total amount_total`. */
  function endsOperand(t: Token | undefined): boolean {
    if (!t) return false;
    if (isPunct(t, ')') || isPunct(t, ']')) return true;
    if (t.kind === 'number' || t.kind === 'string' || t.kind === 'quoted') return true;
    if (t.kind === 'word') return !isKeyword(t) || OPERAND_END_WORDS.has(upper(t));
    return false;
  }

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1];
    if (isPunct(t, '(') || isPunct(t, '[')) {
      frames.push({
        inFrom: isPunct(t, '(') && isTablePosition(i),
        fromOpensTables: !FROM_ARGUMENT_FUNCTIONS.has(upper(prev)),
        ctes: new Set(),
      });
      continue;
    }
    if (isPunct(t, ')') || isPunct(t, ']')) {
      if (frames.length > 1) frames.pop();
      continue;
    }
    if (consumed.has(i)) continue;
    const word = upper(t);
    if (word === 'WITH') {
      readCtes(i);
      continue;
    }
    if ((word === 'FROM' && top().fromOpensTables) || word === 'JOIN') {
      top().inFrom = true;
      continue;
    }
    if (FROM_CLAUSE_ENDS.has(word) || word === 'VALUES') {
      top().inFrom = false;
      continue;
    }
    if (TABLE_PREFIX_WORDS.has(word) && top().inFrom) continue;
    if (word === 'TABLE' && isName(tokens[i + 1])) {
      readTable(i + 1);
      continue;
    }
    if (isTablePosition(i) && (isName(t) || t.kind === 'string')) {
      readTable(i);
      continue;
    }
    if (!isName(t)) continue;

    const chain = readChain(i);
    for (let k = i; k < chain.end; k++) consumed.add(k);
    if (isPunct(tokens[chain.end], '(')) continue; // a function call
    const afterCast = tokens[i - 1]?.text === ':' && tokens[i - 2]?.text === ':';
    if (afterCast) continue;
    if (chain.parts.length === 1 && !chain.star) {
      if (upper(prev) === 'AS' || (endsOperand(prev) && !isKeyword(t))) {
        refs.definedNames.add(t.value.toLowerCase());
        if (!refs.tableAliases.has(t.value.toLowerCase())) refs.tableAliases.set(t.value.toLowerCase(), null);
        continue;
      }
      if (isKeyword(t)) continue;
    }
    const parts = chain.parts;
    refs.columns.push(
      chain.star
        ? { qualifier: parts, column: null, position: t.start }
        : { qualifier: parts.slice(0, -1), column: parts.at(-1) as NamePart, position: t.start },
    );
  }
  return refs;
}
