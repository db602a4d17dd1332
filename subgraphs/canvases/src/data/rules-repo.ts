import type { DeliveryModels, RuleDoc, RuleKind } from './delivery-models.ts';

export interface RuleRecord extends Omit<RuleDoc, '_id'> {
  id: string;
}

function toRecord({ _id, ...rest }: RuleDoc): RuleRecord {
  return { id: _id, ...rest };
}

/** Schedules and alerts (one collection, told apart by `kind`). */
export function createRulesRepo({ rules }: DeliveryModels) {
  return {
    async insert(rule: RuleRecord): Promise<void> {
      const { id, ...rest } = rule;
      await rules.create({ _id: id, ...rest });
    },

    async find(id: string): Promise<RuleRecord | null> {
      const doc = await rules.findById(id).lean<RuleDoc>();
      return doc ? toRecord(doc) : null;
    },

    async listForCanvas(canvasId: string, kind: RuleKind): Promise<RuleRecord[]> {
      const docs = await rules.find({ canvasId, kind }).sort({ createdAt: 1 }).lean<RuleDoc[]>();
      return docs.map(toRecord);
    },

    async countForCanvas(canvasId: string, kind: RuleKind): Promise<number> {
      return rules.countDocuments({ canvasId, kind });
    },

    /** Every rule, for re-registering cron schedules at start. */
    async all(): Promise<RuleRecord[]> {
      return (await rules.find({}).lean<RuleDoc[]>()).map(toRecord);
    },

    async delete(id: string): Promise<boolean> {
      return (await rules.deleteOne({ _id: id })).deletedCount === 1;
    },

    async setPaused(id: string, paused: boolean): Promise<RuleRecord | null> {
      const doc = await rules
        .findOneAndUpdate({ _id: id }, { $set: { paused } }, { returnDocument: 'after' })
        .lean<RuleDoc>();
      return doc ? toRecord(doc) : null;
    },

    async setLastDelivery(id: string, deliveryId: string): Promise<void> {
      await rules.updateOne({ _id: id }, { $set: { lastDeliveryId: deliveryId } });
    },

    /** Records an alert check: the value seen and whether the condition holds now. */
    async recordCheck(id: string, triggered: boolean, value: number | null, at: Date): Promise<void> {
      await rules.updateOne(
        { _id: id },
        { $set: { 'alert.triggered': triggered, 'alert.lastValue': value, 'alert.checkedAt': at } },
      );
    },
  };
}

export type RulesRepo = ReturnType<typeof createRulesRepo>;
