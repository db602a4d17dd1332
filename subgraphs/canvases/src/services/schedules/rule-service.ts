import { randomUUID } from 'node:crypto';
import { requireSignedIn, type Identity } from '@tessera/auth';
import { AppError } from '@tessera/errors';
import type { SecretBox } from '@tessera/secret-box';
import type {
  AlertOp,
  DeliveryRecord,
  ExportFormat,
  Repositories,
  RuleKind,
  RuleRecord,
} from '../../data/index.ts';
import { actorId, UUID, type Access } from '../access.ts';
import { ALERT_OPS, metricBlock } from '../alerts/condition.ts';
import type { Clock } from '../clock.ts';
import type { DeliveryService } from '../deliveries/delivery-service.ts';
import { secretContext } from '../deliveries/delivery-service.ts';
import { JOBS, type DeliveryQueue } from '../deliveries/queue.ts';
import type { Documents } from '../documents.ts';
import {
  checkCron,
  checkDestinations,
  checkTimeZone,
  MAX_RULES_PER_CANVAS,
  type DestinationInput,
  type UrlPolicy,
} from './validation.ts';

export interface CreateScheduleInput {
  canvasId: string;
  cron: string;
  timezone?: string | null;
  format?: ExportFormat | null;
  destinations: DestinationInput[];
}

export interface CreateAlertInput {
  canvasId: string;
  blockId: string;
  op: string;
  timezone?: string | null;
  value: number;
  cron: string;
  destinations: DestinationInput[];
}

/** A rule as just created: webhook secrets in the clear, this once. */
export interface CreatedRule {
  rule: RuleRecord;
  secrets: Map<string, string>;
}

export interface RuleServiceDeps {
  repos: Repositories;
  access: Access;
  documents: Documents;
  urlPolicy: UrlPolicy;
  secretBox: SecretBox;
  /** Absent: no job queue in this process (DATABASE_URL unset); scheduling answers UNAVAILABLE. */
  queue: DeliveryQueue | null;
  deliveries: DeliveryService | null;
  clock: Clock;
}

