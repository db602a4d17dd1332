import type { BlockJson } from '@tessera/canvas-model';
import type { Logger } from '@tessera/logger';
import type { SecretBox } from '@tessera/secret-box';
import type { RunActor } from '../../clients/queries-client.ts';
import type { CanvasRecord, DeliveryRecord, Repositories, RuleRecord } from '../../data/index.ts';
import type { Clock } from '../clock.ts';
import { formatMetric } from '@tessera/canvas-model';
import { describeCondition, holds, readMetric } from '../alerts/condition.ts';
import type { Documents } from '../documents.ts';
import type { RunService } from '../run-service.ts';
import type { Egress } from './egress.ts';
import { JOBS, type DeliveryQueue, type RetryPolicy } from './queue.ts';
import type { Renderer } from './renderer.ts';
import type { Mailer } from './senders/email.ts';
import { sendSlack } from './senders/slack.ts';
import type { DeliveryMessage } from './senders/types.ts';
import { sendWebhook } from './senders/webhook.ts';

export interface DeliveryServiceDeps {
  repos: Repositories;
  documents: Documents;
  /** The one way a block runs (the editor's): chained blocks through the chain runner. */
  runs: Pick<RunService, 'forJob'>;
  renderer: Renderer;
  mailer: Mailer;
  egress: Egress;
  secretBox: SecretBox;
  queue: DeliveryQueue;
  retry: RetryPolicy;
  clock: Clock;
  logger: Logger;
  publicUrl: string;
}

const errorText = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').slice(0, 500);

/** The secret's associated data: a sealed secret copied onto another destination does not open. */
export const secretContext = (rule: Pick<RuleRecord, 'organizationId' | 'id'>, destinationId: string) =>
  `${rule.organizationId}:${rule.id}:${destinationId}`;

/**
 * What the worker does for schedules and alerts: refresh the canvas's SQL (no results cache),
 * render the latest publication, and hand each destination to its own send job, keyed by
 * delivery + destination so that a job retried after a crash sends once.
 */
