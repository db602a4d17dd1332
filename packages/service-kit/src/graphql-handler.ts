import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { isAppError } from '@tessera/errors';
import { BodyTooLargeError, readJsonBody, sendJson } from './http-util.ts';

export interface GraphQLHandlerOptions<Ctx extends BaseContext> {
  apollo: ApolloServer<Ctx>;
  /** Builds the per-request context; throwing an AppError answers with that error and no execution. */
  context: (req: IncomingMessage) => Promise<Ctx>;
  maxBodyBytes: number;
  /** Rewrites the parsed body once the context is known (the gateway's trusted documents). */
  transformBody?: (body: unknown, context: Ctx) => unknown;
}

const STATUS_BY_CODE: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  RATE_LIMITED: 429,
  BAD_USER_INPUT: 400,
  UNAVAILABLE: 503,
};

/** Connects node:http to Apollo Server's transport-neutral executeHTTPGraphQLRequest. */
export function graphqlHandler<Ctx extends BaseContext>(options: GraphQLHandlerOptions<Ctx>) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const search = searchOf(req.url ?? '/');
    let body: unknown;
    try {
      body = req.method === 'POST' ? await readJsonBody(req, options.maxBodyBytes) : undefined;
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        return sendJson(res, 413, {
          errors: [{ message: error.message, extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
        });
      }
      return sendJson(res, 400, {
        errors: [{ message: 'Malformed JSON body', extensions: { code: 'BAD_REQUEST' } }],
      });
    }

    let context: Ctx;
    try {
      context = await options.context(req);
    } catch (error) {
      if (isAppError(error)) {
        const status = STATUS_BY_CODE[error.code] ?? 400;
        const headers: Record<string, string> = {};
        const retryAfter = error.details?.retryAfterSeconds;
        if (typeof retryAfter === 'number') headers['retry-after'] = String(retryAfter);
        return sendJson(
          res,
          status,
          { errors: [{ message: error.message, extensions: { code: error.code } }] },
          headers,
        );
      }
      throw error;
    }

    if (options.transformBody) {
      try {
        body = options.transformBody(body, context);
      } catch (error) {
        if (isAppError(error))
          return sendJson(res, STATUS_BY_CODE[error.code] ?? 400, {
            errors: [{ message: error.message, extensions: { code: error.code, ...(error.details ?? {}) } }],
          });
        throw error;
      }
    }

    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let response: Awaited<ReturnType<typeof options.apollo.executeHTTPGraphQLRequest>>;
    try {
      response = await options.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search, body },
        context: resolvesTo(context),
      });
    } catch (error) {
      // Apollo refuses malformed transport (CSRF-prone simple requests, bad methods) by throwing.
      const status = (error as { extensions?: { http?: { status?: number } } }).extensions?.http?.status;
      if (status === 400 || (error as object).constructor.name === 'BadRequestError') {
        return sendJson(res, 400, {
          errors: [{ message: (error as Error).message, extensions: { code: 'BAD_REQUEST' } }],
        });
      }
      throw error;
    }
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      const corrected = res.statusCode >= 500 ? correctRefusal(response.body.string) : null;
      if (corrected) {
        res.statusCode = corrected.status;
        res.removeHeader('content-length');
        res.end(corrected.body);
        return;
      }
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}

/** `async () => value`, without a named closure per request (tsx's keepNames defines its name). */
const resolvesTo =
  <T>(value: T) =>
  async () =>
    value;

/**
 * The query string of a request target as `new URL(target, base).search` would give it (before
 * any fragment, empty when there is nothing after `?`), without parsing a URL per request; Apollo
 * reads it with URLSearchParams, which decodes what URL would have percent-encoded.
 */
export function searchOf(target: string): string {
  const hash = target.indexOf('#');
  const path = hash < 0 ? target : target.slice(0, hash);
  const start = path.indexOf('?');
  return start < 0 || start === path.length - 1 ? '' : path.slice(start);
}

const REFUSAL_STATUS: Record<string, number> = {
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  BAD_USER_INPUT: 400,
  BAD_REQUEST: 400,
  OPERATION_RESOLUTION_FAILURE: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  RATE_LIMITED: 429,
};

/**
 * Apollo answers 500 when a plugin refuses a request from requestDidStart (graphql-armor's token
 * limit does). A refusal with only client error codes and no data is a 4xx; graphql-armor reports
 * syntax errors as validation errors, so they get the parse code back.
 */
function correctRefusal(text: string): { status: number; body: string } | null {
  let body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  try {
    body = JSON.parse(text);
  } catch {
    return null;
  }
  const errors = body.errors ?? [];
  if (
    body.data !== undefined ||
    errors.length === 0 ||
    !errors.every((e) => REFUSAL_STATUS[String(e.extensions?.code)])
  )
    return null;
  for (const error of errors) {
    if (
      error.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' &&
      /^Syntax Error: (?!.*limit)/.test(error.message)
    )
      error.extensions.code = 'GRAPHQL_PARSE_FAILED';
  }
  return { status: REFUSAL_STATUS[String(errors[0]!.extensions!.code)]!, body: JSON.stringify(body) };
}