/** Schedules and alerts of canvases: EDITOR and above in the canvas's organization. */
export function createRuleService(deps: RuleServiceDeps) {
  const { repos, access, documents, urlPolicy, secretBox, clock } = deps;

  function needQueue(): { queue: DeliveryQueue; deliveries: DeliveryService } {
    if (!deps.queue || !deps.deliveries)
      throw new AppError('UNAVAILABLE', 'Schedules and alerts need the job queue, which is not configured');
    return { queue: deps.queue, deliveries: deps.deliveries };
  }

  /** A rule of a canvas the caller edits; another tenant's rule is NOT_FOUND. */
  async function editable(identity: Identity, id: string, kind: RuleKind): Promise<RuleRecord> {
    const rule = UUID.test(id) ? await repos.rules.find(id) : null;
    const what = kind === 'ALERT' ? 'Alert' : 'Schedule';
    if (!rule || rule.kind !== kind) throw AppError.notFound(what);
    try {
      await access.canvas(identity, rule.canvasId, 'EDITOR');
    } catch (error) {
      if ((error as AppError).code === 'NOT_FOUND') throw AppError.notFound(what);
      throw error;
    }
    return rule;
  }

  async function register(rule: RuleRecord): Promise<void> {
    const { queue } = needQueue();
    await queue.schedule(JOBS.cron, rule.cron, { ruleId: rule.id }, { tz: rule.timezone, key: rule.id });
  }

  async function create(
    identity: Identity,
    canvasId: string,
    kind: RuleKind,
    fields: Pick<RuleRecord, 'cron' | 'timezone' | 'format' | 'alert'>,
    destinationsInput: unknown,
  ): Promise<CreatedRule> {
    const { canvas } = await access.canvas(identity, canvasId, 'EDITOR');
    needQueue();
    if ((await repos.rules.countForCanvas(canvas.id, kind)) >= MAX_RULES_PER_CANVAS)
      throw AppError.badInput(
        'canvasId',
        `A canvas has at most ${MAX_RULES_PER_CANVAS} ${kind === 'ALERT' ? 'alerts' : 'schedules'}`,
      );
    const id = randomUUID();
    const { destinations, secrets } = await checkDestinations(
      destinationsInput,
      urlPolicy,
      (secret) => secret,
    );
    for (const destination of destinations)
      if (destination.sealedSecret)
        destination.sealedSecret = secretBox.seal(
          destination.sealedSecret,
          secretContext({ organizationId: canvas.organizationId, id }, destination.id),
        );
    const rule: RuleRecord = {
      id,
      kind,
      organizationId: canvas.organizationId,
      projectId: canvas.projectId,
      canvasId: canvas.id,
      ...fields,
      destinations,
      paused: false,
      createdBy:
        actorId(identity) ?? (identity.principal.kind === 'apiKey' ? identity.principal.createdBy : null),
      createdAt: clock.now(),
      lastDeliveryId: null,
    };
    await repos.rules.insert(rule);
    try {
      await register(rule);
    } catch (error) {
      await repos.rules.delete(rule.id);
      throw error;
    }
    return { rule, secrets };
  }

  async function remove(identity: Identity, id: string, kind: RuleKind): Promise<boolean> {
    const rule = await editable(identity, id, kind);
    await deps.queue?.unschedule(JOBS.cron, rule.id);
    return repos.rules.delete(rule.id);
  }

  async function setPaused(
    identity: Identity,
    id: string,
    kind: RuleKind,
    paused: boolean,
  ): Promise<RuleRecord> {
    const rule = await editable(identity, id, kind);
    if (paused) await deps.queue?.unschedule(JOBS.cron, rule.id);
    else await register(rule);
    return (await repos.rules.setPaused(rule.id, paused)) ?? rule;
  }

  async function list(identity: Identity, canvasId: string, kind: RuleKind): Promise<RuleRecord[]> {
    const { canvas } = await access.canvas(identity, canvasId, 'EDITOR');
    return repos.rules.listForCanvas(canvas.id, kind);
  }

  return {
    async createSchedule(identity: Identity, input: CreateScheduleInput): Promise<CreatedRule> {
      const cron = checkCron(input.cron);
      const timezone = checkTimeZone(input.timezone ?? 'UTC');
      const format = input.format ?? 'PDF';
      if (format !== 'PDF' && format !== 'PNG') throw AppError.badInput('format', 'Choose PDF or PNG');
      const publication = await access
        .canvas(identity, input.canvasId, 'EDITOR')
        .then(({ canvas }) => repos.publications.latest(canvas.id));
      if (!publication)
        throw AppError.badInput(
          'canvasId',
          'Publish the canvas first: schedules deliver its latest publication',
        );
      return create(
        identity,
        input.canvasId,
        'SCHEDULE',
        { cron, timezone, format, alert: null },
        input.destinations,
      );
    },

    async createAlert(identity: Identity, input: CreateAlertInput): Promise<CreatedRule> {
      const cron = checkCron(input.cron);
      if (!(ALERT_OPS as readonly string[]).includes(input.op))
        throw AppError.badInput('op', `op must be one of ${ALERT_OPS.join(' ')}`);
      if (typeof input.value !== 'number' || !Number.isFinite(input.value))
        throw AppError.badInput('value', 'The threshold must be a number');
      const timezone = checkTimeZone(input.timezone ?? 'UTC');
      const { canvas } = await access.canvas(identity, input.canvasId, 'EDITOR');
      metricBlock(documents.currentBlocks(canvas), input.blockId);
      return create(
        identity,
        input.canvasId,
        'ALERT',
        {
          cron,
          timezone,
          format: 'PDF',
          alert: {
            blockId: input.blockId,
            op: input.op as AlertOp,
            value: input.value,
            triggered: false,
            lastValue: null,
            checkedAt: null,
          },
        },
        input.destinations,
      );
    },

    deleteSchedule: (identity: Identity, id: string) => remove(identity, id, 'SCHEDULE'),
    deleteAlert: (identity: Identity, id: string) => remove(identity, id, 'ALERT'),
    setSchedulePaused: (identity: Identity, id: string, paused: boolean) =>
      setPaused(identity, id, 'SCHEDULE', paused),
    setAlertPaused: (identity: Identity, id: string, paused: boolean) =>
      setPaused(identity, id, 'ALERT', paused),
    schedules: (identity: Identity, canvasId: string) => list(identity, canvasId, 'SCHEDULE'),
    alerts: (identity: Identity, canvasId: string) => list(identity, canvasId, 'ALERT'),

    async runScheduleNow(identity: Identity, id: string): Promise<DeliveryRecord> {
      const rule = await editable(identity, id, 'SCHEDULE');
      const { deliveries } = needQueue();
      const { delivery } = await deliveries.open(rule, `manual:${randomUUID()}`, 'MANUAL');
      await deliveries.queueRun(delivery.id);
      return delivery;
    },

    /** Checks the alert now; a delivery when the condition holds, null otherwise. */
    async runAlertNow(identity: Identity, id: string): Promise<DeliveryRecord | null> {
      const rule = await editable(identity, id, 'ALERT');
      const { deliveries } = needQueue();
      return deliveries.checkAlert(rule, `manual:${randomUUID()}`, 'MANUAL', true);
    },

    async canvasDeliveries(identity: Identity, canvasId: string, first: number): Promise<DeliveryRecord[]> {
      const { canvas } = await access.canvas(identity, canvasId, 'EDITOR');
      return repos.deliveries.listForCanvas(canvas.id, Math.min(Math.max(1, first), 200));
    },

    async ruleDeliveries(rule: RuleRecord, first: number): Promise<DeliveryRecord[]> {
      return repos.deliveries.listForRule(rule.id, Math.min(Math.max(1, first), 200));
    },

    async lastDelivery(rule: RuleRecord): Promise<DeliveryRecord | null> {
      return rule.lastDeliveryId ? repos.deliveries.find(rule.lastDeliveryId) : null;
    },

    /** The email outbox of an organization (no SMTP_URL): EDITOR and above. */
    async outbox(identity: Identity, organizationId: string, first: number) {
      if (!UUID.test(organizationId)) throw AppError.notFound('Organization');
      access.organization(identity, organizationId, 'EDITOR', 'Organization');
      return repos.outbox.list(organizationId, Math.min(Math.max(1, first), 200));
    },

    /** Alert deliveries of the caller's organizations, newest first (the notifications inbox). */
    async alertNotifications(identity: Identity, first: number): Promise<DeliveryRecord[]> {
      requireSignedIn(identity);
      const principal = identity.principal;
      const organizations =
        principal.kind === 'user'
          ? principal.memberships.map((m) => m.organizationId)
          : principal.kind === 'apiKey'
            ? [principal.organizationId]
            : [];
      return repos.deliveries.listForOrganization(organizations, 'ALERT', Math.min(Math.max(1, first), 100));
    },

    /** Re-registers every active rule's cron (the worker calls it at start; idempotent). */
    async registerAll(): Promise<number> {
      let count = 0;
      for (const rule of await repos.rules.all())
        if (!rule.paused) {
          await register(rule);
          count++;
        }
      return count;
    },
  };
}

export type RuleService = ReturnType<typeof createRuleService>;
