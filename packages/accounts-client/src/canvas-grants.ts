import { AppError } from '@tessera/errors';

export type CanvasGrantRole = 'VIEWER' | 'EDITOR';

export interface CanvasGrants {
  /**
   * Gives one canvas to a person by email (the caller has checked that its user may share it).
   * `invited`: the person has no account yet and was emailed a sign-up link.
   */
  share(input: {
    organizationId: string;
    canvasId: string;
    canvasName?: string;
    email: string;
    role: CanvasGrantRole;
    grantedBy?: string | null;
  }): Promise<{ invited: boolean }>;
  /** Takes the canvas back; false when it was not shared with that email. */
  revoke(input: { organizationId: string; canvasId: string; email: string }): Promise<boolean>;
}

/** The accounts service's canvas grants (internal routes, internal secret). */
export function createCanvasGrants(options: { accountsUrl: string; internalSecret: string }): CanvasGrants {
  async function post(path: string, body: unknown): Promise<Record<string, unknown>> {
    let response: Response;
    try {
      response = await fetch(new URL(path, options.accountsUrl), {
        method: 'POST',
        headers: { 'x-internal-secret': options.internalSecret, 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(5_000),
      });
    } catch (cause) {
      throw new AppError('UNAVAILABLE', 'The accounts service is unavailable', { cause });
    }
    const json = (await response.json().catch(() => null)) as
      ({ error?: { code?: string; message?: string; field?: string } } & Record<string, unknown>) | null;
    if (response.status === 400 && json?.error?.message)
      throw AppError.badInput(json.error.field ?? 'input', json.error.message);
    if (!response.ok || !json) throw new AppError('UNAVAILABLE', 'The accounts service is unavailable');
    return json;
  }
  return {
    async share(input) {
      const body = await post('/internal/canvas-grants', input);
      return { invited: body.invited === true };
    },
    async revoke(input) {
      const body = await post('/internal/canvas-grants/revoke', input);
      return body.removed === true;
    },
  };
}
