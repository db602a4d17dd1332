import type { DeliveryModels, OutboxDoc } from './delivery-models.ts';

export interface OutboxRecord extends Omit<OutboxDoc, '_id'> {
  id: string;
}

export function createOutboxRepo({ outbox }: DeliveryModels) {
  return {
    /** Idempotent on the id (a retried send writes the same message once). */
    async put(message: OutboxRecord): Promise<void> {
      const { id, ...rest } = message;
      await outbox.updateOne({ _id: id }, { $setOnInsert: rest }, { upsert: true });
    },

    async list(organizationId: string, limit: number): Promise<OutboxRecord[]> {
      const docs = await outbox
        .find({ organizationId })
        .sort({ createdAt: -1 })
        .limit(limit)
        .lean<OutboxDoc[]>();
      return docs.map(({ _id, ...rest }) => ({ id: _id, ...rest }));
    },
  };
}

export type OutboxRepo = ReturnType<typeof createOutboxRepo>;
