import { describe, expect, it } from 'vitest';
import { inferRole } from './roles.ts';
import type { ColumnProfile, TableProfile } from './types.ts';

function role(column: ColumnProfile, table?: TableProfile) {
  return inferRole(column, table);
}

describe('TIME', () => {
  it.each([
    ['rental_start', 'timestamp with time zone'],
    ['visitDate', 'date'],
    ['EventTime', 'DateTime64(3)'],
    ['EventDay', 'Nullable(Date32)'],
    ['created', 'datetime'],
    ['loaded_at', 'TIMESTAMP'],
  ])('%s (%s) by type', (name, type) => {
    expect(role({ name, type })).toEqual({ role: 'TIME', aggregation: null });
  });

  it('a text column whose values are ISO dates or date-times', () => {
    expect(role({ name: 'order_day', type: 'VARCHAR', topValues: ['2024-01-31', '2024-02-01'] }).role).toBe(
      'TIME',
    );
    expect(
      role({ name: 'seen', type: 'String', topValues: ['2024-01-31T10:15:00Z', '2024-01-31 09:00:00'] }).role,
    ).toBe('TIME');
  });

  it('not text that only looks like dates in part, or impossible dates', () => {
    expect(role({ name: 'batch', type: 'text', topValues: ['2024-01-31', 'pending'] }).role).toBe(
      'DIMENSION',
    );
    expect(role({ name: 'batch', type: 'text', topValues: ['2024-13-45'] }).role).toBe('DIMENSION');
  });
});

describe('IDENTIFIER', () => {
  it.each([
    ['id', 'integer'],
    ['station_id', 'bigint'],
    ['patientId', 'int(11)'],
    ['DeviceID', 'UInt64'],
    ['customer_key', 'INTEGER'],
    ['bike_uuid', 'uuid'],
  ])('%s by name', (name, type) => {
    expect(role({ name, type })).toEqual({ role: 'IDENTIFIER', aggregation: null });
  });

  it('uuid-looking values', () => {
    const topValues = ['3f2b6c1e-8d4a-4c2e-9b1a-0e5f7d9c2a11', '9a0c1d2e-3f4a-4b5c-8d6e-7f8091a2b3c4'];
    expect(role({ name: 'session', type: 'varchar(36)', topValues }).role).toBe('IDENTIFIER');
  });

  it('a unique integer that is not a quantity, and unique numbers named like a number', () => {
    const table: TableProfile = { name: 'tickets', rowCount: 5000, columns: [] };
    expect(role({ name: 'ticket_no', type: 'integer', distinctCount: 5000 }, table).role).toBe('IDENTIFIER');
    expect(role({ name: 'ean', type: 'bigint', distinctCount: 4990 }, table).role).toBe('IDENTIFIER');
    expect(role({ name: 'InvoiceNumber', type: 'String', distinctCount: 5000 }, table).role).toBe(
      'IDENTIFIER',
    );
  });

  it('not a unique quantity, nor uniqueness measured on a handful of rows', () => {
    const table: TableProfile = { name: 'tickets', rowCount: 5000, columns: [] };
    expect(role({ name: 'price_cents', type: 'integer', distinctCount: 5000 }, table).role).toBe('MEASURE');
    expect(role({ name: 'ean', type: 'bigint', distinctCount: 15, rowCount: 15 }).role).toBe('MEASURE');
  });
});

describe('MEASURE', () => {
  it.each([
    ['rental_fee', 'numeric(8,2)', 'sum'],
    ['ride_distance_km', 'double precision', 'sum'],
    ['amt_eur', 'Float64', 'sum'],
    ['qty', 'Int32', 'sum'],
    ['TotalRevenue', 'Decimal(18,2)', 'sum'],
    ['unitPrc', 'decimal(10,2)', 'avg'],
    ['conversion_rate', 'DOUBLE', 'avg'],
    ['discount_pct', 'real', 'avg'],
    ['satisfactionScore', 'tinyint(4)', 'avg'],
    ['patient_age', 'smallint', 'avg'],
    ['temperature_c', 'Float32', 'avg'],
    ['star_rating', 'numeric', 'avg'],
    ['weight_kg', 'float', 'sum'],
  ])('%s (%s) → %s', (name, type, aggregation) => {
    expect(role({ name, type })).toEqual({ role: 'MEASURE', aggregation });
  });
});

describe('DIMENSION', () => {
  it.each([
    ['station_name', 'text'],
    ['Region', 'LowCardinality(String)'],
    ['is_member', 'boolean'],
    ['active', 'tinyint(1)'],
    ['fiscal_yr', 'smallint'],
    ['month_num', 'UInt8'],
    ['status_code', 'integer'],
    ['has_helmet', 'integer'],
    ['zip', 'integer'],
  ])('%s (%s)', (name, type) => {
    expect(role({ name, type })).toEqual({ role: 'DIMENSION', aggregation: null });
  });

  it('an integer of few distinct values that names no quantity', () => {
    expect(role({ name: 'shift', type: 'integer', distinctCount: 3 }).role).toBe('DIMENSION');
    expect(role({ name: 'shift', type: 'integer', distinctCount: 300 }).role).toBe('MEASURE');
    expect(role({ name: 'seats_sold', type: 'integer', distinctCount: 3 }).role).toBe('MEASURE');
  });
});
