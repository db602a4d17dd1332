import { describe, expect, it } from 'vitest';
import { relationshipCandidates, relationshipKey } from './relationships.ts';
import type { SourceProfile, TableProfile } from './types.ts';

function source(...tables: TableProfile[]): SourceProfile {
  return { live: true, today: '2026-01-15', tables };
}

function links(profile: SourceProfile): string[] {
  return relationshipCandidates(profile).map(
    (candidate) => `${relationshipKey(candidate)} (${candidate.reason})`,
  );
}

describe('relationshipCandidates', () => {
  it('snake_case: `rentals.station_id` → `stations.station_id`, `rentals.bike_id` → `bike.id`', () => {
    const profile = source(
      {
        name: 'rentals',
        columns: [
          { name: 'rental_id', type: 'bigint' },
          { name: 'station_id', type: 'integer' },
          { name: 'bike_id', type: 'integer' },
        ],
      },
      {
        name: 'stations',
        columns: [
          { name: 'station_id', type: 'integer' },
          { name: 'station_name', type: 'text' },
        ],
      },
      {
        name: 'bike',
        columns: [
          { name: 'id', type: 'bigint' },
          { name: 'model', type: 'text' },
        ],
      },
    );
    expect(links(profile)).toEqual([
      'rentals.bike_id->bike.id (name)',
      'rentals.station_id->stations.station_id (name)',
    ]);
  });

  it('camelCase and abbreviations: `claims.cust_id` → `customer.id`, `custId` → `customers.custID`; no guess from an unknown abbreviation (`patId`)', () => {
    const profile = source(
      {
        name: 'visits',
        columns: [
          { name: 'visitId', type: 'int(11)' },
          { name: 'patId', type: 'int(11)' },
        ],
      },
      { name: 'Patients', columns: [{ name: 'patientID', type: 'int(11)' }] },
      { name: 'claims', columns: [{ name: 'cust_id', type: 'Int64' }] },
      { name: 'customer', columns: [{ name: 'id', type: 'UInt64' }] },
    );
    expect(links(profile)).toEqual(['claims.cust_id->customer.id (name)']);
    const expanded = source(
      { name: 'visits', columns: [{ name: 'custId', type: 'int(11)' }] },
      { name: 'customers', columns: [{ name: 'custID', type: 'int(11)' }] },
    );
    expect(links(expanded)).toEqual(['visits.custId->customers.custID (name)']);
  });

  it('singular or plural targets keyed by `id` or by the same name', () => {
    const profile = source(
      {
        name: 'sales',
        columns: [
          { name: 'store_id', type: 'integer' },
          { name: 'customer_id', type: 'integer' },
        ],
      },
      { name: 'stores', columns: [{ name: 'id', type: 'integer' }] },
      { name: 'customer', columns: [{ name: 'customer_id', type: 'bigint' }] },
    );
    expect(links(profile)).toEqual([
      'sales.customer_id->customer.customer_id (name)',
      'sales.store_id->stores.id (name)',
    ]);
  });

  it('PascalCase warehouse tables: `FactSales.ProductKey` → `DimProduct.ProductKey`', () => {
    const profile = source(
      {
        name: 'FactSales',
        columns: [
          { name: 'ProductKey', type: 'INTEGER' },
          { name: 'SalesAmount', type: 'DECIMAL(18,2)' },
        ],
      },
      {
        name: 'DimProduct',
        columns: [
          { name: 'ProductKey', type: 'INTEGER' },
          { name: 'EnglishProductName', type: 'VARCHAR' },
        ],
      },
    );
    expect(links(profile)).toEqual(['FactSales.ProductKey->DimProduct.ProductKey (name)']);
  });

  it('code columns to a table keyed by that code: `flights.airport_cd` → `airports.airport_cd`', () => {
    const profile = source(
      { name: 'flights', columns: [{ name: 'airport_cd', type: 'char(3)' }] },
      {
        name: 'airports',
        rowCount: 100,
        columns: [
          { name: 'airport_cd', type: 'char(3)', distinctCount: 100 },
          { name: 'airport_nm', type: 'text' },
        ],
      },
    );
    expect(links(profile)).toEqual(['flights.airport_cd->airports.airport_cd (name)']);
    const bare = source(
      { name: 'shipments', columns: [{ name: 'countryCode', type: 'char(2)' }] },
      {
        name: 'countries',
        columns: [
          { name: 'code', type: 'char(2)' },
          { name: 'name', type: 'text' },
        ],
      },
    );
    expect(links(bare)).toEqual(['shipments.countryCode->countries.code (name)']);
  });

  it('declared foreign keys first (composite ones column by column), not repeated as name guesses', () => {
    const profile = source(
      {
        name: 'order_lines',
        columns: [
          { name: 'order_id', type: 'integer' },
          { name: 'line_no', type: 'integer' },
          { name: 'product_id', type: 'integer' },
        ],
        foreignKeys: [{ columns: ['order_id'], referencedTable: 'orders', referencedColumns: ['id'] }],
      },
      { name: 'orders', columns: [{ name: 'id', type: 'integer' }] },
      { name: 'products', columns: [{ name: 'id', type: 'integer' }] },
      {
        name: 'shipments',
        columns: [
          { name: 'order_ref', type: 'integer' },
          { name: 'line_ref', type: 'integer' },
        ],
        foreignKeys: [
          {
            columns: ['order_ref', 'line_ref'],
            referencedTable: 'order_lines',
            referencedColumns: ['order_id', 'line_no'],
          },
        ],
      },
    );
    expect(links(profile)).toEqual([
      'order_lines.order_id->orders.id (foreignKey)',
      'shipments.line_ref->order_lines.line_no (foreignKey)',
      'shipments.order_ref->order_lines.order_id (foreignKey)',
      'order_lines.product_id->products.id (name)',
    ]);
  });

  it("no guess across incompatible types, to a column that is not a key, or from a table's own key", () => {
    const profile = source(
      {
        name: 'events',
        rowCount: 1000,
        columns: [
          { name: 'device_id', type: 'String' },
          { name: 'user_id', type: 'UInt32' },
          { name: 'event_id', type: 'UUID' },
        ],
      },
      { name: 'devices', columns: [{ name: 'device_id', type: 'UInt64' }] },
      { name: 'users', rowCount: 1000, columns: [{ name: 'user_id', type: 'UInt32', distinctCount: 40 }] },
      { name: 'event', columns: [{ name: 'event_id', type: 'UUID' }] },
    );
    expect(links(profile)).toEqual([]);
    const self = source({
      name: 'employees',
      columns: [
        { name: 'employee_id', type: 'integer' },
        { name: 'name', type: 'text' },
      ],
    });
    expect(links(self)).toEqual([]);
  });
});
