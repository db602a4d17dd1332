import type { PublicationFieldsFragment } from '../../gql/graphql';
import { relativeTime } from './relative-time';
import { changesText } from './publish-model';
import { useNow } from './use-now';

type Publication = NonNullable<PublicationFieldsFragment['publication']>;
type Status = NonNullable<PublicationFieldsFragment['publicationStatus']>;

/** "Published 3 h ago · 2 changes since" (kept current), or why there is nothing to see yet. */
export function PublicationSummary({
  publication,
  status,
}: {
  publication: Publication | null | undefined;
  status: Status | null | undefined;
}) {
  const now = useNow();
  if (!publication) {
    return (
      <p className="publish-summary muted">
        Not published yet: share links and embeds show “Nothing published yet” until you publish.
      </p>
    );
  }
  return (
    <p className="publish-summary" data-testid="publication-summary">
      <strong title={new Date(publication.publishedAt).toLocaleString()}>
        Published {relativeTime(publication.publishedAt, now)}
      </strong>
      {status ? <> · {changesText(status.changesSince)}</> : null}
      <span className="faint">
        {' '}
        · version {publication.version}
        {publication.publishedBy ? ` by ${publication.publishedBy.name}` : ''}
        {publication.showCode ? ' · SQL shown' : ''}
      </span>
      {publication.note ? <span className="publish-note">“{publication.note}”</span> : null}
    </p>
  );
}
