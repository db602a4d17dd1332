// A result on paper: a plain table of its first rows (no virtualization, no scrolling), the header
// repeated on every page it spans, and how many rows were left out.
import { getFragmentData, type FragmentType } from '../../gql';
import { ResultTableFragment } from '../queries/result-table';
import { cellText, isNumericType } from '../queries/table-model';

/** Rows a printed table shows; the rest are counted under it. */
export const PRINT_TABLE_ROWS = 100;

export function PrintTable({ result }: { result: FragmentType<typeof ResultTableFragment> }) {
  const { columns, rows, rowCount, truncated } = getFragmentData(ResultTableFragment, result);
  const shown = rows.slice(0, PRINT_TABLE_ROWS) as unknown[][];
  const total = Math.max(rowCount, rows.length);
  const numeric = columns.map((c) => isNumericType(c.type));
  return (
    <div className="print-table-wrap">
      {columns.length === 0 || total === 0 ? (
        <p className="muted print-table-note">No rows</p>
      ) : (
        <table className="print-table">
          <thead>
            <tr>
              {columns.map((c, i) => (
                <th key={i} scope="col" className={numeric[i] ? 'num' : undefined}>
                  {c.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row, r) => (
              <tr key={r}>
                {columns.map((_, i) => (
                  <td key={i} className={numeric[i] ? 'num' : undefined}>
                    {cellText(row[i])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {total > shown.length || truncated ? (
        <p className="muted print-table-note">
          First {shown.length.toLocaleString('en-US')} of {total.toLocaleString('en-US')}
          {truncated ? '+' : ''} rows
        </p>
      ) : null}
    </div>
  );
}
