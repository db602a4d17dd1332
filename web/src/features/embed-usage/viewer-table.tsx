// Views and blocks run per viewer of a canvas's links and embeds: the share dialog and the usage page.
import { viewerLabel, type LinkInfo, type ViewerUsage } from './embed-usage-model';
import './embed-usage.css';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function EmbedViewerTable({
  rows,
  links,
  caption,
  label = 'Embed usage per viewer',
}: {
  rows: readonly ViewerUsage[];
  links: readonly LinkInfo[];
  caption: string;
  label?: string;
}) {
  return (
    <div className="embed-usage-scroll" tabIndex={0} role="region" aria-label={label}>
      <table className="table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Viewer</th>
            <th scope="col">Through</th>
            <th scope="col" className="num">
              Views
            </th>
            <th scope="col" className="num">
              Blocks run
            </th>
            <th scope="col">Last seen</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.via}:${r.viewer}`}>
              <th scope="row" className="embed-usage-viewer">
                {viewerLabel(r, links)}
              </th>
              <td>{r.via === 'SIGNED_EMBED' ? 'Signed embed' : 'Share link'}</td>
              <td className="num">{r.views.toLocaleString()}</td>
              <td className="num">{r.blocksRun.toLocaleString()}</td>
              <td>{when.format(new Date(r.lastSeenAt))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
