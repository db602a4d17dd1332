import type { CanvasesContext } from '../context.ts';
import type { DeliveryRecord, DestinationDoc, OutboxRecord, RuleRecord } from '../data/index.ts';
import type {
  CreatedRule,
  CreateAlertInput,
  CreateScheduleInput,
} from '../services/schedules/rule-service.ts';
import { nextRunAt } from '../services/schedules/validation.ts';

type Ctx = CanvasesContext;
type Id = { id: string };
/** A rule as resolvers see it: webhook secrets only right after creation. */
type RuleParent = RuleRecord & { secrets?: Map<string, string> };

const withSecrets = ({ rule, secrets }: CreatedRule): RuleParent => ({ ...rule, secrets });

const ruleFields = {
  destinations: (rule: RuleParent) =>
    rule.destinations.map((d: DestinationDoc) => ({
      id: d.id,
      kind: d.kind,
      target: d.target,
      secret: rule.secrets?.get(d.id) ?? null,
    })),
  nextRunAt: (rule: RuleParent, _: unknown, ctx: Ctx) =>
    rule.paused ? null : nextRunAt(rule.cron, rule.timezone, ctx.services.clock.now()),
  lastDelivery: (rule: RuleParent, _: unknown, ctx: Ctx) => ctx.services.schedules.lastDelivery(rule),
  deliveries: (rule: RuleParent, { first }: { first?: number | null }, ctx: Ctx) =>
    ctx.services.schedules.ruleDeliveries(rule, first ?? 20),
};

export const deliveryResolvers = {
  Query: {
    canvasSchedules: (_: unknown, { canvasId }: { canvasId: string }, ctx: Ctx) =>
      ctx.services.schedules.schedules(ctx.identity, canvasId),
    canvasAlerts: (_: unknown, { canvasId }: { canvasId: string }, ctx: Ctx) =>
      ctx.services.schedules.alerts(ctx.identity, canvasId),
    canvasDeliveries: (_: unknown, args: { canvasId: string; first?: number | null }, ctx: Ctx) =>
      ctx.services.schedules.canvasDeliveries(ctx.identity, args.canvasId, args.first ?? 50),
    mailOutbox: (_: unknown, args: { organizationId: string; first?: number | null }, ctx: Ctx) =>
      ctx.services.schedules.outbox(ctx.identity, args.organizationId, args.first ?? 50),
    alertNotifications: (_: unknown, args: { first?: number | null }, ctx: Ctx) =>
      ctx.services.schedules.alertNotifications(ctx.identity, args.first ?? 20),
  },
  Mutation: {
    createSchedule: async (_: unknown, { input }: { input: CreateScheduleInput }, ctx: Ctx) =>
      withSecrets(await ctx.services.schedules.createSchedule(ctx.identity, input)),
    deleteSchedule: (_: unknown, { id }: Id, ctx: Ctx) =>
      ctx.services.schedules.deleteSchedule(ctx.identity, id),
    runScheduleNow: (_: unknown, { id }: Id, ctx: Ctx) =>
      ctx.services.schedules.runScheduleNow(ctx.identity, id),
    setSchedulePaused: (_: unknown, args: Id & { paused: boolean }, ctx: Ctx) =>
      ctx.services.schedules.setSchedulePaused(ctx.identity, args.id, args.paused),
    createAlert: async (_: unknown, { input }: { input: CreateAlertInput }, ctx: Ctx) =>
      withSecrets(await ctx.services.schedules.createAlert(ctx.identity, input)),
    deleteAlert: (_: unknown, { id }: Id, ctx: Ctx) => ctx.services.schedules.deleteAlert(ctx.identity, id),
    runAlertNow: (_: unknown, { id }: Id, ctx: Ctx) => ctx.services.schedules.runAlertNow(ctx.identity, id),
    setAlertPaused: (_: unknown, args: Id & { paused: boolean }, ctx: Ctx) =>
      ctx.services.schedules.setAlertPaused(ctx.identity, args.id, args.paused),
  },
  Schedule: ruleFields,
  Alert: {
    ...ruleFields,
    blockId: (rule: RuleParent) => rule.alert?.blockId,
    op: (rule: RuleParent) => rule.alert?.op,
    value: (rule: RuleParent) => rule.alert?.value,
    triggered: (rule: RuleParent) => rule.alert?.triggered ?? false,
    lastValue: (rule: RuleParent) => rule.alert?.lastValue ?? null,
    checkedAt: (rule: RuleParent) => rule.alert?.checkedAt ?? null,
  },
  Delivery: {
    attempts: (d: DeliveryRecord) => Math.max(d.attempts, ...d.sends.map((s) => s.attempts)),
    scheduleId: (d: DeliveryRecord) => (d.ruleKind === 'SCHEDULE' ? d.ruleId : null),
    alertId: (d: DeliveryRecord) => (d.ruleKind === 'ALERT' ? d.ruleId : null),
    targets: (d: DeliveryRecord) => d.sends,
  },
  OutboxMessage: {
    attachments: (m: OutboxRecord) => m.attachments,
  },
};
