import { countryNameOfAlpha2, countryNameOfAlpha3 } from './countries.ts';

/** A list of well-known codes: its name hints (words of a column name) and how it labels a code. */
export interface CodeList {
  name: string;
  hints: string[];
  label(code: string): string | null;
}

function fixed(entries: Record<string, string>): (code: string) => string | null {
  return (code) => entries[code.toUpperCase()] ?? null;
}

const US_STATES: Record<string, string> = {
  AL: 'Alabama',
  AK: 'Alaska',
  AZ: 'Arizona',
  AR: 'Arkansas',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DE: 'Delaware',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  IA: 'Iowa',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Louisiana',
  ME: 'Maine',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Michigan',
  MN: 'Minnesota',
  MS: 'Mississippi',
  MO: 'Missouri',
  MT: 'Montana',
  NE: 'Nebraska',
  NV: 'Nevada',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NY: 'New York',
  NC: 'North Carolina',
  ND: 'North Dakota',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  RI: 'Rhode Island',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vermont',
  VA: 'Virginia',
  WA: 'Washington',
  WV: 'West Virginia',
  WI: 'Wisconsin',
  WY: 'Wyoming',
  DC: 'District of Columbia',
  PR: 'Puerto Rico',
  GU: 'Guam',
  VI: 'U.S. Virgin Islands',
  AS: 'American Samoa',
  MP: 'Northern Mariana Islands',
};

/** Most specific first: a column is labelled by the first list that holds all of its values. */
export const CODE_LISTS: readonly CodeList[] = [
  { name: 'yes/no', hints: [], label: fixed({ Y: 'Yes', N: 'No' }) },
  { name: 'true/false', hints: [], label: fixed({ T: 'True', F: 'False' }) },
  {
    name: 'sex',
    hints: ['gender', 'sex'],
    label: fixed({ M: 'Male', F: 'Female', X: 'Unspecified', U: 'Unknown' }),
  },
  {
    name: 'employment',
    hints: ['employment', 'contract', 'schedule', 'status', 'type', 'time', 'basis', 'hours'],
    label: fixed({ FT: 'Full-time', PT: 'Part-time', CT: 'Contract', TMP: 'Temporary', INT: 'Intern' }),
  },
  { name: 'us-state', hints: ['state', 'province', 'us'], label: fixed(US_STATES) },
  {
    name: 'country-alpha2',
    hints: ['country', 'nation', 'iso', 'market'],
    label: (code) => countryNameOfAlpha2(code.toUpperCase()),
  },
  {
    name: 'country-alpha3',
    hints: ['country', 'nation', 'iso', 'market'],
    label: (code) => countryNameOfAlpha3(code.toUpperCase()),
  },
];
