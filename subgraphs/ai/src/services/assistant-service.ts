import { createHash, randomUUID } from 'node:crypto';
import { requireRole, requireScope, type Identity } from '@tessera/auth';
import { AppError } from '@tessera/errors';
import type { Logger } from '@tessera/logger';
import {
  answerClarification,
  fixSql,
  isFollowUp,
  refineQuestion,
  type ChartSuggestion,
  type Clarification,
} from '@tessera/nl2sql';
import { z } from 'zod';
import type { NewAuditEvent, Outcome, Repositories } from '../data/index.ts';
import type { Generated, Generator } from '../pipeline/generate.ts';
import { prepareSource } from '../pipeline/prepare-source.ts';
import { validateSql } from '../validation/validate-sql.ts';
import { MAX_QUESTION_CHARS } from '../providers/prompt.ts';
import { actorOf, type Access } from './access.ts';
import { withNamedChart } from './chart-choice.ts';

export interface RequestScope {
  identity: Identity;
  logger: Logger;
}

export interface SqlSuggestionResult {
  id: string;
  sql: string;
  explanation: string;
  confidence: number;
  chart: ChartSuggestion | null;
  engine: string;
  unmapped: string[];
  conversationId: string;
  clarification: Clarification | null;
}

const generateInput = z.object({
  dataSourceId: z.string().min(1).max(100),
  conversationId: z.string().max(100).nullish(),
  prompt: z
    .string()
    .trim()
    .min(1, 'Ask a question')
    .max(MAX_QUESTION_CHARS, `A question is at most ${MAX_QUESTION_CHARS} characters`),
});

const fixInput = z.object({
  dataSourceId: z.string().min(1).max(100),
  sql: z.string().trim().min(1, 'Give the SQL to fix').max(100_000, 'The SQL is at most 100000 characters'),
  error: z.string().max(2000, 'The error is at most 2000 characters').nullish(),
});

