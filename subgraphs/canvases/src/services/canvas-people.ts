import type { CanvasGrants } from '@tessera/accounts-client';
import type { Identity } from '@tessera/auth';
import { AppError } from '@tessera/errors';
import { actorId, type Access } from './access.ts';

export interface ShareCanvasInput {
  canvasId: string;
  email: string;
  role: string;
}

const MAX_EMAIL = 254;

/** Canvas grants (shareCanvas): this subgraph owns the canvas and checks the caller; accounts stores the grant. */
export function createCanvasPeople({ access, canvasGrants }: { access: Access; canvasGrants: CanvasGrants }) {
  return {
    async share(identity: Identity, input: ShareCanvasInput): Promise<boolean> {
      const { canvas } = await access.canvas(identity, input.canvasId, 'EDITOR');
      // Only members re-share: a person holding a canvas grant cannot hand the canvas on.
      access.organization(identity, canvas.organizationId, 'EDITOR', 'Canvas');
      if (input.role !== 'VIEWER' && input.role !== 'EDITOR')
        throw AppError.badInput('role', 'A canvas can be shared as VIEWER or EDITOR');
      const email = typeof input.email === 'string' ? input.email.trim() : '';
      if (!email || email.length > MAX_EMAIL) throw AppError.badInput('email', 'Enter a valid email address');
      await canvasGrants.share({
        organizationId: canvas.organizationId,
        canvasId: canvas.id,
        canvasName: canvas.name,
        email,
        role: input.role,
        grantedBy: actorId(identity),
      });
      return true;
    },
  };
}
