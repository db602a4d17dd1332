import { describe, expect, it } from 'vitest';
import { introspectionSql, statementSettings } from './clickhouse.ts';

describe('ClickHouse engine', () => {
  it('orders columns by system.columns.position only where the server has it (not 18.16: T9)', () => {
    expect(introspectionSql(true)).toMatch(/ORDER BY table, position$/);
    expect(introspectionSql(false)).not.toMatch(/position/);
  });

  it('runs every statement with readonly=1, so a SETTINGS clause cannot raise the limits', () => {
    expect(statementSettings(2_500, 101)).toMatchObject({
      readonly: '1',
      max_execution_time: 3,
      max_result_rows: '101',
      result_overflow_mode: 'break',
      timeout_overflow_mode: 'throw',
    });
  });
});
