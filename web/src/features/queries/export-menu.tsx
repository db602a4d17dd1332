// "Export" for a finished run: a menu button (arrows, Home/End, Escape) with CSV, Parquet and XLSX;
// exportQueryRun signs a short-lived URL and the browser downloads from it. The API's refusal (a
// format it does not offer yet, a run it cannot export) is shown beside the button.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { useMutation } from 'urql';
import type { ExportFormat } from '../../gql/graphql';
import { errorInfo } from '../../ui/errors';
import { useSession } from '../../urql/session';
import { ExportQueryRunDocument } from './operations';

const FORMATS: { format: ExportFormat; label: string; hint: string }[] = [
  { format: 'CSV', label: 'CSV', hint: 'Comma-separated text' },
  { format: 'PARQUET', label: 'Parquet', hint: 'Columnar, typed' },
  { format: 'XLSX', label: 'XLSX', hint: 'Excel workbook' },
];

/** Exports need a signed-in member: a share-link viewer has no way to run one. */
export function useCanExport(): boolean {
  return useSession().status === 'signed-in';
}

function download(url: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = '';
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
}

export function ExportMenu({
  runId,
  label = 'Export',
}: {
  runId: string | null | undefined;
  label?: string;
}) {
  const canExport = useCanExport();
  const menuId = useId();
  const [open, setOpen] = useState(false);
  const [position, setPosition] = useState<{
    top: number;
    right: number;
  } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, exportRun] = useMutation(ExportQueryRunDocument);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const focusOnOpen = useRef<'first' | 'last' | null>(null);

  useEffect(() => setError(null), [runId]);
  useEffect(() => {
    if (!open) return;
    const items = menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]');
    if (focusOnOpen.current && items?.length)
      items[focusOnOpen.current === 'first' ? 0 : items.length - 1]!.focus();
    const onDown = (e: MouseEvent) => {
      if (!menu.current?.contains(e.target as Node) && !button.current?.contains(e.target as Node))
        setOpen(false);
    };
    // The menu is fixed (a canvas block clips overflow): it follows its button when the page scrolls.
    const onScroll = () => {
      const rect = button.current?.getBoundingClientRect();
      if (rect)
        setPosition({
          top: rect.bottom + 4,
          right: Math.max(8, window.innerWidth - rect.right),
        });
    };
    document.addEventListener('mousedown', onDown);
    window.addEventListener('scroll', onScroll, true);
    window.addEventListener('resize', onScroll);
    return () => {
      document.removeEventListener('mousedown', onDown);
      window.removeEventListener('scroll', onScroll, true);
      window.removeEventListener('resize', onScroll);
    };
  }, [open]);

  if (!canExport) return null;

  const show = (focus: 'first' | 'last' | null) => {
    const rect = button.current!.getBoundingClientRect();
    setPosition({
      top: rect.bottom + 4,
      right: Math.max(8, window.innerWidth - rect.right),
    });
    focusOnOpen.current = focus;
    setOpen(true);
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  const choose = async (format: ExportFormat) => {
    close(true);
    if (!runId) return;
    setError(null);
    const result = await exportRun({ id: runId, format });
    if (result.data) download(result.data.exportQueryRun.url);
    else setError(errorInfo(result.error)?.message ?? 'The export failed');
  };

  const onButtonKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      show(e.key === 'ArrowDown' ? 'first' : 'last');
    }
  };
  const onMenuKey = (e: KeyboardEvent) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    const focus = (i: number) => items[(i + items.length) % items.length]?.focus();
    if (e.key === 'ArrowDown') focus(index + 1);
    else if (e.key === 'ArrowUp') focus(index - 1);
    else if (e.key === 'Home') focus(0);
    else if (e.key === 'End') focus(items.length - 1);
    else if (e.key === 'Escape') {
      e.stopPropagation();
      close(true);
    } else if (e.key === 'Tab') close(false);
    else return;
    if (e.key !== 'Tab') e.preventDefault();
  };

  return (
    <span className="export-menu">
      <button
        ref={button}
        type="button"
        className="btn btn-sm"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        disabled={!runId || fetching}
        onClick={(e) => (open ? close(false) : show(e.detail === 0 ? 'first' : null))}
        onKeyDown={onButtonKey}
        title={runId ? 'Download the full result' : 'Run the query to export its result'}
        aria-label={fetching ? `${label}: exporting…` : label}
      >
        <span aria-hidden="true">⤓</span>
        <span className="toolbar-label"> {fetching ? 'Exporting…' : label}</span>{' '}
        <span aria-hidden="true">▾</span>
      </button>
      {open && position
        ? createPortal(
            <div
              ref={menu}
              id={menuId}
              role="menu"
              aria-label="Export format"
              className="menu-popover export-popover"
              style={{
                position: 'fixed',
                top: position.top,
                right: position.right,
              }}
              onKeyDown={onMenuKey}
            >
              {FORMATS.map((f) => (
                <button
                  key={f.format}
                  type="button"
                  role="menuitem"
                  tabIndex={-1}
                  className="menu-item"
                  onClick={() => void choose(f.format)}
                >
                  <strong>{f.label}</strong>
                  <span className="faint">{f.hint}</span>
                </button>
              ))}
            </div>,
            // On a canvas the block is transformed and clips: a fixed menu inside it would be too.
            document.body,
          )
        : null}
      {error ? (
        <span className="export-error" role="alert">
          {error}
          <button
            type="button"
            className="btn btn-ghost btn-sm icon-btn"
            aria-label="Dismiss the export error"
            onClick={() => setError(null)}
          >
            ✕
          </button>
        </span>
      ) : null}
    </span>
  );
}
