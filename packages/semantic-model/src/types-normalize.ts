/** Engine type names reduced to the families the inference reasons about. */
export type TypeFamily =
  'integer' | 'decimal' | 'float' | 'string' | 'boolean' | 'date' | 'timestamp' | 'time' | 'uuid' | 'other';

function unwrap(type: string): string {
  let inner = type.trim().toLowerCase();
  for (;;) {
    const wrapped = /^(nullable|lowcardinality)\((.*)\)$/.exec(inner);
    if (!wrapped) return inner;
    inner = (wrapped[2] ?? '').trim();
  }
}

/**
 * The family of a PostgreSQL, MySQL/MariaDB, ClickHouse or DuckDB type name: "Nullable(Int32)",
 * "LowCardinality(String)", "DateTime64(3)", "int(11) unsigned", "character varying(20)", "DECIMAL(18,2)".
 */
export function typeFamily(type: string): TypeFamily {
  const name = unwrap(type);
  if (/^tinyint\(1\)/.test(name) || /^(bool|boolean|bit(\(1\))?)$/.test(name)) return 'boolean';
  if (
    /^(u?int(8|16|32|64|128|256)?|u?(tiny|small|medium|big|huge|hu)int|integer|int[248]|serial[248]?|(small|big)serial|ubigint|uhugeint|utinyint|usmallint|uinteger|long|short|byte|year)\b/.test(
      name,
    )
  )
    return 'integer';
  if (/^(decimal|numeric|dec|number|money|smallmoney|fixed)\b/.test(name)) return 'decimal';
  if (/^(float|double|real|float[48]|float32|float64)\b/.test(name)) return 'float';
  if (/^(uuid|uniqueidentifier)\b/.test(name)) return 'uuid';
  if (/^(timestamp|datetime|datetime64|timestamptz|smalldatetime|datetime2|datetimeoffset)/.test(name))
    return 'timestamp';
  if (/^(date|date32)\b/.test(name)) return 'date';
  if (/^(time|timetz|interval)\b/.test(name)) return 'time';
  if (
    /^(varchar|char|character|nvarchar|nchar|text|tinytext|mediumtext|longtext|string|fixedstring|enum(8|16)?|set|citext|bpchar|name|varchar2|clob)\b/.test(
      name,
    )
  )
    return 'string';
  return 'other';
}

export function isNumericFamily(family: TypeFamily): boolean {
  return family === 'integer' || family === 'decimal' || family === 'float';
}

/** Whether values of the two families can be compared for a join. */
export function joinCompatible(a: TypeFamily, b: TypeFamily): boolean {
  if (a === b) return true;
  const keyish = (family: TypeFamily) =>
    family === 'uuid' || family === 'string' ? 'text' : isNumericFamily(family) ? 'number' : family;
  return keyish(a) === keyish(b);
}
