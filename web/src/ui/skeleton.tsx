export function Skeleton({
  width = '100%',
  height = 14,
  style,
}: {
  width?: number | string;
  height?: number | string;
  style?: React.CSSProperties;
}) {
  return <div className="skeleton" aria-hidden="true" style={{ width, height, ...style }} />;
}

export function SkeletonTiles({ count = 3, label = 'Loading' }: { count?: number; label?: string }) {
  return (
    <div className="grid-list" role="status" aria-label={label}>
      {Array.from({ length: count }, (_, i) => (
        <div key={i} className="card tile">
          <Skeleton width="60%" height={16} />
          <Skeleton width="40%" />
        </div>
      ))}
    </div>
  );
}

export function PageSkeleton() {
  return (
    <div className="page" role="status" aria-label="Loading">
      <Skeleton width={260} height={26} />
      <SkeletonTiles />
    </div>
  );
}