const outcomeInput = z.object({
  id: z.string().min(1).max(100),
  outcome: z.enum(['ACCEPTED', 'EDITED', 'REJECTED']),
  finalSql: z.string().max(100_000).nullish(),
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EXCERPT_CHARS = 200;
const DAY_MS = 24 * 3600 * 1000;

function parse<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw AppError.badInput(String(issue?.path[0] ?? 'input'), issue?.message ?? 'Invalid input');
}

/** generateSql, the outcome of a suggestion, and the organization's assistant usage. */
export function createAssistantService(deps: {
  repos: Repositories;
  access: Access;
  generator: Generator;
  defaultLimit?: number;
}) {
  const { repos, access, generator } = deps;
  const generatorLimit = deps.defaultLimit ?? 1000;

  /** The conversation, if it is the caller's own on this source; anyone else's does not exist. */
  async function ownConversation(
    organizationId: string,
    id: string,
    actor: { userId: string | null; apiKeyId: string | null },
    dataSourceId: string,
  ) {
    const row = UUID.test(id) ? await repos.conversations.find(organizationId, id) : null;
    if (
      !row ||
      row.userId !== actor.userId ||
      row.apiKeyId !== actor.apiKeyId ||
      row.dataSourceId !== dataSourceId
    )
      throw AppError.notFound('Conversation');
    return row;
  }

  /** Stores the interaction (and its audit events); returns its id. */
  async function record(
    scope: RequestScope,
    context: { id: string; organizationId: string },
    prompt: string,
    result: Generated,
  ): Promise<string> {
    const actor = actorOf(scope.identity);
    const id = randomUUID();
    const requestId = scope.identity.requestId || null;
    await repos.interactions.create({
      id,
      organizationId: context.organizationId,
      ...actor,
      dataSourceId: context.id,
      requestId,
      prompt,
      sql: result.sql,
      engine: result.engine,
      latencyMs: Math.round(result.latencyMs),
      promptTokens: result.promptTokens,
      completionTokens: result.completionTokens,
      confidence: result.confidence,
      flagged: result.findings.length > 0,
    });
    if (result.findings.length > 0) {
      const promptSha256 = createHash('sha256').update(prompt).digest('hex');
      const events: NewAuditEvent[] = result.findings.map((finding) => ({
        id: randomUUID(),
        organizationId: context.organizationId,
        ...actor,
        dataSourceId: context.id,
        interactionId: id,
        requestId,
        kind: finding.kind,
        reason: finding.reason.slice(0, 1000),
        promptSha256,
        promptExcerpt: prompt.slice(0, EXCERPT_CHARS),
        engine: result.engine,
      }));
      await repos.audit.append(events);
      // The prompt itself stays out of the logs: its hash ties the line to the audit row.
      scope.logger.warn(
        {
          interactionId: id,
          dataSourceId: context.id,
          promptSha256,
          kinds: [...new Set(result.findings.map((f) => f.kind))],
        },
        'assistant audit event',
      );
    }
    scope.logger.info(
      {
        interactionId: id,
        engine: result.engine,
        latencyMs: result.latencyMs,
        confidence: result.confidence,
        answered: result.sql !== '',
      },
      'sql suggested',
    );
    return id;
  }

  return {
    async generate(scope: RequestScope, input: unknown): Promise<SqlSuggestionResult> {
      const { dataSourceId, prompt, conversationId } = parse(generateInput, input);
      const context = await access.source(scope.identity, dataSourceId);
      const actor = actorOf(scope.identity);
      const conversation = conversationId
        ? await ownConversation(context.organizationId, conversationId, actor, context.id)
        : null;
      // A follow-up refines the conversation's last question; an answer to a clarification completes it.
      let question = prompt;
      if (conversation?.pendingTerm)
        question = answerClarification(conversation.lastQuestion, conversation.pendingTerm, prompt);
      else if (conversation && isFollowUp(prompt))
        question = refineQuestion(conversation.lastQuestion, prompt);
      // "… as a donut", "stacked bar of …": the chart words are not part of the question.
      const charted = withNamedChart(question);
      question = charted.question;
      const result = await generator.generate(question.slice(0, MAX_QUESTION_CHARS), context);
      const id = await record(scope, context, prompt, result);
      const pendingTerm = result.clarification?.term ?? null;
      let activeConversation = conversation?.id;
      if (conversation)
        await repos.conversations.advance(context.organizationId, conversation.id, question, pendingTerm);
      else {
        activeConversation = randomUUID();
        await repos.conversations.create({
          id: activeConversation,
          organizationId: context.organizationId,
          ...actor,
          dataSourceId: context.id,
          lastQuestion: question,
          pendingTerm,
        });
      }
      return {
        id,
        sql: result.sql,
        explanation: result.explanation,
        confidence: result.confidence,
        chart: charted.chart(result.chart),
        engine: result.engine,
        unmapped: result.unmapped,
        conversationId: activeConversation as string,
        clarification: result.clarification,
      };
    },

    /** A corrected statement for a failed one: misspelt names repaired against the schema, then validated again. */
    async fix(scope: RequestScope, input: unknown): Promise<SqlSuggestionResult> {
      const { dataSourceId, sql } = parse(fixInput, input);
      const started = performance.now();
      const context = await access.source(scope.identity, dataSourceId);
      const source = prepareSource(context);
      const fixed = fixSql(sql, source.schema);
      const checked = validateSql(fixed.sql, {
        dialect: context.dialect,
        tables: context.tables,
        defaultLimit: generatorLimit,
      });
      const changes = fixed.fixes.map((f) => `${f.kind} "${f.from}" → "${f.to}"`).join(', ');
      const result: Generated = checked.ok
        ? {
            sql: checked.sql,
            chart: null,
            unmapped: fixed.unknown,
            clarification: null,
            engine: 'builtin',
            latencyMs: 0,
            promptTokens: null,
            completionTokens: null,
            findings: [],
            explanation:
              fixed.fixes.length > 0
                ? `Fixed ${changes}: ${fixed.fixes.length === 1 ? 'this name does' : 'these names do'} not exist in the source; the closest ones do.`
                : 'Nothing to repair: every name exists in the source and the statement is valid.',
            confidence: fixed.fixes.length > 0 ? 0.9 : 0.5,
          }
        : {
            sql: '',
            chart: null,
            unmapped: fixed.unknown,
            clarification: null,
            engine: 'builtin',
            latencyMs: 0,
            promptTokens: null,
            completionTokens: null,
            findings: [],
            confidence: 0,
            explanation: `Could not repair the statement${changes ? ` (tried ${changes})` : ''}: ${checked.message}`,
          };
      result.latencyMs = Math.round((performance.now() - started) * 100) / 100;
      const id = await record(scope, context, `fix: ${sql}`.slice(0, MAX_QUESTION_CHARS), result);
      const conversationId = randomUUID();
      await repos.conversations.create({
        id: conversationId,
        organizationId: context.organizationId,
        ...actorOf(scope.identity),
        dataSourceId: context.id,
        lastQuestion: '',
        pendingTerm: null,
      });
      return {
        id,
        sql: result.sql,
        explanation: result.explanation,
        confidence: result.confidence,
        chart: null,
        engine: result.engine,
        unmapped: result.unmapped,
        conversationId,
        clarification: null,
      };
    },

    /** The person who asked reports whether the suggestion was run as is, edited, or dropped. */
    async recordOutcome(identity: Identity, input: unknown): Promise<boolean> {
      const { id, outcome, finalSql } = parse(outcomeInput, input);
      requireScope(identity, 'READ');
      const organizationId = UUID.test(id) ? await repos.interactions.organizationOf(id) : null;
      if (!organizationId) throw AppError.notFound('Suggestion');
      requireRole(identity, organizationId, 'VIEWER', 'Suggestion');
      const row = await repos.interactions.find(organizationId, id);
      if (!row) throw AppError.notFound('Suggestion');
      const actor = actorOf(identity);
      if (row.userId !== actor.userId || row.apiKeyId !== actor.apiKeyId)
        throw AppError.forbidden('Only whoever asked for a suggestion can record its outcome');
      await repos.interactions.setOutcome(organizationId, id, outcome as Outcome, finalSql ?? null);
      return true;
    },

    async usage(identity: Identity, organizationId: string, from: Date, to: Date) {
      requireRole(identity, organizationId, 'ADMIN', 'Organization');
      if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || from > to)
        throw AppError.badInput('from', 'from must be a date before to');
      if (to.getTime() - from.getTime() > 366 * DAY_MS)
        throw AppError.badInput('to', 'The range is limited to one year');
      return repos.interactions.usage(organizationId, from, to);
    },
  };
}

export type AssistantService = ReturnType<typeof createAssistantService>;
