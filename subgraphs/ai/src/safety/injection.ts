/**
 * Prompt-injection heuristics. They never decide what SQL may run (validateSql does, for every
 * engine); they decide what is written to the audit log, which text is kept out of LLM prompts,
 * and that a flagged question is not sent to an LLM at all.
 */

export type FindingKind = 'PROMPT_INJECTION' | 'SCHEMA_INJECTION' | 'UNSAFE_SQL_REFUSED';

export interface Finding {
  kind: FindingKind;
  /** Short, stable reason for the audit log, e.g. "question: asks to ignore the rules". */
  reason: string;
}

interface Rule {
  pattern: RegExp;
  reason: string;
  /** Rules that would fire on ordinary schemas (a password_hash column, "x; y" in a definition) apply to questions only. */
  questionOnly?: boolean;
}

const TEXT_RULES: Rule[] = [
  {
    pattern:
      /\b(ignore|disregard|forget|override|bypass|skip)\b.{0,60}\b(instructions?|rules?|prompts?|directions?|guidelines?|constraints?|restrictions?|guardrails?|polic(y|ies)|limits?)\b/i,
    reason: 'asks to ignore the rules',
  },
  {
    pattern:
      /\b(system prompt|developer mode|jailbreak|you are now|new instructions|from now on you|pretend (to be|you are)|act as an? (admin|dba|database administrator|root|superuser))\b/i,
    reason: "tries to change the assistant's role",
  },
  {
    pattern:
      /\b(reveal|print|show|output|repeat)\b.{0,30}\b(system prompt|your (prompt|instructions|rules))\b/i,
    reason: "asks for the assistant's instructions",
  },
  {
    pattern:
      /\b(drop|truncate|alter|create|rename)\s+(table|schema|database|view|index|user|role|function|trigger)\b|\bdelete\s+from\b|\binsert\s+into\b|\bupdate\s+\S+\s+set\b|\bgrant\s+\w+\s+(on|to)\b|\b(attach|detach)\s+(database\s+)?['"\w]|\bpragma\s+\w+|\bcopy\s+\S+\s+(to|from)\b|\bset\s+(role|session|search_path)\b|\binto\s+(outfile|dumpfile)\b/i,
    reason: 'contains a statement that writes or changes the database',
  },
  {
    pattern: /\b(DROP|DELETE|TRUNCATE|INSERT|UPDATE|ALTER|GRANT|REVOKE|EXECUTE|EXEC|ATTACH|PRAGMA|MERGE)\b/,
    reason: 'contains an upper-case SQL write keyword',
    questionOnly: true,
  },
  {
    pattern: /;\s*\w|--|\/\*|\*\/|\bunion\s+(all\s+)?select\b/i,
    reason: 'contains SQL separators, comments or UNION SELECT',
    questionOnly: true,
  },
  {
    pattern:
      /\b(information_schema|pg_catalog|pg_shadow|pg_authid|pg_user|pg_roles|pg_stat\w*|sqlite_master|mysql\.user|system\.(tables|users|settings)|duckdb_\w+)\b/i,
    reason: 'names a system catalog',
    questionOnly: true,
  },
  {
    pattern:
      /\b(read_csv\w*|read_parquet|read_json\w*|read_text|read_blob|pg_read_file|pg_ls_dir|load_file|lo_import|pg_sleep|sleep|benchmark|dblink|query_table)\s*\(|\/etc\/(passwd|shadow)|\.\.\/|\b(https?|s3|gcs|file):\/\/|\b(install|load)\s+(extension\s+)?(httpfs|postgres|postgres_scanner|mysql|sqlite|spatial)\b/i,
    reason: 'reaches for files, functions or other databases',
    questionOnly: true,
  },
  {
    pattern:
      /\b(set|change|increase|raise|disable|turn off)\b.{0,20}\b(memory[ _]limit|threads|timeouts?|settings?|configuration|read[ -]only)\b/i,
    reason: "asks to change the engine's settings",
    questionOnly: true,
  },
  {
    pattern:
      /\b(other|another|every|all)\s+(tenants?|organi[sz]ations?|workspaces?)\b|\b(passwords?|passwd|credentials?|api[ _-]?keys?|secret keys?|access tokens?)\b/i,
    reason: "asks for other tenants' data or credentials",
    questionOnly: true,
  },
];

/** Identifiers are read as words too: ignore_previous_instructions → "ignore previous instructions". */
const asWords = (text: string): string => text.replace(/[_.]+/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2');

function matchText(text: string, scope: 'question' | 'schema'): string[] {
  const reasons = new Set<string>();
  // NFKC folds look-alikes (fullwidth Ｉｇｎｏｒｅ) onto the ASCII the rules are written in.
  const folded = text.normalize('NFKC');
  for (const variant of scope === 'question' ? [folded] : [folded, asWords(folded)]) {
    for (const rule of TEXT_RULES)
      if ((scope === 'question' || !rule.questionOnly) && rule.pattern.test(variant))
        reasons.add(rule.reason);
  }
  return [...reasons];
}

export function inspectQuestion(question: string): Finding[] {
  return matchText(question, 'question').map((reason) => ({
    kind: 'PROMPT_INJECTION',
    reason: `question: ${reason}`,
  }));
}

/** A name that is not a plain identifier: quotes, separators, comment markers or line breaks. */
const STRANGE_NAME = /['"`;\n\r]|--|\/\*/;

/** Table and column names, glossary text and sampled values that carry instructions or SQL. */
export function inspectSchemaText(items: { where: string; text: string; name?: boolean }[]): Finding[] {
  const findings: Finding[] = [];
  for (const item of items) {
    const reasons = matchText(item.text, 'schema');
    if (item.name && STRANGE_NAME.test(item.text))
      reasons.push('a name with quotes, separators or comment markers');
    for (const reason of reasons)
      findings.push({ kind: 'SCHEMA_INJECTION', reason: `${item.where}: ${reason}` });
  }
  return findings;
}

/** True when the text would be flagged; used to keep planted text out of prompts. */
export function isSuspiciousText(text: string): boolean {
  return matchText(text, 'schema').length > 0;
}
