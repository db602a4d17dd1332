import type { Logger } from '@tessera/logger';

const LAZY_LOGGER = Symbol('lazyLogger');
interface LazyLogger {
  parent: Logger;
  bindings: Record<string, unknown>;
  child?: Logger;
}

/**
 * `logger` on the prototype, made on first use: pino serialises a child's bindings when it is
 * created, and most requests log nothing. On the prototype because Apollo Server copies each
 * request's context (`Object.assign` onto an object of the same prototype): an own getter would be
 * called by that copy, and the state it reads (a symbol-keyed own property) is copied by reference.
 */
const withLogger = Object.create(Object.prototype, {
  logger: {
    get(this: { [LAZY_LOGGER]: LazyLogger }) {
      const lazy = this[LAZY_LOGGER];
      return (lazy.child ??= lazy.parent.child(lazy.bindings));
    },
  },
}) as object;

/** `fields` plus a `logger`: a child of `parent` with `bindings`, made when first read. */
export function withRequestLogger<T extends object>(
  fields: T,
  parent: Logger,
  bindings: Record<string, unknown>,
): T & { readonly logger: Logger } {
  const lazy: LazyLogger = { parent, bindings };
  const context: object = Object.assign(Object.create(withLogger) as object, fields, { [LAZY_LOGGER]: lazy });
  return context as T & { readonly logger: Logger };
}