export function createDeliveryService(deps: DeliveryServiceDeps) {
  const { repos, documents, runs, renderer, mailer, egress, secretBox, queue, retry, clock, logger } = deps;
  const sendOptions = {
    retryLimit: retry.maxAttempts - 1,
    retryDelay: retry.retryDelaySeconds,
    retryBackoff: true,
    ...(retry.jobTimeoutSeconds ? { expireInSeconds: retry.jobTimeoutSeconds } : {}),
  };

  /** Who a rule's runs are on behalf of: the person who created it. */
  const actorOf = (rule: RuleRecord): RunActor => ({ kind: 'user', userId: rule.createdBy ?? '' });

  /**
   * Runs every SQL block the publication shows or reads, as published, skipping the results cache:
   * blocks on a source, and blocks that read other blocks (chained SQL, canvas-model R33–R36).
   */
  async function refresh(rule: RuleRecord, canvas: CanvasRecord): Promise<void> {
    const publication = await repos.publications.latest(rule.canvasId);
    if (!publication) throw new Error('The canvas has not been published yet');
    const runnable = [...publication.blocks, ...publication.support];
    for (const block of runnable) {
      if (block.type !== 'SQL' || typeof block.content.sql !== 'string' || !block.content.sql.trim())
        continue;
      // A block that cannot run as written (a cycle, no source: BAD_USER_INPUT) or whose SQL fails
      // is logged and rendered as the canvas shows it; anything else (the queries service down)
      // fails the attempt, which is retried.
      const failure = await runs
        .forJob(canvas, runnable, block.id, { actor: actorOf(rule), fresh: true })
        .then(
          (result) => result.error?.code ?? null,
          (error: unknown) => {
            if ((error as { code?: string } | null)?.code === 'BAD_USER_INPUT') return 'BAD_USER_INPUT';
            throw error;
          },
        );
      if (failure)
        logger.warn(
          { canvasId: rule.canvasId, blockId: block.id, code: failure },
          'a scheduled refresh failed for one block',
        );
    }
  }

  async function messageFor(
    delivery: DeliveryRecord,
    destinationId: string,
    bytes: Buffer | null,
  ): Promise<DeliveryMessage> {
    const attachment = delivery.attachment;
    const summary =
      delivery.type === 'alert.triggered'
        ? `${delivery.canvasName}: ${delivery.summary ?? 'alert'}`
        : `${delivery.canvasName} — scheduled delivery`;
    return {
      messageId: `${delivery.id}.${destinationId}`,
      type: delivery.type,
      organizationId: delivery.organizationId,
      deliveryId: delivery.id,
      canvasId: delivery.canvasId,
      canvasName: delivery.canvasName,
      canvasUrl: `${deps.publicUrl}/canvas/${delivery.canvasId}`,
      ...(delivery.value !== null ? { value: delivery.value } : {}),
      ...(delivery.valueText ? { valueText: delivery.valueText } : {}),
      summary,
      attachment: attachment
        ? {
            format: attachment.format,
            url: attachment.url,
            filename: `${delivery.canvasName.replace(/[^\w .-]+/g, '_').slice(0, 80) || 'canvas'}.${attachment.format.toLowerCase()}`,
            contentType: attachment.format === 'PDF' ? 'application/pdf' : 'image/png',
            bytes,
          }
        : null,
    };
  }

  async function enqueueSends(delivery: DeliveryRecord): Promise<void> {
    for (const send of delivery.sends) {
      if (send.status !== 'PENDING') continue;
      await queue.send(
        JOBS.send,
        { deliveryId: delivery.id, destinationId: send.destinationId },
        { ...sendOptions, singletonKey: `${delivery.id}:${send.destinationId}` },
      );
    }
  }

  return {
    /** A new PENDING delivery for a rule (the same one again for the same key). */
    async open(
      rule: RuleRecord,
      key: string,
      trigger: 'CRON' | 'MANUAL',
      value: number | null = null,
      summary: string | null = null,
      valueText: string | null = null,
    ): Promise<{ delivery: DeliveryRecord; created: boolean }> {
      const canvas = await repos.canvases.find(rule.canvasId);
      const claimed = await repos.deliveries.claim({
        id: crypto.randomUUID(),
        organizationId: rule.organizationId,
        canvasId: rule.canvasId,
        canvasName: canvas?.name ?? '',
        ruleId: rule.id,
        ruleKind: rule.kind,
        type: rule.kind === 'ALERT' ? 'alert.triggered' : 'schedule.delivered',
        trigger,
        key,
        status: 'PENDING',
        attempts: 0,
        error: null,
        summary,
        value,
        valueText,
        attachment: null,
        sends: [],
        createdAt: clock.now(),
        finishedAt: null,
      });
      if (claimed.created) await repos.rules.setLastDelivery(rule.id, claimed.delivery.id);
      return claimed;
    },

    /** Queues the run of an open delivery. */
    async queueRun(deliveryId: string): Promise<void> {
      await queue.send(JOBS.run, { deliveryId }, { ...sendOptions, singletonKey: deliveryId });
    },

    /** The run job: refresh, render, then one send job per destination. `attempt` counts from 1. */
    async run(deliveryId: string, attempt: number): Promise<void> {
      let delivery = await repos.deliveries.find(deliveryId);
      if (!delivery || delivery.status !== 'PENDING') return;
      if (delivery.sends.length > 0) return enqueueSends(delivery); // rendered before a crash
      const rule = await repos.rules.find(delivery.ruleId);
      const canvas = await repos.canvases.find(delivery.canvasId);
      if (!rule || !canvas || canvas.deletedAt) {
        await repos.deliveries.failRun(deliveryId, 'The schedule or its canvas was deleted', clock.now());
        return;
      }
      await repos.deliveries.startAttempt(deliveryId);
      try {
        if (rule.kind === 'SCHEDULE') await refresh(rule, canvas);
        const file = await renderer.render(canvas, rule.format);
        delivery = await repos.deliveries.prepared(
          deliveryId,
          { format: rule.format, url: file.url, expiresAt: file.expiresAt },
          rule.destinations.map((d) => ({
            destinationId: d.id,
            kind: d.kind,
            target: d.target,
            status: 'PENDING',
            attempts: 0,
            error: null,
            sentAt: null,
          })),
        );
        if (delivery) await enqueueSends(delivery);
      } catch (error) {
        const message = errorText(error);
        logger.warn({ deliveryId, attempt, err: message }, 'delivery run failed');
        if (attempt >= retry.maxAttempts) await repos.deliveries.failRun(deliveryId, message, clock.now());
        else await repos.deliveries.recordRunError(deliveryId, message);
        throw error;
      }
    },

    /** The send job of one destination; a send already SENT or FAILED is not sent again. */
    async send(deliveryId: string, destinationId: string, attempt: number): Promise<void> {
      const delivery = await repos.deliveries.find(deliveryId);
      const send = delivery?.sends.find((s) => s.destinationId === destinationId);
      if (!delivery || !send || send.status !== 'PENDING') return;
      const rule = await repos.rules.find(delivery.ruleId);
      const destination = rule?.destinations.find((d) => d.id === destinationId);
      if (!rule || !destination) {
        await repos.deliveries.finishSend(
          deliveryId,
          destinationId,
          { status: 'FAILED', error: 'The destination was deleted', sentAt: null },
          clock.now(),
        );
        return;
      }
      await repos.deliveries.startSend(deliveryId, destinationId);
      try {
        let bytes: Buffer | null = null;
        if (destination.kind === 'EMAIL' && delivery.attachment) {
          bytes = await renderer.read(delivery.attachment.url);
          if (!bytes) throw new Error('The rendered file has expired');
        }
        const message = await messageFor(delivery, destinationId, bytes);
        if (destination.kind === 'EMAIL') await mailer.send(destination.target, message);
        else if (destination.kind === 'SLACK') await sendSlack(egress, destination.target, message);
        else
          await sendWebhook(
            egress,
            destination.target,
            secretBox.open(destination.sealedSecret ?? '', secretContext(rule, destination.id)),
            message,
            Math.floor(clock.now().getTime() / 1000),
          );
        await repos.deliveries.finishSend(
          deliveryId,
          destinationId,
          { status: 'SENT', error: null, sentAt: clock.now() },
          clock.now(),
        );
      } catch (error) {
        const message = errorText(error);
        const final = attempt >= retry.maxAttempts;
        await repos.deliveries.finishSend(
          deliveryId,
          destinationId,
          { status: final ? 'FAILED' : 'PENDING', error: message, sentAt: null },
          clock.now(),
        );
        throw error;
      }
    },

    /** The cron job of a rule: a schedule delivers; an alert checks and delivers on a transition. */
    async fire(ruleId: string, jobId: string): Promise<void> {
      const rule = await repos.rules.find(ruleId);
      if (!rule || rule.paused) return;
      const key = `cron:${jobId}`;
      if (rule.kind === 'SCHEDULE') {
        const { delivery } = await this.open(rule, key, 'CRON');
        await this.queueRun(delivery.id);
        return;
      }
      await this.checkAlert(rule, key, 'CRON');
    },

    /**
     * Evaluates an alert's METRIC block now. Delivers when the condition holds and it did not at the
     * last check (`force`: whenever it holds, for runAlertNow). Returns the delivery or null.
     */
    async checkAlert(
      rule: RuleRecord,
      key: string,
      trigger: 'CRON' | 'MANUAL',
      force = false,
    ): Promise<DeliveryRecord | null> {
      const alert = rule.alert!;
      const canvas = await repos.canvases.find(rule.canvasId);
      if (!canvas || canvas.deletedAt) return null;
      const blocks: BlockJson[] = documents.currentBlocks(canvas);
      const value = await readMetric(blocks, alert.blockId, (blockId) =>
        runs.forJob(canvas, blocks, blockId, { actor: actorOf(rule), fresh: true }),
      );
      const conditionHolds = value !== null && holds(value, alert.op, alert.value);
      const now = clock.now();
      if (!conditionHolds) {
        await repos.rules.recordCheck(rule.id, false, value, now);
        return null;
      }
      // A retried job finds the delivery it opened before it crashed, even though the state flipped.
      const existing = trigger === 'CRON' ? await repos.deliveries.findByKey(key) : null;
      if (!force && alert.triggered && !existing) {
        await repos.rules.recordCheck(rule.id, true, value, now);
        return null;
      }
      const content = blocks.find((b) => b.id === alert.blockId)?.content;
      const summary = describeCondition(
        typeof content?.title === 'string' ? content.title : 'Metric',
        value,
        alert.op,
        alert.value,
        content?.format,
      );
      const valueText = formatMetric(value, content?.format);
      const { delivery } = await this.open(rule, key, trigger, value, summary, valueText);
      await repos.rules.recordCheck(rule.id, true, value, now);
      await this.queueRun(delivery.id);
      return delivery;
    },
  };
}

export type DeliveryService = ReturnType<typeof createDeliveryService>;
