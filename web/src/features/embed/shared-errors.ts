// What a viewer is told when a link cannot show a report (never a server detail).
import type { CombinedError } from 'urql';
import { errorInfo } from '../../ui/errors';

const REASONS: Record<string, string> = {
  SHARE_LINK_EXPIRED: 'This link has expired. Ask its owner for a new one.',
  SHARE_LINK_REVOKED: 'This link was revoked by its owner.',
  SHARE_LINK_INVALID: 'This link is not valid.',
  EMBED_TOKEN_EXPIRED: 'This embed has expired. Reload the page that shows it.',
  EMBED_TOKEN_INVALID: 'This embed is not valid.',
};

function reasonOf(error: CombinedError | undefined): string | undefined {
  return (error?.graphQLErrors[0]?.extensions as { reason?: string } | undefined)?.reason;
}

export function notPublished(error: CombinedError | undefined): boolean {
  const reason = reasonOf(error);
  return reason === 'NOT_PUBLISHED' || reason === 'NEVER_PUBLISHED';
}

export function unavailableMessage(error: CombinedError | undefined): string {
  const reason = reasonOf(error);
  return (reason && REASONS[reason]) ?? errorInfo(error)?.message ?? 'This shared canvas is not available.';
}
