import type { ReactNode } from 'react';

export function EmptyState({
  title,
  children,
  action,
}: {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className="empty">
      <strong style={{ color: 'var(--text)' }}>{title}</strong>
      {children ? <div>{children}</div> : null}
      {action}
    </div>
  );
}
