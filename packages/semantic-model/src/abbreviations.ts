/**
 * Abbreviations seen in real schemas, expanded to the words people say. Keys are lowercase; values
 * may be several words ("dob" → "date of birth"). Words in UPPERCASE_WORDS keep capitals in labels.
 */
export const ABBREVIATIONS: Readonly<Record<string, string>> = Object.freeze({
  abbr: 'abbreviation', acct: 'account', accts: 'accounts', acc: 'account', addr: 'address', adj: 'adjustment',
  admin: 'administrator', agg: 'aggregate', alloc: 'allocation', alt: 'alternate', amt: 'amount', amnt: 'amount',
  appt: 'appointment', approx: 'approximate', asst: 'assistant', attr: 'attribute', auth: 'authorization',
  avg: 'average', bal: 'balance', bday: 'birthday', bdgt: 'budget', bldg: 'building', cal: 'calendar',
  cat: 'category', categ: 'category', cd: 'code', cdn: 'canadian', cert: 'certificate', chg: 'change', cls: 'class',
  cmt: 'comment', cnt: 'count', cntry: 'country', comm: 'commission', conf: 'confirmation',
  corp: 'corporate', cpn: 'coupon', cr: 'credit', ctry: 'country', cty: 'city', cur: 'currency',
  curr: 'currency', ccy: 'currency', cust: 'customer', cstmr: 'customer', cx: 'customer', cnsmr: 'consumer',
  dely: 'delivery', dept: 'department', dep: 'departure', desc: 'description', descr: 'description',
  dest: 'destination', dev: 'device', diff: 'difference', dim: 'dimension', disc: 'discount', dist: 'distance',
  div: 'division', dlr: 'dealer', dob: 'date of birth', doc: 'document', dr: 'debit', dst: 'destination', dt: 'date',
  dte: 'date', dttm: 'datetime', dur: 'duration', emp: 'employee', empl: 'employee', eff: 'effective',
  est: 'estimated', exch: 'exchange', ext: 'extension', fac: 'facility', fin: 'finance', fk: 'key',
  fname: 'first name', freq: 'frequency', fx: 'exchange rate', fy: 'fiscal year', geo: 'geography',
  grp: 'group', hdr: 'header', hh: 'household', hosp: 'hospital', hr: 'hour', hrs: 'hours', ht: 'height',
  img: 'image', info: 'information', inv: 'invoice', invt: 'inventory', itm: 'item', kg: 'kilograms',
  lang: 'language', lat: 'latitude', lbl: 'label', lic: 'license', lname: 'last name', ln: 'line', lng: 'longitude',
  loc: 'location', lon: 'longitude', max: 'maximum', mbr: 'member', mfr: 'manufacturer',
  mgr: 'manager', mgmt: 'management', min: 'minimum', mkt: 'market', mktg: 'marketing', mo: 'month', mob: 'mobile',
  msg: 'message', mth: 'month', nm: 'name', nbr: 'number', no: 'number', num: 'number', obj: 'object', ord: 'order',
  org: 'organization', orig: 'original', pct: 'percent', perc: 'percent', pmt: 'payment', pymt: 'payment',
  pos: 'position', pop: 'population', pref: 'preference', prev: 'previous', prc: 'price', pri: 'priority',
  prod: 'product', prj: 'project', proj: 'project', pt: 'point', pts: 'points', purch: 'purchase', qtr: 'quarter',
  qty: 'quantity', qnty: 'quantity', rcpt: 'receipt', rec: 'record', ref: 'reference', reg: 'region',
  rep: 'representative', req: 'request', rev: 'revenue', rgn: 'region', rnk: 'rank', rt: 'rate', sal: 'salary',
  sched: 'schedule', sec: 'seconds', seg: 'segment', seq: 'sequence', shp: 'shipment', sls: 'sales',
  spec: 'specification', src: 'source', st: 'state', stat: 'status', sts: 'status', std: 'standard', stk: 'stock',
  str: 'street', subcat: 'subcategory', supp: 'supplier', supl: 'supplier', svc: 'service',
  tel: 'telephone', temp: 'temperature', tgt: 'target', tkt: 'ticket', tm: 'time', tot: 'total', ttl: 'total',
  trans: 'transaction', trx: 'transaction', tx: 'transaction', txn: 'transaction', typ: 'type', ts: 'timestamp',
  uom: 'unit of measure', upd: 'updated', usr: 'user', val: 'value', vend: 'vendor', ver: 'version', vol: 'volume',
  whse: 'warehouse', wh: 'warehouse', wk: 'week', wt: 'weight', yr: 'year', yrs: 'years',
  lvl: 'level', rtg: 'rating', drvr: 'driver',
  mins: 'minutes', secs: 'seconds', phn: 'phone', pstl: 'postal', pc: 'postal code', wgt: 'weight', cmpgn: 'campaign', chnl: 'channel',
  ctgy: 'category', cpc: 'cost per click', ctr: 'click-through rate', ltv: 'lifetime value', aov: 'average order value',
});

/** Words that stay upper-case in labels (acronyms, currencies). */
export const UPPERCASE_WORDS: ReadonlySet<string> = new Set([
  'id', 'ids', 'eur', 'usd', 'gbp', 'jpy', 'chf', 'cad', 'aud', 'cny', 'inr', 'url', 'uri', 'sku', 'iso', 'vat', 'gst',
  'ip', 'api', 'uuid', 'guid', 'ean', 'upc', 'isbn', 'iban', 'bic', 'swift', 'ssn', 'utc', 'gmt', 'kpi', 'roi', 'sla',
  'crm', 'erp', 'sms', 'gps', 'html', 'json', 'xml', 'csv', 'pdf', 'http', 'https', 'mrr', 'arr', 'nps', 'csat',
  'gmv', 'ebitda', 'cogs', 'b2b', 'b2c', 'us', 'uk', 'eu', 'po', 'dns', 'os', 'ui', 'ux', 'cpu', 'gpu', 'ram', 'tv',
]);

/** The expansion of an abbreviation ("qty" → "quantity"), or null when the word is not one. */
export function expandAbbreviation(word: string): string | null {
  const key = word.toLowerCase();
  return Object.prototype.hasOwnProperty.call(ABBREVIATIONS, key) ? (ABBREVIATIONS[key] ?? null) : null;
}
