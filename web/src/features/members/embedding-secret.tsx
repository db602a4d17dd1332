import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { errorInfo } from '../../ui/errors';
import { CreateEmbeddingSecretDocument, EmbeddingSecretStatusDocument } from './operations';

/**
 * The organization's signed-embed secret (ADMIN+). Generated on the server and shown once; a new
 * one replaces it, and embeds signed with the old one stop opening.
 */
export function EmbeddingSecretCard({ organizationId }: { organizationId: string }) {
  const [{ data, fetching, error }, refetch] = useQuery({
    query: EmbeddingSecretStatusDocument,
    variables: { id: organizationId },
  });
  const [created, create] = useMutation(CreateEmbeddingSecretDocument);
  const [secret, setSecret] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const since = data?.organization?.embeddingSecretCreatedAt ?? null;
  const problem = errorInfo(error ?? created.error);

  const onGenerate = async () => {
    if (
      since &&
      !window.confirm(
        'Rotate the embedding secret? Every embed signed with the current secret stops opening until your application signs with the new one.',
      )
    )
      return;
    setCopied(false);
    const res = await create({ organizationId });
    if (res.data) {
      setSecret(res.data.createEmbeddingSecret);
      refetch({ requestPolicy: 'network-only' });
    }
  };

  return (
    <section className="card members-section" aria-labelledby="embed-secret-heading">
      <h2 id="embed-secret-heading">Embedding secret</h2>
      <p className="muted">
        Your application signs embed links with this secret (HS256 JWT with claims <code>canvas</code>,{' '}
        <code>params</code>, <code>exp</code>) and opens <code>/embed/&lt;jwt&gt;</code>. Keep it on your
        server.
      </p>
      {fetching && !data ? (
        <p className="muted">Loading…</p>
      ) : (
        <p>{since ? `Current secret created ${new Date(since).toLocaleString()}.` : 'No secret yet.'}</p>
      )}
      {secret ? (
        <div className="alert alert-info members-link" role="status">
          <strong>Copy it now: it is not shown again.</strong>
          <div className="row">
            <input
              readOnly
              value={secret}
              aria-label="Embedding secret"
              className="members-secret"
              onFocus={(e) => e.currentTarget.select()}
            />
            <button
              className="btn btn-sm"
              type="button"
              onClick={() =>
                void navigator.clipboard?.writeText(secret).then(
                  () => setCopied(true),
                  () => undefined,
                )
              }
            >
              {copied ? 'Copied' : 'Copy'}
            </button>
            <button className="btn btn-ghost btn-sm" type="button" onClick={() => setSecret(null)}>
              Done
            </button>
          </div>
        </div>
      ) : null}
      {problem ? (
        <div className="alert" role="alert">
          {problem.message}
        </div>
      ) : null}
      <div>
        <button
          className={since ? 'btn btn-danger' : 'btn btn-primary'}
          type="button"
          onClick={() => void onGenerate()}
          disabled={created.fetching}
        >
          {created.fetching ? 'Generating…' : since ? 'Rotate secret' : 'Generate secret'}
        </button>
      </div>
    </section>
  );
}
