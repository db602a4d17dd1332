import type { Grain } from '../time/dates.ts';
import type { Dialect } from '../types.ts';

export interface DialectRenderer {
  dialect: Dialect;
  ident(name: string): string;
  string(value: string): string;
  date(iso: string): string;
  /** Start of the period as a date; for 'year' the year as a number. */
  period(grain: Grain, expr: string, isTimestamp: boolean): string;
  monthOfYear(expr: string): string;
}

// Words that are risky as bare identifiers in at least one dialect.
const RESERVED = new Set(
  `all and any as asc between both by case cast check column constraint create current date day default delete desc distinct
   drop else end except exists false fetch for foreign from full group having hour in index inner insert interval intersect into is
   join key lateral left like limit minute month natural not null offset on or order outer over partition position primary quarter
   range references right row rows second select session set some table then time timestamp to true union unique update user using
   values week when where window with year`.split(/\s+/),
);

function needsQuoting(name: string): boolean {
  return !/^[a-z_][a-z0-9_]*$/.test(name) || RESERVED.has(name);
}

function doubleQuoted(name: string): string {
  return needsQuoting(name) ? `"${name.replaceAll('"', '""')}"` : name;
}

function backticked(name: string): string {
  return needsQuoting(name) ? `\`${name.replaceAll('`', '``')}\`` : name;
}

const standardString = (value: string): string => `'${value.replaceAll("'", "''")}'`;
// MySQL and ClickHouse also treat backslash as an escape character inside string literals.
const backslashString = (value: string): string =>
  `'${value.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;

const duckdb: DialectRenderer = {
  dialect: 'duckdb',
  ident: doubleQuoted,
  string: standardString,
  date: (iso) => `DATE '${iso}'`,
  period: (grain, expr, isTimestamp) => {
    if (grain === 'year') return `year(${expr})`;
    if (grain === 'day') return isTimestamp ? `CAST(${expr} AS DATE)` : expr;
    return `date_trunc('${grain}', ${expr})`;
  },
  monthOfYear: (expr) => `month(${expr})`,
};

const postgres: DialectRenderer = {
  dialect: 'postgres',
  ident: doubleQuoted,
  string: standardString,
  date: (iso) => `DATE '${iso}'`,
  period: (grain, expr, isTimestamp) => {
    if (grain === 'year') return `CAST(EXTRACT(YEAR FROM ${expr}) AS INTEGER)`;
    if (grain === 'day') return isTimestamp ? `CAST(${expr} AS DATE)` : expr;
    return `CAST(date_trunc('${grain}', ${expr}) AS DATE)`;
  },
  monthOfYear: (expr) => `EXTRACT(MONTH FROM ${expr})`,
};

const mysql: DialectRenderer = {
  dialect: 'mysql',
  ident: backticked,
  string: backslashString,
  date: (iso) => `DATE '${iso}'`,
  period: (grain, expr) => {
    switch (grain) {
      case 'year':
        return `YEAR(${expr})`;
      case 'quarter':
        return `MAKEDATE(YEAR(${expr}), 1) + INTERVAL (QUARTER(${expr}) - 1) QUARTER`;
      case 'month':
        return `CAST(DATE_FORMAT(${expr}, '%Y-%m-01') AS DATE)`;
      case 'week':
        return `DATE_SUB(DATE(${expr}), INTERVAL WEEKDAY(${expr}) DAY)`;
      case 'day':
        return `DATE(${expr})`;
    }
  },
  monthOfYear: (expr) => `MONTH(${expr})`,
};

const clickhouse: DialectRenderer = {
  dialect: 'clickhouse',
  ident: backticked,
  string: backslashString,
  date: (iso) => `toDate('${iso}')`,
  period: (grain, expr) => {
    switch (grain) {
      case 'year':
        return `toYear(${expr})`;
      case 'quarter':
        return `toStartOfQuarter(${expr})`;
      case 'month':
        return `toStartOfMonth(${expr})`;
      case 'week':
        return `toMonday(${expr})`;
      case 'day':
        return `toDate(${expr})`;
    }
  },
  monthOfYear: (expr) => `toMonth(${expr})`,
};

const RENDERERS: Record<Dialect, DialectRenderer> = { duckdb, postgres, mysql, clickhouse };

export function dialectRenderer(dialect: Dialect): DialectRenderer {
  return RENDERERS[dialect];
}
