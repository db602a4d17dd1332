import { chartForQuery } from './chart.ts';
import { explainPlan } from './explain-plan.ts';
import { createMatcher } from './match.ts';
import type { Matcher } from './match.ts';
import { ambiguousReadings } from './plan/ambiguity.ts';
import { clarificationFor, ungroundedTerm } from './plan/clarify.ts';
import { buildIntent } from './plan/intent.ts';
import { resolveQuery } from './plan/resolve.ts';
import { dialectRenderer } from './render/dialect.ts';
import { renderSql } from './render/sql.ts';
import { buildSchemaModel } from './schema/model.ts';
import type { SchemaModel } from './schema/model.ts';
import { buildVocabulary, isFiller } from './schema/vocabulary.ts';
import { tokenize } from './text/tokenize.ts';
import type { Token } from './text/tokenize.ts';
import { parseTime } from './time/parse-time.ts';
import type { GenerateOptions, SourceSchema, SqlSuggestion } from './types.ts';

export const DEFAULT_LIMIT = 1000;
export const DEFAULT_MIN_CONFIDENCE = 0.5;
/** Each word the engine could not place multiplies the confidence by this. */
const UNMAPPED_WORD_FACTOR = 0.7;
/**
 * Each phrase read by inference (a WordNet synonym, an abbreviation, a code read from the word it
 * shortens) multiplies it by this: right most of the time, but not as sure as a name as written;
 * three such readings in one question take an answer below 0.8.
 */
const INFERRED_READING_FACTOR = 0.93;
/** Text that reads as SQL rather than a question (statement keywords, separators, comments). */
const SQL_STATEMENT =
  /\b(drop|truncate|alter|create)\s+(table|schema|database|view|index|user)\b|\bdelete\s+from\b|\binsert\s+into\b|\bupdate\s+\S+\s+set\b|\bselect\s+\S+\s+from\b|\bunion\s+(all\s+)?select\b|\bcopy\s+\S+\s+(to|from)\b|\battach\s+(database\b|')|\b(pragma|install)\s+\w+|;|--|\/\*|\b(pg_\w+|xp_\w+|sleep|load_file|read_csv\w*|read_text|copy)\s*\(/i;

export interface Nl2SqlEngine {
  generate(question: string, options?: GenerateOptions): SqlSuggestion;
  /** Glossary entries that could not be used, with the reason. */
  readonly warnings: string[];
}

function unmappedWords(tokens: Token[], covered: Set<number>): string[] {
  return tokens
    .filter((t) => !covered.has(t.index) && !(t.kind === 'word' && isFiller(t.norm)))
    .map((t) => t.raw);
}

function decline(explanation: string, unmapped: string[], confidence = 0): SqlSuggestion {
  return { sql: '', explanation, confidence, chart: null, unmapped };
}

/** Prepares the schema's vocabulary once; `generate` then maps questions to SQL without any I/O. */
export function createNl2Sql(schema: SourceSchema): Nl2SqlEngine {
  const model: SchemaModel = buildSchemaModel(schema);
  const matcher: Matcher = createMatcher(buildVocabulary(model), model.values);
  return {
    warnings: model.warnings,
    generate(question, options = {}) {
      const limit = Math.max(1, Math.floor(options.defaultLimit ?? DEFAULT_LIMIT));
      const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
      const tokens = tokenize(question.slice(0, 2000));
      if (tokens.length === 0) return decline('The question is empty.', []);
      // Relative periods count back from the model's asOf (for files, the latest date in the data), never from a file's server clock.
      const time = parseTime(
        tokens,
        options.now ?? (model.asOf ? new Date(`${model.asOf.slice(0, 10)}T00:00:00Z`) : new Date()),
      );
      const chunks = matcher.match(tokens, time.consumed);
      const covered = new Set(time.consumed);
      for (const chunk of chunks) for (let i = chunk.start; i < chunk.end; i++) covered.add(i);
      const intent = buildIntent(chunks, tokens, {
        hasTime: time.ranges.length > 0 || time.monthsOfYear.length > 0 || time.grain !== undefined,
      });
      const resolution = resolveQuery(intent, time, model, limit);
      const unmapped = [...unmappedWords(tokens, covered), ...resolution.dropped];

      const ungrounded = ungroundedTerm(tokens, covered, chunks);
      if (ungrounded) {
        const clarification = clarificationFor(model, ungrounded.term, ungrounded.table);
        return {
          ...decline(`${clarification.question} Pick a reading, or define it in the glossary.`, unmapped),
          clarification,
        };
      }
      if (!resolution.query) {
        return decline(
          `I could not find what to measure or list in "${question.trim()}".${unmapped.length > 0 ? ` Not understood: ${unmapped.join(', ')}.` : ''}`,
          unmapped,
        );
      }
      if (SQL_STATEMENT.test(question))
        resolution.penalties.push({
          factor: 0.3,
          reason:
            'the question contains SQL statements; only a SELECT built from the schema is ever generated',
        });
      resolution.penalties.push(...ambiguousReadings(tokens, chunks));
      const inferred = chunks.filter((c) => c.candidates[0]?.inferred).length;
      if (inferred > 0)
        resolution.penalties.push({
          factor: INFERRED_READING_FACTOR ** inferred,
          reason: `${inferred} word${inferred > 1 ? 's' : ''} read by inference (synonym, abbreviation or code)`,
        });
      const penalty = resolution.penalties.reduce((p, x) => p * x.factor, 1);
      const confidence = Math.round(penalty * UNMAPPED_WORD_FACTOR ** unmapped.length * 100) / 100;
      const explanation = explainPlan(resolution.query, resolution);
      if (confidence < minConfidence) {
        const reasons = [
          ...(unmapped.length > 0 ? [`could not map: ${unmapped.join(', ')}`] : []),
          ...resolution.penalties.map((p) => p.reason),
        ];
        return decline(
          `Not confident enough to answer (${confidence}): ${reasons.join('; ')}. Best guess: ${explanation}`,
          unmapped,
          confidence,
        );
      }
      // Glossary grain templates are written in the source's own dialect.
      const dialect = options.dialect ?? schema.dialect;
      const sql = renderSql(
        resolution.query,
        dialectRenderer(dialect),
        dialect === schema.dialect ? model.grainOverrides : [],
      );
      return { sql, explanation, confidence, chart: chartForQuery(resolution.query), unmapped };
    },
  };
}

const engines = new WeakMap<SourceSchema, Nl2SqlEngine>();

/** Maps a business question to one SELECT over the source; reuses the prepared engine per schema object. */
export function generateSql(
  question: string,
  schema: SourceSchema,
  options?: GenerateOptions,
): SqlSuggestion {
  let engine = engines.get(schema);
  if (!engine) {
    engine = createNl2Sql(schema);
    engines.set(schema, engine);
  }
  return engine.generate(question, options);
}
