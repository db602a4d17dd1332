// TEXT block: collaborative markdown (Y.Text `content.markdown`, remote cursors) with live
// bindings (canvas-model R18, R19): {{sales.revenue}} is the first row's `revenue` of the block
// named "sales" (id, name or title slug); {{region}} is a filter value.
import { bindingBlock, blockText, parseBinding, resultBlockOf, type BlockJson } from '@tessera/canvas-model';
import { Fragment, useMemo, useRef, useSyncExternalStore, type ReactNode } from 'react';
import * as Y from 'yjs';
import { useRunState } from '../../queries/query-runner';
import { cellText } from '../../queries/table-model';
import { parseMarkdown, type Inline } from '../markdown';
import { useBlockSelected, useCanvasBase, useCanvasViewState } from '../runtime';
import { useBlocks } from '../use-canvas-doc';
import { formatNumber } from '../../../ui/number-format';
import { markdownEditor } from './editors';
import { MarkdownStandIn } from './markdown-stand-in';

export function TextBlock({ block }: { block: BlockJson }) {
  const { doc, awareness, readOnly } = useCanvasBase();
  const selected = useBlockSelected();
  const ytext = useMemo(() => blockText(doc, block.id, 'markdown') ?? new Y.Text(), [doc, block.id]);
  const source = useSyncExternalStore(
    (l) => {
      ytext.observe(l);
      return () => ytext.unobserve(l);
    },
    () => ytext.toString(),
  );
  const editing = !readOnly && selected;
  const MarkdownEditor = markdownEditor.useComponent(editing);
  // Where the stand-in's caret was when the editor's code arrived (the editor takes the focus there).
  const caret = useRef<number | null>(null);
  return (
    <div className={`text-block${editing ? ' editing' : ''}`}>
      {!editing ? null : MarkdownEditor ? (
        <MarkdownEditor ytext={ytext} awareness={awareness} focusAt={caret} />
      ) : (
        <MarkdownStandIn ytext={ytext} source={source} caret={caret} />
      )}
      <div className="markdown" data-testid="markdown">
        {source.trim() ? (
          <Markdown source={source} />
        ) : (
          <p className="faint">{readOnly ? '' : 'Select to write. Markdown and {{bindings}} work here.'}</p>
        )}
      </div>
    </div>
  );
}

function Markdown({ source }: { source: string }) {
  const blocks = useMemo(() => parseMarkdown(source), [source]);
  return (
    <>
      {blocks.map((b, i) => {
        if (b.kind === 'heading') {
          const H = `h${b.level}` as 'h1' | 'h2' | 'h3';
          return <H key={i}>{renderInline(b.children)}</H>;
        }
        if (b.kind === 'list') {
          const L = b.ordered ? 'ol' : 'ul';
          return (
            <L key={i}>
              {b.items.map((item, j) => (
                <li key={j}>{renderInline(item)}</li>
              ))}
            </L>
          );
        }
        return <p key={i}>{renderInline(b.children)}</p>;
      })}
    </>
  );
}

function renderInline(nodes: Inline[]): ReactNode {
  return nodes.map((n, i) => {
    switch (n.kind) {
      case 'text':
        return <Fragment key={i}>{n.text}</Fragment>;
      case 'strong':
        return <strong key={i}>{renderInline(n.children)}</strong>;
      case 'em':
        return <em key={i}>{renderInline(n.children)}</em>;
      case 'code':
        return <code key={i}>{n.text}</code>;
      case 'link':
        return (
          <a key={i} href={n.href} target="_blank" rel="noreferrer noopener">
            {renderInline(n.children)}
          </a>
        );
      case 'binding':
        return <Binding key={i} expression={n.expression} />;
    }
  });
}

function Binding({ expression }: { expression: string }) {
  const { doc, runtime } = useCanvasBase();
  const { parameters } = useCanvasViewState();
  const blocks = useBlocks(doc);
  const binding = parseBinding(expression);
  const named = binding.kind === 'block' ? bindingBlock(binding.ref, blocks) : null;
  const target = named ? resultBlockOf(named, blocks) : null;
  const state = useRunState(runtime.runner(target?.id ?? '__none__'));
  if (binding.kind === 'parameter') {
    const value = parameters[binding.name];
    return (
      <span className="binding" title={`{{${expression}}}`}>
        {value === null || value === undefined ? 'all' : String(value)}
      </span>
    );
  }
  if (binding.kind === 'invalid')
    return (
      <span
        className="binding binding-missing"
        title="Write {{block.column}} or {{parameter}}"
      >{`{{${expression}}}`}</span>
    );
  if (!target)
    return (
      <span
        className="binding binding-missing"
        title={`No block named "${binding.ref}" with a result`}
      >{`{{${expression}}}`}</span>
    );
  const column = binding.field;
  const run = state.run;
  const index = run?.columns.findIndex((c) => c.name === column) ?? -1;
  if (!run || state.phase !== 'done')
    return (
      <span
        className="binding skeleton"
        style={{ display: 'inline-block', width: 48, height: '1em' }}
        aria-label="Loading value"
      />
    );
  if (index < 0)
    return (
      <span className="binding binding-missing" title={`No column "${column}"`}>{`{{${expression}}}`}</span>
    );
  const value = run.rows[0]?.[index];
  return (
    <span className="binding" title={`{{${expression}}}`}>
      {typeof value === 'number' ? formatNumber(value) : cellText(value)}
    </span>
  );
}
