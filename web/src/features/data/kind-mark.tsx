import type { DataSourceKind } from '../../gql/graphql';
import { KIND_LABEL, KIND_MARK } from './connection-fields';

/** The source kind as a small colored square (the label is for screen readers and the tooltip). */
export function KindMark({ kind, size = 32 }: { kind: DataSourceKind; size?: number }) {
  const mark = KIND_MARK[kind];
  return (
    <span
      className="kind-mark"
      role="img"
      aria-label={KIND_LABEL[kind]}
      title={KIND_LABEL[kind]}
      style={{ width: size, height: size, background: mark.color, fontSize: size * 0.38 }}
    >
      {mark.text}
    </span>
  );
}

export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? ''
    : date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}
