import { describe, expect, it } from 'vitest';
import { builtInValueLabels, prefixValueLabels } from './values.ts';

describe('builtInValueLabels', () => {
  it('labels yes/no, sex and employment codes', () => {
    expect(builtInValueLabels({ name: 'is_member', type: 'char(1)', topValues: ['Y', 'N'] })).toEqual([
      { value: 'Y', label: 'Yes' },
      { value: 'N', label: 'No' },
    ]);
    expect(builtInValueLabels({ name: 'patientSex', type: 'varchar', topValues: ['F', 'M'] })).toEqual([
      { value: 'F', label: 'Female' },
      { value: 'M', label: 'Male' },
    ]);
    expect(
      builtInValueLabels({ name: 'contract', type: 'String', topValues: ['FT', 'PT'] }).map((v) => v.label),
    ).toEqual(['Full-time', 'Part-time']);
  });

  it('labels ISO country codes, alpha-2 and alpha-3, and US states', () => {
    expect(
      builtInValueLabels({ name: 'home_cntry', type: 'text', topValues: ['FR', 'JP', 'BR'] }).map(
        (v) => v.label,
      ),
    ).toEqual(['France', 'Japan', 'Brazil']);
    expect(
      builtInValueLabels({ name: 'nation', type: 'text', topValues: ['DEU', 'ITA'] }).map((v) => v.label),
    ).toEqual(['Germany', 'Italy']);
    expect(
      builtInValueLabels({ name: 'st', type: 'text', topValues: ['TX', 'OH'] }).map((v) => v.label),
    ).toEqual(['Texas', 'Ohio']);
  });

  it('lets the column name decide between lists that both fit, and seeds nothing when it cannot', () => {
    const codes = ['CA', 'DE', 'IN'];
    expect(
      builtInValueLabels({ name: 'state_cd', type: 'text', topValues: codes }).map((v) => v.label),
    ).toEqual(['California', 'Delaware', 'Indiana']);
    expect(
      builtInValueLabels({ name: 'country_cd', type: 'text', topValues: codes }).map((v) => v.label),
    ).toEqual(['Canada', 'Germany', 'India']);
    expect(builtInValueLabels({ name: 'region', type: 'text', topValues: codes })).toEqual([]);
  });

  it('seeds nothing when a value is outside the list, for free text, or for a lone ambiguous letter', () => {
    expect(builtInValueLabels({ name: 'answer', type: 'text', topValues: ['Y', 'N', 'maybe'] })).toEqual([]);
    expect(builtInValueLabels({ name: 'note', type: 'text', topValues: ['Yes please', 'No'] })).toEqual([]);
    expect(builtInValueLabels({ name: 'grade', type: 'text', topValues: ['F'] })).toEqual([]);
    expect(builtInValueLabels({ name: 'grade', type: 'text' })).toEqual([]);
  });
});

describe('prefixValueLabels', () => {
  it('pairs codes with the names they begin or abbreviate', () => {
    expect(prefixValueLabels(['PAR', 'LON', 'NY'], ['London', 'Paris', 'New York'])).toEqual([
      { value: 'PAR', label: 'Paris' },
      { value: 'LON', label: 'London' },
      { value: 'NY', label: 'New York' },
    ]);
  });

  it('skips a code that fits two names, and a name two codes claim', () => {
    expect(prefixValueLabels(['PAR', 'LON', 'BER'], ['Paris', 'Parma', 'London', 'Berlin'])).toEqual([
      { value: 'LON', label: 'London' },
      { value: 'BER', label: 'Berlin' },
    ]);
    expect(
      prefixValueLabels(['MA', 'MAD', 'LI', 'RO', 'BE'], ['Madrid', 'Lisbon', 'Rome', 'Berlin']).map(
        (v) => v.value,
      ),
    ).toEqual(['LI', 'RO', 'BE']);
  });

  it('seeds nothing when most codes find no name', () => {
    expect(prefixValueLabels(['PAR', 'XQ1', 'ZZ9'], ['Paris', 'Rome'])).toEqual([]);
    expect(prefixValueLabels([], ['Paris'])).toEqual([]);
    expect(prefixValueLabels(['Paris'], ['Paris'])).toEqual([]);
  });
});
