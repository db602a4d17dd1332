import type { AlertStateDoc } from '../data/index.ts';
import type {
  AlertResolvers,
  DeliveryResolvers,
  MutationResolvers,
  OutboxMessageResolvers,
  QueryResolvers,
  ScheduleResolvers,
} from '../generated/resolvers-types.ts';
import type { CreatedRule } from '../services/schedules/rule-service.ts';
import { nextRunAt } from '../services/schedules/validation.ts';
import type { RuleWithSecrets } from './parents.ts';

const withSecrets = ({ rule, secrets }: CreatedRule): RuleWithSecrets => ({ ...rule, secrets });

/** An alert rule always has its state (the rule service checks the kind); none means a corrupt record. */
function alertState(rule: RuleWithSecrets): AlertStateDoc {
  if (!rule.alert) throw new Error(`Alert ${rule.id} has no alert state`);
  return rule.alert;
}

/** What schedules and alerts share (the same parent; Alert takes them as they are). */
const ruleFields: Pick<ScheduleResolvers, 'destinations' | 'nextRunAt' | 'lastDelivery' | 'deliveries'> = {
  destinations: (rule) =>
    rule.destinations.map((d) => ({
      id: d.id,
      kind: d.kind,
      target: d.target,
      secret: rule.secrets?.get(d.id) ?? null,
    })),
  nextRunAt: (rule, _, ctx) =>
    rule.paused ? null : nextRunAt(rule.cron, rule.timezone, ctx.services.clock.now()),
  lastDelivery: (rule, _, ctx) => ctx.services.schedules.lastDelivery(rule),
  deliveries: (rule, { first }, ctx) => ctx.services.schedules.ruleDeliveries(rule, first ?? 20),
};

type DeliveryQueryResolvers = Pick<
  QueryResolvers,
  'canvasSchedules' | 'canvasAlerts' | 'canvasDeliveries' | 'mailOutbox' | 'alertNotifications'
>;
type DeliveryMutationResolvers = Pick<
  MutationResolvers,
  | 'createSchedule'
  | 'deleteSchedule'
  | 'runScheduleNow'
  | 'setSchedulePaused'
  | 'createAlert'
  | 'deleteAlert'
  | 'runAlertNow'
  | 'setAlertPaused'
>;

export const deliveryResolvers: {
  Query: DeliveryQueryResolvers;
  Mutation: DeliveryMutationResolvers;
  Schedule: ScheduleResolvers;
  Alert: AlertResolvers;
  Delivery: DeliveryResolvers;
  OutboxMessage: OutboxMessageResolvers;
} = {
  Query: {
    canvasSchedules: (_, { canvasId }, ctx) => ctx.services.schedules.schedules(ctx.identity, canvasId),
    canvasAlerts: (_, { canvasId }, ctx) => ctx.services.schedules.alerts(ctx.identity, canvasId),
    canvasDeliveries: (_, args, ctx) =>
      ctx.services.schedules.canvasDeliveries(ctx.identity, args.canvasId, args.first ?? 50),
    mailOutbox: (_, args, ctx) =>
      ctx.services.schedules.outbox(ctx.identity, args.organizationId, args.first ?? 50),
    alertNotifications: (_, args, ctx) =>
      ctx.services.schedules.alertNotifications(ctx.identity, args.first ?? 20),
  },
  Mutation: {
    createSchedule: async (_, { input }, ctx) =>
      withSecrets(await ctx.services.schedules.createSchedule(ctx.identity, input)),
    deleteSchedule: (_, { id }, ctx) => ctx.services.schedules.deleteSchedule(ctx.identity, id),
    runScheduleNow: (_, { id }, ctx) => ctx.services.schedules.runScheduleNow(ctx.identity, id),
    setSchedulePaused: (_, args, ctx) =>
      ctx.services.schedules.setSchedulePaused(ctx.identity, args.id, args.paused),
    createAlert: async (_, { input }, ctx) =>
      withSecrets(await ctx.services.schedules.createAlert(ctx.identity, input)),
    deleteAlert: (_, { id }, ctx) => ctx.services.schedules.deleteAlert(ctx.identity, id),
    runAlertNow: (_, { id }, ctx) => ctx.services.schedules.runAlertNow(ctx.identity, id),
    setAlertPaused: (_, args, ctx) =>
      ctx.services.schedules.setAlertPaused(ctx.identity, args.id, args.paused),
  },
  Schedule: ruleFields,
  Alert: {
    ...ruleFields,
    blockId: (rule) => alertState(rule).blockId,
    op: (rule) => alertState(rule).op,
    value: (rule) => alertState(rule).value,
    triggered: (rule) => alertState(rule).triggered,
    lastValue: (rule) => alertState(rule).lastValue,
    checkedAt: (rule) => alertState(rule).checkedAt,
  },
  Delivery: {
    attempts: (d) => Math.max(d.attempts, ...d.sends.map((s) => s.attempts)),
    scheduleId: (d) => (d.ruleKind === 'SCHEDULE' ? d.ruleId : null),
    alertId: (d) => (d.ruleKind === 'ALERT' ? d.ruleId : null),
    targets: (d) => d.sends,
  },
  OutboxMessage: {
    attachments: (m) => m.attachments,
  },
};
