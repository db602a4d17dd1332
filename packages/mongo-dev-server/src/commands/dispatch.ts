import type { Document } from 'bson';
import { CommandError, toCommandError } from '../errors.ts';
import { collectionCommands } from './collections.ts';
import { findAndModifyCommands } from './find-and-modify.ts';
import { handshakeCommands } from './handshake.ts';
import { indexCommands } from './indexes.ts';
import { readCommands } from './read.ts';
import type { CommandContext, CommandHandler, CommandTable } from './types.ts';
import { writeCommands } from './write.ts';

// What a standalone mongod answers to any command carrying transaction fields.
const noTransactions = (): never => {
  throw new CommandError(
    'IllegalOperation',
    'Transaction numbers are only allowed on a replica set member or mongos',
  );
};

const COMMANDS: CommandTable = {
  ...handshakeCommands,
  ...writeCommands,
  ...readCommands,
  ...findAndModifyCommands,
  ...indexCommands,
  ...collectionCommands,
  commitTransaction: noTransactions,
  abortTransaction: noTransactions,
};

export function findCommand(name: string): CommandHandler | undefined {
  return Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
}

/** Runs one command document and always produces a reply (errors become `ok: 0`). */
export async function runCommand(body: Document, base: Omit<CommandContext, 'db'>): Promise<Document> {
  const name = Object.keys(body)[0] ?? '';
  const handler = findCommand(name);
  if (!handler) return new CommandError('CommandNotFound', `no such command: '${name}'`).toReply();
  try {
    if (body.txnNumber !== undefined || body.startTransaction === true || body.autocommit === false) {
      noTransactions();
    }
    const db = typeof body.$db === 'string' ? body.$db : 'admin';
    return await handler(body, { ...base, db });
  } catch (err) {
    return toCommandError(err).toReply();
  }
}
