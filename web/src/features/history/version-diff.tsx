// One version compared with the canvas now, block by block: added, removed, changed (SQL and text
// as a line diff), each removed or changed block restorable on its own.
import { useState } from 'react';
import { useMutation } from 'urql';
import { errorInfo } from '../../ui/errors';
import type { BlockChange } from './block-diff';
import { RestoreCanvasBlockDocument } from './operations';

const KIND_TEXT: Record<BlockChange['kind'], string> = {
  added: 'Added since',
  removed: 'Removed since',
  changed: 'Changed',
};

function TextDiff({ change }: { change: NonNullable<BlockChange['text']> }) {
  return (
    <pre className="line-diff" aria-label={`${change.field === 'sql' ? 'SQL' : 'Text'} changes`}>
      {change.lines.map((line, i) => (
        <div key={i} className={`diff-${line.kind}`}>
          <span className="diff-sign" aria-hidden="true">
            {line.kind === 'added' ? '+' : line.kind === 'removed' ? '−' : ' '}
          </span>
          <span className="sr-only">
            {line.kind === 'added' ? 'added: ' : line.kind === 'removed' ? 'removed: ' : ''}
          </span>
          {line.text || ' '}
        </div>
      ))}
    </pre>
  );
}

export function VersionDiff({
  canvasId,
  versionId,
  versionLabel,
  changes,
  canEdit,
  onRestored,
}: {
  canvasId: string;
  versionId: string;
  versionLabel: string;
  changes: BlockChange[];
  canEdit: boolean;
  onRestored: (title: string) => void;
}) {
  const [restoring, restore] = useMutation(RestoreCanvasBlockDocument);
  const [busy, setBusy] = useState<string | null>(null);
  if (changes.length === 0) return <p className="muted">No block differs from {versionLabel}.</p>;
  return (
    <div className="version-diff" data-testid="version-diff">
      {restoring.error ? (
        <div className="alert" role="alert">
          {errorInfo(restoring.error)?.message}
        </div>
      ) : null}
      <ul>
        {changes.map((change) => (
          <li key={change.id} className={`diff-block diff-block-${change.kind}`} data-block-id={change.id}>
            <div className="row" style={{ gap: 6 }}>
              <span className={`badge diff-badge-${change.kind}`}>{KIND_TEXT[change.kind]}</span>
              <strong>{change.title}</strong>
              <span className="faint">{change.type.toLowerCase()}</span>
              {canEdit && change.kind !== 'added' ? (
                <button
                  className="btn btn-sm"
                  disabled={busy !== null}
                  aria-label={`Restore ${change.title} from ${versionLabel}`}
                  onClick={async () => {
                    setBusy(change.id);
                    const result = await restore({ canvasId, versionId, blockId: change.id });
                    setBusy(null);
                    if (result.data) onRestored(change.title);
                  }}
                >
                  {busy === change.id ? 'Restoring…' : 'Restore block'}
                </button>
              ) : null}
            </div>
            {change.kind === 'changed' && !change.text ? (
              <p className="faint" style={{ margin: '4px 0 0' }}>
                Changed: {change.fields.join(', ')}
              </p>
            ) : null}
            {change.text ? <TextDiff change={change.text} /> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
