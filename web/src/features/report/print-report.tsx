// The printed report (`/embed/<token>?print=1`, what exports render): the publication on paper — a
// title, when it was rendered, which publication, the filters applied ("none" when none), then the
// blocks, each kept whole on one page. Always in the light theme, with no app chrome and no
// interactive controls. `&paper=letter` sets the page size for printing from a browser (A4 otherwise).
import type { BlockJson } from '@tessera/canvas-model';
import { useLayoutEffect, useMemo, useState } from 'react';
import { ReportView, type ReportViewProps } from './report-view';
import { appliedFilters, renderedAt } from './print-summary';
import './report.css';

export type PaperSize = 'A4' | 'Letter';

export function paperOf(search: string): PaperSize {
  return new URLSearchParams(search).get('paper')?.toLowerCase() === 'letter' ? 'Letter' : 'A4';
}

/** Light theme while the printed report is shown, whatever the reader chose (not stored). */
function useLightTheme(): void {
  useLayoutEffect(() => {
    const root = document.documentElement;
    const previous = root.dataset.theme;
    root.dataset.theme = 'light';
    root.classList.add('printing-report');
    return () => {
      root.classList.remove('printing-report');
      if (previous) root.dataset.theme = previous;
    };
  }, []);
}

export interface PrintReportProps extends Pick<ReportViewProps, 'canvasId' | 'showCode' | 'execute'> {
  name: string;
  blocks: readonly BlockJson[];
  lockedFilters: Record<string, unknown>;
  publication: { version: number; publishedAt: string };
  paper: PaperSize;
}

export function PrintReport({ name, blocks, lockedFilters, publication, paper, ...view }: PrintReportProps) {
  useLightTheme();
  const [rendered] = useState(() => new Date());
  const filters = useMemo(() => appliedFilters(blocks, lockedFilters), [blocks, lockedFilters]);
  return (
    <main className="report-page report-print" aria-label={name} data-paper={paper}>
      <style>{`@page { size: ${paper === 'Letter' ? 'letter' : 'A4'}; }`}</style>
      <header className="print-header">
        <h1>{name}</h1>
        <dl className="print-meta">
          <div>
            <dt>Rendered</dt>
            <dd>
              <time dateTime={rendered.toISOString()}>{renderedAt(rendered)}</time>
            </dd>
          </div>
          <div>
            <dt>Publication</dt>
            <dd>
              Version {publication.version}, published {renderedAt(new Date(publication.publishedAt))}
            </dd>
          </div>
          <div className="print-filters">
            <dt>Filters</dt>
            <dd data-testid="print-filters">
              {filters.length === 0 ? (
                'none'
              ) : (
                <ul>
                  {filters.map((f) => (
                    <li key={f.name}>
                      {f.name}: <strong>{f.value}</strong>
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
        </dl>
      </header>
      <div className="report-main">
        <ReportView {...view} blocks={blocks} lockedFilters={lockedFilters} print />
      </div>
    </main>
  );
}
