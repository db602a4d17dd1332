export type Outcome = 'ACCEPTED' | 'EDITED' | 'REJECTED';

export interface NewInteraction {
  id: string;
  organizationId: string;
  userId: string | null;
  apiKeyId: string | null;
  dataSourceId: string;
  requestId: string | null;
  prompt: string;
  sql: string;
  engine: string;
  latencyMs: number;
  promptTokens: number | null;
  completionTokens: number | null;
  confidence: number;
  flagged: boolean;
}

export interface InteractionRow extends NewInteraction {
  outcome: Outcome | null;
  finalSql: string | null;
  outcomeAt: Date | null;
  createdAt: Date;
}

export interface NewAuditEvent {
  id: string;
  organizationId: string;
  userId: string | null;
  apiKeyId: string | null;
  dataSourceId: string;
  interactionId: string | null;
  requestId: string | null;
  kind: 'PROMPT_INJECTION' | 'SCHEMA_INJECTION' | 'UNSAFE_SQL_REFUSED';
  reason: string;
  promptSha256: string;
  promptExcerpt: string;
  engine: string | null;
}

export interface AuditEventRow extends NewAuditEvent {
  createdAt: Date;
}

/** One UTC day of assistant usage for an organization. */
export interface AiUsageDay {
  day: string;
  suggestions: number;
  answered: number;
  accepted: number;
  edited: number;
  rejected: number;
  fallbacks: number;
  flagged: number;
  promptTokens: number;
  completionTokens: number;
  medianLatencyMs: number;
}

export interface NewConversation {
  id: string;
  organizationId: string;
  userId: string | null;
  apiKeyId: string | null;
  dataSourceId: string;
  lastQuestion: string;
  pendingTerm: string | null;
}

export interface ConversationRow extends NewConversation {
  turns: number;
  createdAt: Date;
  updatedAt: Date;
}
