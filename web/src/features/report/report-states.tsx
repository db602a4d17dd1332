// Whole-page states of the viewer's report: loading, nothing published, link not usable.
import { Skeleton } from '../../ui/skeleton';
import './report.css';

export function ReportSkeleton() {
  return (
    <main className="report-page" role="status" aria-label="Loading report">
      <div className="report-header">
        <Skeleton height={28} width={280} />
      </div>
      <div className="report-main">
        <div className="report-grid">
          {[6, 6, 4, 8].map((span, i) => (
            <div key={i} className="report-card" style={{ '--span': span } as React.CSSProperties}>
              <Skeleton height={14} width={140} />
              <Skeleton height={220} />
            </div>
          ))}
        </div>
      </div>
    </main>
  );
}

export function NothingPublished({ name }: { name?: string | null }) {
  return (
    <main className="report-page">
      <div className="report-state" data-testid="nothing-published" data-report-ready="unpublished">
        <h1>Nothing published yet</h1>
        <p className="muted" style={{ margin: 0 }}>
          {name ? <>“{name}” has no published version yet. </> : null}
          When its editors publish it, the report appears at this same link.
        </p>
      </div>
    </main>
  );
}

export function ReportUnavailable({ message }: { message: string }) {
  return (
    <main className="report-page">
      <div className="report-state" data-report-ready="unavailable">
        <h1>This report is not available</h1>
        <div className="alert" role="alert">
          {message}
        </div>
      </div>
    </main>
  );
}
