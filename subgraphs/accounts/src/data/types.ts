import type { ApiScope, Role } from '@tessera/auth';

export interface UserRow {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
  createdAt: Date;
}

export interface OrganizationRow {
  id: string;
  name: string;
  createdAt: Date;
}

export interface ProjectRow {
  id: string;
  organizationId: string;
  name: string;
  createdAt: Date;
}

export interface MembershipRow {
  organizationId: string;
  userId: string | null;
  email: string;
  role: Role;
  status: 'ACTIVE' | 'PENDING';
}

export interface ApiKeyRow {
  id: string;
  organizationId: string;
  name: string;
  lookupId: string;
  scopes: ApiScope[];
  createdBy: string;
  createdAt: Date;
  revokedAt: Date | null;
}

export interface SessionRow {
  id: string;
  userId: string;
  expiresAt: Date;
  revokedAt: Date | null;
}
