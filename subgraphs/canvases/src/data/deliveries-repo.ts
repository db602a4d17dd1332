import type { DeliveryDoc, DeliveryModels, DeliverySendDoc, RuleKind } from './delivery-models.ts';

export interface DeliveryRecord extends Omit<DeliveryDoc, '_id'> {
  id: string;
}

function toRecord({ _id, ...rest }: DeliveryDoc): DeliveryRecord {
  return { id: _id, ...rest };
}

/** The overall status of a delivery from its sends: PENDING while one is, FAILED if one failed. */
export function overallStatus(sends: DeliverySendDoc[]): DeliveryDoc['status'] {
  if (sends.some((s) => s.status === 'PENDING')) return 'PENDING';
  return sends.some((s) => s.status === 'FAILED') ? 'FAILED' : 'SENT';
}

export function createDeliveriesRepo({ deliveries }: DeliveryModels) {
  async function find(id: string): Promise<DeliveryRecord | null> {
    const doc = await deliveries.findById(id).lean<DeliveryDoc>();
    return doc ? toRecord(doc) : null;
  }

  /** Recomputes status, error and finishedAt from the sends (after one of them changed). */
  async function settle(id: string, now: Date): Promise<DeliveryRecord | null> {
    const delivery = await find(id);
    if (!delivery || delivery.sends.length === 0) return delivery;
    const status = overallStatus(delivery.sends);
    const errors = delivery.sends.filter((s) => s.status === 'FAILED' && s.error);
    const error = errors.length ? errors.map((s) => `${s.kind} ${s.target}: ${s.error}`).join('; ') : null;
    await deliveries.updateOne(
      { _id: id, status: 'PENDING' },
      { $set: { status, error, finishedAt: status === 'PENDING' ? null : now } },
    );
    return find(id);
  }

  return {
    find,
    settle,

    /**
     * The delivery with this key, created when absent (a job retried after a crash finds the one it
     * made before). Returns whether this call created it.
     */
    async claim(delivery: DeliveryRecord): Promise<{ delivery: DeliveryRecord; created: boolean }> {
      const { id, ...rest } = delivery;
      try {
        await deliveries.create({ _id: id, ...rest });
        return { delivery, created: true };
      } catch (error) {
        if ((error as { code?: number }).code !== 11000) throw error;
        const doc = await deliveries.findOne({ key: delivery.key }).lean<DeliveryDoc>();
        if (!doc) throw error;
        return { delivery: toRecord(doc), created: false };
      }
    },

    async findByKey(key: string): Promise<DeliveryRecord | null> {
      const doc = await deliveries.findOne({ key }).lean<DeliveryDoc>();
      return doc ? toRecord(doc) : null;
    },

    async listForCanvas(canvasId: string, limit: number): Promise<DeliveryRecord[]> {
      const docs = await deliveries
        .find({ canvasId })
        .sort({ createdAt: -1 })
        .limit(limit)
        .lean<DeliveryDoc[]>();
      return docs.map(toRecord);
    },

    async listForRule(ruleId: string, limit: number): Promise<DeliveryRecord[]> {
      const docs = await deliveries
        .find({ ruleId })
        .sort({ createdAt: -1 })
        .limit(limit)
        .lean<DeliveryDoc[]>();
      return docs.map(toRecord);
    },

    async listForOrganization(
      organizationIds: string[],
      kind: RuleKind,
      limit: number,
    ): Promise<DeliveryRecord[]> {
      const docs = await deliveries
        .find({ organizationId: { $in: organizationIds }, ruleKind: kind })
        .sort({ createdAt: -1 })
        .limit(limit)
        .lean<DeliveryDoc[]>();
      return docs.map(toRecord);
    },

    /** Deliveries of an organization by status, in one aggregate (benchmarks and dashboards poll it). */
    async countByStatus(organizationId: string): Promise<Record<DeliveryDoc['status'], number>> {
      const rows = await deliveries.aggregate<{ _id: DeliveryDoc['status']; n: number }>([
        { $match: { organizationId } },
        { $group: { _id: '$status', n: { $sum: 1 } } },
      ]);
      const counts = { PENDING: 0, SENT: 0, FAILED: 0 };
      for (const row of rows) counts[row._id] = row.n;
      return counts;
    },

    async startAttempt(id: string): Promise<void> {
      await deliveries.updateOne({ _id: id }, { $inc: { attempts: 1 } });
    },

    /** The run rendered: the attachment and one PENDING send per destination (only once). */
    async prepared(
      id: string,
      attachment: DeliveryDoc['attachment'],
      sends: DeliverySendDoc[],
    ): Promise<DeliveryRecord | null> {
      await deliveries.updateOne({ _id: id, sends: { $size: 0 } }, { $set: { attachment, sends } });
      return find(id);
    },

    /** The run itself failed for good (refresh or render): no destination gets anything. */
    async failRun(id: string, error: string, now: Date): Promise<void> {
      await deliveries.updateOne(
        { _id: id, status: 'PENDING' },
        { $set: { status: 'FAILED', error, finishedAt: now } },
      );
    },

    async recordRunError(id: string, error: string): Promise<void> {
      await deliveries.updateOne({ _id: id }, { $set: { error } });
    },

    /** Counts an attempt of one destination; returns the send as it was before (null: unknown). */
    async startSend(id: string, destinationId: string): Promise<DeliverySendDoc | null> {
      const before = await deliveries
        .findOneAndUpdate(
          { _id: id, 'sends.destinationId': destinationId },
          { $inc: { 'sends.$.attempts': 1 } },
          { returnDocument: 'before' },
        )
        .lean<DeliveryDoc>();
      return before?.sends.find((s) => s.destinationId === destinationId) ?? null;
    },

    async finishSend(
      id: string,
      destinationId: string,
      outcome: { status: DeliverySendDoc['status']; error: string | null; sentAt: Date | null },
      now: Date,
    ): Promise<DeliveryRecord | null> {
      // One positional path (the whole element): the Mongo dev server refuses several `sends.$.x` at once.
      const current = (await find(id))?.sends.find((send) => send.destinationId === destinationId);
      if (current)
        await deliveries.updateOne(
          { _id: id, 'sends.destinationId': destinationId },
          { $set: { 'sends.$': { ...current, ...outcome } } },
        );
      return settle(id, now);
    },
  };
}

export type DeliveriesRepo = ReturnType<typeof createDeliveriesRepo>;
