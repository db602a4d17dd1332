import { AppError } from '@tessera/errors';
import type { Clarification } from '@tessera/nl2sql';
import { z } from 'zod';
import type { CanvasBlock, CanvasesClient } from '../clients/canvases-client.ts';
import { MAX_QUESTION_CHARS } from '../providers/prompt.ts';
import type { Access } from './access.ts';
import type { AssistantService, RequestScope } from './assistant-service.ts';
import { planCanvasAnswer, presentationOf } from './canvas-answer.ts';

export interface CanvasAnswerResult {
  conversationId: string;
  blocks: CanvasBlock[];
  explanation: string;
  clarification: Clarification | null;
}

const askInput = z.object({
  canvasId: z.string().min(1, 'Give the canvas').max(100),
  dataSourceId: z.string().min(1, 'Choose a data source').max(100),
  conversationId: z.string().max(100).nullish(),
  prompt: z
    .string()
    .trim()
    .min(1, 'Ask a question')
    .max(MAX_QUESTION_CHARS, `A question is at most ${MAX_QUESTION_CHARS} characters`),
});

/**
 * askCanvas: the question becomes SQL exactly as generateSql makes it (same conversation,
 * clarifications, validation and audit), then wired blocks are added to the canvas through the
 * canvases service, as the caller: EDITOR on the canvas, with a source of the canvas's project.
 */
export function createCanvasAssistant(deps: {
  assistant: AssistantService;
  access: Access;
  canvases: CanvasesClient;
}) {
  const { assistant, access, canvases } = deps;
  return {
    async ask(scope: RequestScope, input: unknown): Promise<CanvasAnswerResult> {
      const parsed = askInput.safeParse(input);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw AppError.badInput(String(issue?.path[0] ?? 'input'), issue?.message ?? 'Invalid input');
      }
      const { canvasId, dataSourceId, prompt, conversationId } = parsed.data;
      // Who may edit the canvas, before anything is asked or recorded; canvases checks it again on write.
      const { canvas } = await canvases.addWired(scope.identity, canvasId, []);
      const source = await access.source(scope.identity, dataSourceId);
      if (source.projectId !== canvas.projectId)
        throw AppError.badInput('dataSourceId', "The data source is not one of the canvas's project");

      const presentation = presentationOf(prompt);
      const suggestion = await assistant.generate(scope, {
        dataSourceId,
        prompt: presentation.question,
        conversationId,
      });
      if (suggestion.clarification || !suggestion.sql)
        return {
          conversationId: suggestion.conversationId,
          blocks: [],
          explanation: suggestion.clarification
            ? `${suggestion.clarification.question} Nothing was added to the canvas.`
            : `${suggestion.explanation} Nothing was added to the canvas.`,
          clarification: suggestion.clarification,
        };

      const planned = planCanvasAnswer({
        question: presentation.question,
        presentation,
        sql: suggestion.sql,
        explanation: suggestion.explanation,
        chart: suggestion.chart,
        dataSourceId,
        unmapped: suggestion.unmapped,
      });
      const { blocks } = await canvases.addWired(scope.identity, canvasId, planned.blocks);
      return {
        conversationId: suggestion.conversationId,
        blocks,
        explanation: `${planned.described} ${suggestion.explanation}`,
        clarification: null,
      };
    },
  };
}

export type CanvasAssistant = ReturnType<typeof createCanvasAssistant>;
