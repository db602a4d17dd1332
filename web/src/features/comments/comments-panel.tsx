// The canvas's comments, grouped by block: threads with nested replies, a composer (on the block the
// panel was opened for, or on the canvas) with @mention chips and "Assign to". Live for everyone:
// commentAdded / commentUpdated (graphql-ws through the gateway) refresh the list, so a resolve or a
// reopen by one person shows in every open panel. Opening a block's thread marks it read.
import { blockKind, type BlockType } from '@tessera/canvas-model';
import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { EmptyState } from '../../ui/empty-state';
import { errorInfo } from '../../ui/errors';
import { Skeleton } from '../../ui/skeleton';
import { CANVAS_KEY, useCommentEvents, useCommentStats } from './comment-stats';
import { CommentThread, type CommentNode } from './comment-thread';
import { MentionInput, useMembers } from './mention-input';
import { clearPendingAnchor, usePendingAnchor } from './pending-anchor';
import { AddCommentDocument, CanvasCommentsDocument, CommentBlocksDocument } from './operations';
import './comments.css';

interface Group {
  key: string;
  blockId: string | null;
  title: string;
  threads: { root: CommentNode; replies: CommentNode[] }[];
}

function titleOf(block: { type: string; content: unknown }): string {
  const c = (block.content ?? {}) as Record<string, unknown>;
  for (const key of ['title', 'name', 'label'])
    if (typeof c[key] === 'string' && (c[key] as string).trim()) return c[key] as string;
  try {
    return blockKind(block.type as BlockType).title;
  } catch {
    return 'Block';
  }
}

function focusBlock(blockId: string) {
  const el = document.getElementById(`block-${blockId}`);
  el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  el?.focus();
}

