import { describe, expect, it } from 'vitest';
import { joinCompatible, typeFamily } from './types-normalize.ts';

describe('typeFamily', () => {
  it.each([
    // PostgreSQL
    ['integer', 'integer'],
    ['bigint', 'integer'],
    ['numeric(12,2)', 'decimal'],
    ['double precision', 'float'],
    ['character varying(80)', 'string'],
    ['text', 'string'],
    ['timestamp with time zone', 'timestamp'],
    ['date', 'date'],
    ['boolean', 'boolean'],
    ['uuid', 'uuid'],
    ['jsonb', 'other'],
    ['time without time zone', 'time'],
    // MySQL / MariaDB
    ['int(11) unsigned', 'integer'],
    ['tinyint(1)', 'boolean'],
    ['tinyint(4)', 'integer'],
    ['decimal(10,2)', 'decimal'],
    ['varchar(255)', 'string'],
    ['datetime', 'timestamp'],
    ['year(4)', 'integer'],
    ["enum('FT','PT')", 'string'],
    ['mediumtext', 'string'],
    // ClickHouse
    ['Nullable(Int32)', 'integer'],
    ['LowCardinality(String)', 'string'],
    ['LowCardinality(Nullable(String))', 'string'],
    ['DateTime64(3)', 'timestamp'],
    ["DateTime('Europe/Paris')", 'timestamp'],
    ['Date32', 'date'],
    ['UInt8', 'integer'],
    ['Float64', 'float'],
    ['Decimal(18, 4)', 'decimal'],
    ['FixedString(2)', 'string'],
    ["Enum8('a' = 1)", 'string'],
    ['UUID', 'uuid'],
    ['Array(String)', 'other'],
    // DuckDB
    ['HUGEINT', 'integer'],
    ['UBIGINT', 'integer'],
    ['DOUBLE', 'float'],
    ['VARCHAR', 'string'],
    ['TIMESTAMP', 'timestamp'],
    ['BOOLEAN', 'boolean'],
    ['DECIMAL(9,3)', 'decimal'],
    ['BLOB', 'other'],
  ])('%s → %s', (type, family) => {
    expect(typeFamily(type)).toBe(family);
  });
});

describe('joinCompatible', () => {
  it('joins numbers with numbers and text with text or uuids, not across', () => {
    expect(joinCompatible('integer', 'decimal')).toBe(true);
    expect(joinCompatible('uuid', 'string')).toBe(true);
    expect(joinCompatible('integer', 'string')).toBe(false);
    expect(joinCompatible('date', 'integer')).toBe(false);
  });
});
