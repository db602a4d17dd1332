import type { Awareness } from 'y-protocols/awareness';
import { Avatar } from '../../ui/avatar';
import { followStore, useFollowing } from './follow/follow-store';
import { usePresence, type PresenceState } from './use-canvas-doc';

/** Who else is here (one avatar per person, in their presence color); a click follows them. */
export function PresenceAvatars({ awareness }: { awareness: Awareness }) {
  const states = usePresence(awareness);
  const following = useFollowing(awareness);
  // One entry per person (a user may have several tabs open): the first tab is the one followed.
  const people = new Map<string, PresenceState>();
  for (const s of states) if (!people.has(s.user.id)) people.set(s.user.id, s);
  const users = [...people.values()];
  if (users.length === 0) return null;
  return (
    <div
      className="avatars"
      role="list"
      aria-label={`${users.length} other ${users.length === 1 ? 'person' : 'people'} here`}
      data-testid="presence"
    >
      {users.slice(0, 6).map((s) => {
        const { user } = s;
        const active = following?.userId === user.id;
        const label = active ? `Stop following ${user.name}` : `Follow ${user.name}`;
        return (
          <span role="listitem" key={user.id}>
            <button
              type="button"
              className="avatar-button"
              aria-pressed={active}
              aria-label={label}
              title={`${label}${user.readOnly ? ' (viewing)' : ''}`}
              style={{ color: user.color }}
              onClick={() =>
                followStore(awareness).set(
                  active
                    ? null
                    : { clientId: s.clientId, userId: user.id, name: user.name, color: user.color },
                )
              }
            >
              <Avatar name={user.name} color={user.color} title={user.name} />
            </button>
          </span>
        );
      })}
      {users.length > 6 ? (
        <span className="avatar" style={{ background: 'var(--surface-3)', color: 'var(--text)' }}>
          +{users.length - 6}
        </span>
      ) : null}
    </div>
  );
}
