import { describe, expect, it } from 'vitest';
import { ABBREVIATIONS, expandAbbreviation } from './abbreviations.ts';
import { labelFor, splitIdentifier, tableLabelFor } from './labels.ts';

describe('splitIdentifier', () => {
  it.each([
    ['rental_start_ts', ['rental', 'start', 'ts']],
    ['bikeStationId', ['bike', 'station', 'id']],
    ['PatientDOB', ['patient', 'dob']],
    ['HTTPStatusCode', ['http', 'status', 'code']],
    ['visit-room-nr', ['visit', 'room', 'nr']],
    ['address2', ['address', '2']],
    ['q3Revenue', ['q3', 'revenue']],
    ['Total Due (EUR)', ['total', 'due', 'eur']],
    ['préfectureCode', ['préfecture', 'code']],
    ['Straße_nr', ['straße', 'nr']],
    ['', []],
  ])('%s → %j', (identifier, words) => {
    expect(splitIdentifier(identifier)).toEqual(words);
  });
});

describe('labelFor', () => {
  it.each([
    ['unitPrc', 'Unit price'],
    ['rgn_cd', 'Region code'],
    ['custID', 'Customer ID'],
    ['amt_eur', 'Amount EUR'],
    ['EMP_HIRE_DT', 'Employee hire date'],
    ['patientDob', 'Patient date of birth'],
    ['avg_tx_amt_usd', 'Average transaction amount USD'],
    ['landing_page_url', 'Landing page URL'],
    ['sku', 'SKU'],
    ['whse-qty-on-hand', 'Warehouse quantity on hand'],
    ['id', 'ID'],
    ['DépartementNom', 'Département nom'],
  ])('%s → %s', (identifier, label) => {
    expect(labelFor(identifier)).toBe(label);
  });

  it('reads at most the first 256 characters of a pathological name', () => {
    expect(splitIdentifier(`${'A'.repeat(300)}b`)).toEqual(['a'.repeat(256)]);
  });

  it('keeps an identifier with no letters or digits as it is', () => {
    expect(labelFor('__')).toBe('__');
  });
});

describe('tableLabelFor', () => {
  it.each([
    ['bike_station', 'Bike stations'],
    ['dim_cust', 'Customers'],
    ['fact_sales', 'Sales'],
    ['tblPatient', 'Patients'],
    ['inventory', 'Inventory'],
    ['categories', 'Categories'],
    ['address', 'Addresses'],
    ['PayrollEntry', 'Payroll entries'],
  ])('%s → %s', (table, label) => {
    expect(tableLabelFor(table)).toBe(label);
  });
});

describe('abbreviations', () => {
  it('cover the abbreviations real schemas use', () => {
    expect(Object.keys(ABBREVIATIONS).length).toBeGreaterThanOrEqual(120);
    const expected: Record<string, string> = {
      qty: 'quantity',
      amt: 'amount',
      dt: 'date',
      cd: 'code',
      nm: 'name',
      prc: 'price',
      cust: 'customer',
      rgn: 'region',
      addr: 'address',
      acct: 'account',
      bal: 'balance',
      cnt: 'count',
      desc: 'description',
      dept: 'department',
      emp: 'employee',
      hr: 'hour',
      mgr: 'manager',
      num: 'number',
      pct: 'percent',
      qtr: 'quarter',
      yr: 'year',
      mo: 'month',
      wk: 'week',
      dob: 'date of birth',
      src: 'source',
      dst: 'destination',
      tx: 'transaction',
      txn: 'transaction',
      inv: 'invoice',
      ord: 'order',
      prod: 'product',
      cat: 'category',
      uom: 'unit of measure',
      wt: 'weight',
      ht: 'height',
      lat: 'latitude',
      lng: 'longitude',
      lon: 'longitude',
    };
    for (const [abbreviation, expansion] of Object.entries(expected))
      expect(expandAbbreviation(abbreviation)).toBe(expansion);
  });

  it('expand case-insensitively and know nothing of ordinary words or object keys', () => {
    expect(expandAbbreviation('QTY')).toBe('quantity');
    expect(expandAbbreviation('station')).toBeNull();
    expect(expandAbbreviation('constructor')).toBeNull();
    expect(expandAbbreviation('toString')).toBeNull();
  });
});
