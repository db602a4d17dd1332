// A block's chrome: drag handle, type, title (renamed in place), name, run state, comment count and
// the "Block actions" menu (also on right-click of the header). Never scrolls with the body.
import {
  blockKind,
  blockNameIssue,
  blockNameOf,
  nameFromTitle,
  referenceUpdatesForRename,
  renameBlockReferences,
  resultBlockOf,
  uniqueBlockName,
  updateBlock,
  type BlockJson,
} from '@tessera/canvas-model';
import { useRef, useState, type PointerEvent } from 'react';
import { ActionMenu, type ActionItem, type ActionMenuHandle } from '../../ui/action-menu';
import { BlockCommentBadge } from '../comments/comment-stats';
import { useRunState } from '../queries/query-runner';
import { usesText } from './block-dependencies';
import { BlockLinks } from './block-links';
import { blockTitle } from './blocks/block-body';
import { useCanvasBase } from './runtime';
import { useBlocks } from './use-canvas-doc';

export interface BlockActions {
  rename(): void;
  duplicate(): void;
  remove(): void;
  copyLink(): void;
}

export function BlockHeader({
  block,
  renaming,
  onRenamed,
  actions,
  onPointerDown,
  gestureHandlers,
}: {
  block: BlockJson;
  renaming: boolean;
  onRenamed: () => void;
  actions: BlockActions;
  onPointerDown: (event: PointerEvent) => void;
  gestureHandlers: Pick<
    React.HTMLAttributes<HTMLElement>,
    'onPointerMove' | 'onPointerUp' | 'onPointerCancel'
  >;
}) {
  const { doc, readOnly, openComments, openHistory } = useCanvasBase();
  // The other blocks (names, links, the result shown): the header alone re-renders when they change.
  const blocks = useBlocks(doc);
  const menu = useRef<ActionMenuHandle>(null);
  const items: ActionItem[] = [
    { label: 'Rename', onSelect: actions.rename, disabled: readOnly, hint: 'F2' },
    { label: 'Duplicate', onSelect: actions.duplicate, disabled: readOnly, hint: 'Ctrl+D' },
    { label: 'Copy link', onSelect: actions.copyLink },
    { label: 'Comment', onSelect: () => openComments?.(block.id), disabled: !openComments },
    { label: 'History', onSelect: () => openHistory?.(block.id), disabled: !openHistory },
    { label: 'Delete', onSelect: actions.remove, disabled: readOnly, hint: 'Del', danger: true },
  ];
  return (
    <header
      className="block-header"
      onPointerDown={(e) => {
        if ((e.target as HTMLElement).closest('button, input, form')) return;
        onPointerDown(e);
      }}
      {...gestureHandlers}
      onContextMenu={(e) => {
        if ((e.target as HTMLElement).closest('input')) return;
        e.preventDefault();
        menu.current?.openAt(e.clientX, e.clientY);
      }}
    >
      {!readOnly ? (
        <span className="block-handle" aria-hidden="true">
          ⠿
        </span>
      ) : null}
      <span className="block-type">{blockKind(block.type).title}</span>
      {renaming ? (
        <RenameForm block={block} blocks={blocks} onDone={onRenamed} />
      ) : (
        // One box for the title and what gives way before it (canvas.css).
        <span className="block-head-text">
          <span
            className="block-title"
            title={blockTitle(block)}
            onDoubleClick={() => !readOnly && actions.rename()}
          >
            {blockTitle(block)}
          </span>
          <code
            className="block-name fit-or-hide"
            title={`Name: how bindings refer to this block. ${usesText(block, blocks)}`}
          >
            <span>{blockNameOf(block)}</span>
          </code>
          <BlockLinks block={block} blocks={blocks} />
        </span>
      )}
      <span className="spacer" />
      <RunBadge block={block} blocks={blocks} />
      <BlockCommentBadge blockId={block.id} onOpen={() => openComments?.(block.id)} />
      <ActionMenu ref={menu} label="Block actions" items={items} />
    </header>
  );
}

