import { PRINCIPALS_CHANGED_TOPIC, type PrincipalChange } from '@tessera/auth';
import type { EventBus } from '@tessera/events';
import type { Logger } from '@tessera/logger';

export interface PrincipalEvents {
  /** Tells principal caches (the gateway's) that someone's access changed; resolves once published. */
  changed(change: PrincipalChange): Promise<void>;
}

/**
 * Publishes access removals on the bus. A failed publish is logged, not thrown: the change is
 * already stored and enforced by accounts; caches then hold the old principal until their TTL.
 */
export function createPrincipalEvents(bus: EventBus | null, logger: Logger): PrincipalEvents {
  return {
    async changed(change) {
      if (!bus) return;
      await bus
        .publish(PRINCIPALS_CHANGED_TOPIC, change)
        .catch((err: unknown) => logger.error({ err, change }, 'principal change not published'));
    },
  };
}
