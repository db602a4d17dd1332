import type { Awareness } from 'y-protocols/awareness';
import { Avatar } from '../../ui/avatar';
import { uniqueUsers, usePresence } from './use-canvas-doc';

/** Who else is here (one avatar per person, in their presence color). */
export function PresenceAvatars({ awareness }: { awareness: Awareness }) {
  const users = uniqueUsers(usePresence(awareness));
  if (users.length === 0) return null;
  return (
    <div
      className="avatars"
      role="list"
      aria-label={`${users.length} other ${users.length === 1 ? 'person' : 'people'} here`}
      data-testid="presence"
    >
      {users.slice(0, 6).map((u) => (
        <span role="listitem" key={u.id}>
          <Avatar name={u.name} color={u.color} title={`${u.name}${u.readOnly ? ' (viewing)' : ''}`} />
        </span>
      ))}
      {users.length > 6 ? (
        <span className="avatar" style={{ background: 'var(--surface-3)', color: 'var(--text)' }}>
          +{users.length - 6}
        </span>
      ) : null}
    </div>
  );
}
