// The canvases of a project and "New canvas" (blank or from a template).
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link, navigate } from '../../router/router';
import { Dialog } from '../../ui/dialog';
import { EmptyState } from '../../ui/empty-state';
import { errorInfo } from '../../ui/errors';
import { SkeletonTiles } from '../../ui/skeleton';
import { CreateCanvasDocument, ProjectCanvasesDocument } from './operations';

const updated = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function ProjectCanvases({ projectId }: { projectId: string }) {
  const [{ data, fetching, error }] = useQuery({
    query: ProjectCanvasesDocument,
    variables: { id: projectId },
  });
  const [creating, setCreating] = useState(false);
  const canvases = data?.project?.canvases ?? [];
  return (
    <section aria-labelledby="canvases-title" style={{ display: 'grid', gap: 12 }}>
      <div className="row">
        <h2 id="canvases-title">Canvases</h2>
        <span className="spacer" />
        <button className="btn btn-primary" onClick={() => setCreating(true)}>
          + New canvas
        </button>
      </div>
      {!data && fetching ? (
        <SkeletonTiles label="Loading canvases" />
      ) : error && !data ? (
        <div className="alert" role="alert">
          {errorInfo(error)?.message}
        </div>
      ) : canvases.length === 0 ? (
        <EmptyState
          title="No canvases yet"
          action={
            <button className="btn" onClick={() => setCreating(true)}>
              Create your first canvas
            </button>
          }
        >
          Start blank or from the Sales overview template.
        </EmptyState>
      ) : (
        <div className="grid-list">
          {canvases.map((c) => (
            <Link
              key={c.id}
              className="card tile"
              href={`/canvas/${c.id}`}
              aria-label={`Open canvas ${c.name}`}
            >
              <strong>{c.name}</strong>
              <span className="muted">
                Updated {updated.format(new Date(c.updatedAt))}
                {c.commentCount ? ` · ${c.commentCount} comment${c.commentCount > 1 ? 's' : ''}` : ''}
              </span>
            </Link>
          ))}
        </div>
      )}
      {creating ? (
        <NewCanvasDialog
          projectId={projectId}
          templates={data?.canvasTemplates ?? []}
          onClose={() => setCreating(false)}
        />
      ) : null}
    </section>
  );
}

function NewCanvasDialog({
  projectId,
  templates,
  onClose,
}: {
  projectId: string;
  templates: { id: string; name: string; description: string }[];
  onClose: () => void;
}) {
  const [result, create] = useMutation(CreateCanvasDocument);
  const [template, setTemplate] = useState('blank');
  const error = errorInfo(result.error);
  const choices = templates.length
    ? templates
    : [{ id: 'blank', name: 'Blank', description: 'An empty canvas.' }];
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name =
      String(new FormData(event.currentTarget).get('name') || '').trim() ||
      choices.find((t) => t.id === template)?.name ||
      'Untitled canvas';
    const res = await create({ input: { projectId, name, template } });
    if (res.data) navigate(`/canvas/${res.data.createCanvas.id}`);
  };
  return (
    <Dialog title="New canvas" onClose={onClose}>
      <form className="form" onSubmit={onSubmit}>
        <fieldset
          className="template-choices"
          style={{ border: 0, padding: 0, margin: 0, display: 'grid', gap: 8 }}
        >
          <legend className="muted" style={{ marginBottom: 6 }}>
            Start from
          </legend>
          {choices.map((t) => (
            <label
              key={t.id}
              className={`card tile template-choice${template === t.id ? ' chosen' : ''}`}
              style={{ cursor: 'pointer' }}
            >
              <span className="row">
                <input
                  type="radio"
                  name="template"
                  value={t.id}
                  checked={template === t.id}
                  onChange={() => setTemplate(t.id)}
                />
                <strong>{t.name}</strong>
              </span>
              <span className="muted" style={{ fontWeight: 400 }}>
                {t.description}
              </span>
            </label>
          ))}
        </fieldset>
        <label>
          Name
          <input name="name" placeholder={choices.find((t) => t.id === template)?.name} maxLength={200} />
        </label>
        {error ? (
          <div className="alert" role="alert">
            {error.message}
          </div>
        ) : null}
        <div className="row">
          <span className="spacer" />
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button className="btn btn-primary" disabled={result.fetching}>
            {result.fetching ? 'Creating…' : 'Create canvas'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
