// `/` for visitors who are not signed in: what Tessera is, a canvas drawn with the editor's own block
// chrome (so the picture is what they will get), and the way in.
import { Link } from '../../router/router';
import { BrandMark } from '../../ui/brand-mark';
import { formatNumber } from '../../ui/number-format';
import { ThemeToggle } from './theme-toggle';
import './landing.css';

const MONTHS = [
  ['Jan', 580_108],
  ['Feb', 722_875],
  ['Mar', 904_582],
  ['Apr', 1_058_503],
  ['May', 1_071_240],
  ['Jun', 1_106_918],
  ['Jul', 1_214_377],
  ['Aug', 1_281_660],
  ['Sep', 1_279_934],
  ['Oct', 1_390_021],
  ['Nov', 2_018_775],
  ['Dec', 2_747_312],
] as const;

const CATEGORIES = [
  ['Toys', 8_823_114],
  ['Electronics', 7_584_001],
  ['Outdoors', 7_071_562],
  ['Books', 6_952_233],
] as const;

export function LandingPage() {
  return (
    <div className="landing">
      <header className="landing-bar">
        <span className="brand">
          <BrandMark size={24} /> Tessera
        </span>
        <span className="spacer" />
        <ThemeToggle />
        <Link className="btn btn-ghost" href="/login">
          Log in
        </Link>
        <Link className="btn btn-primary" href="/signup">
          Sign up free
        </Link>
      </header>
      <main className="landing-main">
        <section className="landing-hero">
          <h1>Your team’s analysis, live on one canvas</h1>
          <p className="landing-lead">
            Tessera is a live canvas for data: write SQL against your databases and files, chart the result,
            add metrics, filters and notes, and work on it together in real time. Ask a question in plain
            words and review the SQL before it runs. Share a read-only link or publish a report.
          </p>
          <div className="row landing-cta">
            <Link className="btn btn-primary btn-lg" href="/signup">
              Create your workspace
            </Link>
            <Link className="btn btn-lg" href="/login">
              I have an account
            </Link>
          </div>
          <ul className="landing-points">
            <li>
              <strong>SQL, charts, metrics, filters, text</strong> as blocks on one canvas, wired together.
            </li>
            <li>
              <strong>Live co-editing</strong>: see who is there, what they select, what they run.
            </li>
            <li>
              <strong>Your data</strong>: PostgreSQL, MySQL/MariaDB, ClickHouse, or uploaded CSV and Parquet;
              a demo shop to start with.
            </li>
          </ul>
        </section>
        <CanvasPicture />
      </main>
    </div>
  );
}

/** A small canvas in the editor's own block chrome; data from the demo source's Sales overview. */
function CanvasPicture() {
  const max = Math.max(...MONTHS.map(([, v]) => v));
  const total = MONTHS.reduce((s, [, v]) => s + v, 0);
  return (
    <figure className="landing-canvas" aria-label="A Tessera canvas: the Sales overview template">
      <div className="landing-canvas-bar" aria-hidden="true">
        <strong>Sales overview</strong>
        <span className="badge badge-success">Live</span>
        <span className="spacer" />
        <span className="avatars">
          <span className="avatar" style={{ background: '#7c3aed' }}>
            M
          </span>
          <span className="avatar" style={{ background: '#0d9488' }}>
            B
          </span>
        </span>
      </div>
      <div className="landing-blocks" aria-hidden="true">
        <PictureBlock type="Metric" title="Revenue" className="span-1">
          <div className="metric-value">
            <strong>{formatNumber(total, 'currency')}</strong>
            <span className="muted">total · 12 months</span>
          </div>
        </PictureBlock>
        <PictureBlock type="Filter" title="Region" className="span-1">
          <div className="landing-filter">
            <span className="muted">Region</span>
            <span className="landing-select">Europe ▾</span>
          </div>
        </PictureBlock>
        <PictureBlock type="Chart" title="Revenue by month" className="span-2" selectedBy="Maya">
          <svg viewBox="0 0 360 120" className="landing-chart" role="img">
            {MONTHS.map(([month, value], i) => {
              const h = (value / max) * 96;
              return (
                <g key={month}>
                  <rect x={8 + i * 29} y={104 - h} width={20} height={h} rx={3} />
                  <text x={18 + i * 29} y={117} textAnchor="middle">
                    {month}
                  </text>
                </g>
              );
            })}
          </svg>
        </PictureBlock>
        <PictureBlock type="SQL" title="Revenue by category" className="span-2">
          <pre className="landing-sql">
            <b>SELECT</b> p.category, <b>SUM</b>(oi.quantity * oi.unit_price) <b>AS</b> revenue{'\n'}
            <b>FROM</b> order_items oi <b>JOIN</b> products p <b>USING</b> (product_id){'\n'}
            <b>WHERE</b> region = {'{{region}}'} <b>GROUP BY</b> 1 <b>ORDER BY</b> 2 <b>DESC</b>
          </pre>
          <table className="landing-table">
            <tbody>
              {CATEGORIES.map(([name, value]) => (
                <tr key={name}>
                  <td>{name}</td>
                  <td>{formatNumber(value, 'currency')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </PictureBlock>
      </div>
      <figcaption className="faint">
        The Sales overview template on the demo shop, as every new project can start.
      </figcaption>
    </figure>
  );
}

function PictureBlock({
  type,
  title,
  className,
  selectedBy,
  children,
}: {
  type: string;
  title: string;
  className: string;
  selectedBy?: string;
  children: React.ReactNode;
}) {
  return (
    <section className={`landing-block ${className}${selectedBy ? ' remote' : ''}`}>
      {selectedBy ? <span className="landing-remote">{selectedBy}</span> : null}
      <header className="block-header">
        <span className="block-type">{type}</span>
        <span className="block-title">{title}</span>
      </header>
      <div className="landing-block-body">{children}</div>
    </section>
  );
}
