import { useState, type ReactNode } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link, navigate } from '../../router/router';
import { Avatar } from '../../ui/avatar';
import { BrandMark } from '../../ui/brand-mark';
import { Menu } from '../../ui/menu';
import { resetSubscriptions } from '../../urql/client';
import { LogOutDocument } from '../../urql/session-operations';
import { session } from '../../urql/session';
import { MeDocument } from '../auth/operations';
import { useCurrentProject } from './current-project';
import { NewProjectDialog } from './new-project-dialog';
import { ThemeToggle } from './theme-toggle';
import { NotificationsInbox } from '../notifications/notifications-inbox';

export function AppShell({ children, fullBleed }: { children: ReactNode; fullBleed?: boolean }) {
  const [{ data }] = useQuery({ query: MeDocument });
  const [, logOut] = useMutation(LogOutDocument);
  const [creating, setCreating] = useState(false);
  const projectId = useCurrentProject();
  const me = data?.me;
  const memberships = me?.memberships ?? [];
  const membership =
    memberships.find((m) => m.organization.projects.some((p) => p.id === projectId)) ?? memberships[0];
  const project =
    membership?.organization.projects.find((p) => p.id === projectId) ?? membership?.organization.projects[0];
  const isAdmin = membership?.role === 'OWNER' || membership?.role === 'ADMIN';

  const signOut = async () => {
    await logOut({}).catch(() => undefined);
    resetSubscriptions();
    session.clear();
    navigate('/login');
  };

  return (
    <div className="app">
      <header className="topbar">
        <Link href="/" className="brand" aria-label="Tessera home">
          <BrandMark size={22} /> <span className="brand-name">Tessera</span>
        </Link>
        <Menu
          label="Switch organization or project"
          align="left"
          button={
            <span className="row" style={{ gap: 4 }}>
              <span className="muted topbar-org">{membership?.organization.name ?? '…'}</span>
              <span className="faint topbar-org">/</span>
              <strong data-testid="current-project">{project?.name ?? 'Select a project'}</strong>
              <span aria-hidden="true">▾</span>
            </span>
          }
        >
          {(close) => (
            <>
              {memberships.map((m) => (
                <div key={m.organization.id}>
                  <div className="menu-label">
                    {m.organization.name} · {m.role.toLowerCase()}
                  </div>
                  {m.organization.projects.map((p) => (
                    <Link
                      key={p.id}
                      href={`/p/${p.id}`}
                      className="menu-item"
                      role="menuitem"
                      aria-current={p.id === project?.id}
                      onClick={close}
                    >
                      {p.name}
                    </Link>
                  ))}
                </div>
              ))}
              <div className="menu-sep" />
              <button
                className="menu-item"
                role="menuitem"
                onClick={() => {
                  close();
                  setCreating(true);
                }}
              >
                + New project
              </button>
            </>
          )}
        </Menu>
        {project ? (
          <nav className="row" aria-label="Project">
            <Link className="btn btn-ghost btn-sm" href={`/p/${project.id}`}>
              Home
            </Link>
            <Link className="btn btn-ghost btn-sm" href={`/p/${project.id}/query`}>
              Query editor
            </Link>
            <Link className="btn btn-ghost btn-sm" href={`/p/${project.id}/data`}>
              Data
            </Link>
            <Link className="btn btn-ghost btn-sm" href={`/p/${project.id}/saved`}>
              Saved queries
            </Link>
            <Link className="btn btn-ghost btn-sm" href={`/p/${project.id}/history`}>
              History
            </Link>
            <Link className="btn btn-ghost btn-sm" href={`/members?org=${membership!.organization.id}`}>
              People
            </Link>
            {isAdmin ? (
              <Link className="btn btn-ghost btn-sm" href={`/usage?org=${membership!.organization.id}`}>
                Usage
              </Link>
            ) : null}
          </nav>
        ) : null}
        <span className="spacer" />
        <div id="topbar-slot" className="row" />
        <NotificationsInbox />
        <ThemeToggle />
        <Menu label="Account" button={<Avatar name={me?.name ?? '?'} />}>
          {() => (
            <>
              <div style={{ padding: '6px 10px' }}>
                <strong>{me?.name}</strong>
                <div className="muted">{me?.email}</div>
              </div>
              <div className="menu-sep" />
              {membership ? (
                <Link
                  className="menu-item"
                  role="menuitem"
                  href={`/settings/outbox?org=${membership.organization.id}`}
                >
                  Settings · Outbox
                </Link>
              ) : null}
              <button className="menu-item" role="menuitem" onClick={signOut}>
                Log out
              </button>
            </>
          )}
        </Menu>
      </header>
      <main className="main" style={fullBleed ? { overflow: 'hidden' } : undefined}>
        {children}
      </main>
      {creating ? (
        <NewProjectDialog
          organizations={memberships.map((m) => m.organization)}
          defaultOrganizationId={membership?.organization.id}
          onClose={() => setCreating(false)}
        />
      ) : null}
    </div>
  );
}
