import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoData } from './generate.ts';
import { DEMO_GLOSSARY } from './glossary.ts';
import type { GlossaryEntry } from './glossary.ts';
import { DEMO_SCHEMA_DESCRIPTION } from './schema-description.ts';
import { openMemoryDb, queryValue } from './test-db.ts';

let db: Awaited<ReturnType<typeof openMemoryDb>>;

beforeAll(async () => {
  db = await openMemoryDb();
  await generateDemoData(db.connection, { scale: 0.1 });
});
afterAll(() => db.close());

/** FROM clause joining the entry's tables along the declared foreign keys, starting at its grain table. */
function fromClause(entry: GlossaryEntry): string {
  const [base, ...rest] = entry.tables;
  const joined = [base as string];
  const parts = [base as string];
  for (const table of rest) {
    const link = DEMO_SCHEMA_DESCRIPTION.flatMap((t) =>
      (t.foreignKeys ?? []).map((fk) => ({ from: t.name, fk })),
    ).find(
      ({ from, fk }) =>
        (from === table && joined.includes(fk.references.table)) ||
        (fk.references.table === table && joined.includes(from)),
    );
    if (!link) throw new Error(`no foreign key reaches ${table}`);
    const [column] = link.fk.columns;
    parts.push(
      `JOIN ${table} ON ${link.from}.${column} = ${link.fk.references.table}.${link.fk.references.columns[0]}`,
    );
    joined.push(table);
  }
  return parts.join(' ');
}

const metricValue = async (term: string): Promise<number> => {
  const entry = DEMO_GLOSSARY.find((e) => e.terms.includes(term));
  if (!entry) throw new Error(term);
  return Number(
    await queryValue(
      db.connection,
      `SELECT ${entry.expression} FROM ${fromClause(entry)}${entry.filter ? ` WHERE ${entry.filter}` : ''}`,
    ),
  );
};

describe('DEMO_GLOSSARY', () => {
  it('references only columns of the demo schema, and lists every table it reads', () => {
    for (const entry of DEMO_GLOSSARY) {
      const sql = [entry.expression, entry.filter ?? '', entry.timeColumn ?? ''].join(' ');
      for (const [, table, column] of sql.matchAll(/\b([a-z_]+)\.([a-z_]+)\b/g)) {
        const described = DEMO_SCHEMA_DESCRIPTION.find((t) => t.name === table);
        expect(
          described?.columns.map((c) => c.name),
          `${entry.terms[0]}: ${table}.${column}`,
        ).toContain(column);
        expect(entry.tables).toContain(table);
      }
    }
  });

  it('computes every metric on the generated data', async () => {
    for (const entry of DEMO_GLOSSARY.filter((e) => e.kind === 'metric')) {
      expect(Number.isFinite(await metricValue(entry.terms[0] as string)), entry.terms[0]).toBe(true);
    }
  });

  it('agrees with the definitions in words', async () => {
    const revenue = await metricValue('revenue');
    expect(revenue).toBeCloseTo(
      Number(
        await queryValue(db.connection, "SELECT sum(total_amount) FROM orders WHERE status = 'completed'"),
      ),
      2,
    );
    expect(await metricValue('product revenue')).toBeCloseTo(revenue, -2);
    expect(await metricValue('gross margin')).toBeGreaterThan(0);
    expect(await metricValue('gross margin')).toBeLessThan(revenue);
    expect(await metricValue('refund rate')).toBeCloseTo(0.07, 1);
    expect(await metricValue('orders')).toBe(10_000);
  });
});
