import { createLogger, type Logger } from '@tessera/logger';
import { describe, expect, it } from 'vitest';
import { withRequestLogger } from './request-logger.ts';

/** What Apollo Server does to a context before running the operation (internalExecuteOperation). */
const apolloCopy = <T extends object>(context: T): T =>
  Object.assign(Object.create(Object.getPrototypeOf(context) as object) as object, context) as T;

describe('withRequestLogger', () => {
  it('makes the child on first use only, once, and Apollo’s copy of the context shares it', () => {
    const parent = createLogger({ name: 'test', level: 'silent' });
    const made: unknown[] = [];
    const counting = {
      child: (bindings: object) => (made.push(bindings), parent.child(bindings)),
    } as unknown as Logger;
    const context = withRequestLogger({ identity: 'someone' }, counting, { requestId: 'r1' });
    const copy = apolloCopy(context);
    expect(made).toHaveLength(0);
    expect(copy.identity).toBe('someone');
    const logger = copy.logger;
    expect(logger.bindings()).toMatchObject({ requestId: 'r1' });
    expect(context.logger).toBe(logger);
    expect(made).toEqual([{ requestId: 'r1' }]);
  });
});
