// Share links: create (expiry, locked filters), copy the link and the iframe embed snippet, revoke.
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { getFragmentData } from '../../gql';
import { errorInfo } from '../../ui/errors';
import { CreateShareLinkDocument, RevokeShareLinkDocument, ShareLinkFieldsFragment, ShareLinksDocument } from './operations';

const EXPIRY: [string, number | null][] = [
  ['Never', null],
  ['1 day', 86_400],
  ['7 days', 7 * 86_400],
  ['30 days', 30 * 86_400],
];
const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The link as this deployment serves it (ShareLink.url carries the configured public URL). */
export function embedUrl(token: string): string {
  return `${window.location.origin}/embed/${token}`;
}

export function embedSnippet(url: string, title = 'Tessera canvas'): string {
  return `<iframe src="${url.replace(/"/g, '&quot;')}" title="${title}" width="100%" height="600" style="border:0" loading="lazy"></iframe>`;
}

function Copy({ label, value }: { label: string; value: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="row">
      <input aria-label={label} readOnly value={value} className="mono" style={{ flex: 1 }} onFocus={(e) => e.target.select()} />
      <button
        type="button"
        className="btn btn-sm"
        onClick={() => void navigator.clipboard?.writeText(value).then(() => setCopied(true), () => setCopied(false))}
      >
        {copied ? 'Copied' : 'Copy'}
      </button>
    </div>
  );
}

export function ShareLinks({ canvasId }: { canvasId: string }) {
  const [{ data, error }, refetch] = useQuery({ query: ShareLinksDocument, variables: { id: canvasId }, requestPolicy: 'network-only' });
  const [created, create] = useMutation(CreateShareLinkDocument);
  const [, revoke] = useMutation(RevokeShareLinkDocument);
  const [expiry, setExpiry] = useState<number | null>(null);
  const [locks, setLocks] = useState<Record<string, boolean>>({});
  const filters = (data?.canvas?.blocks ?? []).filter((b) => b.type === 'FILTER').map((b) => b.content as { parameter?: string; label?: string; default?: unknown });
  const links = getFragmentData(ShareLinkFieldsFragment, data?.canvas?.shareLinks ?? []).filter((l) => !l.revokedAt);
  const newest = created.data ? getFragmentData(ShareLinkFieldsFragment, created.data.createShareLink) : null;
  const createError = errorInfo(created.error);

  const onCreate = async () => {
    const lockedFilters = Object.fromEntries(filters.filter((f) => f.parameter && locks[f.parameter]).map((f) => [f.parameter!, f.default ?? null]));
    const res = await create({ input: { canvasId, ...(expiry ? { expiresInSeconds: expiry } : {}), ...(Object.keys(lockedFilters).length ? { lockedFilters } : {}) } });
    if (res.data) refetch({ requestPolicy: 'network-only' });
  };

  if (error && !data) return <div className="alert" role="alert">{errorInfo(error)?.message}</div>;
  return (
    <div style={{ display: 'grid', gap: 10 }}>
      <div className="row" style={{ flexWrap: 'wrap', alignItems: 'end' }}>
        <label>
          Expires
          <select value={expiry ?? ''} onChange={(e) => setExpiry(e.target.value ? Number(e.target.value) : null)}>
            {EXPIRY.map(([label, seconds]) => (
              <option key={label} value={seconds ?? ''}>
                {label}
              </option>
            ))}
          </select>
        </label>
        {filters.length ? (
          <fieldset style={{ border: '1px solid var(--border)', borderRadius: 6, padding: '4px 10px' }}>
            <legend className="muted" style={{ fontSize: 12 }}>Lock filters at their current value</legend>
            {filters.map((f) =>
              f.parameter ? (
                <label key={f.parameter} className="row" style={{ fontWeight: 400 }}>
                  <input type="checkbox" checked={Boolean(locks[f.parameter])} onChange={(e) => setLocks((l) => ({ ...l, [f.parameter!]: e.target.checked }))} />
                  {f.label ?? f.parameter} = {JSON.stringify(f.default ?? null)}
                </label>
              ) : null,
            )}
          </fieldset>
        ) : null}
        <button type="button" className="btn btn-primary" onClick={onCreate} disabled={created.fetching}>
          Create link
        </button>
      </div>
      {createError ? <div className="alert" role="alert">{createError.message}</div> : null}
      {newest ? (
        <div className="card" style={{ padding: 10, display: 'grid', gap: 6 }}>
          <strong>New link</strong>
          <Copy label="Share link URL" value={embedUrl(newest.token)} />
          <Copy label="Embed snippet" value={embedSnippet(embedUrl(newest.token))} />
        </div>
      ) : null}
      {links.length ? (
        <table className="table" aria-label="Active share links">
          <thead>
            <tr>
              <th>Created</th>
              <th>Expires</th>
              <th>Locked</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {links.map((l) => (
              <tr key={l.id}>
                <td>{when.format(new Date(l.createdAt))}</td>
                <td>{l.expiresAt ? when.format(new Date(l.expiresAt)) : 'never'}</td>
                <td className="mono">{l.lockedFilters && Object.keys(l.lockedFilters).length ? JSON.stringify(l.lockedFilters) : '—'}</td>
                <td style={{ textAlign: 'right' }}>
                  <button className="btn btn-sm btn-danger" onClick={() => void revoke({ id: l.id }).then(() => refetch({ requestPolicy: 'network-only' }))}>
                    Revoke
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted" style={{ margin: 0 }}>No active links.</p>
      )}
    </div>
  );
}
