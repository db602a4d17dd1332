import { createHash, randomUUID } from 'node:crypto';
import { requireRole, requireScope, type Identity } from '@tessera/auth';
import { AppError } from '@tessera/errors';
import type { Logger } from '@tessera/logger';
import type { ChartSuggestion } from '@tessera/nl2sql';
import { z } from 'zod';
import type { NewAuditEvent, Outcome, Repositories } from '../data/index.ts';
import type { Generator } from '../pipeline/generate.ts';
import { MAX_QUESTION_CHARS } from '../providers/prompt.ts';
import { actorOf, type Access } from './access.ts';

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
}

const generateInput = z.object({
  dataSourceId: z.string().min(1).max(100),
  prompt: z.string().trim().min(1, 'Ask a question').max(MAX_QUESTION_CHARS, `A question is at most ${MAX_QUESTION_CHARS} characters`),
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
export function createAssistantService(deps: { repos: Repositories; access: Access; generator: Generator }) {
  const { repos, access, generator } = deps;

  return {
    async generate(scope: RequestScope, input: unknown): Promise<SqlSuggestionResult> {
      const { dataSourceId, prompt } = parse(generateInput, input);
      const context = await access.source(scope.identity, dataSourceId);
      const actor = actorOf(scope.identity);
      const result = await generator.generate(prompt, context);
      const id = randomUUID();
      const requestId = scope.identity.requestId || null;
      await repos.interactions.create({
        id, organizationId: context.organizationId, ...actor, dataSourceId: context.id, requestId, prompt, sql: result.sql, engine: result.engine,
        latencyMs: Math.round(result.latencyMs), promptTokens: result.promptTokens, completionTokens: result.completionTokens, confidence: result.confidence,
        flagged: result.findings.length > 0,
      });
      if (result.findings.length > 0) {
        const promptSha256 = createHash('sha256').update(prompt).digest('hex');
        const events: NewAuditEvent[] = result.findings.map((finding) => ({
          id: randomUUID(), organizationId: context.organizationId, ...actor, dataSourceId: context.id, interactionId: id, requestId,
          kind: finding.kind, reason: finding.reason.slice(0, 1000), promptSha256, promptExcerpt: prompt.slice(0, EXCERPT_CHARS), engine: result.engine,
        }));
        await repos.audit.append(events);
        // The prompt itself stays out of the logs: its hash ties the line to the audit row.
        scope.logger.warn({ interactionId: id, dataSourceId: context.id, promptSha256, kinds: [...new Set(result.findings.map((f) => f.kind))] }, 'assistant audit event');
      }
      scope.logger.info({ interactionId: id, engine: result.engine, latencyMs: result.latencyMs, confidence: result.confidence, answered: result.sql !== '' }, 'sql suggested');
      return { id, sql: result.sql, explanation: result.explanation, confidence: result.confidence, chart: result.chart, engine: result.engine, unmapped: result.unmapped };
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
      if (row.userId !== actor.userId || row.apiKeyId !== actor.apiKeyId) throw AppError.forbidden('Only whoever asked for a suggestion can record its outcome');
      await repos.interactions.setOutcome(organizationId, id, outcome as Outcome, finalSql ?? null);
      return true;
    },

    async usage(identity: Identity, organizationId: string, from: Date, to: Date) {
      requireRole(identity, organizationId, 'ADMIN', 'Organization');
      if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || from > to) throw AppError.badInput('from', 'from must be a date before to');
      if (to.getTime() - from.getTime() > 366 * DAY_MS) throw AppError.badInput('to', 'The range is limited to one year');
      return repos.interactions.usage(organizationId, from, to);
    },
  };
}

export type AssistantService = ReturnType<typeof createAssistantService>;
