// One thread: its first comment, the replies nested under it, and Reply / Resolve / Reopen.
import { useState } from 'react';
import { useMutation } from 'urql';
import type { CanvasCommentsQuery } from '../../gql/graphql';
import { Avatar } from '../../ui/avatar';
import { errorInfo } from '../../ui/errors';
import { MentionInput } from './mention-input';
import { segments } from './mention-text';
import { AddCommentDocument, ReopenCommentDocument, ResolveCommentDocument } from './operations';

export type CommentNode = CanvasCommentsQuery['comments']['edges'][number]['node'];

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A stored body with its mentions drawn as chips (never the raw `@[Name](id)` markup). */
export function CommentBody({ body }: { body: string }) {
  return (
    <p className="comment-body">
      {segments(body).map((s, i) =>
        s.kind === 'text' ? (
          s.text
        ) : (
          <span key={i} className="mention-chip" data-user-id={s.id}>
            @{s.name}
          </span>
        ),
      )}
    </p>
  );
}

function CommentView({ comment }: { comment: CommentNode }) {
  return (
    <div className="comment" data-comment-id={comment.id}>
      <div className="comment-meta">
        <Avatar name={comment.author.name} />
        <strong>{comment.author.name}</strong>
        <time className="faint" dateTime={comment.createdAt}>
          {when.format(new Date(comment.createdAt))}
        </time>
        {comment.editedAt ? <span className="faint">(edited)</span> : null}
      </div>
      {comment.deleted ? (
        <p className="comment-body faint">This comment was deleted.</p>
      ) : (
        <CommentBody body={comment.body} />
      )}
      {comment.anchor ? (
        <span className="comment-anchor" title="The data point this comment is about">
          {comment.anchor.field} = {comment.anchor.value}
        </span>
      ) : null}
      {comment.assignee ? (
        <span className="badge comment-assignee">Assigned to {comment.assignee.name}</span>
      ) : null}
    </div>
  );
}

export function CommentThread({
  canvasId,
  root,
  replies,
  onChanged,
}: {
  canvasId: string;
  root: CommentNode;
  replies: CommentNode[];
  onChanged: () => void;
}) {
  const [replying, setReplying] = useState(false);
  const [body, setBody] = useState('');
  const [sent, send] = useMutation(AddCommentDocument);
  const [resolving, resolve] = useMutation(ResolveCommentDocument);
  const [reopening, reopen] = useMutation(ReopenCommentDocument);
  const stateError = resolving.error ?? reopening.error;
  const submit = async () => {
    if (!body.trim() || sent.fetching) return;
    const res = await send({ input: { canvasId, parentId: root.id, body: body.trim() } });
    if (res.data) {
      setBody('');
      setReplying(false);
      onChanged();
    }
  };
  return (
    <article
      className={`comment-thread${root.resolved ? ' resolved' : ''}`}
      aria-label={`Thread by ${root.author.name}`}
    >
      <CommentView comment={root} />
      {replies.length > 0 ? (
        <ul className="comment-replies" aria-label="Replies">
          {replies.map((r) => (
            <li key={r.id}>
              <CommentView comment={r} />
            </li>
          ))}
        </ul>
      ) : null}
      {replying ? (
        <form
          className="comment-reply-form"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <MentionInput
            canvasId={canvasId}
            label="Reply"
            value={body}
            onChange={setBody}
            onSubmit={() => void submit()}
            placeholder="Reply… (@name mentions)"
            autoFocus
          />
          <div className="row">
            <span className="spacer" />
            <button type="button" className="btn btn-sm btn-ghost" onClick={() => setReplying(false)}>
              Cancel
            </button>
            <button className="btn btn-sm btn-primary" disabled={sent.fetching || !body.trim()}>
              Send reply
            </button>
          </div>
          {sent.error ? (
            <div className="alert" role="alert">
              {errorInfo(sent.error)?.message}
            </div>
          ) : null}
        </form>
      ) : null}
      <div className="row comment-actions">
        {root.resolved ? <span className="badge badge-success">Resolved</span> : null}
        <span className="spacer" />
        {!replying && !root.resolved ? (
          <button className="btn btn-sm btn-ghost" onClick={() => setReplying(true)}>
            Reply
          </button>
        ) : null}
        {root.resolved ? (
          <button
            className="btn btn-sm"
            disabled={reopening.fetching}
            onClick={() => void reopen({ id: root.id }).then(onChanged)}
          >
            Reopen
          </button>
        ) : (
          <button
            className="btn btn-sm"
            disabled={resolving.fetching}
            onClick={() => void resolve({ id: root.id }).then(onChanged)}
          >
            Resolve
          </button>
        )}
      </div>
      {stateError ? (
        <div className="alert" role="alert">
          {errorInfo(stateError)?.message}
        </div>
      ) : null}
    </article>
  );
}