/** Running, failed, "N rows" or nothing, for the SQL block whose result this block shows. */
function RunBadge({ block, blocks }: { block: BlockJson; blocks: readonly BlockJson[] }) {
  const { runtime } = useCanvasBase();
  const source = block.type === 'FILTER' || block.type === 'TEXT' ? null : resultBlockOf(block, blocks);
  const state = useRunState(runtime.runner(source?.id ?? '__none__'));
  if (!source) return null;
  if (state.phase === 'running' || state.phase === 'cancelling')
    return (
      <span className="run-badge running" role="status">
        <span className="spinner" aria-hidden="true" /> Running
      </span>
    );
  if (state.phase !== 'done') return null;
  if (state.error)
    return (
      <span className="run-badge failed" title={state.error.message}>
        {state.error.code === 'CANCELLED' ? 'Cancelled' : 'Failed'}
      </span>
    );
  if (!state.run) return null;
  if (state.refreshing)
    return (
      <span className="run-badge running" role="status" title="Showing the last result while it runs again">
        <span className="spinner" aria-hidden="true" /> Refreshing
      </span>
    );
  const rows = state.run.rowCount ?? state.run.rows.length;
  return (
    <span className="run-badge" title={`${rows.toLocaleString()} rows`}>
      {rows === 0 ? 'No rows' : `${rows.toLocaleString()} row${rows === 1 ? '' : 's'}`}
    </span>
  );
}

/**
 * Writes a title/name change and, when the block's name changes, the `{{old}}` references of the
 * SQL blocks that read it (canvas-model R35, as the API's updateBlock does, plus the statement each
 * last ran), in one Yjs transaction so collaborators see the rename whole.
 */
function renameWithReferences(
  doc: ReturnType<typeof useCanvasBase>['doc'],
  block: BlockJson,
  blocks: readonly BlockJson[],
  patch: Record<string, unknown>,
) {
  const from = blockNameOf(block);
  const to = blockNameOf({ ...block, content: { ...block.content, ...patch } });
  doc.transact(() => {
    if (block.type === 'SQL' && from !== to)
      for (const { id, sql } of referenceUpdatesForRename(from, to, blocks)) {
        const runSql = blocks.find((b) => b.id === id)?.content.runSql;
        updateBlock(doc, id, {
          content: {
            sql,
            ...(typeof runSql === 'string' ? { runSql: renameBlockReferences(runSql, from, to) } : {}),
          },
        });
      }
    updateBlock(doc, block.id, { content: patch });
  });
}

/** Title and name edited in place: Enter saves, Escape cancels; a taken or malformed name is refused. */
function RenameForm({
  block,
  blocks,
  onDone,
}: {
  block: BlockJson;
  blocks: readonly BlockJson[];
  onDone: () => void;
}) {
  const { doc } = useCanvasBase();
  const [title, setTitle] = useState(blockTitle(block));
  const [typedName, setName] = useState<string | null>(null);
  // An unnamed block's name follows its title (R30) until someone types one; a named block keeps its
  // name, so the bindings that use it keep working.
  const explicit = typeof block.content.name === 'string' ? block.content.name : null;
  const derived = explicit ?? (nameFromTitle(title.trim()) || blockNameOf(block));
  const name = typedName ?? derived;
  const issue =
    typedName === null ? null : name === blockNameOf(block) ? null : blockNameIssue(name, blocks, block.id);
  const save = () => {
    if (issue) return;
    const patch: Record<string, unknown> = {};
    if (title.trim() && title.trim() !== blockTitle(block)) patch.title = title.trim();
    if (typedName !== null && typedName !== blockNameOf(block)) patch.name = typedName;
    else if (typedName === null && explicit === null && blockNameIssue(derived, blocks, block.id))
      patch.name = uniqueBlockName(derived, blocks, block.id);
    if (Object.keys(patch).length) renameWithReferences(doc, block, blocks, patch);
    onDone();
  };
  return (
    <form
      className="block-rename"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') {
          e.preventDefault();
          onDone();
        }
      }}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) save();
      }}
    >
      <input
        aria-label="Block title"
        value={title}
        autoFocus
        maxLength={200}
        onFocus={(e) => e.target.select()}
        onChange={(e) => setTitle(e.target.value)}
      />
      <input
        aria-label="Block name"
        className="mono"
        value={name}
        maxLength={63}
        aria-invalid={issue ? true : undefined}
        title={issue ?? 'How bindings refer to this block: {{name.column}}'}
        onChange={(e) => setName(e.target.value.trim())}
      />
      {issue ? (
        <span className="block-rename-issue" role="alert">
          {issue}
        </span>
      ) : null}
      <button type="submit" className="sr-only">
        Save
      </button>
    </form>
  );
}
