import { useEffect } from 'react';
import { PageSkeleton } from '../ui/skeleton';
import { navigate } from './router';

/** Replaces the current history entry with `to`. */
export function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return <PageSkeleton />;
}
