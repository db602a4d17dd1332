// Share links: create (expiry, locked filters, origins allowed to frame the embed), the link and
// the embed snippet generator, the active links with their origins, revoke. Links show the latest
// publication; a canvas never published shows "Nothing published yet" through them.
import type { BlockJson } from '@tessera/canvas-model';
import { useId, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { getFragmentData } from '../../gql';
import type { ShareLinkFieldsFragment as ShareLinkFieldsFragmentType } from '../../gql/graphql';
import { errorInfo } from '../../ui/errors';
import { Skeleton } from '../../ui/skeleton';
import { EmbedBuilder } from './embed-builder';
import {
  CreateShareLinkDocument,
  RevokeShareLinkDocument,
  ShareLinkFieldsFragment,
  ShareLinksDocument,
} from './operations';
import { MAX_ORIGINS, parseOrigins } from './origins';
import './share.css';

const EXPIRY: [string, number | null][] = [
  ['Never', null],
  ['1 day', 86_400],
  ['7 days', 7 * 86_400],
  ['30 days', 30 * 86_400],
];
const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function ShareLinks({ canvasId }: { canvasId: string }) {
  const [{ data, error, fetching }, refetch] = useQuery({
    query: ShareLinksDocument,
    variables: { id: canvasId },
    requestPolicy: 'network-only',
  });
  const [created, create] = useMutation(CreateShareLinkDocument);
  const [, revoke] = useMutation(RevokeShareLinkDocument);
  const [expiry, setExpiry] = useState<number | null>(null);
  const [locks, setLocks] = useState<Record<string, boolean>>({});
  const [originsText, setOriginsText] = useState('');
  const [embedFor, setEmbedFor] = useState<string | null>(null);
  const originsId = useId();
  const canvas = data?.canvas;
  const blocks = (canvas?.blocks ?? []) as unknown as BlockJson[];
  const publishedIds = new Set(canvas?.publication?.blockIds ?? []);
  const publishedBlocks = blocks.filter((b) => publishedIds.has(b.id) && b.type !== 'FILTER');
  const filters = blocks
    .filter((b) => b.type === 'FILTER')
    .map((b) => b.content as { parameter?: string; label?: string; default?: unknown });
  const links = getFragmentData(ShareLinkFieldsFragment, canvas?.shareLinks ?? []).filter(
    (l) => !l.revokedAt,
  );
  const newest = created.data ? getFragmentData(ShareLinkFieldsFragment, created.data.createShareLink) : null;
  const createError = errorInfo(created.error);
  const origins = parseOrigins(originsText);
  const title = canvas?.name ?? 'Tessera report';

  const onCreate = async () => {
    if (origins.problems.length) return;
    const lockedFilters = Object.fromEntries(
      filters.filter((f) => f.parameter && locks[f.parameter]).map((f) => [f.parameter!, f.default ?? null]),
    );
    const res = await create({
      input: {
        canvasId,
        ...(expiry ? { expiresInSeconds: expiry } : {}),
        ...(Object.keys(lockedFilters).length ? { lockedFilters } : {}),
        ...(origins.origins.length ? { allowedOrigins: origins.origins } : {}),
      },
    });
    if (res.data) {
      setEmbedFor(null);
      refetch({ requestPolicy: 'network-only' });
    }
  };

  if (!data && fetching) return <Skeleton height={120} />;
  if (error && !data)
    return (
      <div className="alert" role="alert">
        {errorInfo(error)?.message}
      </div>
    );
  return (
    <div className="share-links">
      {canvas && !canvas.published ? (
        <div className="alert alert-info" role="note">
          Nothing is published yet: links show “Nothing published yet” until you publish the canvas.
        </div>
      ) : null}
      <div className="share-create">
        <label>
          Expires
          <select
            value={expiry ?? ''}
            onChange={(e) => setExpiry(e.target.value ? Number(e.target.value) : null)}
          >
            {EXPIRY.map(([label, seconds]) => (
              <option key={label} value={seconds ?? ''}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="share-origins">
          Sites that may embed it <span className="faint">(one origin per line; empty: only Tessera)</span>
          <textarea
            value={originsText}
            rows={2}
            placeholder="https://intranet.example.com"
            aria-invalid={origins.problems.length > 0 || undefined}
            aria-describedby={originsId}
            onChange={(e) => setOriginsText(e.target.value)}
          />
        </label>
        {filters.length ? (
          <fieldset className="share-locks">
            <legend className="muted">Lock filters at their current value</legend>
            {filters.map((f) =>
              f.parameter ? (
                <label key={f.parameter} className="row" style={{ fontWeight: 400 }}>
                  <input
                    type="checkbox"
                    checked={Boolean(locks[f.parameter])}
                    onChange={(e) => setLocks((l) => ({ ...l, [f.parameter!]: e.target.checked }))}
                  />
                  {f.label ?? f.parameter} = {JSON.stringify(f.default ?? null)}
                </label>
              ) : null,
            )}
          </fieldset>
        ) : null}
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => void onCreate()}
          disabled={created.fetching || origins.problems.length > 0}
        >
          Create link
        </button>
      </div>
      <div
        id={originsId}
        className={origins.problems.length ? 'share-origin-problems' : 'sr-only'}
        role={origins.problems.length ? 'alert' : undefined}
      >
        {origins.problems.length
          ? origins.problems.join(' · ')
          : `Up to ${MAX_ORIGINS} origins such as https://intranet.example.com`}
      </div>
      {createError ? (
        <div className="alert" role="alert">
          {createError.message}
        </div>
      ) : null}
      {newest ? (
        <div className="card share-new">
          <strong>
            New link
            {newest.allowedOrigins.length ? ` · embeddable on ${newest.allowedOrigins.join(', ')}` : ''}
          </strong>
          <EmbedBuilder
            token={newest.token}
            shortUrl={newest.shortUrl}
            blocks={publishedBlocks}
            title={title}
          />
        </div>
      ) : null}
      {links.length ? (
        <table className="table" aria-label="Active share links">
          <thead>
            <tr>
              <th>Created</th>
              <th>Expires</th>
              <th>Embeddable on</th>
              <th>Locked</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {links.map((l) => (
              <LinkRow
                key={l.id}
                link={l}
                open={embedFor === l.id}
                onToggle={() => setEmbedFor(embedFor === l.id ? null : l.id)}
                onRevoke={() =>
                  void revoke({ id: l.id }).then(() => refetch({ requestPolicy: 'network-only' }))
                }
              >
                <EmbedBuilder token={l.token} shortUrl={l.shortUrl} blocks={publishedBlocks} title={title} />
              </LinkRow>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted" style={{ margin: 0 }}>
          No active links.
        </p>
      )}
    </div>
  );
}

type Link = ShareLinkFieldsFragmentType;

function LinkRow({
  link,
  open,
  onToggle,
  onRevoke,
  children,
}: {
  link: Link;
  open: boolean;
  onToggle: () => void;
  onRevoke: () => void;
  children: React.ReactNode;
}) {
  return (
    <>
      <tr>
        <td>{when.format(new Date(link.createdAt))}</td>
        <td>{link.expiresAt ? when.format(new Date(link.expiresAt)) : 'never'}</td>
        <td className="share-origin-cell">
          {link.allowedOrigins.length ? (
            link.allowedOrigins.join(', ')
          ) : (
            <span className="faint">Tessera only</span>
          )}
        </td>
        <td className="mono">
          {link.lockedFilters && Object.keys(link.lockedFilters).length
            ? JSON.stringify(link.lockedFilters)
            : '—'}
        </td>
        <td className="share-actions">
          <button type="button" className="btn btn-sm" aria-expanded={open} onClick={onToggle}>
            Link & embed
          </button>
          <button type="button" className="btn btn-sm btn-danger" onClick={onRevoke}>
            Revoke
          </button>
        </td>
      </tr>
      {open ? (
        <tr>
          <td colSpan={5}>{children}</td>
        </tr>
      ) : null}
    </>
  );
}
