import type { PublicationFieldsFragment } from '../../gql/graphql';

type Change = NonNullable<PublicationFieldsFragment['publicationStatus']>['changes'][number];

const KIND: Record<Change['kind'], { label: string; className: string; sign: string }> = {
  ADDED: { label: 'Added', className: 'badge-success', sign: '+' },
  REMOVED: { label: 'Removed', className: 'badge-danger', sign: '−' },
  CHANGED: { label: 'Changed', className: 'badge-warning', sign: '~' },
};

/** What differs from the published version: blocks added, removed and changed since. */
export function ChangeList({ changes }: { changes: readonly Change[] }) {
  return (
    <section className="publish-changes" aria-label="Changes since the last publication">
      <h3>Since the last publication</h3>
      <ul>
        {changes.map((c) => (
          <li key={`${c.kind}:${c.blockId}`} data-kind={c.kind}>
            <span className={`badge ${KIND[c.kind].className}`} aria-label={KIND[c.kind].label}>
              {KIND[c.kind].sign} {KIND[c.kind].label}
            </span>
            <span>{c.title ?? 'Untitled'}</span>
            <span className="faint">{c.type.toLowerCase()}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
