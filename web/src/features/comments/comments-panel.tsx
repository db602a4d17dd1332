// Comments anchored to blocks: list, add (on the selected block or the canvas), resolve.
// Live: the `commentAdded(canvasId)` subscription (graphql-ws through the gateway) refreshes the list.
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { Avatar } from '../../ui/avatar';
import { EmptyState } from '../../ui/empty-state';
import { errorInfo } from '../../ui/errors';
import { Skeleton } from '../../ui/skeleton';
import { MentionInput } from './mention-input';
import {
  AddCommentDocument,
  CanvasCommentsDocument,
  CommentAddedDocument,
  ResolveCommentDocument,
} from './operations';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'short' });

export default function CommentsPanel({ canvasId, blockId }: { canvasId: string; blockId: string | null }) {
  const [{ data, fetching, error }, refetch] = useQuery({
    query: CanvasCommentsDocument,
    variables: { canvasId },
  });
  const [added, add] = useMutation(AddCommentDocument);
  const [, resolve] = useMutation(ResolveCommentDocument);
  const [body, setBody] = useState('');
  useSubscription({ query: CommentAddedDocument, variables: { canvasId } }, (_previous, event) => {
    refetch({ requestPolicy: 'network-only' });
    return event;
  });
  const comments = (data?.comments.edges ?? []).map((e) => e.node).filter((c) => !c.deleted);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) return;
    const res = await add({ input: { canvasId, body: body.trim(), ...(blockId ? { blockId } : {}) } });
    if (res.data) {
      setBody('');
      refetch({ requestPolicy: 'network-only' });
    }
  };
  return (
    <div style={{ display: 'grid', gap: 10 }}>
      <form onSubmit={submit} style={{ display: 'grid', gap: 6 }}>
        <MentionInput
          canvasId={canvasId}
          value={body}
          onChange={setBody}
          placeholder={
            blockId
              ? 'Comment on the selected block… (@name mentions)'
              : 'Comment on the canvas… (@name mentions)'
          }
        />
        <div className="row">
          <span className="faint">{blockId ? 'On the selected block' : 'On the canvas'}</span>
          <span className="spacer" />
          <button className="btn btn-sm btn-primary" disabled={added.fetching || !body.trim()}>
            Comment
          </button>
        </div>
        {added.error ? (
          <div className="alert" role="alert">
            {errorInfo(added.error)?.message}
          </div>
        ) : null}
      </form>
      {!data && fetching ? (
        <Skeleton height={120} />
      ) : error && !data ? (
        <div className="alert" role="alert">
          {errorInfo(error)?.message}
        </div>
      ) : comments.length === 0 ? (
        <EmptyState title="No comments yet">Start the conversation.</EmptyState>
      ) : (
        <ul
          style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 }}
          aria-label="Comments"
        >
          {comments.map((c) => (
            <li
              key={c.id}
              className="card"
              style={{ padding: 10, opacity: c.resolved ? 0.6 : 1, marginLeft: c.parentId ? 16 : 0 }}
            >
              <div className="row">
                <Avatar name={c.author.name} />
                <strong>{c.author.name}</strong>
                <span className="faint">{when.format(new Date(c.createdAt))}</span>
                <span className="spacer" />
                {c.blockId ? (
                  <button
                    className="btn btn-sm btn-ghost"
                    onClick={() =>
                      document.querySelector<HTMLElement>(`[data-block-id="${c.blockId}"]`)?.focus()
                    }
                  >
                    Go to block
                  </button>
                ) : null}
              </div>
              <p style={{ margin: '6px 0', whiteSpace: 'pre-wrap' }}>
                {c.body.replace(/@\[([^\]]+)\]\([^)]+\)/g, '@$1')}
              </p>
              {c.resolved ? (
                <span className="badge badge-success">resolved</span>
              ) : !c.parentId ? (
                <button
                  className="btn btn-sm"
                  onClick={() =>
                    void resolve({ id: c.id }).then(() => refetch({ requestPolicy: 'network-only' }))
                  }
                >
                  Resolve
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
