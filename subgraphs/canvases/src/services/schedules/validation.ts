import { randomBytes, randomUUID } from 'node:crypto';
import { AppError } from '@tessera/errors';
import { isValidTimeZone, nextCronRun } from '@tessera/jobs';
import type { DestinationDoc, DestinationKind } from '../../data/index.ts';

export const MAX_DESTINATIONS = 10;
export const MAX_RULES_PER_CANVAS = 20;
const KINDS: readonly DestinationKind[] = ['EMAIL', 'WEBHOOK', 'SLACK'];
const EMAIL =
  /^[^\s@<>()[\]\\,;:"]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
const CRON_FIELD = /^[0-9A-Za-z*/,?-]+$/;

/** A 5-field cron (minute hour day-of-month month day-of-week) that parses; BAD_USER_INPUT otherwise. */
export function checkCron(cron: unknown, field = 'cron'): string {
  const text = typeof cron === 'string' ? cron.trim().replace(/\s+/g, ' ') : '';
  const parts = text.split(' ');
  if (!text || text.length > 100 || parts.length !== 5 || !parts.every((p) => CRON_FIELD.test(p)))
    throw AppError.badInput(field, 'Enter a cron expression with 5 fields: minute hour day month weekday');
  try {
    nextCronRun(text, 'UTC');
  } catch {
    throw AppError.badInput(field, `"${text}" is not a valid cron expression`);
  }
  return text;
}

/** An IANA time zone name (e.g. Europe/Paris, UTC); BAD_USER_INPUT otherwise. */
export function checkTimeZone(timezone: unknown, field = 'timezone'): string {
  const zone = typeof timezone === 'string' ? timezone.trim() : '';
  // Offsets like "+02:00" are accepted by Intl but are not zones (no daylight saving rules).
  if (!zone || zone.length > 64 || !/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(zone) || !isValidTimeZone(zone))
    throw AppError.badInput(
      field,
      `"${String(timezone).slice(0, 64)}" is not an IANA time zone (e.g. Europe/Paris)`,
    );
  return zone;
}

export function nextRunAt(cron: string, timezone: string, from: Date): Date | null {
  try {
    return nextCronRun(cron, timezone, from);
  } catch {
    return null;
  }
}

export interface DestinationInput {
  kind: DestinationKind;
  target: string;
}

export interface UrlPolicy {
  /** http:// targets too (development with private networks allowed); https only otherwise. */
  allowHttp: boolean;
  /** Throws BAD_USER_INPUT when the URL's host may not be reached (private networks, platform ports). */
  check(url: URL): Promise<void>;
}

function checkUrl(target: string, policy: UrlPolicy, field: string): URL {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    throw AppError.badInput(field, 'Enter a full https:// URL');
  }
  if (url.protocol !== 'https:' && !(policy.allowHttp && url.protocol === 'http:'))
    throw AppError.badInput(field, 'The URL must start with https://');
  if (url.username || url.password) throw AppError.badInput(field, 'The URL must not contain credentials');
  return url;
}

/** A webhook signing secret in the Standard Webhooks form: `whsec_` + base64 of 32 random bytes. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/**
 * Checks destinations (count, kinds, email addresses, https URLs the egress policy allows) and
 * returns them with ids; `secrets` maps new webhook destinations' ids to their plain secret.
 */
export async function checkDestinations(
  input: unknown,
  policy: UrlPolicy,
  seal: (secret: string) => string,
): Promise<{ destinations: DestinationDoc[]; secrets: Map<string, string> }> {
  if (!Array.isArray(input) || input.length === 0)
    throw AppError.badInput('destinations', 'Add at least one destination');
  if (input.length > MAX_DESTINATIONS)
    throw AppError.badInput('destinations', `At most ${MAX_DESTINATIONS} destinations`);
  const destinations: DestinationDoc[] = [];
  const secrets = new Map<string, string>();
  const seen = new Set<string>();
  for (const [index, raw] of input.entries()) {
    const field = `destinations.${index}.target`;
    const { kind, target } = (raw ?? {}) as Partial<DestinationInput>;
    if (!kind || !KINDS.includes(kind))
      throw AppError.badInput(`destinations.${index}.kind`, 'Choose EMAIL, WEBHOOK or SLACK');
    const text = typeof target === 'string' ? target.trim() : '';
    if (!text) throw AppError.badInput(field, 'Enter an email address or a URL');
    if (text.length > (kind === 'EMAIL' ? 254 : 2048))
      throw AppError.badInput(field, 'The target is too long');
    let normalized = text;
    if (kind === 'EMAIL') {
      if (!EMAIL.test(text)) throw AppError.badInput(field, `"${text}" is not an email address`);
      normalized = text.toLowerCase();
    } else {
      const url = checkUrl(text, policy, field);
      await policy.check(url);
      normalized = url.toString();
    }
    const dedupe = `${kind}:${normalized}`;
    if (seen.has(dedupe)) throw AppError.badInput(field, 'This destination is listed twice');
    seen.add(dedupe);
    const id = randomUUID();
    let sealedSecret: string | null = null;
    if (kind === 'WEBHOOK') {
      const secret = newWebhookSecret();
      secrets.set(id, secret);
      sealedSecret = seal(secret);
    }
    destinations.push({ id, kind, target: normalized, sealedSecret });
  }
  return { destinations, secrets };
}
