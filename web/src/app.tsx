import { Suspense, useMemo } from 'react';
import { Provider } from 'urql';
import { CompleteSignupPage, LoginPage, SignupPage } from './features/auth/auth-pages';
import { AppShell } from './features/home/app-shell';
import { HomeRedirect } from './features/home/home-redirect';
import { LandingPage } from './features/home/landing-page';
import { ProjectHome } from './features/home/project-home';
import { Redirect } from './router/redirect';
import { matchPath, useLocation } from './router/router';
import { ErrorBoundary } from './ui/error-boundary';
import { onDemand, onDemandComponent } from './ui/on-demand';
import { PageSkeleton } from './ui/skeleton';
import { appClient } from './urql/client';
import { useSession } from './urql/session';

// Code-split: the editor pages bring CodeMirror, Yjs and d3; the first paint needs none of them.
// Pages load without suspending (ui/on-demand.ts): React holds a Suspense reveal back for up to 300 ms.
const pageCode = <P extends object>(load: () => Promise<{ default: React.ComponentType<P> }>) =>
  onDemandComponent(onDemand<P>(load), <PageSkeleton />);
const canvasPageCode = onDemand<{ canvasId: string }, typeof import('./features/canvas/canvas-page')>(
  () => import('./features/canvas/canvas-page'),
);
/** The canvas route's code (also started from the entry when the address is a canvas). */
export const loadCanvasPage = canvasPageCode.preload;
const CanvasPage = onDemandComponent(canvasPageCode, <PageSkeleton />);
const QueryEditorPage = pageCode(() => import('./features/queries/query-editor-page'));
const EmbedPage = pageCode(() => import('./features/embed/embed-page'));
const UsagePage = pageCode(() => import('./features/usage/usage-page'));
const DataPage = pageCode(() => import('./features/data/data-page'));
const SourcePage = pageCode(() => import('./features/data/source-page'));
const UploadPage = pageCode(() => import('./features/data/upload/upload-page'));
const SavedQueriesPage = pageCode(() => import('./features/library/saved-queries-page'));
const QueryHistoryPage = pageCode(() => import('./features/library/query-history-page'));
const InvitePage = pageCode(() => import('./features/auth/invite-page'));
const MembersPage = pageCode(() => import('./features/members/members-page'));
const OutboxPage = pageCode(() => import('./features/outbox/outbox-page'));

export function App() {
  const { status, userId } = useSession();
  // A fresh client (empty cache, new subscription socket) per signed-in user.
  const client = useMemo(() => appClient(), [userId]);
  return (
    <Provider value={client}>
      <ErrorBoundary label="The page">
        <Routes status={status} />
      </ErrorBoundary>
    </Provider>
  );
}

function Routes({ status }: { status: string }) {
  const { pathname } = useLocation();
  const embed = matchPath('/embed/:token', pathname);
  if (embed) {
    return (
      <Suspense fallback={<PageSkeleton />}>
        <EmbedPage token={embed.token!} />
      </Suspense>
    );
  }
  const invite = matchPath('/invite/:token', pathname);
  if (invite) {
    return (
      <Suspense fallback={<PageSkeleton />}>
        <InvitePage token={invite.token!} />
      </Suspense>
    );
  }
  if (status === 'restoring') return <PageSkeleton />;
  const publicPage = pathname === '/login' || pathname === '/signup' || pathname === '/signup/complete';
  if (status === 'signed-out' && pathname === '/') return <LandingPage />;
  if (status === 'signed-out' && !publicPage) return <RedirectToLogin />;
  if (status === 'signed-in' && publicPage) return <Redirect to={nextFromQuery() ?? '/'} />;
  if (pathname === '/login') return <LoginPage />;
  if (pathname === '/signup') return <SignupPage />;
  if (pathname === '/signup/complete') return <CompleteSignupPage />;
  return <SignedInRoutes pathname={pathname} />;
}

function SignedInRoutes({ pathname }: { pathname: string }) {
  let page: React.ReactNode = null;
  let params;
  if (pathname === '/') page = <HomeRedirect />;
  else if ((params = matchPath('/p/:projectId', pathname)))
    page = <ProjectHome projectId={params.projectId!} />;
  else if ((params = matchPath('/p/:projectId/query', pathname)))
    page = <QueryEditorPage projectId={params.projectId!} />;
  else if ((params = matchPath('/p/:projectId/data', pathname)))
    page = <DataPage projectId={params.projectId!} />;
  else if ((params = matchPath('/p/:projectId/data/upload', pathname)))
    page = <UploadPage projectId={params.projectId!} />;
  else if ((params = matchPath('/p/:projectId/data/:sourceId', pathname)))
    page = <SourcePage key={params.sourceId} projectId={params.projectId!} sourceId={params.sourceId!} />;
  else if ((params = matchPath('/p/:projectId/saved', pathname)))
    page = <SavedQueriesPage projectId={params.projectId!} />;
  else if ((params = matchPath('/p/:projectId/history', pathname)))
    page = <QueryHistoryPage projectId={params.projectId!} />;
  else if ((params = matchPath('/canvas/:id', pathname))) page = <CanvasPage canvasId={params.id!} />;
  else if (pathname === '/usage') page = <UsagePage />;
  else if (pathname === '/members') page = <MembersPage />;
  else if (pathname === '/settings/outbox') page = <OutboxPage />;
  else page = <NotFound />;
  const fullBleed = pathname.startsWith('/canvas/');
  return (
    <AppShell fullBleed={fullBleed}>
      <ErrorBoundary label="This page" resetKey={pathname}>
        <Suspense fallback={<PageSkeleton />}>{page}</Suspense>
      </ErrorBoundary>
    </AppShell>
  );
}

function nextFromQuery(): string | null {
  const next = new URLSearchParams(location.search).get('next');
  return next && next.startsWith('/') && !next.startsWith('//') ? next : null;
}

function RedirectToLogin() {
  const target =
    location.pathname === '/'
      ? '/login'
      : `/login?next=${encodeURIComponent(location.pathname + location.search)}`;
  return <Redirect to={target} />;
}

function NotFound() {
  return (
    <div className="page">
      <h1>Page not found</h1>
      <p className="muted">
        Nothing lives at <code>{location.pathname}</code>. <a href="/">Go to your projects</a>.
      </p>
    </div>
  );
}
