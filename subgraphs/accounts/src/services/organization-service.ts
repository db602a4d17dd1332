import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import {
  API_SCOPES,
  requireRole,
  requireScope,
  requireUser,
  roleAtLeast,
  visibleOrganizationIds,
  type Identity,
} from '@tessera/auth';
import { AppError } from '@tessera/errors';
import type { Logger } from '@tessera/logger';
import type { Repositories } from '../data/index.ts';
import { displayPrefix, generateApiKey } from './api-key-format.ts';
import type { PrincipalEvents } from './principal-events.ts';
import { nameSchema, validate } from './validation.ts';

const idSchema = z.string().uuid('Not a valid id');
const createProjectSchema = z.object({ organizationId: idSchema, name: nameSchema('Project name') });
const createKeySchema = z.object({
  organizationId: idSchema,
  name: nameSchema('Key name'),
  scopes: z.array(z.enum(API_SCOPES)).min(1, 'Choose at least one scope').max(3),
});

const isUuid = (value: string) => idSchema.safeParse(value).success;

export function createOrganizationService(deps: {
  repos: Repositories;
  logger: Logger;
  events: PrincipalEvents;
}) {
  const { repos, logger, events } = deps;
  return {
    async organization(identity: Identity, id: string) {
      if (!isUuid(id)) return null;
      requireScope(identity, 'READ');
      requireRole(identity, id, 'VIEWER');
      return repos.organizations.findOrganization(id);
    },

    /** NOT_FOUND unless the project belongs to one of the caller's organizations. */
    async project(identity: Identity, id: string) {
      requireScope(identity, 'READ');
      const project = isUuid(id)
        ? await repos.organizations.findProjectInTenants(id, visibleOrganizationIds(identity.principal))
        : null;
      if (!project) throw AppError.notFound('Project');
      return project;
    },

    async createProject(identity: Identity, input: unknown) {
      requireScope(identity, 'WRITE');
      const data = validate(createProjectSchema, input);
      requireRole(identity, data.organizationId, 'EDITOR');
      const project = await repos.organizations.createProject({
        id: randomUUID(),
        organizationId: data.organizationId,
        name: data.name,
      });
      logger.info({ projectId: project.id, organizationId: project.organizationId }, 'project created');
      return project;
    },

    async removeMember(identity: Identity, organizationId: string, userId: string) {
      requireUser(identity);
      if (!isUuid(organizationId)) throw AppError.notFound('Organization');
      const role = requireRole(identity, organizationId, 'ADMIN');
      if (!isUuid(userId)) throw AppError.notFound('Member');
      const target = (await repos.organizations.membershipsOfUser(userId)).find(
        (m) => m.organizationId === organizationId,
      );
      if (target?.role === 'OWNER' && role !== 'OWNER')
        throw AppError.forbidden('Only an OWNER can remove an OWNER');
      const outcome = await repos.organizations.removeMember(organizationId, userId);
      if (outcome === 'not-member') throw AppError.notFound('Member');
      if (outcome === 'last-owner') throw AppError.badInput('userId', 'The last OWNER cannot be removed');
      logger.info({ organizationId, userId }, 'member removed');
      await events.changed({ reason: 'member-removed', userId, organizationId });
      return true;
    },

    async createApiKey(identity: Identity, input: unknown) {
      const creator = requireUser(identity);
      const data = validate(createKeySchema, input);
      requireRole(identity, data.organizationId, 'ADMIN');
      const generated = generateApiKey();
      const apiKey = await repos.apiKeys.insert({
        id: randomUUID(),
        organizationId: data.organizationId,
        name: data.name,
        lookupId: generated.lookupId,
        keyHash: generated.hash,
        scopes: [...new Set(data.scopes)],
        createdBy: creator.userId,
      });
      logger.info({ apiKeyId: apiKey.id, organizationId: apiKey.organizationId }, 'API key created');
      return { apiKey: { ...apiKey, prefix: displayPrefix(apiKey.lookupId) }, secret: generated.key };
    },

    async revokeApiKey(identity: Identity, id: string) {
      const user = requireUser(identity);
      const adminOrgs = user.memberships
        .filter((m) => roleAtLeast(m.role, 'ADMIN'))
        .map((m) => m.organizationId);
      const organizationId = isUuid(id) ? await repos.apiKeys.findOrganizationOfKey(id, adminOrgs) : null;
      if (!organizationId) throw AppError.notFound('API key');
      await repos.apiKeys.revoke(id, organizationId);
      logger.info({ apiKeyId: id, organizationId }, 'API key revoked');
      await events.changed({ reason: 'api-key-revoked', apiKeyId: id, organizationId });
      return true;
    },

    async apiKeys(identity: Identity, organizationId: string) {
      requireRole(identity, organizationId, 'ADMIN');
      const keys = await repos.apiKeys.list(organizationId);
      return keys.map((k) => ({ ...k, prefix: displayPrefix(k.lookupId) }));
    },
  };
}

export type OrganizationService = ReturnType<typeof createOrganizationService>;