export default function CommentsPanel({ canvasId, blockId }: { canvasId: string; blockId: string | null }) {
  const [{ data, fetching, error }, refetch] = useQuery({
    query: CanvasCommentsDocument,
    variables: { canvasId },
  });
  const [{ data: blockData }] = useQuery({ query: CommentBlocksDocument, variables: { canvasId } });
  const stats = useCommentStats();
  const members = useMembers(canvasId);
  const [added, add] = useMutation(AddCommentDocument);
  const [body, setBody] = useState('');
  const [assigneeId, setAssignee] = useState('');
  const [onlyBlock, setOnlyBlock] = useState(blockId !== null);
  const [showResolved, setShowResolved] = useState(true);
  useEffect(() => setOnlyBlock(blockId !== null), [blockId]);
  const refresh = useCallback(() => {
    refetch({ requestPolicy: 'network-only' });
    stats?.refresh();
  }, [refetch, stats]);
  useCommentEvents(canvasId, () => refetch({ requestPolicy: 'network-only' }));

  const blocks = blockData?.canvas?.blocks ?? [];
  const groups = useMemo(() => {
    const all = (data?.comments.edges ?? []).map((e) => e.node);
    const replies = new Map<string, CommentNode[]>();
    for (const c of all) if (c.parentId) replies.set(c.parentId, [...(replies.get(c.parentId) ?? []), c]);
    const byKey = new Map<string, Group>();
    for (const root of all) {
      if (root.parentId) continue;
      const threadReplies = replies.get(root.id) ?? [];
      // A deleted first comment with no replies left is gone for good.
      if (root.deleted && threadReplies.every((r) => r.deleted)) continue;
      if (!showResolved && root.resolved) continue;
      if (onlyBlock && blockId && root.blockId !== blockId) continue;
      const key = root.blockId ?? CANVAS_KEY;
      const block = blocks.find((b) => b.id === root.blockId);
      const group = byKey.get(key) ?? {
        key,
        blockId: root.blockId ?? null,
        title: root.blockId ? (block ? titleOf(block) : 'A removed block') : 'The canvas',
        threads: [],
      };
      group.threads.push({ root, replies: threadReplies });
      byKey.set(key, group);
    }
    const order = (g: Group) =>
      g.blockId === blockId ? -1 : g.blockId ? blocks.findIndex((b) => b.id === g.blockId) : 1e6;
    return [...byKey.values()].sort((a, b) => order(a) - order(b));
  }, [data, blocks, blockId, onlyBlock, showResolved]);

  // Seeing a block's threads reads them: its unread count drops to 0 for this person.
  const unreadShown = groups.filter((g) => (stats?.byBlock[g.key]?.unread ?? 0) > 0).map((g) => g.blockId);
  const unreadKey = unreadShown.join(',');
  useEffect(() => {
    if (!stats) return;
    // Runs when the set of unread threads shown changes (unreadKey), not on every new stats object.
    for (const id of unreadShown) stats.markRead(id);
  }, [unreadKey]);

  const target = onlyBlock ? blockId : null;
  const anchor = usePendingAnchor(target);
  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (!body.trim() || added.fetching) return;
    const res = await add({
      input: {
        canvasId,
        body: body.trim(),
        ...(target ? { blockId: target } : {}),
        ...(assigneeId ? { assigneeId } : {}),
        ...(anchor ? { anchor: { field: anchor.field, value: anchor.value } } : {}),
      },
    });
    if (res.data) {
      setBody('');
      setAssignee('');
      clearPendingAnchor();
      refresh();
    }
  };
  const targetTitle = target ? (groups.find((g) => g.blockId === target)?.title ?? titleOfId(target)) : null;
  function titleOfId(id: string) {
    const block = blocks.find((b) => b.id === id);
    return block ? titleOf(block) : 'the block';
  }

  return (
    <div className="comments-panel">
      {blockId ? (
        <div className="segmented" role="group" aria-label="Which comments">
          <button type="button" aria-pressed={onlyBlock} onClick={() => setOnlyBlock(true)}>
            This block
          </button>
          <button type="button" aria-pressed={!onlyBlock} onClick={() => setOnlyBlock(false)}>
            All comments
          </button>
        </div>
      ) : null}
      <form onSubmit={submit} className="comment-composer">
        <MentionInput
          canvasId={canvasId}
          value={body}
          onChange={setBody}
          onSubmit={() => void submit()}
          placeholder={
            targetTitle
              ? `Comment on “${targetTitle}”… (@name mentions)`
              : 'Comment on the canvas… (@name mentions)'
          }
        />
        <div className="row comment-composer-foot">
          <label className="comment-assign">
            <span className="sr-only">Assign to</span>
            <select value={assigneeId} onChange={(e) => setAssignee(e.target.value)} aria-label="Assign to">
              <option value="">Assign to…</option>
              {members.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          </label>
          <span className="spacer" />
          <button className="btn btn-sm btn-primary" disabled={added.fetching || !body.trim()}>
            Comment
          </button>
        </div>
        <span className="faint">{targetTitle ? `On ${targetTitle}` : 'On the canvas'}</span>
        {anchor ? (
          <span className="comment-anchor-pending">
            About the point <span className="comment-anchor">{`${anchor.field} = ${anchor.value}`}</span>
            <button
              type="button"
              className="btn btn-sm btn-ghost"
              aria-label="Not about this point"
              onClick={clearPendingAnchor}
            >
              ✕
            </button>
          </span>
        ) : null}
        {added.error ? (
          <div className="alert" role="alert">
            {errorInfo(added.error)?.message}
          </div>
        ) : null}
      </form>
      <label className="row comment-filter">
        <input type="checkbox" checked={showResolved} onChange={(e) => setShowResolved(e.target.checked)} />
        Show resolved threads
      </label>
      {!data && fetching ? (
        <Skeleton height={120} />
      ) : error && !data ? (
        <div className="alert" role="alert">
          {errorInfo(error)?.message}{' '}
          <button className="btn btn-sm" onClick={refresh}>
            Retry
          </button>
        </div>
      ) : groups.length === 0 ? (
        <EmptyState title={onlyBlock ? 'No comments on this block yet' : 'No comments yet'}>
          Start the conversation: type @ to mention someone.
        </EmptyState>
      ) : (
        <div className="comment-groups" aria-label="Comments">
          {groups.map((g) => (
            <section key={g.key} className="comment-group" aria-label={`Comments on ${g.title}`}>
              <div className="row comment-group-head">
                <h3>{g.title}</h3>
                {stats?.byBlock[g.key]?.unread ? (
                  <span className="badge">{stats.byBlock[g.key]!.unread} new</span>
                ) : null}
                <span className="spacer" />
                {g.blockId ? (
                  <button className="btn btn-sm btn-ghost" onClick={() => focusBlock(g.blockId!)}>
                    Go to block
                  </button>
                ) : null}
              </div>
              {g.threads.map((t) => (
                <CommentThread
                  key={t.root.id}
                  canvasId={canvasId}
                  root={t.root}
                  replies={t.replies}
                  onChanged={refresh}
                />
              ))}
            </section>
          ))}
        </div>
      )}
    </div>
  );
}
