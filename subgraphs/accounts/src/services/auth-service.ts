import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { withTransaction } from '@tessera/db';
import { AppError } from '@tessera/errors';
import type { Logger } from '@tessera/logger';
import type { AccountsConfig } from '../config.ts';
import type { Repositories, UserRow } from '../data/index.ts';
import type { AccessTokens } from './access-tokens.ts';
import type { Mailer } from './mailer.ts';
import type { PrincipalEvents } from './principal-events.ts';
import { burnPasswordCheck, hashPassword, verifyPassword } from './passwords.ts';
import { parseInvitationToken } from './invitation-token.ts';
import { emailSchema, nameSchema, normalizeEmail, passwordSchema, validate } from './validation.ts';

const signUpSchema = z
  .object({
    email: emailSchema,
    password: passwordSchema,
    name: nameSchema('Name'),
    organizationName: nameSchema('Organization name').nullish(),
    invitationToken: z.string().max(200, 'Not a valid invitation link').nullish(),
  })
  .superRefine((value, ctx) => {
    if (!value.invitationToken && !value.organizationName)
      ctx.addIssue({ code: 'custom', path: ['organizationName'], message: 'Organization name is required' });
  });

export interface AuthResult {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  /** `signedIn` lets the payload show the user their own memberships before their token is used. */
  user: UserRow & { signedIn: true };
}

/** What signUp / requestSignUp answer: the same for a new and an existing email. */
export interface SignUpRequestResult {
  email: string;
  /** Only with SIGN_UP_MODE=instant, for a new email. */
  session: AuthResult | null;
}

const SIGN_UP_LINK_TTL_SECONDS = 24 * 3600;
/** At most this many verification emails per address per hour; more requests answer the same, unsent. */
const SIGN_UP_MAILS_PER_HOUR = 5;
const CHECK_EMAIL = () =>
  new AppError('BAD_USER_INPUT', 'Check your email to finish signing up', {
    details: { reason: 'CHECK_EMAIL' },
  });
const INVALID_INVITATION = () =>
  AppError.badInput(
    'invitationToken',
    'This invitation link is invalid, was revoked or has expired. Ask for a new one.',
  );
const INVALID_SIGN_UP_LINK = () =>
  AppError.badInput('token', 'This sign-up link is invalid or has expired. Sign up again to get a new one.');
const INVALID_CREDENTIALS = () => new AppError('UNAUTHENTICATED', 'Invalid email or password');
const INVALID_REFRESH = () => new AppError('UNAUTHENTICATED', 'Invalid or expired refresh token');

function hashRefreshToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

