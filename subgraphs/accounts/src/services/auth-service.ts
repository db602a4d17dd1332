import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { withTransaction } from '@tessera/db';
import { AppError } from '@tessera/errors';
import type { Logger } from '@tessera/logger';
import type { AccountsConfig } from '../config.ts';
import type { Repositories, UserRow } from '../data/index.ts';
import type { AccessTokens } from './access-tokens.ts';
import type { PrincipalEvents } from './principal-events.ts';
import { burnPasswordCheck, hashPassword, verifyPassword } from './passwords.ts';
import { emailSchema, nameSchema, normalizeEmail, passwordSchema, validate } from './validation.ts';

const signUpSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  name: nameSchema('Name'),
  organizationName: nameSchema('Organization name'),
});

export interface AuthResult {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  /** `signedIn` lets the payload show the user their own memberships before their token is used. */
  user: UserRow & { signedIn: true };
}

const INVALID_CREDENTIALS = () => new AppError('UNAUTHENTICATED', 'Invalid email or password');
const INVALID_REFRESH = () => new AppError('UNAUTHENTICATED', 'Invalid or expired refresh token');

function hashRefreshToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

export function createAuthService(deps: { repos: Repositories; tokens: AccessTokens; config: AccountsConfig; logger: Logger; events: PrincipalEvents }) {
  const { repos, tokens, config, logger, events } = deps;

  async function openSession(userId: string, client?: Parameters<Repositories['sessions']['create']>[0]) {
    const sessionId = randomUUID();
    const refreshToken = randomBytes(32).toString('base64url');
    const db = client ?? repos.pool;
    await repos.sessions.create(db, { id: sessionId, userId, expiresAt: new Date(Date.now() + config.REFRESH_TOKEN_TTL_SECONDS * 1000) });
    await repos.sessions.addRefreshToken(db, { id: randomUUID(), sessionId, hash: hashRefreshToken(refreshToken) });
    const access = await tokens.issue({ userId, sessionId });
    return { accessToken: access.token, accessTokenExpiresAt: access.expiresAt, refreshToken };
  }

  return {
    async signUp(input: unknown): Promise<AuthResult> {
      const data = validate(signUpSchema, input);
      const emailNormalized = normalizeEmail(data.email);
      const passwordHash = await hashPassword(data.password);
      const userId = randomUUID();
      const organizationId = randomUUID();
      const result = await withTransaction(repos.pool, async (client) => {
        await repos.users.insert(client, { id: userId, email: data.email, emailNormalized, name: data.name, passwordHash });
        await repos.organizations.createWithOwner(client, {
          id: organizationId,
          name: data.organizationName,
          ownerId: userId,
          project: { id: randomUUID(), name: 'My first project' },
        });
        const claimed = await repos.organizations.claimInvitations(client, userId, emailNormalized);
        if (claimed > 0) logger.info({ userId, claimed }, 'pending invitations claimed at sign-up');
        return openSession(userId, client);
      });
      logger.info({ userId, organizationId }, 'user signed up');
      return { ...result, user: { id: userId, email: data.email, name: data.name, passwordHash, createdAt: new Date(), signedIn: true } };
    },

    async logIn(input: { email?: unknown; password?: unknown }, ip: string | null): Promise<AuthResult> {
      const email = typeof input.email === 'string' ? input.email : '';
      const password = typeof input.password === 'string' ? input.password : '';
      const emailNormalized = normalizeEmail(email);
      const failures = await repos.loginAttempts.recentFailures(emailNormalized, ip, config.LOGIN_THROTTLE_WINDOW_SECONDS);
      if (failures.byAccount >= config.LOGIN_MAX_FAILURES_PER_ACCOUNT || failures.byIp >= config.LOGIN_MAX_FAILURES_PER_IP) {
        throw new AppError('RATE_LIMITED', 'Too many sign-in attempts. Try again later.', {
          details: { retryAfterSeconds: config.LOGIN_THROTTLE_WINDOW_SECONDS },
        });
      }
      const user = password.length > 256 ? null : await repos.users.findByEmail(emailNormalized);
      const ok = user ? await verifyPassword(user.passwordHash, password) : await burnPasswordCheck(password.slice(0, 256));
      await repos.loginAttempts.record({ emailNormalized, ip, succeeded: ok });
      if (!user || !ok) throw INVALID_CREDENTIALS();
      return { ...(await openSession(user.id)), user: { ...user, signedIn: true } };
    },

    async refresh(refreshToken: string): Promise<AuthResult> {
      if (typeof refreshToken !== 'string' || refreshToken.length < 20 || refreshToken.length > 200) throw INVALID_REFRESH();
      const outcome = await withTransaction(repos.pool, (client) => repos.sessions.consumeRefreshToken(client, hashRefreshToken(refreshToken)));
      if (!outcome) throw INVALID_REFRESH();
      const { session, reused } = outcome;
      if (reused) {
        await repos.sessions.revoke(session.id, 'refresh token reuse');
        logger.warn({ sessionId: session.id, userId: session.userId }, 'refresh token reuse: session family revoked');
        await events.changed({ reason: 'session-ended', userId: session.userId, sessionId: session.id });
        throw new AppError('UNAUTHENTICATED', 'Refresh token already used; the session has been revoked for safety');
      }
      if (session.revokedAt || session.expiresAt.getTime() <= Date.now()) throw INVALID_REFRESH();
      const refreshTokenNext = randomBytes(32).toString('base64url');
      await repos.sessions.addRefreshToken(repos.pool, { id: randomUUID(), sessionId: session.id, hash: hashRefreshToken(refreshTokenNext) });
      const access = await tokens.issue({ userId: session.userId, sessionId: session.id });
      const [user] = await repos.users.findByIds([session.userId]);
      if (!user) throw INVALID_REFRESH();
      return { accessToken: access.token, accessTokenExpiresAt: access.expiresAt, refreshToken: refreshTokenNext, user: { ...user, signedIn: true } };
    },

    async logOut(user: { userId: string; sessionId: string }): Promise<boolean> {
      await repos.sessions.revoke(user.sessionId, 'logged out');
      await events.changed({ reason: 'session-ended', userId: user.userId, sessionId: user.sessionId });
      return true;
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
