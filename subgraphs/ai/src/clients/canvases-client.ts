import { createInternalTokenCodec, IDENTITY_HEADER, type Identity } from '@tessera/auth';
import { AppError, type ErrorCodeName } from '@tessera/errors';

export interface CanvasBlock {
  id: string;
  type: string;
  position: { x: number; y: number; w: number; h: number };
  content: Record<string, unknown>;
}

/**
 * A block of a wired set: position relative to the first free row of the canvas;
 * `sourceBlockId: "#<index>"` and `{{#<index>.field}}` name an earlier block of the set.
 */
export interface WiredBlock {
  type: 'SQL' | 'CHART' | 'TEXT' | 'METRIC' | 'TABLE';
  position: { x: number; y: number; w: number; h: number };
  content: Record<string, unknown>;
}

export interface WiredAnswer {
  canvas: { id: string; organizationId: string; projectId: string };
  blocks: CanvasBlock[];
}

/** The canvases subgraph's internal routes, as the calling user (whose identity is forwarded, signed). */
export interface CanvasesClient {
  /** Adds the set as `identity` (EDITOR on the canvas, checked by canvases); [] only checks the role. */
  addWired(identity: Identity, canvasId: string, blocks: WiredBlock[]): Promise<WiredAnswer>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PASSED_ON: ReadonlySet<string> = new Set(['FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT']);

export function createCanvasesClient(options: {
  canvasesUrl: string;
  internalSecret: string;
}): CanvasesClient {
  const codec = createInternalTokenCodec(options.internalSecret);
  return {
    async addWired(identity, canvasId, blocks) {
      if (!UUID.test(canvasId)) throw AppError.notFound('Canvas');
      let response: Response;
      try {
        response = await fetch(new URL(`/internal/canvases/${canvasId}/blocks`, options.canvasesUrl), {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-internal-secret': options.internalSecret,
            [IDENTITY_HEADER]: await codec.sign(identity),
          },
          body: JSON.stringify({ blocks }),
          signal: AbortSignal.timeout(15_000),
        });
      } catch (cause) {
        throw new AppError('UNAVAILABLE', 'The canvases service is unavailable', { cause });
      }
      const body = (await response.json().catch(() => null)) as
        (WiredAnswer & { error?: { code?: string; message?: string; field?: string } }) | null;
      if (response.ok && body?.blocks) return { canvas: body.canvas, blocks: body.blocks };
      const error = body?.error;
      // The canvases service's own verdict (role, tenant, validation) reaches the caller as it is.
      if (error?.code && PASSED_ON.has(error.code) && error.message)
        throw new AppError(
          error.code as ErrorCodeName,
          error.message,
          error.field ? { field: error.field } : {},
        );
      throw new AppError('UNAVAILABLE', 'The canvases service is unavailable');
    },
  };
}
