import { describe, expect, it } from 'vitest';
import { inferModel } from './model.ts';
import type { SourceProfile } from './types.ts';

/** A bike-sharing export in files: stations, rentals, members. */
function bikeShare(): SourceProfile {
  return {
    live: false,
    today: '2026-12-06',
    tables: [
      {
        name: 'stations',
        rowCount: 40,
        columns: [
          { name: 'station_id', type: 'BIGINT', distinctCount: 40 },
          { name: 'city_cd', type: 'VARCHAR', distinctCount: 3, topValues: ['LIS', 'POR', 'FAR'] },
          { name: 'city_nm', type: 'VARCHAR', distinctCount: 3, topValues: ['Lisbon', 'Porto', 'Faro'] },
          { name: 'cntry', type: 'VARCHAR', distinctCount: 1, topValues: ['PT'] },
          { name: 'opened_on', type: 'DATE', min: '2019-04-01', max: '2024-05-30' },
        ],
      },
      {
        name: 'rentals',
        rowCount: 90000,
        columns: [
          { name: 'rentalId', type: 'BIGINT', distinctCount: 90000 },
          { name: 'stationId', type: 'BIGINT', distinctCount: 38 },
          { name: 'memberId', type: 'BIGINT', distinctCount: 4000 },
          { name: 'startedAt', type: 'TIMESTAMP', min: '2024-01-01 00:03:11', max: '2024-06-30 23:58:40' },
          { name: 'durSec', type: 'INTEGER', distinctCount: 600 },
          { name: 'feeEur', type: 'DECIMAL(8,2)' },
          { name: 'city_cd', type: 'VARCHAR', distinctCount: 3, topValues: ['POR', 'LIS', 'FAR'] },
        ],
      },
      {
        name: 'members',
        rowCount: 4100,
        columns: [
          { name: 'memberId', type: 'BIGINT', distinctCount: 4100 },
          { name: 'plan_type', type: 'VARCHAR', topValues: ['FT', 'PT'] },
          { name: 'joined', type: 'VARCHAR', topValues: ['2023-11-02', '2024-07-01'], max: '2024-07-01' },
        ],
      },
    ],
  };
}

describe('inferModel', () => {
  const verified = new Set(['rentals.memberId->members.memberId', 'rentals.stationId->stations.station_id']);

  it('labels tables and columns, and gives each column its role and aggregation, in the order given', () => {
    const model = inferModel(bikeShare(), { contained: verified });
    expect(model.tables.map((table) => table.label)).toEqual(['Stations', 'Rentals', 'Members']);
    const rentals = model.tables[1];
    expect(
      rentals?.columns.map((column) => [column.name, column.label, column.role, column.aggregation]),
    ).toEqual([
      ['rentalId', 'Rental ID', 'IDENTIFIER', null],
      ['stationId', 'Station ID', 'IDENTIFIER', null],
      ['memberId', 'Member ID', 'IDENTIFIER', null],
      ['startedAt', 'Started at', 'TIME', null],
      ['durSec', 'Duration seconds', 'MEASURE', 'sum'],
      ['feeEur', 'Fee EUR', 'MEASURE', 'sum'],
      ['city_cd', 'City code', 'DIMENSION', null],
    ]);
  });

  it('keeps the name-guessed relationships the caller verified, sorted, all inferred', () => {
    expect(inferModel(bikeShare(), { contained: verified }).relationships).toEqual([
      {
        fromTable: 'rentals',
        fromColumn: 'memberId',
        toTable: 'members',
        toColumn: 'memberId',
        inferred: true,
      },
      {
        fromTable: 'rentals',
        fromColumn: 'stationId',
        toTable: 'stations',
        toColumn: 'station_id',
        inferred: true,
      },
    ]);
    expect(inferModel(bikeShare()).relationships).toEqual([]);
  });

  it('labels codes from a name column of the same table, and from a built-in list', () => {
    const model = inferModel(bikeShare(), { contained: verified });
    const [stations, , members] = model.tables;
    expect(stations?.columns[1]?.values).toEqual([
      { value: 'LIS', label: 'Lisbon' },
      { value: 'POR', label: 'Porto' },
      { value: 'FAR', label: 'Faro' },
    ]);
    expect(stations?.columns[3]?.values).toEqual([{ value: 'PT', label: 'Portugal' }]);
    expect(members?.columns[1]?.values).toEqual([
      { value: 'FT', label: 'Full-time' },
      { value: 'PT', label: 'Part-time' },
    ]);
  });

  it('labels codes from the name column of a related table', () => {
    const profile = bikeShare();
    profile.tables.push({
      name: 'cities',
      rowCount: 3,
      columns: [
        { name: 'city_cd', type: 'VARCHAR', distinctCount: 3, rowCount: 3 },
        { name: 'name', type: 'VARCHAR', topValues: ['Porto', 'Lisbon', 'Faro'] },
      ],
    });
    const model = inferModel(profile, { contained: new Set(['rentals.city_cd->cities.city_cd']) });
    expect(model.relationships).toContainEqual({
      fromTable: 'rentals',
      fromColumn: 'city_cd',
      toTable: 'cities',
      toColumn: 'city_cd',
      inferred: true,
    });
    expect(model.tables[1]?.columns[6]?.values).toEqual([
      { value: 'POR', label: 'Porto' },
      { value: 'LIS', label: 'Lisbon' },
      { value: 'FAR', label: 'Faro' },
    ]);
  });

  it('dates a file source by the latest day any TIME column reaches, a live one by today', () => {
    expect(inferModel(bikeShare()).asOf).toBe('2024-07-01');
    expect(inferModel({ ...bikeShare(), live: true }).asOf).toBe('2026-12-06');
    const undated = bikeShare();
    undated.tables = [undated.tables[1]!].map((table) => ({
      ...table,
      columns: table.columns.filter((column) => column.name !== 'startedAt'),
    }));
    expect(inferModel(undated).asOf).toBeNull();
  });

  it('ignores a TIME column reaching past today (due dates, open-ended validity)', () => {
    const profile = bikeShare();
    profile.tables[2]?.columns.push(
      { name: 'valid_to', type: 'DATE', max: '9999-12-31' },
      { name: 'renewal_due', type: 'DATE', max: '2027-02-01' },
    );
    expect(inferModel(profile).asOf).toBe('2024-07-01');
  });

  it('ignores a max that is not a date, and a max on a column that is not TIME', () => {
    const profile: SourceProfile = {
      live: false,
      today: '2026-12-06',
      tables: [
        {
          name: 't',
          columns: [
            { name: 'code', type: 'text', max: '2099-01-01' },
            { name: 'at', type: 'date', max: 'n/a' },
          ],
        },
      ],
    };
    expect(inferModel(profile).asOf).toBeNull();
  });

  it('gives the same model for the same profile', () => {
    expect(JSON.stringify(inferModel(bikeShare(), { contained: verified }))).toBe(
      JSON.stringify(inferModel(bikeShare(), { contained: verified })),
    );
  });
});
