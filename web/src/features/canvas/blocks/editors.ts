// The canvas's editors (CodeMirror, y-codemirror) load as chunks of their own, so the canvas's code,
// its live document and its first blocks do not wait for them (bench/web: the page's code took the
// 400 KB editor chunk with it). Their code is asked for at the first idle moment after the canvas's
// first load (usePreloadedEditors), before anyone is likely to select a block; a block asking for its
// editor earlier shows its content as text until the code is there.
import { useEffect } from 'react';
import { onDemand } from '../../../ui/on-demand';
import { useDeferredWorkReady } from '../../../urql/secondary-requests';
import type { MarkdownEditorProps } from './markdown-editor';
import type { SqlBlockEditorProps } from './sql-block-editor';

export const sqlBlockEditor = onDemand<SqlBlockEditorProps>(() => import('./sql-block-editor'));
export const markdownEditor = onDemand<MarkdownEditorProps>(() => import('./markdown-editor'));

/** Loads the editors' code once the canvas's first load is over (an editable canvas only). */
export function usePreloadedEditors(editable: boolean): void {
  const ready = useDeferredWorkReady();
  useEffect(() => {
    if (!editable || !ready) return;
    void sqlBlockEditor.preload();
    void markdownEditor.preload();
  }, [editable, ready]);
}