export function createAuthService(deps: {
  repos: Repositories;
  tokens: AccessTokens;
  config: AccountsConfig;
  logger: Logger;
  events: PrincipalEvents;
  mailer: Mailer;
}) {
  const { repos, tokens, config, logger, events, mailer } = deps;

  function hashToken(token: string): Buffer {
    return createHash('sha256').update(`sign-up:${token}`).digest();
  }

  async function sendMail(to: string, subject: string, lines: string[]): Promise<void> {
    try {
      await mailer.send({ to, subject, text: lines.join('\n') });
    } catch (err) {
      // The answer must not depend on delivery (that would tell emails apart); the log says it failed.
      logger.error({ err }, 'sign-up mail could not be sent');
    }
  }

  /** An invitation link that is still open, or INVALID_INVITATION (checked before any work is done). */
  async function openInvitation(token: string): Promise<{ organizationId: string; hash: Buffer }> {
    const parsed = parseInvitationToken(token);
    if (!parsed || !(await repos.invitations.findOpen(parsed.organizationId, parsed.hash)))
      throw INVALID_INVITATION();
    return parsed;
  }

  /**
   * The user and a session, plus either their own organization (OWNER) with a first project, or,
   * through an invitation link, the inviting organization (no new one); and claimed invitations.
   */
  async function createAccount(
    data: { email: string; name: string; organizationName?: string | null; invitationToken?: string | null },
    emailNormalized: string,
    passwordHash: string,
  ): Promise<AuthResult> {
    const userId = randomUUID();
    const invitation = data.invitationToken ? await openInvitation(data.invitationToken) : null;
    const organizationId = invitation?.organizationId ?? randomUUID();
    const result = await withTransaction(repos.pool, async (client) => {
      await repos.users.insert(client, {
        id: userId,
        email: data.email,
        emailNormalized,
        name: data.name,
        passwordHash,
      });
      if (invitation) {
        const role = await repos.invitations.acceptInTransaction(
          client,
          invitation.organizationId,
          invitation.hash,
          userId,
        );
        if (!role) throw INVALID_INVITATION();
      } else {
        await repos.organizations.createWithOwner(client, {
          id: organizationId,
          name: data.organizationName ?? `${data.name}'s organization`,
          ownerId: userId,
          project: { id: randomUUID(), name: 'My first project' },
        });
      }
      const claimed = await repos.organizations.claimInvitations(client, userId, emailNormalized);
      if (claimed > 0) logger.info({ userId, claimed }, 'pending invitations claimed at sign-up');
      await repos.signUps.forgetRequests(client, emailNormalized);
      return openSession(userId, client);
    });
    logger.info({ userId, organizationId }, 'user signed up');
    return {
      ...result,
      user: {
        id: userId,
        email: data.email,
        name: data.name,
        passwordHash,
        createdAt: new Date(),
        signedIn: true,
      },
    };
  }

  async function openSession(userId: string, client?: Parameters<Repositories['sessions']['create']>[0]) {
    const sessionId = randomUUID();
    const refreshToken = randomBytes(32).toString('base64url');
    const db = client ?? repos.pool;
    await repos.sessions.create(db, {
      id: sessionId,
      userId,
      expiresAt: new Date(Date.now() + config.REFRESH_TOKEN_TTL_SECONDS * 1000),
    });
    await repos.sessions.addRefreshToken(db, {
      id: randomUUID(),
      sessionId,
      hash: hashRefreshToken(refreshToken),
    });
    const access = await tokens.issue({ userId, sessionId });
    return { accessToken: access.token, accessTokenExpiresAt: access.expiresAt, refreshToken };
  }

  const service = {
    /**
     * Starts a sign-up. Whether or not the email has an account, the same work is done (one
     * argon2id hash) and the same answer given; the email says what comes next: a verification
     * link (new email) or "you already have an account" (existing one). With SIGN_UP_MODE=instant
     * a new email gets its session at once instead (development and test; see the README).
     */
    async requestSignUp(input: unknown): Promise<SignUpRequestResult> {
      const data = validate(signUpSchema, input);
      // Checked before anything depends on the email, so a bad link answers the same for every email.
      if (data.invitationToken) await openInvitation(data.invitationToken);
      const emailNormalized = normalizeEmail(data.email);
      const passwordHash = await hashPassword(data.password);
      const answer = { email: data.email, session: null };
      if (await repos.users.existsByEmail(emailNormalized)) {
        // Counted like a verification mail (an already-expired, unusable request row), so nobody
        // can flood an account owner's inbox, and both paths write the same row.
        if ((await repos.signUps.recentRequests(emailNormalized, 3600)) >= SIGN_UP_MAILS_PER_HOUR)
          return answer;
        await repos.signUps.createRequest({
          tokenHash: randomBytes(32),
          email: data.email,
          emailNormalized,
          name: data.name,
          organizationName: data.organizationName ?? '',
          passwordHash: '',
          expiresAt: new Date(),
        });
        await sendMail(data.email, 'You already have a Tessera account', [
          'Someone (hopefully you) tried to create a Tessera account with this email address, which already has one.',
          '',
          `Sign in instead: ${config.PUBLIC_URL}/login`,
          '',
          'If this was not you, you can ignore this email: nothing has changed.',
        ]);
        return answer;
      }
      if (config.SIGN_UP_MODE === 'instant') {
        try {
          return { email: data.email, session: await createAccount(data, emailNormalized, passwordHash) };
        } catch (error) {
          if (error instanceof AppError && error.field === 'email') return answer; // registered in between
          throw error;
        }
      }
      if ((await repos.signUps.recentRequests(emailNormalized, 3600)) >= SIGN_UP_MAILS_PER_HOUR) {
        logger.warn('sign-up verification mails throttled for an address');
        return answer;
      }
      const token = randomBytes(32).toString('base64url');
      await repos.signUps.createRequest({
        tokenHash: hashToken(token),
        email: data.email,
        emailNormalized,
        name: data.name,
        organizationName: data.organizationName ?? '',
        passwordHash,
        invitationToken: data.invitationToken ?? null,
        expiresAt: new Date(Date.now() + SIGN_UP_LINK_TTL_SECONDS * 1000),
      });
      await sendMail(data.email, 'Confirm your email to finish signing up to Tessera', [
        `Welcome to Tessera, ${data.name}.`,
        '',
        'Open this link within 24 hours to confirm your email and create your account:',
        `${config.PUBLIC_URL}/signup/complete?token=${token}`,
        '',
        'If you did not sign up, ignore this email: no account is created.',
      ]);
      return answer;
    },

    /** The pre-verification API: a session for a new email in instant mode, otherwise CHECK_EMAIL for every email. */
    async signUp(input: unknown): Promise<AuthResult> {
      const result = await service.requestSignUp(input);
      if (result.session) return result.session;
      throw CHECK_EMAIL();
    },

    /** The emailed link: creates the account from the pending request (single use) and signs in. */
    async completeSignUp(token: unknown): Promise<AuthResult> {
      if (typeof token !== 'string' || token.length < 20 || token.length > 200) throw INVALID_SIGN_UP_LINK();
      const request = await withTransaction(repos.pool, (client) =>
        repos.signUps.consumeRequest(client, hashToken(token)),
      );
      if (!request) throw INVALID_SIGN_UP_LINK();
      try {
        return await createAccount(
          { ...request, organizationName: request.organizationName || null },
          request.emailNormalized,
          request.passwordHash,
        );
      } catch (error) {
        if (error instanceof AppError && error.field === 'email') throw INVALID_SIGN_UP_LINK();
        throw error;
      }
    },

    async logIn(input: { email?: unknown; password?: unknown }, ip: string | null): Promise<AuthResult> {
      const email = typeof input.email === 'string' ? input.email : '';
      const password = typeof input.password === 'string' ? input.password : '';
      const emailNormalized = normalizeEmail(email);
      // Throttled per account + IP and per IP; the account-wide ceiling is much higher and does not
      // apply to an IP that has signed in to the account before, so nobody can lock the owner out.
      const failures = await repos.loginAttempts.recentFailures(
        emailNormalized,
        ip,
        config.LOGIN_THROTTLE_WINDOW_SECONDS,
      );
      const throttled =
        failures.byAccountIp >= config.LOGIN_MAX_FAILURES_PER_ACCOUNT ||
        failures.byIp >= config.LOGIN_MAX_FAILURES_PER_IP ||
        (!failures.knownIp && failures.byAccount >= config.LOGIN_MAX_FAILURES_PER_ACCOUNT_ALL_IPS);
      if (throttled) {
        throw new AppError('RATE_LIMITED', 'Too many sign-in attempts. Try again later.', {
          details: { retryAfterSeconds: config.LOGIN_THROTTLE_WINDOW_SECONDS },
        });
      }
      const user = password.length > 256 ? null : await repos.users.findByEmail(emailNormalized);
      const ok = user
        ? await verifyPassword(user.passwordHash, password)
        : await burnPasswordCheck(password.slice(0, 256));
      await repos.loginAttempts.record({ emailNormalized, ip, succeeded: ok });
      if (!user || !ok) throw INVALID_CREDENTIALS();
      return { ...(await openSession(user.id)), user: { ...user, signedIn: true } };
    },

    async refresh(refreshToken: string): Promise<AuthResult> {
      if (typeof refreshToken !== 'string' || refreshToken.length < 20 || refreshToken.length > 200)
        throw INVALID_REFRESH();
      const outcome = await withTransaction(repos.pool, (client) =>
        repos.sessions.consumeRefreshToken(client, hashRefreshToken(refreshToken)),
      );
      if (!outcome) throw INVALID_REFRESH();
      const { session, reused } = outcome;
      if (reused) {
        await repos.sessions.revoke(session.id, 'refresh token reuse');
        logger.warn(
          { sessionId: session.id, userId: session.userId },
          'refresh token reuse: session family revoked',
        );
        await events.changed({ reason: 'session-ended', userId: session.userId, sessionId: session.id });
        throw new AppError(
          'UNAUTHENTICATED',
          'Refresh token already used; the session has been revoked for safety',
        );
      }
      if (session.revokedAt || session.expiresAt.getTime() <= Date.now()) throw INVALID_REFRESH();
      const refreshTokenNext = randomBytes(32).toString('base64url');
      await repos.sessions.addRefreshToken(repos.pool, {
        id: randomUUID(),
        sessionId: session.id,
        hash: hashRefreshToken(refreshTokenNext),
      });
      const access = await tokens.issue({ userId: session.userId, sessionId: session.id });
      const [user] = await repos.users.findByIds([session.userId]);
      if (!user) throw INVALID_REFRESH();
      return {
        accessToken: access.token,
        accessTokenExpiresAt: access.expiresAt,
        refreshToken: refreshTokenNext,
        user: { ...user, signedIn: true },
      };
    },

    async logOut(user: { userId: string; sessionId: string }): Promise<boolean> {
      await repos.sessions.revoke(user.sessionId, 'logged out');
      await events.changed({ reason: 'session-ended', userId: user.userId, sessionId: user.sessionId });
      return true;
    },
  };
  return service;
}

export type AuthService = ReturnType<typeof createAuthService>;
