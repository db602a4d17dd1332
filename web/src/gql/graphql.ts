/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  DateTime: { input: string; output: string; }
  JSON: { input: unknown; output: unknown; }
};

export type AddBlockInput = {
  canvasId: Scalars['ID']['input'];
  content: Scalars['JSON']['input'];
  position: PositionInput;
  type: BlockType;
};

export type AddCommentInput = {
  /** The block the comment is anchored to; null for the canvas. A reply takes its thread's block. */
  blockId?: InputMaybe<Scalars['ID']['input']>;
  body: Scalars['String']['input'];
  canvasId: Scalars['ID']['input'];
  /** Replying to a reply adds to the same thread (threads are one level deep). */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

export type AiUsageDay = {
  __typename?: 'AiUsageDay';
  accepted: Scalars['Int']['output'];
  /** Suggestions that carried SQL. */
  answered: Scalars['Int']['output'];
  completionTokens: Scalars['Int']['output'];
  /** YYYY-MM-DD (UTC). */
  day: Scalars['String']['output'];
  edited: Scalars['Int']['output'];
  /** Answered by the built-in engine after the provider failed. */
  fallbacks: Scalars['Int']['output'];
  /** Suggestions with an audit event (suspected injection, refused statement). */
  flagged: Scalars['Int']['output'];
  medianLatencyMs: Scalars['Float']['output'];
  promptTokens: Scalars['Int']['output'];
  rejected: Scalars['Int']['output'];
  suggestions: Scalars['Int']['output'];
};

export type ApiKey = {
  __typename?: 'ApiKey';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The first characters of the key, to recognise it in a list. */
  prefix: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  scopes: Array<ApiScope>;
};

export type ApiKeyPayload = {
  __typename?: 'ApiKeyPayload';
  apiKey: ApiKey;
  secret: Scalars['String']['output'];
};

export type ApiScope =
  | 'QUERY_RUN'
  | 'READ'
  | 'WRITE';

export type AuditEntry = {
  __typename?: 'AuditEntry';
  actorApiKeyId?: Maybe<Scalars['ID']['output']>;
  actorShareLinkId?: Maybe<Scalars['ID']['output']>;
  /** userId, apiKeyId or shareLinkId of who acted. */
  actorUserId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  ip?: Maybe<Scalars['String']['output']>;
  occurredAt: Scalars['DateTime']['output'];
  /** The GraphQL operation and its root fields, e.g. CreateProject(createProject). */
  operation: Scalars['String']['output'];
  /** SUCCESS or the error code. */
  outcome: Scalars['String']['output'];
  requestId?: Maybe<Scalars['String']['output']>;
  targetIds: Array<Scalars['ID']['output']>;
};

export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  pageInfo: AuditPageInfo;
};

export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

export type AuditPageInfo = {
  __typename?: 'AuditPageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type AuthPayload = {
  __typename?: 'AuthPayload';
  accessToken: Scalars['String']['output'];
  accessTokenExpiresAt: Scalars['DateTime']['output'];
  refreshToken: Scalars['String']['output'];
  user: User;
};

export type Block = {
  __typename?: 'Block';
  content: Scalars['JSON']['output'];
  id: Scalars['ID']['output'];
  position: Position;
  type: BlockType;
};

export type BlockType =
  | 'CHART'
  | 'FILTER'
  | 'METRIC'
  | 'SQL'
  | 'TABLE'
  | 'TEXT';

export type Canvas = {
  __typename?: 'Canvas';
  blocks: Array<Block>;
  /** Whether the caller may change this canvas (false for VIEWERs and share links). */
  canEdit: Scalars['Boolean']['output'];
  /** Comments on the canvas that are not deleted. */
  commentCount?: Maybe<Scalars['Int']['output']>;
  /** Oldest first (replies included unless threadsOnly). first is at most 100. */
  comments?: Maybe<CommentConnection>;
  createdAt: Scalars['DateTime']['output'];
  createdBy?: Maybe<User>;
  /** Set while the canvas is in the trash. */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * EDITOR and above: views and block runs through this canvas's share links and signed embeds over
   * the last `days` days (1 to 366, UTC days), per viewer, most active first (at most 200).
   */
  embedUsage?: Maybe<Array<EmbedViewerUsage>>;
  id: Scalars['ID']['output'];
  /** The filter values a share link (or a signed embed's `params`) locks (only on sharedCanvas). */
  lockedFilters?: Maybe<Scalars['JSON']['output']>;
  name: Scalars['String']['output'];
  project: Project;
  /** The latest publication (what share links and embeds show); null when never published. */
  publication?: Maybe<Publication>;
  /** EDITOR and above: the latest publication and what changed since; null when never published or through a share link. */
  publicationStatus?: Maybe<PublicationStatus>;
  /** Whether there is a publication to show (through a share link: false means nothing to show). */
  published: Scalars['Boolean']['output'];
  /** Until when a deleted canvas can be restored. */
  restorableUntil?: Maybe<Scalars['DateTime']['output']>;
  /** EDITOR and above (null with a FORBIDDEN error otherwise). */
  shareLinks?: Maybe<Array<ShareLink>>;
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every stored change of the document. */
  version: Scalars['Int']['output'];
  /** Newest first; not available through share links. */
  versions: Array<CanvasVersion>;
};


export type CanvasCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  blockId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeResolved?: InputMaybe<Scalars['Boolean']['input']>;
  threadsOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type CanvasEmbedUsageArgs = {
  days?: InputMaybe<Scalars['Int']['input']>;
};


export type CanvasShareLinksArgs = {
  includeRevoked?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A canvas shared with one person by email (shareCanvas). */
export type CanvasGrant = {
  __typename?: 'CanvasGrant';
  canvasId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  role: Role;
  /** The person, once they have an account. */
  user?: Maybe<User>;
};

export type CanvasPeople = {
  __typename?: 'CanvasPeople';
  grants: Array<CanvasGrant>;
  members: Array<Membership>;
};

export type CanvasTemplate = {
  __typename?: 'CanvasTemplate';
  description: Scalars['String']['output'];
  id: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type CanvasVersion = {
  __typename?: 'CanvasVersion';
  blocks: Array<Block>;
  canvasName: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  createdBy?: Maybe<User>;
  id: Scalars['ID']['output'];
  kind: CanvasVersionKind;
  /** A name for NAMED versions (and a description for BEFORE_RESTORE ones). */
  name?: Maybe<Scalars['String']['output']>;
  /** The canvas version number this snapshot holds. */
  number: Scalars['Int']['output'];
};

export type CanvasVersionKind =
  /** Taken automatically while people edit: the state before a burst of activity, at most one per 10 minutes. */
  | 'AUTO'
  /** The state a canvas had just before a version was restored onto it. */
  | 'BEFORE_RESTORE'
  /** Saved by someone with a name. */
  | 'NAMED';

export type ChartSuggestion = {
  __typename?: 'ChartSuggestion';
  /** A second dimension that splits the series, when there is one. */
  series?: Maybe<Scalars['String']['output']>;
  /** line, bar, pie, scatter, bigNumber or table. */
  type: Scalars['String']['output'];
  x?: Maybe<Scalars['String']['output']>;
  y?: Maybe<Array<Scalars['String']['output']>>;
};

/** A question back when a decisive term cannot be grounded: the assistant asks instead of guessing. */
export type Clarification = {
  __typename?: 'Clarification';
  /** Readings drawn from the source's model and glossary; the last one defines the term. */
  options: Array<Scalars['String']['output']>;
  question: Scalars['String']['output'];
  /** The word that could not be grounded, e.g. churned. */
  term: Scalars['String']['output'];
};

export type ColumnInfo = {
  __typename?: 'ColumnInfo';
  name: Scalars['String']['output'];
  type: Scalars['String']['output'];
};

export type ColumnRole =
  | 'DIMENSION'
  | 'IDENTIFIER'
  | 'MEASURE'
  | 'TIME';

export type Comment = {
  __typename?: 'Comment';
  author: User;
  blockId?: Maybe<Scalars['ID']['output']>;
  /** Empty once deleted. */
  body: Scalars['String']['output'];
  canvas: Canvas;
  createdAt: Scalars['DateTime']['output'];
  deleted: Scalars['Boolean']['output'];
  /** When the body was last edited; null if never. */
  editedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** Members the comment mentions. */
  mentions: Array<User>;
  /** The thread's first comment; null for a thread's first comment. */
  parentId?: Maybe<Scalars['ID']['output']>;
  replies: CommentConnection;
  /** The thread's state (replies report their thread's). */
  resolved: Scalars['Boolean']['output'];
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  resolvedBy?: Maybe<User>;
  updatedAt: Scalars['DateTime']['output'];
};


export type CommentRepliesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CommentConnection = {
  __typename?: 'CommentConnection';
  edges: Array<CommentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CommentEdge = {
  __typename?: 'CommentEdge';
  cursor: Scalars['String']['output'];
  node: Comment;
};

export type ConnectionTest = {
  __typename?: 'ConnectionTest';
  error?: Maybe<QueryError>;
  latencyMs?: Maybe<Scalars['Int']['output']>;
  ok: Scalars['Boolean']['output'];
};

export type CreateApiKeyInput = {
  name: Scalars['String']['input'];
  organizationId: Scalars['ID']['input'];
  scopes: Array<ApiScope>;
};

export type CreateCanvasInput = {
  name: Scalars['String']['input'];
  projectId: Scalars['ID']['input'];
  template?: InputMaybe<Scalars['String']['input']>;
};

export type CreateDataSourceInput = {
  /** Kind-specific settings; secret fields (password) are write-only. */
  connection: Scalars['JSON']['input'];
  kind: DataSourceKind;
  name: Scalars['String']['input'];
  projectId: Scalars['ID']['input'];
};

export type CreateFileUploadInput = {
  /** Add (or atomically replace) a table in this existing FILE source instead of creating a source. */
  dataSourceId?: InputMaybe<Scalars['ID']['input']>;
  /** CSV | PARQUET | JSON | XLSX (JSON accepts an array of objects or NDJSON) */
  format: Scalars['String']['input'];
  name: Scalars['String']['input'];
  projectId: Scalars['ID']['input'];
  /** XLSX: the sheet to read (default the first). */
  sheet?: InputMaybe<Scalars['String']['input']>;
  /** The table's name in the source; default derived from `name`. */
  table?: InputMaybe<Scalars['String']['input']>;
};

export type CreateProjectInput = {
  name: Scalars['String']['input'];
  organizationId: Scalars['ID']['input'];
};

export type CreateShareLinkInput = {
  /**
   * Origins allowed to frame `/embed/<token>` (`Content-Security-Policy: frame-ancestors`): at most
   * 20, each `https://host[:port]` (`http://` for localhost only), no path. Empty or absent: only
   * Tessera itself may frame it ('self').
   */
  allowedOrigins?: InputMaybe<Array<Scalars['String']['input']>>;
  canvasId: Scalars['ID']['input'];
  /** Lifetime in seconds (60 to 31,536,000); no expiry when absent. */
  expiresInSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** FILTER parameter -> value, fixed for everyone who opens the link. */
  lockedFilters?: InputMaybe<Scalars['JSON']['input']>;
};

export type DataSource = {
  __typename?: 'DataSource';
  /** Settings without secrets. */
  connection: Scalars['JSON']['output'];
  createdAt: Scalars['DateTime']['output'];
  glossary: Array<GlossaryEntry>;
  id: Scalars['ID']['output'];
  kind: DataSourceKind;
  /** Inferred when a source is connected or a file lands; editable with updateSemanticModel. */
  model: SemanticModel;
  name: Scalars['String']['output'];
  project: Project;
  /** Introspected schema, cached; refresh re-reads it from the engine. */
  tables: Array<TableInfo>;
};


export type DataSourceTablesArgs = {
  refresh?: InputMaybe<Scalars['Boolean']['input']>;
};

export type DataSourceKind =
  | 'CLICKHOUSE'
  | 'DEMO'
  | 'DUCKDB'
  | 'FILE'
  | 'MYSQL'
  | 'POSTGRES';

/** One viewer of a canvas's links and embeds. */
export type EmbedViewerUsage = {
  __typename?: 'EmbedViewerUsage';
  blocksRun: Scalars['Int']['output'];
  lastSeenAt: Scalars['DateTime']['output'];
  /** LINK or SIGNED_EMBED */
  via: Scalars['String']['output'];
  /** `link:<share link id>` for a share link; a signed embed's `sub` claim (the host's viewer id), or `signed` without one. */
  viewer: Scalars['String']['output'];
  views: Scalars['Int']['output'];
};

export type ExportFormat =
  | 'CSV'
  | 'PARQUET'
  | 'XLSX';

export type ExportLink = {
  __typename?: 'ExportLink';
  expiresAt: Scalars['DateTime']['output'];
  url: Scalars['String']['output'];
};

export type FileUpload = {
  __typename?: 'FileUpload';
  dataSource: DataSource;
  expiresAt: Scalars['DateTime']['output'];
  uploadUrl: Scalars['String']['output'];
};

export type FixSqlInput = {
  dataSourceId: Scalars['ID']['input'];
  /** The error it failed with, if known (at most 2000 characters). */
  error?: InputMaybe<Scalars['String']['input']>;
  /** The statement that failed, at most 100000 characters. */
  sql: Scalars['String']['input'];
};

export type ForeignKey = {
  __typename?: 'ForeignKey';
  columns: Array<Scalars['String']['output']>;
  referencedColumns: Array<Scalars['String']['output']>;
  referencedTable: Scalars['String']['output'];
};

export type GenerateSqlInput = {
  /** A follow-up in this conversation refines its last answer (earlier filters kept); the answer to a clarification completes the question that asked it. Omit to start a conversation. */
  conversationId?: InputMaybe<Scalars['ID']['input']>;
  dataSourceId: Scalars['ID']['input'];
  /** The question, at most 2000 characters. */
  prompt: Scalars['String']['input'];
};

export type GlossaryEntry = {
  __typename?: 'GlossaryEntry';
  definition: Scalars['String']['output'];
  expression: Scalars['String']['output'];
  filter?: Maybe<Scalars['String']['output']>;
  kind: Scalars['String']['output'];
  tables: Array<Scalars['String']['output']>;
  /** Words a user says for this concept; the first is its display name. */
  terms: Array<Scalars['String']['output']>;
  timeColumn?: Maybe<Scalars['String']['output']>;
};

/** A business term of the source's semantic layer, as the SQL assistant reads it. */
export type GlossaryEntryInput = {
  definition: Scalars['String']['input'];
  expression: Scalars['String']['input'];
  filter?: InputMaybe<Scalars['String']['input']>;
  /** metric (an aggregate expression) or timeGrain */
  kind: Scalars['String']['input'];
  tables: Array<Scalars['String']['input']>;
  terms: Array<Scalars['String']['input']>;
  timeColumn?: InputMaybe<Scalars['String']['input']>;
};

export type InviteMemberInput = {
  email: Scalars['String']['input'];
  organizationId: Scalars['ID']['input'];
  role: Role;
};

export type LogInInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type Membership = {
  __typename?: 'Membership';
  email: Scalars['String']['output'];
  /** On a pending invitation, right after inviteMember: the link that lands in this organization (shown once). */
  inviteUrl?: Maybe<Scalars['String']['output']>;
  organization: Organization;
  role: Role;
  status: MembershipStatus;
  /** The member; null while an invitation is pending. */
  user?: Maybe<User>;
};

export type MembershipStatus =
  | 'ACTIVE'
  | 'PENDING';

export type ModelColumn = {
  __typename?: 'ModelColumn';
  aggregation?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  label: Scalars['String']['output'];
  name: Scalars['String']['output'];
  role: ColumnRole;
  /** Words people use for it ("units" for qty, "pay" for wage_amt). */
  synonyms: Array<Scalars['String']['output']>;
  /** Coded values and what they mean (PAR → Paris, FT → full-time). */
  values: Array<ValueLabel>;
};

export type ModelColumnInput = {
  aggregation?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  label?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  role?: InputMaybe<ColumnRole>;
  synonyms?: InputMaybe<Array<Scalars['String']['input']>>;
  table: Scalars['String']['input'];
  values?: InputMaybe<Array<ValueLabelInput>>;
};

export type ModelTable = {
  __typename?: 'ModelTable';
  columns: Array<ModelColumn>;
  description?: Maybe<Scalars['String']['output']>;
  label: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Joins the organization that sent the invitation link (single use; no new organization). */
  acceptInvitation: Membership;
  addBlock: Block;
  /** Members of the canvas's organization (VIEWER and above) may comment. @[Name](userId) or @email mentions notify members. */
  addComment: Comment;
  cancelQueryRun: QueryRun;
  /** Finishes a sign-up with the token from the verification email: creates the account and signs in. */
  completeSignUp: AuthPayload;
  /** The secret is in the payload once and is never shown again. */
  createApiKey: ApiKeyPayload;
  /** EDITOR and above. `template`: "blank" (default) or "sales-overview". */
  createCanvas: Canvas;
  createCanvasVersion: CanvasVersion;
  createDataSource: DataSource;
  /**
   * ADMIN and above: a new 32-byte secret for signed embeds, returned once. Calling again rotates it:
   * embeds signed with the previous secret stop opening.
   */
  createEmbeddingSecret: Scalars['String']['output'];
  /** A signed, single-use, short-lived URL to PUT a CSV, Parquet, JSON/NDJSON or XLSX file: a new FILE source, or a table added to (or replaced in) an existing one. */
  createFileUpload: FileUpload;
  createProject: Project;
  /** EDITOR and above. The token is a signed, revocable credential for read-only access. */
  createShareLink: ShareLink;
  /** Soft delete: restorable for 30 days (restoreCanvas), then purged. */
  deleteCanvas: Canvas;
  /** The author only. The comment keeps its place and replies; its body becomes "" and deleted true. */
  deleteComment: Comment;
  deleteDataSource: Scalars['Boolean']['output'];
  deleteSavedQuery: Scalars['Boolean']['output'];
  /** A new canvas in the same project with the same blocks (block ids kept, so references hold). */
  duplicateCanvas: Canvas;
  /** The author only. Newly mentioned members are notified. */
  editComment: Comment;
  /** A signed, short-lived URL streaming the run's query as CSV or Parquet. */
  exportQueryRun: ExportLink;
  /** A corrected query for a failed one (misspelt table and column names repaired against the source's schema, then validated), with what was wrong. VIEWER and above. */
  fixSql: SqlSuggestion;
  /** One validated, read-only SELECT for a question about the source (or empty sql with the reason). VIEWER and above. */
  generateSql: SqlSuggestion;
  /**
   * ADMIN and above. A person with an account joins at once; anyone else gets a pending invitation
   * whose inviteUrl (also emailed) lands them in this organization. Inviting again renews the link.
   */
  inviteMember: Membership;
  logIn: AuthPayload;
  /** Ends the current session: its access and refresh tokens stop working. */
  logOut: Scalars['Boolean']['output'];
  /** Marks every unread notification read; returns how many were marked. */
  markAllNotificationsRead: Scalars['Int']['output'];
  markNotificationRead: Notification;
  /**
   * EDITOR and above. Snapshots the canvas as an immutable, numbered publication (1, 2, …): the
   * chosen blocks (`blockIds`; default every block with content) as they are stored now, with their
   * content, layout and titles. Share links and embeds serve the latest publication from then on.
   * `showCode` (default false) publishes the SQL text too; `note` (at most 1,000 characters) is for
   * editors. A CHART / TABLE / METRIC reads its SQL block even when that block is not published (its
   * SQL is kept server-side, never shown).
   */
  publishCanvas: Publication;
  /** Whoever asked reports what became of a suggestion (feeds "AI suggestions accepted"). */
  recordSuggestionOutcome: Scalars['Boolean']['output'];
  /** Exchanges a refresh token for a new pair; the old refresh token stops working. */
  refreshSession: AuthPayload;
  removeBlock: Scalars['Boolean']['output'];
  /** Removes a member (ADMIN and above; the last OWNER cannot be removed). Their access ends at once. */
  removeMember: Scalars['Boolean']['output'];
  renameCanvas: Canvas;
  reopenComment: Comment;
  /**
   * Starts a sign-up. The answer does not depend on whether the email already has an account: the
   * next step arrives by email (a link to completeSignUp, or a note that an account exists). On a
   * server with instant sign-up (development and test), a new email gets its session at once.
   */
  requestSignUp: SignUpRequest;
  /** Resolves the comment's thread (a reply resolves its thread): its author, or EDITOR and above. */
  resolveComment: Comment;
  restoreCanvas: Canvas;
  /** Brings a version's blocks back as a new version; the replaced state is kept as a BEFORE_RESTORE version. */
  restoreCanvasVersion: Canvas;
  revokeApiKey: Scalars['Boolean']['output'];
  /** Deletes a pending invitation (ADMIN and above); its link stops working. */
  revokeInvitation: Scalars['Boolean']['output'];
  revokeShareLink: Scalars['Boolean']['output'];
  runQuery: QueryRun;
  saveQuery: SavedQuery;
  /**
   * ADMIN and above. Nobody grants a role above their own or changes the role of someone above them;
   * the last OWNER cannot be demoted.
   */
  setMemberRole: Membership;
  /**
   * Gives one canvas to a person by email, as VIEWER or EDITOR (EDITOR and above members of the
   * canvas's organization; a person holding only a grant cannot hand the canvas on). Someone outside
   * the organization gets this canvas only; without an account they are emailed a sign-up link.
   */
  shareCanvas: Scalars['Boolean']['output'];
  /**
   * Creates a user, an organization with the user as OWNER, and a first project, and signs in. Only
   * on servers with instant sign-up (development); otherwise, and for an email that already has an
   * account, it answers BAD_USER_INPUT with extensions.reason CHECK_EMAIL, the same for every email.
   * @deprecated Use requestSignUp, which answers the same for new and existing emails
   */
  signUp: AuthPayload;
  testDataSourceConnection: ConnectionTest;
  /** Takes a canvas back from a person it was shared with (EDITOR and above in the canvas's organization). */
  unshareCanvas: Scalars['Boolean']['output'];
  /** Position is replaced; content is merged per key and a null value removes a key. */
  updateBlock: Block;
  updateDataSource: DataSource;
  /** Edits the source's semantic model; fields given replace the inferred ones. */
  updateSemanticModel: SemanticModel;
};


export type MutationAcceptInvitationArgs = {
  token: Scalars['String']['input'];
};


export type MutationAddBlockArgs = {
  input: AddBlockInput;
};


export type MutationAddCommentArgs = {
  input: AddCommentInput;
};


export type MutationCancelQueryRunArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCompleteSignUpArgs = {
  token: Scalars['String']['input'];
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateCanvasArgs = {
  input: CreateCanvasInput;
};


export type MutationCreateCanvasVersionArgs = {
  canvasId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


export type MutationCreateDataSourceArgs = {
  input: CreateDataSourceInput;
};


export type MutationCreateEmbeddingSecretArgs = {
  organizationId: Scalars['ID']['input'];
};


export type MutationCreateFileUploadArgs = {
  input: CreateFileUploadInput;
};


export type MutationCreateProjectArgs = {
  input: CreateProjectInput;
};


export type MutationCreateShareLinkArgs = {
  input: CreateShareLinkInput;
};


export type MutationDeleteCanvasArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteCommentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteDataSourceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteSavedQueryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDuplicateCanvasArgs = {
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
};


export type MutationEditCommentArgs = {
  body: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationExportQueryRunArgs = {
  format: ExportFormat;
  id: Scalars['ID']['input'];
};


export type MutationFixSqlArgs = {
  input: FixSqlInput;
};


export type MutationGenerateSqlArgs = {
  input: GenerateSqlInput;
};


export type MutationInviteMemberArgs = {
  input: InviteMemberInput;
};


export type MutationLogInArgs = {
  input: LogInInput;
};


export type MutationMarkNotificationReadArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPublishCanvasArgs = {
  input: PublishCanvasInput;
};


export type MutationRecordSuggestionOutcomeArgs = {
  finalSql?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  outcome: SuggestionOutcome;
};


export type MutationRefreshSessionArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRemoveBlockArgs = {
  blockId: Scalars['ID']['input'];
  canvasId: Scalars['ID']['input'];
};


export type MutationRemoveMemberArgs = {
  organizationId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationRenameCanvasArgs = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


export type MutationReopenCommentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRequestSignUpArgs = {
  input: SignUpInput;
};


export type MutationResolveCommentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreCanvasArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreCanvasVersionArgs = {
  canvasId: Scalars['ID']['input'];
  versionId: Scalars['ID']['input'];
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeInvitationArgs = {
  email: Scalars['String']['input'];
  organizationId: Scalars['ID']['input'];
};


export type MutationRevokeShareLinkArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRunQueryArgs = {
  input: RunQueryInput;
};


export type MutationSaveQueryArgs = {
  input: SaveQueryInput;
};


export type MutationSetMemberRoleArgs = {
  input: SetMemberRoleInput;
};


export type MutationShareCanvasArgs = {
  input: ShareCanvasInput;
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};


export type MutationTestDataSourceConnectionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUnshareCanvasArgs = {
  input: UnshareCanvasInput;
};


export type MutationUpdateBlockArgs = {
  input: UpdateBlockInput;
};


export type MutationUpdateDataSourceArgs = {
  input: UpdateDataSourceInput;
};


export type MutationUpdateSemanticModelArgs = {
  input: UpdateSemanticModelInput;
};

export type Notification = {
  __typename?: 'Notification';
  /** Who caused it (the comment's author). */
  actor: User;
  canvas: Canvas;
  comment: Comment;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  read: Scalars['Boolean']['output'];
  readAt?: Maybe<Scalars['DateTime']['output']>;
};

export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  edges: Array<NotificationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
  unreadCount: Scalars['Int']['output'];
};

export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  cursor: Scalars['String']['output'];
  node: Notification;
};

export type NotificationKind =
  | 'MENTION';

export type Organization = {
  __typename?: 'Organization';
  /** Visible to OWNER and ADMIN. */
  apiKeys: Array<ApiKey>;
  /** When the current embedding secret was created (OWNER and ADMIN); null when there is none. Never the secret. */
  embeddingSecretCreatedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  members: Array<Membership>;
  name: Scalars['String']['output'];
  projects: Array<Project>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Position = {
  __typename?: 'Position';
  h: Scalars['Int']['output'];
  w: Scalars['Int']['output'];
  x: Scalars['Int']['output'];
  y: Scalars['Int']['output'];
};

export type PositionInput = {
  h: Scalars['Int']['input'];
  w: Scalars['Int']['input'];
  x: Scalars['Int']['input'];
  y: Scalars['Int']['input'];
};

export type Project = {
  __typename?: 'Project';
  /** Canvases of the project, newest first (VIEWER and above). */
  canvases?: Maybe<Array<Canvas>>;
  createdAt: Scalars['DateTime']['output'];
  /** Every project includes the demo source "Acme Commerce" (kind DEMO). */
  dataSources: Array<DataSource>;
  /** Canvases in the trash that can still be restored. */
  deletedCanvases?: Maybe<Array<Canvas>>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  organization: Organization;
};

/** An immutable snapshot of a canvas that share links and embeds serve. */
export type Publication = {
  __typename?: 'Publication';
  /** The published blocks, in canvas order. */
  blockIds: Array<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  /** The editor's note (null through share links). */
  note?: Maybe<Scalars['String']['output']>;
  publishedAt: Scalars['DateTime']['output'];
  publishedBy?: Maybe<User>;
  /** Whether viewers see the SQL text. */
  showCode: Scalars['Boolean']['output'];
  /** 1 for the first publication of a canvas, then 2, 3, … */
  version: Scalars['Int']['output'];
};

export type PublicationChange = {
  __typename?: 'PublicationChange';
  blockId: Scalars['ID']['output'];
  kind: PublicationChangeKind;
  /** The block's title or name, when it has one. */
  title?: Maybe<Scalars['String']['output']>;
  type: BlockType;
};

export type PublicationChangeKind =
  /** On the canvas now, not there when it was published. */
  | 'ADDED'
  /** Published; its content or position differs now. */
  | 'CHANGED'
  /** Published, no longer on the canvas. */
  | 'REMOVED';

/** How the working canvas differs from its latest publication (for editors, before republishing). */
export type PublicationStatus = {
  __typename?: 'PublicationStatus';
  /** Published blocks changed or removed since, and blocks added to the canvas since (blocks left out on purpose are not changes). */
  changes: Array<PublicationChange>;
  /** The number of entries in `changes`. */
  changesSince: Scalars['Int']['output'];
  publishedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type PublishCanvasInput = {
  /** Blocks to publish (at most 500, each on the canvas); default: every block with content. */
  blockIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  canvasId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  showCode?: InputMaybe<Scalars['Boolean']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** Per-day SQL assistant usage of an organization in [from, to) (ADMIN and above). */
  aiUsage: Array<AiUsageDay>;
  /** The organization's audit log, newest first (OWNER and ADMIN). */
  auditLog: AuditEntryConnection;
  /** A canvas of a project the caller belongs to (VIEWER and above). Another tenant's canvas is NOT_FOUND. */
  canvas?: Maybe<Canvas>;
  /**
   * Who has access to a canvas of an organization the caller belongs to: the organization's members
   * (every member reaches every project) and the people the canvas was shared with (shareCanvas).
   */
  canvasPeople: CanvasPeople;
  /** The templates createCanvas accepts. */
  canvasTemplates: Array<CanvasTemplate>;
  /** One version with its blocks, to preview before restoring. */
  canvasVersion?: Maybe<CanvasVersion>;
  /** Saved versions of a canvas, newest first (VIEWER and above). */
  canvasVersions: Array<CanvasVersion>;
  /** A comment visible to the caller (NOT_FOUND otherwise); the gateway resolves commentAdded events through it. */
  comment?: Maybe<Comment>;
  /** A canvas's comments, oldest first (replies included unless threadsOnly). first is at most 100. */
  comments: CommentConnection;
  dataSource?: Maybe<DataSource>;
  /** Plain-English explanation of a statement. With dataSourceId, also checks it against that source's tables. */
  explainSql: SqlExplanation;
  /** The signed-in user; null when not signed in (or when called with an API key). */
  me?: Maybe<User>;
  notification?: Maybe<Notification>;
  /** The signed-in user's notifications, newest first. */
  notifications: NotificationConnection;
  organization?: Maybe<Organization>;
  project?: Maybe<Project>;
  /** The signed-in user's recent runs, newest first. */
  queryHistory: QueryRunConnection;
  queryRun?: Maybe<QueryRun>;
  /**
   * Runs a block's SQL (a SQL block, or the SQL block a CHART / TABLE / METRIC reads) with filter
   * values: `filters` maps FILTER parameters to values; FILTER defaults fill the rest. VIEWER and
   * above (API keys need QUERY_RUN). Returns the query run: { id, status, columns, rows, rowCount,
   * truncated, cached, durationMs, error }.
   */
  runCanvasBlock?: Maybe<Scalars['JSON']['output']>;
  /**
   * The same for a share-link or signed-embed viewer: only blocks of the latest publication run, with
   * the SQL as published; `filters` may set published FILTER parameters only (checked, never stored);
   * the link's locked filters (a signed embed's `params`) are forced over them. Without `showCode`,
   * error messages do not quote the SQL.
   */
  runSharedBlock?: Maybe<Scalars['JSON']['output']>;
  savedQueries: Array<SavedQuery>;
  /**
   * What a share/embed link shows; needs no sign-in. `token` is a share link's token or a signed
   * embed (an HS256 JWT the host application signs with the organization's embedding secret, claims
   * `canvas`, `params`, `exp`). Only the latest publication is served: its blocks and nothing else
   * (no draft, no presence, SQL text only when it was published with `showCode`). A canvas never
   * published answers `published: false` with no blocks. Errors have code FORBIDDEN and
   * `extensions.reason` SHARE_LINK_INVALID (malformed, tampered, unknown, wrong key, another
   * organization's canvas, bad params), SHARE_LINK_EXPIRED or SHARE_LINK_REVOKED.
   */
  sharedCanvas?: Maybe<Canvas>;
  /** A sensible chart for a finished run's result (time series → line, categories → bar, one number → bigNumber); null while it has not succeeded. */
  suggestChart?: Maybe<ChartSuggestion>;
  /** A short narrative of a finished run's result that a TEXT block can hold. */
  summarizeResult: Scalars['String']['output'];
  /** Per-day query usage of an organization (ADMIN and above). */
  usage: Array<UsageDay>;
};


export type QueryAiUsageArgs = {
  from: Scalars['DateTime']['input'];
  organizationId: Scalars['ID']['input'];
  to: Scalars['DateTime']['input'];
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organizationId: Scalars['ID']['input'];
};


export type QueryCanvasArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCanvasPeopleArgs = {
  canvasId: Scalars['ID']['input'];
  organizationId: Scalars['ID']['input'];
};


export type QueryCanvasVersionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCanvasVersionsArgs = {
  canvasId: Scalars['ID']['input'];
};


export type QueryCommentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  blockId?: InputMaybe<Scalars['ID']['input']>;
  canvasId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  includeResolved?: InputMaybe<Scalars['Boolean']['input']>;
  threadsOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryDataSourceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryExplainSqlArgs = {
  dataSourceId?: InputMaybe<Scalars['ID']['input']>;
  sql: Scalars['String']['input'];
};


export type QueryNotificationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProjectArgs = {
  id: Scalars['ID']['input'];
};


export type QueryQueryHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryQueryRunArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRunCanvasBlockArgs = {
  blockId: Scalars['ID']['input'];
  canvasId: Scalars['ID']['input'];
  filters?: InputMaybe<Scalars['JSON']['input']>;
};


export type QueryRunSharedBlockArgs = {
  blockId: Scalars['ID']['input'];
  filters?: InputMaybe<Scalars['JSON']['input']>;
  token: Scalars['String']['input'];
};


export type QuerySavedQueriesArgs = {
  projectId: Scalars['ID']['input'];
};


export type QuerySharedCanvasArgs = {
  token: Scalars['String']['input'];
};


export type QuerySuggestChartArgs = {
  queryRunId: Scalars['ID']['input'];
};


export type QuerySummarizeResultArgs = {
  queryRunId: Scalars['ID']['input'];
  question?: InputMaybe<Scalars['String']['input']>;
};


export type QueryUsageArgs = {
  from: Scalars['DateTime']['input'];
  organizationId: Scalars['ID']['input'];
  to: Scalars['DateTime']['input'];
};

export type QueryError = {
  __typename?: 'QueryError';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  /** 0-based character offset into the SQL, when the engine reported one. */
  position?: Maybe<Scalars['Int']['output']>;
};

export type QueryPageInfo = {
  __typename?: 'QueryPageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type QueryRun = {
  __typename?: 'QueryRun';
  cached: Scalars['Boolean']['output'];
  columns: Array<ColumnInfo>;
  createdAt: Scalars['DateTime']['output'];
  dataSource?: Maybe<DataSource>;
  durationMs?: Maybe<Scalars['Int']['output']>;
  error?: Maybe<QueryError>;
  id: Scalars['ID']['output'];
  rowCount: Scalars['Int']['output'];
  /** Row-major values in column order; at most maxRows. */
  rows: Array<Array<Maybe<Scalars['JSON']['output']>>>;
  sql: Scalars['String']['output'];
  status: QueryRunStatus;
  truncated: Scalars['Boolean']['output'];
};

export type QueryRunConnection = {
  __typename?: 'QueryRunConnection';
  edges: Array<QueryRunEdge>;
  pageInfo: QueryPageInfo;
};

export type QueryRunEdge = {
  __typename?: 'QueryRunEdge';
  cursor: Scalars['String']['output'];
  node: QueryRun;
};

export type QueryRunStatus =
  | 'CANCELLED'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED';

export type Relationship = {
  __typename?: 'Relationship';
  fromColumn: Scalars['String']['output'];
  fromTable: Scalars['String']['output'];
  inferred: Scalars['Boolean']['output'];
  toColumn: Scalars['String']['output'];
  toTable: Scalars['String']['output'];
};

export type RelationshipInput = {
  fromColumn: Scalars['String']['input'];
  fromTable: Scalars['String']['input'];
  toColumn: Scalars['String']['input'];
  toTable: Scalars['String']['input'];
};

export type Role =
  | 'ADMIN'
  | 'EDITOR'
  | 'OWNER'
  | 'VIEWER';

export type RunQueryInput = {
  dataSourceId: Scalars['ID']['input'];
  maxRows?: InputMaybe<Scalars['Int']['input']>;
  parameters?: InputMaybe<Scalars['JSON']['input']>;
  sql: Scalars['String']['input'];
  /** Seconds to wait for the result before returning a RUNNING run (default 10, max 30). */
  waitSeconds?: InputMaybe<Scalars['Int']['input']>;
};

export type SaveQueryInput = {
  dataSourceId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  projectId: Scalars['ID']['input'];
  sql: Scalars['String']['input'];
};

export type SavedQuery = {
  __typename?: 'SavedQuery';
  createdAt: Scalars['DateTime']['output'];
  dataSource?: Maybe<DataSource>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  sql: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type SemanticModel = {
  __typename?: 'SemanticModel';
  /** ISO date that relative dates resolve against: for file sources the latest date in the data, for live databases today; editable. */
  asOf?: Maybe<Scalars['String']['output']>;
  /** Inferred from keys, names and values; editable. */
  relationships: Array<Relationship>;
  tables: Array<ModelTable>;
  /** Increases with every inference or edit. */
  version: Scalars['Int']['output'];
};

export type SetMemberRoleInput = {
  organizationId: Scalars['ID']['input'];
  role: Role;
  userId: Scalars['ID']['input'];
};

export type ShareCanvasInput = {
  canvasId: Scalars['ID']['input'];
  /** At most 254 characters. */
  email: Scalars['String']['input'];
  /** VIEWER or EDITOR. */
  role: Role;
};

export type ShareLink = {
  __typename?: 'ShareLink';
  /** Origins allowed to frame the embed; empty: only Tessera itself. */
  allowedOrigins: Array<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  lockedFilters?: Maybe<Scalars['JSON']['output']>;
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  token: Scalars['String']['output'];
  /** `<PUBLIC_URL>/embed/<token>`; `?block=<block id>` embeds one published block (a layout choice: the link still opens the whole publication). */
  url: Scalars['String']['output'];
};

export type SignUpInput = {
  email: Scalars['String']['input'];
  /** The token of an invitation link: the new account joins that organization instead of creating one. */
  invitationToken?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** Required unless invitationToken is given. */
  organizationName?: InputMaybe<Scalars['String']['input']>;
  password: Scalars['String']['input'];
};

export type SignUpRequest = {
  __typename?: 'SignUpRequest';
  /** The address the next step was sent to. */
  email: Scalars['String']['output'];
  /** A session: only on servers with instant sign-up, for a new email. Otherwise null: check your email. */
  session?: Maybe<AuthPayload>;
};

export type SqlExplanation = {
  __typename?: 'SqlExplanation';
  problem?: Maybe<Scalars['String']['output']>;
  text: Scalars['String']['output'];
  /** True when the statement is one read-only SELECT (over the source's own tables when dataSourceId is given). */
  valid: Scalars['Boolean']['output'];
};

export type SqlSuggestion = {
  __typename?: 'SqlSuggestion';
  chart?: Maybe<ChartSuggestion>;
  /** Set (and sql empty) when a term cannot be grounded: it asks instead of guessing. */
  clarification?: Maybe<Clarification>;
  /** 0..1; 0 when nothing is suggested. */
  confidence: Scalars['Float']['output'];
  /** The conversation this answer belongs to: pass it with the next question to follow up. */
  conversationId: Scalars['ID']['output'];
  /** builtin, openai:<model>, anthropic:<model>, or builtin (fallback: <reason>). */
  engine: Scalars['String']['output'];
  explanation: Scalars['String']['output'];
  /** The interaction id (for recordSuggestionOutcome). */
  id: Scalars['ID']['output'];
  /** One SELECT with a LIMIT, validated against the source's tables; empty when there is no answer. */
  sql: Scalars['String']['output'];
  /** Words of the question that could not be mapped to the schema. */
  unmapped: Array<Scalars['String']['output']>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** A comment added to the canvas (or a reply). */
  commentAdded: Comment;
  /** In-app notifications (mentions) for the signed-in user. */
  notificationAdded: Notification;
  /** The run's current state first, then every change until it finishes. */
  queryRunUpdated: QueryRun;
};


export type SubscriptionCommentAddedArgs = {
  canvasId: Scalars['ID']['input'];
};


export type SubscriptionQueryRunUpdatedArgs = {
  id: Scalars['ID']['input'];
};

export type SuggestionOutcome =
  | 'ACCEPTED'
  | 'EDITED'
  | 'REJECTED';

export type TableInfo = {
  __typename?: 'TableInfo';
  columns: Array<ColumnInfo>;
  foreignKeys: Array<ForeignKey>;
  name: Scalars['String']['output'];
  schema?: Maybe<Scalars['String']['output']>;
};

export type UnshareCanvasInput = {
  canvasId: Scalars['ID']['input'];
  email: Scalars['String']['input'];
  organizationId: Scalars['ID']['input'];
};

export type UpdateBlockInput = {
  blockId: Scalars['ID']['input'];
  canvasId: Scalars['ID']['input'];
  content?: InputMaybe<Scalars['JSON']['input']>;
  position?: InputMaybe<PositionInput>;
};

export type UpdateDataSourceInput = {
  connection?: InputMaybe<Scalars['JSON']['input']>;
  glossary?: InputMaybe<Array<GlossaryEntryInput>>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateSemanticModelInput = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  /** Matched by (table, name); fields given replace the inferred ones. */
  columns?: InputMaybe<Array<ModelColumnInput>>;
  dataSourceId: Scalars['ID']['input'];
  /** Replaces the list when given. */
  relationships?: InputMaybe<Array<RelationshipInput>>;
};

export type UsageDay = {
  __typename?: 'UsageDay';
  bytes: Scalars['Float']['output'];
  cacheHits: Scalars['Int']['output'];
  day: Scalars['String']['output'];
  errors: Scalars['Int']['output'];
  p95DurationMs: Scalars['Float']['output'];
  queries: Scalars['Int']['output'];
  rows: Scalars['Float']['output'];
};

export type User = {
  __typename?: 'User';
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  memberships: Array<Membership>;
  name: Scalars['String']['output'];
};

export type ValueLabel = {
  __typename?: 'ValueLabel';
  label: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type ValueLabelInput = {
  label: Scalars['String']['input'];
  value: Scalars['String']['input'];
};

export type GenerateSqlMutationVariables = Exact<{
  input: GenerateSqlInput;
}>;


export type GenerateSqlMutation = { __typename?: 'Mutation', generateSql: { __typename?: 'SqlSuggestion', id: string, sql: string, explanation: string, confidence: number, engine: string, chart?: { __typename?: 'ChartSuggestion', type: string, x?: string | null, y?: Array<string> | null } | null } };

export type RecordSuggestionOutcomeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  outcome: SuggestionOutcome;
  finalSql?: InputMaybe<Scalars['String']['input']>;
}>;


export type RecordSuggestionOutcomeMutation = { __typename?: 'Mutation', recordSuggestionOutcome: boolean };

export type RequestSignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type RequestSignUpMutation = { __typename?: 'Mutation', requestSignUp: { __typename?: 'SignUpRequest', email: string, session?: (
      { __typename?: 'AuthPayload' }
      & { ' $fragmentRefs'?: { 'SessionFieldsFragment': SessionFieldsFragment } }
    ) | null } };

export type CompleteSignUpMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type CompleteSignUpMutation = { __typename?: 'Mutation', completeSignUp: (
    { __typename?: 'AuthPayload' }
    & { ' $fragmentRefs'?: { 'SessionFieldsFragment': SessionFieldsFragment } }
  ) };

export type LogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type LogInMutation = { __typename?: 'Mutation', logIn: (
    { __typename?: 'AuthPayload' }
    & { ' $fragmentRefs'?: { 'SessionFieldsFragment': SessionFieldsFragment } }
  ) };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string, name: string, email: string, memberships: Array<{ __typename?: 'Membership', role: Role, status: MembershipStatus, organization: { __typename?: 'Organization', id: string, name: string, projects: Array<{ __typename?: 'Project', id: string, name: string }> } }> } | null };

export type ProjectCanvasesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProjectCanvasesQuery = { __typename?: 'Query', project?: { __typename?: 'Project', id: string, canvases?: Array<{ __typename?: 'Canvas', id: string, name: string, updatedAt: string, commentCount?: number | null }> | null } | null, canvasTemplates: Array<{ __typename?: 'CanvasTemplate', id: string, name: string, description: string }> };

export type CreateCanvasMutationVariables = Exact<{
  input: CreateCanvasInput;
}>;


export type CreateCanvasMutation = { __typename?: 'Mutation', createCanvas: { __typename?: 'Canvas', id: string, name: string } };

export type CanvasHeaderQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CanvasHeaderQuery = { __typename?: 'Query', canvas?: { __typename?: 'Canvas', id: string, name: string, canEdit: boolean, blocks: Array<{ __typename?: 'Block', id: string, type: BlockType, content: unknown, position: { __typename?: 'Position', x: number, y: number, w: number, h: number } }>, project: { __typename?: 'Project', id: string, name: string, organization: { __typename?: 'Organization', id: string }, dataSources: Array<{ __typename?: 'DataSource', id: string, name: string }> } } | null };

export type RenameCanvasMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
}>;


export type RenameCanvasMutation = { __typename?: 'Mutation', renameCanvas: { __typename?: 'Canvas', id: string, name: string } };

export type CanvasCommentsQueryVariables = Exact<{
  canvasId: Scalars['ID']['input'];
}>;


export type CanvasCommentsQuery = { __typename?: 'Query', comments: { __typename?: 'CommentConnection', totalCount: number, edges: Array<{ __typename?: 'CommentEdge', node: { __typename?: 'Comment', id: string, body: string, blockId?: string | null, parentId?: string | null, resolved: boolean, createdAt: string, deleted: boolean, author: { __typename?: 'User', id: string, name: string } } }> } };

export type AddCommentMutationVariables = Exact<{
  input: AddCommentInput;
}>;


export type AddCommentMutation = { __typename?: 'Mutation', addComment: { __typename?: 'Comment', id: string, body: string, blockId?: string | null } };

export type ResolveCommentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResolveCommentMutation = { __typename?: 'Mutation', resolveComment: { __typename?: 'Comment', id: string, resolved: boolean } };

export type CommentAddedSubscriptionVariables = Exact<{
  canvasId: Scalars['ID']['input'];
}>;


export type CommentAddedSubscription = { __typename?: 'Subscription', commentAdded: { __typename?: 'Comment', id: string, author: { __typename?: 'User', id: string, name: string } } };

export type MentionCandidatesQueryVariables = Exact<{
  canvasId: Scalars['ID']['input'];
}>;


export type MentionCandidatesQuery = { __typename?: 'Query', canvas?: { __typename?: 'Canvas', id: string, project: { __typename?: 'Project', id: string, organization: { __typename?: 'Organization', id: string, members: Array<{ __typename?: 'Membership', status: MembershipStatus, user?: { __typename?: 'User', id: string, name: string } | null }> } } } | null };

export type DataSourceListItem_DataSourceFragment = { __typename?: 'DataSource', id: string, name: string, kind: DataSourceKind, createdAt: string } & { ' $fragmentName'?: 'DataSourceListItem_DataSourceFragment' };

export type DataSourcesQueryVariables = Exact<{
  projectId: Scalars['ID']['input'];
}>;


export type DataSourcesQuery = { __typename?: 'Query', project?: { __typename?: 'Project', id: string, name: string, dataSources: Array<(
      { __typename?: 'DataSource', id: string }
      & { ' $fragmentRefs'?: { 'DataSourceListItem_DataSourceFragment': DataSourceListItem_DataSourceFragment } }
    )> } | null };

export type DataSourceDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DataSourceDetailQuery = { __typename?: 'Query', dataSource?: { __typename?: 'DataSource', id: string, name: string, kind: DataSourceKind, connection: unknown, createdAt: string, project: { __typename?: 'Project', id: string } } | null };

export type DataSourceTablesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  refresh?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type DataSourceTablesQuery = { __typename?: 'Query', dataSource?: { __typename?: 'DataSource', id: string, tables: Array<{ __typename?: 'TableInfo', name: string, schema?: string | null, columns: Array<{ __typename?: 'ColumnInfo', name: string, type: string }>, foreignKeys: Array<{ __typename?: 'ForeignKey', columns: Array<string>, referencedTable: string, referencedColumns: Array<string> }> }> } | null };

export type SemanticModel_FieldsFragment = { __typename?: 'SemanticModel', asOf?: string | null, version: number, tables: Array<{ __typename?: 'ModelTable', name: string, label: string, description?: string | null, columns: Array<{ __typename?: 'ModelColumn', name: string, label: string, role: ColumnRole, aggregation?: string | null, description?: string | null, synonyms: Array<string>, values: Array<{ __typename?: 'ValueLabel', value: string, label: string }> }> }>, relationships: Array<{ __typename?: 'Relationship', fromTable: string, fromColumn: string, toTable: string, toColumn: string, inferred: boolean }> } & { ' $fragmentName'?: 'SemanticModel_FieldsFragment' };

export type DataSourceModelQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DataSourceModelQuery = { __typename?: 'Query', dataSource?: { __typename?: 'DataSource', id: string, model: (
      { __typename?: 'SemanticModel' }
      & { ' $fragmentRefs'?: { 'SemanticModel_FieldsFragment': SemanticModel_FieldsFragment } }
    ) } | null };

export type UpdateSemanticModelMutationVariables = Exact<{
  input: UpdateSemanticModelInput;
}>;


export type UpdateSemanticModelMutation = { __typename?: 'Mutation', updateSemanticModel: (
    { __typename?: 'SemanticModel' }
    & { ' $fragmentRefs'?: { 'SemanticModel_FieldsFragment': SemanticModel_FieldsFragment } }
  ) };

export type DataSourceGlossaryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DataSourceGlossaryQuery = { __typename?: 'Query', dataSource?: { __typename?: 'DataSource', id: string, glossary: Array<{ __typename?: 'GlossaryEntry', terms: Array<string>, definition: string, kind: string, expression: string, filter?: string | null, tables: Array<string>, timeColumn?: string | null }> } | null };

export type CreateDataSourceMutationVariables = Exact<{
  input: CreateDataSourceInput;
}>;


export type CreateDataSourceMutation = { __typename?: 'Mutation', createDataSource: { __typename?: 'DataSource', id: string, name: string, kind: DataSourceKind, connection: unknown, createdAt: string } };

export type UpdateDataSourceMutationVariables = Exact<{
  input: UpdateDataSourceInput;
}>;


export type UpdateDataSourceMutation = { __typename?: 'Mutation', updateDataSource: { __typename?: 'DataSource', id: string, name: string, kind: DataSourceKind, connection: unknown, glossary: Array<{ __typename?: 'GlossaryEntry', terms: Array<string>, definition: string, kind: string, expression: string, filter?: string | null, tables: Array<string>, timeColumn?: string | null }> } };

export type DeleteDataSourceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteDataSourceMutation = { __typename?: 'Mutation', deleteDataSource: boolean };

export type TestDataSourceConnectionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TestDataSourceConnectionMutation = { __typename?: 'Mutation', testDataSourceConnection: { __typename?: 'ConnectionTest', ok: boolean, latencyMs?: number | null, error?: { __typename?: 'QueryError', code: string, message: string } | null } };

export type CreateFileUploadMutationVariables = Exact<{
  input: CreateFileUploadInput;
}>;


export type CreateFileUploadMutation = { __typename?: 'Mutation', createFileUpload: { __typename?: 'FileUpload', uploadUrl: string, expiresAt: string, dataSource: { __typename?: 'DataSource', id: string, name: string, kind: DataSourceKind } } };

export type SharedCanvasQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type SharedCanvasQuery = { __typename?: 'Query', sharedCanvas?: { __typename?: 'Canvas', id: string, name: string, lockedFilters?: unknown | null, published: boolean, publication?: { __typename?: 'Publication', id: string, version: number, publishedAt: string, showCode: boolean } | null, blocks: Array<{ __typename?: 'Block', id: string, type: BlockType, content: unknown, position: { __typename?: 'Position', x: number, y: number, w: number, h: number } }> } | null };

export type RunSharedBlockQueryVariables = Exact<{
  token: Scalars['String']['input'];
  blockId: Scalars['ID']['input'];
  filters?: InputMaybe<Scalars['JSON']['input']>;
}>;


export type RunSharedBlockQuery = { __typename?: 'Query', runSharedBlock?: unknown | null };

export type CanvasVersionsQueryVariables = Exact<{
  canvasId: Scalars['ID']['input'];
}>;


export type CanvasVersionsQuery = { __typename?: 'Query', canvasVersions: Array<{ __typename?: 'CanvasVersion', id: string, kind: CanvasVersionKind, name?: string | null, number: number, createdAt: string, createdBy?: { __typename?: 'User', id: string, name: string } | null }> };

export type CanvasVersionPreviewQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CanvasVersionPreviewQuery = { __typename?: 'Query', canvasVersion?: { __typename?: 'CanvasVersion', id: string, number: number, canvasName: string, blocks: Array<{ __typename?: 'Block', id: string, type: BlockType, content: unknown }> } | null };

export type CreateCanvasVersionMutationVariables = Exact<{
  canvasId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
}>;


export type CreateCanvasVersionMutation = { __typename?: 'Mutation', createCanvasVersion: { __typename?: 'CanvasVersion', id: string } };

export type RestoreCanvasVersionMutationVariables = Exact<{
  canvasId: Scalars['ID']['input'];
  versionId: Scalars['ID']['input'];
}>;


export type RestoreCanvasVersionMutation = { __typename?: 'Mutation', restoreCanvasVersion: { __typename?: 'Canvas', id: string, version: number } };

export type ProjectHomeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProjectHomeQuery = { __typename?: 'Query', project?: { __typename?: 'Project', id: string, name: string, createdAt: string, organization: { __typename?: 'Organization', id: string, name: string }, dataSources: Array<(
      { __typename?: 'DataSource' }
      & { ' $fragmentRefs'?: { 'DataSourceTile_DataSourceFragment': DataSourceTile_DataSourceFragment } }
    )> } | null };

export type DataSourceTile_DataSourceFragment = { __typename?: 'DataSource', id: string, name: string, kind: DataSourceKind, createdAt: string } & { ' $fragmentName'?: 'DataSourceTile_DataSourceFragment' };

export type CreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type CreateProjectMutation = { __typename?: 'Mutation', createProject: { __typename?: 'Project', id: string, name: string, organization: { __typename?: 'Organization', id: string, projects: Array<{ __typename?: 'Project', id: string, name: string }> } } };

export type SavedQueryFieldsFragment = { __typename?: 'SavedQuery', id: string, name: string, sql: string, createdAt: string, updatedAt: string, dataSource?: { __typename?: 'DataSource', id: string, name: string, kind: DataSourceKind } | null } & { ' $fragmentName'?: 'SavedQueryFieldsFragment' };

export type SavedQueriesQueryVariables = Exact<{
  projectId: Scalars['ID']['input'];
}>;


export type SavedQueriesQuery = { __typename?: 'Query', savedQueries: Array<(
    { __typename?: 'SavedQuery' }
    & { ' $fragmentRefs'?: { 'SavedQueryFieldsFragment': SavedQueryFieldsFragment } }
  )> };

export type SaveQueryMutationVariables = Exact<{
  input: SaveQueryInput;
}>;


export type SaveQueryMutation = { __typename?: 'Mutation', saveQuery: (
    { __typename?: 'SavedQuery' }
    & { ' $fragmentRefs'?: { 'SavedQueryFieldsFragment': SavedQueryFieldsFragment } }
  ) };

export type DeleteSavedQueryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteSavedQueryMutation = { __typename?: 'Mutation', deleteSavedQuery: boolean };

export type QueryHistoryQueryVariables = Exact<{
  projectId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type QueryHistoryQuery = { __typename?: 'Query', queryHistory: { __typename?: 'QueryRunConnection', edges: Array<{ __typename?: 'QueryRunEdge', cursor: string, node: { __typename?: 'QueryRun', id: string, status: QueryRunStatus, sql: string, rowCount: number, durationMs?: number | null, cached: boolean, createdAt: string, error?: { __typename?: 'QueryError', code: string, message: string } | null, dataSource?: { __typename?: 'DataSource', id: string, name: string } | null } }>, pageInfo: { __typename?: 'QueryPageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type OrganizationPeopleQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrganizationPeopleQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, name: string, members: Array<{ __typename?: 'Membership', email: string, role: Role, status: MembershipStatus, user?: { __typename?: 'User', id: string, name: string } | null }> } | null, me?: { __typename?: 'User', id: string } | null };

export type EmbeddingSecretStatusQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EmbeddingSecretStatusQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, embeddingSecretCreatedAt?: string | null } | null };

export type InviteOrganizationMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type InviteOrganizationMemberMutation = { __typename?: 'Mutation', inviteMember: { __typename?: 'Membership', email: string, role: Role, status: MembershipStatus, inviteUrl?: string | null } };

export type RevokeInvitationMutationVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  email: Scalars['String']['input'];
}>;


export type RevokeInvitationMutation = { __typename?: 'Mutation', revokeInvitation: boolean };

export type SetMemberRoleMutationVariables = Exact<{
  input: SetMemberRoleInput;
}>;


export type SetMemberRoleMutation = { __typename?: 'Mutation', setMemberRole: { __typename?: 'Membership', role: Role, status: MembershipStatus } };

export type RemoveMemberMutationVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
}>;


export type RemoveMemberMutation = { __typename?: 'Mutation', removeMember: boolean };

export type CreateEmbeddingSecretMutationVariables = Exact<{
  organizationId: Scalars['ID']['input'];
}>;


export type CreateEmbeddingSecretMutation = { __typename?: 'Mutation', createEmbeddingSecret: string };

export type CanvasOrganizationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CanvasOrganizationQuery = { __typename?: 'Query', canvas?: { __typename?: 'Canvas', id: string, name: string, project: { __typename?: 'Project', id: string, organization: { __typename?: 'Organization', id: string } } } | null };

export type CanvasPeopleQueryVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  canvasId: Scalars['ID']['input'];
}>;


export type CanvasPeopleQuery = { __typename?: 'Query', canvasPeople: { __typename?: 'CanvasPeople', members: Array<{ __typename?: 'Membership', email: string, role: Role, status: MembershipStatus, user?: { __typename?: 'User', id: string, name: string } | null }>, grants: Array<{ __typename?: 'CanvasGrant', email: string, role: Role, user?: { __typename?: 'User', id: string, name: string } | null }> } };

export type UnshareCanvasMutationVariables = Exact<{
  input: UnshareCanvasInput;
}>;


export type UnshareCanvasMutation = { __typename?: 'Mutation', unshareCanvas: boolean };

export type AcceptInvitationMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type AcceptInvitationMutation = { __typename?: 'Mutation', acceptInvitation: { __typename?: 'Membership', role: Role, organization: { __typename?: 'Organization', id: string, name: string } } };

export type ShareCanvasMutationVariables = Exact<{
  input: ShareCanvasInput;
}>;


export type ShareCanvasMutation = { __typename?: 'Mutation', shareCanvas: boolean };

export type PublicationFieldsFragment = { __typename?: 'Canvas', id: string, publication?: { __typename?: 'Publication', id: string, version: number, publishedAt: string, blockIds: Array<string>, showCode: boolean, note?: string | null, publishedBy?: { __typename?: 'User', id: string, name: string } | null } | null, publicationStatus?: { __typename?: 'PublicationStatus', version: number, publishedAt: string, changesSince: number, changes: Array<{ __typename?: 'PublicationChange', blockId: string, type: BlockType, kind: PublicationChangeKind, title?: string | null }> } | null } & { ' $fragmentName'?: 'PublicationFieldsFragment' };

export type CanvasPublicationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CanvasPublicationQuery = { __typename?: 'Query', canvas?: (
    { __typename?: 'Canvas', id: string }
    & { ' $fragmentRefs'?: { 'PublicationFieldsFragment': PublicationFieldsFragment } }
  ) | null };

export type PublishCanvasMutationVariables = Exact<{
  input: PublishCanvasInput;
}>;


export type PublishCanvasMutation = { __typename?: 'Mutation', publishCanvas: { __typename?: 'Publication', id: string, version: number, publishedAt: string, blockIds: Array<string>, showCode: boolean } };

export type QueryRunFieldsFragment = (
  { __typename?: 'QueryRun', id: string, status: QueryRunStatus, sql: string, rows: Array<Array<unknown | null>>, rowCount: number, truncated: boolean, cached: boolean, durationMs?: number | null, columns: Array<{ __typename?: 'ColumnInfo', name: string, type: string }>, error?: { __typename?: 'QueryError', code: string, message: string, position?: number | null } | null }
  & { ' $fragmentRefs'?: { 'ResultTable_QueryRunFragment': ResultTable_QueryRunFragment } }
) & { ' $fragmentName'?: 'QueryRunFieldsFragment' };

export type DataSourceSchemaQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DataSourceSchemaQuery = { __typename?: 'Query', dataSource?: { __typename?: 'DataSource', id: string, name: string, kind: DataSourceKind, tables: Array<{ __typename?: 'TableInfo', name: string, schema?: string | null, columns: Array<{ __typename?: 'ColumnInfo', name: string, type: string }> }> } | null };

export type ProjectDataSourcesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProjectDataSourcesQuery = { __typename?: 'Query', project?: { __typename?: 'Project', id: string, name: string, dataSources: Array<{ __typename?: 'DataSource', id: string, name: string, kind: DataSourceKind }> } | null };

export type RunQueryMutationVariables = Exact<{
  input: RunQueryInput;
}>;


export type RunQueryMutation = { __typename?: 'Mutation', runQuery: (
    { __typename?: 'QueryRun' }
    & { ' $fragmentRefs'?: { 'QueryRunFieldsFragment': QueryRunFieldsFragment } }
  ) };

export type QueryRunQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type QueryRunQuery = { __typename?: 'Query', queryRun?: (
    { __typename?: 'QueryRun' }
    & { ' $fragmentRefs'?: { 'QueryRunFieldsFragment': QueryRunFieldsFragment } }
  ) | null };

export type CancelQueryRunMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelQueryRunMutation = { __typename?: 'Mutation', cancelQueryRun: (
    { __typename?: 'QueryRun' }
    & { ' $fragmentRefs'?: { 'QueryRunFieldsFragment': QueryRunFieldsFragment } }
  ) };

export type SchemaModelQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SchemaModelQuery = { __typename?: 'Query', dataSource?: { __typename?: 'DataSource', id: string, model: { __typename?: 'SemanticModel', version: number, tables: Array<{ __typename?: 'ModelTable', name: string, label: string, columns: Array<{ __typename?: 'ModelColumn', name: string, label: string, role: ColumnRole }> }> } } | null };

export type ExportQueryRunMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  format: ExportFormat;
}>;


export type ExportQueryRunMutation = { __typename?: 'Mutation', exportQueryRun: { __typename?: 'ExportLink', url: string, expiresAt: string } };

export type QueryRunSourceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type QueryRunSourceQuery = { __typename?: 'Query', queryRun?: { __typename?: 'QueryRun', id: string, sql: string, dataSource?: { __typename?: 'DataSource', id: string } | null } | null };

export type ResultTable_QueryRunFragment = { __typename?: 'QueryRun', rows: Array<Array<unknown | null>>, rowCount: number, truncated: boolean, cached: boolean, durationMs?: number | null, columns: Array<{ __typename?: 'ColumnInfo', name: string, type: string }> } & { ' $fragmentName'?: 'ResultTable_QueryRunFragment' };

export type InviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type InviteMemberMutation = { __typename?: 'Mutation', inviteMember: { __typename?: 'Membership', role: Role, status: MembershipStatus, email: string } };

export type ShareLinkFieldsFragment = { __typename?: 'ShareLink', id: string, url: string, token: string, expiresAt?: string | null, lockedFilters?: unknown | null, allowedOrigins: Array<string>, createdAt: string, revokedAt?: string | null } & { ' $fragmentName'?: 'ShareLinkFieldsFragment' };

export type ShareLinksQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ShareLinksQuery = { __typename?: 'Query', canvas?: { __typename?: 'Canvas', id: string, name: string, canEdit: boolean, published: boolean, publication?: { __typename?: 'Publication', id: string, blockIds: Array<string> } | null, blocks: Array<{ __typename?: 'Block', id: string, type: BlockType, content: unknown }>, shareLinks?: Array<(
      { __typename?: 'ShareLink' }
      & { ' $fragmentRefs'?: { 'ShareLinkFieldsFragment': ShareLinkFieldsFragment } }
    )> | null } | null };

export type CreateShareLinkMutationVariables = Exact<{
  input: CreateShareLinkInput;
}>;


export type CreateShareLinkMutation = { __typename?: 'Mutation', createShareLink: (
    { __typename?: 'ShareLink' }
    & { ' $fragmentRefs'?: { 'ShareLinkFieldsFragment': ShareLinkFieldsFragment } }
  ) };

export type RevokeShareLinkMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeShareLinkMutation = { __typename?: 'Mutation', revokeShareLink: boolean };

export type UsageQueryVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
}>;


export type UsageQuery = { __typename?: 'Query', usage: Array<{ __typename?: 'UsageDay', day: string, queries: number, errors: number, cacheHits: number, p95DurationMs: number }> };

export type AiUsageQueryVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
}>;


export type AiUsageQuery = { __typename?: 'Query', aiUsage: Array<{ __typename?: 'AiUsageDay', day: string, answered: number, accepted: number, edited: number, rejected: number }> };

export type SessionFieldsFragment = { __typename?: 'AuthPayload', accessToken: string, refreshToken: string, accessTokenExpiresAt: string, user: { __typename?: 'User', id: string, name: string, email: string } } & { ' $fragmentName'?: 'SessionFieldsFragment' };

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: Scalars['String']['input'];
}>;


export type RefreshSessionMutation = { __typename?: 'Mutation', refreshSession: (
    { __typename?: 'AuthPayload' }
    & { ' $fragmentRefs'?: { 'SessionFieldsFragment': SessionFieldsFragment } }
  ) };

export type LogOutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogOutMutation = { __typename?: 'Mutation', logOut: boolean };

export const DataSourceListItem_DataSourceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataSourceListItem_DataSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<DataSourceListItem_DataSourceFragment, unknown>;
export const SemanticModel_FieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SemanticModel_Fields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SemanticModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"synonyms"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromTable"}},{"kind":"Field","name":{"kind":"Name","value":"fromColumn"}},{"kind":"Field","name":{"kind":"Name","value":"toTable"}},{"kind":"Field","name":{"kind":"Name","value":"toColumn"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}}]}}]}}]} as unknown as DocumentNode<SemanticModel_FieldsFragment, unknown>;
export const DataSourceTile_DataSourceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataSourceTile_DataSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<DataSourceTile_DataSourceFragment, unknown>;
export const SavedQueryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedQueryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedQuery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sql"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dataSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<SavedQueryFieldsFragment, unknown>;
export const PublicationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Canvas"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"blockIds"}},{"kind":"Field","name":{"kind":"Name","value":"showCode"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"publicationStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changesSince"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"blockId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<PublicationFieldsFragment, unknown>;
export const ResultTable_QueryRunFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResultTable_QueryRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueryRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"cached"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}}]}}]} as unknown as DocumentNode<ResultTable_QueryRunFragment, unknown>;
export const QueryRunFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueryRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueryRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sql"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"cached"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResultTable_QueryRun"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResultTable_QueryRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueryRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"cached"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}}]}}]} as unknown as DocumentNode<QueryRunFieldsFragment, unknown>;
export const ShareLinkFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShareLinkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShareLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lockedFilters"}},{"kind":"Field","name":{"kind":"Name","value":"allowedOrigins"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ShareLinkFieldsFragment, unknown>;
export const SessionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<SessionFieldsFragment, unknown>;
export const GenerateSqlDocument = {"__meta__":{"hash":"dbcbcca5f35b71d3b0274582db686017003a066ae97259b7085cabca92f8d137"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateSql"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GenerateSqlInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateSql"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sql"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"engine"}},{"kind":"Field","name":{"kind":"Name","value":"chart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}}]}}]}}]}}]} as unknown as DocumentNode<GenerateSqlMutation, GenerateSqlMutationVariables>;
export const RecordSuggestionOutcomeDocument = {"__meta__":{"hash":"639ff5c97ee38332c6e27a7ad55f9723972220cf14e50d4d3654acacf2878cc7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSuggestionOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SuggestionOutcome"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"finalSql"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSuggestionOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}},{"kind":"Argument","name":{"kind":"Name","value":"finalSql"},"value":{"kind":"Variable","name":{"kind":"Name","value":"finalSql"}}}]}]}}]} as unknown as DocumentNode<RecordSuggestionOutcomeMutation, RecordSuggestionOutcomeMutationVariables>;
export const RequestSignUpDocument = {"__meta__":{"hash":"154d9f08fc68cc8d3cd9e45ea40640fdcb95df209b5da7c8e779ab0b2fbf75dd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestSignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestSignUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<RequestSignUpMutation, RequestSignUpMutationVariables>;
export const CompleteSignUpDocument = {"__meta__":{"hash":"b5e3cdb9a3508a8e92650e6fd3bfcfd232e5217da9e9ea2be8049739bc2beb88"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteSignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeSignUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<CompleteSignUpMutation, CompleteSignUpMutationVariables>;
export const LogInDocument = {"__meta__":{"hash":"ba484e453b6941e5dffa9a09e9b7170f76f5635975a7bb5441864021b728f66e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<LogInMutation, LogInMutationVariables>;
export const MeDocument = {"__meta__":{"hash":"6907d81be45c8496f9a785a986a137eb70457662767fc48012f27aa6bfd3c593"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const ProjectCanvasesDocument = {"__meta__":{"hash":"5a3625e68d7f8940e0e3de5f392402699f296c713de778375260f7cb75adb2ee"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectCanvases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"canvases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"canvasTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<ProjectCanvasesQuery, ProjectCanvasesQueryVariables>;
export const CreateCanvasDocument = {"__meta__":{"hash":"ba119f18e91c3d9829a7742617e555f03e0061186b8d19dee81dcd9dcf8b3251"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCanvas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCanvasInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCanvas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateCanvasMutation, CreateCanvasMutationVariables>;
export const CanvasHeaderDocument = {"__meta__":{"hash":"708d3ed6e42939085c6168e77eec672d9591580594a1247c19caf633083fba2b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanvasHeader"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canvas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"blocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}},{"kind":"Field","name":{"kind":"Name","value":"w"}},{"kind":"Field","name":{"kind":"Name","value":"h"}}]}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CanvasHeaderQuery, CanvasHeaderQueryVariables>;
export const RenameCanvasDocument = {"__meta__":{"hash":"05c500d04f6351aa923552aeeac0926c4fb9e99da0a9ea1f48256f77efbe47bc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenameCanvas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameCanvas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RenameCanvasMutation, RenameCanvasMutationVariables>;
export const CanvasCommentsDocument = {"__meta__":{"hash":"cef2656e5f409b931cfdab31dcb8237e5f824d8e0954e41b73bdb3cf765ab708"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanvasComments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canvasId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"canvasId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canvasId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"blockId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CanvasCommentsQuery, CanvasCommentsQueryVariables>;
export const AddCommentDocument = {"__meta__":{"hash":"1d99b30700b6564fd826a1e7cdb8cf47e8cc40ec723353d8a087b0525261be2f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"blockId"}}]}}]}}]} as unknown as DocumentNode<AddCommentMutation, AddCommentMutationVariables>;
export const ResolveCommentDocument = {"__meta__":{"hash":"4e67fa4a253d8c61dca98d0f6e97cb2be8d6972d067f781a040098c390534f1a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}}]}}]}}]} as unknown as DocumentNode<ResolveCommentMutation, ResolveCommentMutationVariables>;
export const CommentAddedDocument = {"__meta__":{"hash":"041b8a71b972ee97e5cbea93842abbf576cdb2cb6c10cdc227f3bd946ea5a017"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CommentAdded"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canvasId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commentAdded"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"canvasId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canvasId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CommentAddedSubscription, CommentAddedSubscriptionVariables>;
export const MentionCandidatesDocument = {"__meta__":{"hash":"c2c130346aa802b16ef59285cca2a090403c0efc9c3ed21cbc5d14f1f54b4bd0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MentionCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canvasId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canvas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canvasId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MentionCandidatesQuery, MentionCandidatesQueryVariables>;
export const DataSourcesDocument = {"__meta__":{"hash":"51f2f4a613cdbdc9dceadbe4212ba15cd79bcae364146b899e4a4667f1a53366"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DataSources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dataSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DataSourceListItem_DataSource"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataSourceListItem_DataSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<DataSourcesQuery, DataSourcesQueryVariables>;
export const DataSourceDetailDocument = {"__meta__":{"hash":"4885b473ba2df06cc4a246143189b45cbbd22cf35a638a593411315f365564a8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DataSourceDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"connection"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DataSourceDetailQuery, DataSourceDetailQueryVariables>;
export const DataSourceTablesDocument = {"__meta__":{"hash":"65ce35f8369e17b6e36477b56ac28596a44fb74196691c242765c78a3bde2fb0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DataSourceTables"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refresh"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tables"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refresh"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refresh"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"schema"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"foreignKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"referencedTable"}},{"kind":"Field","name":{"kind":"Name","value":"referencedColumns"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DataSourceTablesQuery, DataSourceTablesQueryVariables>;
export const DataSourceModelDocument = {"__meta__":{"hash":"67ebcf87569da4f7a679357ac609e08aa918661ef3b72a32a8b0f32bf5b60eea"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DataSourceModel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SemanticModel_Fields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SemanticModel_Fields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SemanticModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"synonyms"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromTable"}},{"kind":"Field","name":{"kind":"Name","value":"fromColumn"}},{"kind":"Field","name":{"kind":"Name","value":"toTable"}},{"kind":"Field","name":{"kind":"Name","value":"toColumn"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}}]}}]}}]} as unknown as DocumentNode<DataSourceModelQuery, DataSourceModelQueryVariables>;
export const UpdateSemanticModelDocument = {"__meta__":{"hash":"26206a2cae8d8c60bc28bea623828d8859f055423cbbc63b0b35fa2fb0ffccdd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSemanticModel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSemanticModelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSemanticModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SemanticModel_Fields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SemanticModel_Fields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SemanticModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"synonyms"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromTable"}},{"kind":"Field","name":{"kind":"Name","value":"fromColumn"}},{"kind":"Field","name":{"kind":"Name","value":"toTable"}},{"kind":"Field","name":{"kind":"Name","value":"toColumn"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}}]}}]}}]} as unknown as DocumentNode<UpdateSemanticModelMutation, UpdateSemanticModelMutationVariables>;
export const DataSourceGlossaryDocument = {"__meta__":{"hash":"33abe9ea8e200af87a7a47172165b9f36bd6cfbb48f563c3877d427671287cd0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DataSourceGlossary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"glossary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terms"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"expression"}},{"kind":"Field","name":{"kind":"Name","value":"filter"}},{"kind":"Field","name":{"kind":"Name","value":"tables"}},{"kind":"Field","name":{"kind":"Name","value":"timeColumn"}}]}}]}}]}}]} as unknown as DocumentNode<DataSourceGlossaryQuery, DataSourceGlossaryQueryVariables>;
export const CreateDataSourceDocument = {"__meta__":{"hash":"59dd1dcdd62f9f0dd3006c2f06a865e7ed5e7c5dc6173e8baea3fb52a91b17a6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDataSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDataSourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDataSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"connection"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CreateDataSourceMutation, CreateDataSourceMutationVariables>;
export const UpdateDataSourceDocument = {"__meta__":{"hash":"a38001f5a52c7ebb0aa2be2f82cee164b1a31c29e2b5d1a6bf379c765902ab97"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDataSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDataSourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDataSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"connection"}},{"kind":"Field","name":{"kind":"Name","value":"glossary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terms"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"expression"}},{"kind":"Field","name":{"kind":"Name","value":"filter"}},{"kind":"Field","name":{"kind":"Name","value":"tables"}},{"kind":"Field","name":{"kind":"Name","value":"timeColumn"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateDataSourceMutation, UpdateDataSourceMutationVariables>;
export const DeleteDataSourceDocument = {"__meta__":{"hash":"9477936df352a41cebd4450d7a8ab770c259440ec8199b3a9bb2951dbdcd5414"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteDataSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDataSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteDataSourceMutation, DeleteDataSourceMutationVariables>;
export const TestDataSourceConnectionDocument = {"__meta__":{"hash":"295cf920f615701b25e7c44cde7b75e06e7fb3b0e92551ad9b97abc5baa32e15"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestDataSourceConnection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testDataSourceConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TestDataSourceConnectionMutation, TestDataSourceConnectionMutationVariables>;
export const CreateFileUploadDocument = {"__meta__":{"hash":"deeb6e50ba50374a9ba9ece379913d4e048165b319856ce36030fab3d3cfddfc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFileUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFileUploadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFileUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"dataSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<CreateFileUploadMutation, CreateFileUploadMutationVariables>;
export const SharedCanvasDocument = {"__meta__":{"hash":"d882a6ead649ba38f5760163ea57f126f23b6ccb85ac0f0e4b8a55f336cfdf6a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SharedCanvas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sharedCanvas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lockedFilters"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"publication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"showCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"blocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}},{"kind":"Field","name":{"kind":"Name","value":"w"}},{"kind":"Field","name":{"kind":"Name","value":"h"}}]}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]}}]} as unknown as DocumentNode<SharedCanvasQuery, SharedCanvasQueryVariables>;
export const RunSharedBlockDocument = {"__meta__":{"hash":"061a0b91af89cdcf40a8c911b759c6f42f3a3829ef949dd97364f155a7284d6a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RunSharedBlock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"blockId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filters"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JSON"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runSharedBlock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"blockId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"blockId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filters"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filters"}}}]}]}}]} as unknown as DocumentNode<RunSharedBlockQuery, RunSharedBlockQueryVariables>;
export const CanvasVersionsDocument = {"__meta__":{"hash":"e2953851df083b4de90e53669b85011f718084ed91b71cdf58829d4dfa162c6e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanvasVersions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canvasId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canvasVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"canvasId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canvasId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CanvasVersionsQuery, CanvasVersionsQueryVariables>;
export const CanvasVersionPreviewDocument = {"__meta__":{"hash":"9571a1826377dc00bc8f16e3afa22d336fad9d010ae123ca3111792ecf7e147e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanvasVersionPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canvasVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"canvasName"}},{"kind":"Field","name":{"kind":"Name","value":"blocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]}}]} as unknown as DocumentNode<CanvasVersionPreviewQuery, CanvasVersionPreviewQueryVariables>;
export const CreateCanvasVersionDocument = {"__meta__":{"hash":"22e188869ff11fd6397e9b8766be7daf7e1a62aeca1f24f1ab35d3f6aa726880"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCanvasVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canvasId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCanvasVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"canvasId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canvasId"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateCanvasVersionMutation, CreateCanvasVersionMutationVariables>;
export const RestoreCanvasVersionDocument = {"__meta__":{"hash":"ba81cdbc359fc3164d36009913fc113a0a7f1294a574271edc1082904ffb8d68"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreCanvasVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canvasId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreCanvasVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"canvasId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canvasId"}}},{"kind":"Argument","name":{"kind":"Name","value":"versionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RestoreCanvasVersionMutation, RestoreCanvasVersionMutationVariables>;
export const ProjectHomeDocument = {"__meta__":{"hash":"35f932daea8053ca5fd615e9f7006104fdfbb31ab79980c5804345aebba23c33"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectHome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DataSourceTile_DataSource"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataSourceTile_DataSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ProjectHomeQuery, ProjectHomeQueryVariables>;
export const CreateProjectDocument = {"__meta__":{"hash":"60873f1b709a800d5155e92c831c8e4d39db8d6182307e843d6515938df40df3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateProjectMutation, CreateProjectMutationVariables>;
export const SavedQueriesDocument = {"__meta__":{"hash":"63c92d9f68e44647bdfbe7019f2eed3abe1da0833eabed8e23c6a76272e5e68c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SavedQueries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savedQueries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedQueryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedQueryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedQuery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sql"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dataSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<SavedQueriesQuery, SavedQueriesQueryVariables>;
export const SaveQueryDocument = {"__meta__":{"hash":"30059c9453e2c033d601cd929aa75f24a95063cdfadd436a4fd81bd059511b30"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveQueryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedQueryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedQueryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedQuery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sql"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dataSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<SaveQueryMutation, SaveQueryMutationVariables>;
export const DeleteSavedQueryDocument = {"__meta__":{"hash":"bfefa858c1050e37a1bb7a0361f31c74771f705a5f5b471b38cb601dbabee177"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSavedQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSavedQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteSavedQueryMutation, DeleteSavedQueryMutationVariables>;
export const QueryHistoryDocument = {"__meta__":{"hash":"aef330e6648ffe1392fab2e2757fba702cc77ee0b83c3437b99ad557897977ad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueryHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queryHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sql"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"cached"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<QueryHistoryQuery, QueryHistoryQueryVariables>;
export const OrganizationPeopleDocument = {"__meta__":{"hash":"f41fca5709106da560491e8a5232ddebe132e2c0dc4ad41028557602ade6016d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OrganizationPeopleQuery, OrganizationPeopleQueryVariables>;
export const EmbeddingSecretStatusDocument = {"__meta__":{"hash":"b561fc59a220a383103de350b87b5ca39cc8712e9e3ac5101cf54b021e819c1b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmbeddingSecretStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"embeddingSecretCreatedAt"}}]}}]}}]} as unknown as DocumentNode<EmbeddingSecretStatusQuery, EmbeddingSecretStatusQueryVariables>;
export const InviteOrganizationMemberDocument = {"__meta__":{"hash":"d28987284475626f441b79ba48bc749e0478ceb34229a5554658535f323bf141"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteOrganizationMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"inviteUrl"}}]}}]}}]} as unknown as DocumentNode<InviteOrganizationMemberMutation, InviteOrganizationMemberMutationVariables>;
export const RevokeInvitationDocument = {"__meta__":{"hash":"b86e5b5b3ca8736e04a2771fe060f1d8ec3f9f80c69dad9bb607623c32fe03a1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}]}}]} as unknown as DocumentNode<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const SetMemberRoleDocument = {"__meta__":{"hash":"2ed9eb636593be859e3c5c619d458a4864f908dfa0f29b887760ee782bac94bb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMemberRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMemberRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMemberRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SetMemberRoleMutation, SetMemberRoleMutationVariables>;
export const RemoveMemberDocument = {"__meta__":{"hash":"778a2c9ba7e493ebd9ff352bc38e0cc7bb2cf8274bb868274a8e1ed755d8084d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}]}]}}]} as unknown as DocumentNode<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const CreateEmbeddingSecretDocument = {"__meta__":{"hash":"489f8beca6bb838b1253feb549c26488c368aeae2cd9e99806cdc835cc4a49d7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEmbeddingSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEmbeddingSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}]}]}}]} as unknown as DocumentNode<CreateEmbeddingSecretMutation, CreateEmbeddingSecretMutationVariables>;
export const CanvasOrganizationDocument = {"__meta__":{"hash":"d738ac208d40a6a073e48d617a7cabf191583920d3d287665ef38b6e21826607"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanvasOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canvas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CanvasOrganizationQuery, CanvasOrganizationQueryVariables>;
export const CanvasPeopleDocument = {"__meta__":{"hash":"b6deb7a6fdb426571b100c9173359fe494d04218635a8d935b240ddc105f8d29"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanvasPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canvasId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canvasPeople"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"canvasId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canvasId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CanvasPeopleQuery, CanvasPeopleQueryVariables>;
export const UnshareCanvasDocument = {"__meta__":{"hash":"42e1f3770bdb70647a7408e6642880d7a201685dfb8f0aa545aeabfc38b05d7a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnshareCanvas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnshareCanvasInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unshareCanvas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<UnshareCanvasMutation, UnshareCanvasMutationVariables>;
export const AcceptInvitationDocument = {"__meta__":{"hash":"4576ad08305abf86dd661d1c39e835fec2f59ab23ef3b8e986828201f5278a51"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const ShareCanvasDocument = {"__meta__":{"hash":"120757e549691ba08ae4ce41ba9c0a76be516896adcd0d882ad70153e4a22be1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShareCanvas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShareCanvasInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shareCanvas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ShareCanvasMutation, ShareCanvasMutationVariables>;
export const CanvasPublicationDocument = {"__meta__":{"hash":"e753d02ec7c12edf528c8b73b850ec25b627afe01c7efde25041207ee7d93a11"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanvasPublication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canvas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Canvas"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"blockIds"}},{"kind":"Field","name":{"kind":"Name","value":"showCode"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"publicationStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changesSince"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"blockId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<CanvasPublicationQuery, CanvasPublicationQueryVariables>;
export const PublishCanvasDocument = {"__meta__":{"hash":"e6f39551d7e11e44750c4d9df06fff4b17bff1587e6d8c9da849a18dafb26462"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishCanvas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishCanvasInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishCanvas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"blockIds"}},{"kind":"Field","name":{"kind":"Name","value":"showCode"}}]}}]}}]} as unknown as DocumentNode<PublishCanvasMutation, PublishCanvasMutationVariables>;
export const DataSourceSchemaDocument = {"__meta__":{"hash":"bf7613fb3d5c91143ce95b6c0eaf756e4a39446ef7c9f37b8c4f8bdc7cbe8f2b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DataSourceSchema"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"tables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"schema"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DataSourceSchemaQuery, DataSourceSchemaQueryVariables>;
export const ProjectDataSourcesDocument = {"__meta__":{"hash":"e4a62bc7bc8292548f7320acff8ccb52c36bbc306bcca2505a426e3184c4139b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectDataSources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dataSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<ProjectDataSourcesQuery, ProjectDataSourcesQueryVariables>;
export const RunQueryDocument = {"__meta__":{"hash":"9e371c209ad19e79ca4031bb1b5595013007ddba7caf36d27804c0471a28a4a5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RunQueryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueryRunFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResultTable_QueryRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueryRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"cached"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueryRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueryRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sql"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"cached"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResultTable_QueryRun"}}]}}]} as unknown as DocumentNode<RunQueryMutation, RunQueryMutationVariables>;
export const QueryRunDocument = {"__meta__":{"hash":"73493f0b0ec0b7abf67ce20dc64c7a6bcc6f7d390335c8524806b10f7d3562c2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueryRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queryRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueryRunFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResultTable_QueryRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueryRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"cached"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueryRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueryRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sql"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"cached"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResultTable_QueryRun"}}]}}]} as unknown as DocumentNode<QueryRunQuery, QueryRunQueryVariables>;
export const CancelQueryRunDocument = {"__meta__":{"hash":"d6e89506da54badfa3d668fe109a86f3e8cf9276917f0d63ceb3641ef8836dd5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelQueryRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelQueryRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueryRunFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResultTable_QueryRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueryRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"cached"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueryRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueryRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sql"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"cached"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResultTable_QueryRun"}}]}}]} as unknown as DocumentNode<CancelQueryRunMutation, CancelQueryRunMutationVariables>;
export const SchemaModelDocument = {"__meta__":{"hash":"8149530eba7a17e422081ccef15b9d69e7eaad42fba68b15513fe3ac9239e4f8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchemaModel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SchemaModelQuery, SchemaModelQueryVariables>;
export const ExportQueryRunDocument = {"__meta__":{"hash":"7e19a7fb150183061c05cb6f63781052c3efd77a4c9912cffca919a38594a2e7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportQueryRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportQueryRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<ExportQueryRunMutation, ExportQueryRunMutationVariables>;
export const QueryRunSourceDocument = {"__meta__":{"hash":"d64d4693d5aadd5a4d2b18264c486218f0cad7d95e6ce3389f33156fa2741d9d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueryRunSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queryRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sql"}},{"kind":"Field","name":{"kind":"Name","value":"dataSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<QueryRunSourceQuery, QueryRunSourceQueryVariables>;
export const InviteMemberDocument = {"__meta__":{"hash":"c5eecf8d9bc60491f58ca36decd4e1042bb65ce18f0303937618506a52b40da8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<InviteMemberMutation, InviteMemberMutationVariables>;
export const ShareLinksDocument = {"__meta__":{"hash":"8f03ea36eb13f4afc638ce73a9b06bd633b9916f13a4d7522fd44f178abd6cef"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShareLinks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canvas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"publication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"blockIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"blocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shareLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShareLinkFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShareLinkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShareLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lockedFilters"}},{"kind":"Field","name":{"kind":"Name","value":"allowedOrigins"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ShareLinksQuery, ShareLinksQueryVariables>;
export const CreateShareLinkDocument = {"__meta__":{"hash":"6d0732b686c3798cef8c8f540873e096fe15ede101ceca30f43bc9e63f990196"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateShareLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateShareLinkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createShareLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShareLinkFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShareLinkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShareLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lockedFilters"}},{"kind":"Field","name":{"kind":"Name","value":"allowedOrigins"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<CreateShareLinkMutation, CreateShareLinkMutationVariables>;
export const RevokeShareLinkDocument = {"__meta__":{"hash":"ebc39fb23bc2c0b4b21e8836f772294308805326b74e8b011dce42376a454daa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeShareLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeShareLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RevokeShareLinkMutation, RevokeShareLinkMutationVariables>;
export const UsageDocument = {"__meta__":{"hash":"ee30702771b32ca109cc742561dd96f97246784d363f86938a2ad90499288506"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Usage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"queries"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}},{"kind":"Field","name":{"kind":"Name","value":"cacheHits"}},{"kind":"Field","name":{"kind":"Name","value":"p95DurationMs"}}]}}]}}]} as unknown as DocumentNode<UsageQuery, UsageQueryVariables>;
export const AiUsageDocument = {"__meta__":{"hash":"7c8c6d769e150d4dd60f0a19b33fb543ce725f57a13d0837ebdc6b21dadb8dfc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AiUsage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aiUsage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"edited"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}}]}}]}}]} as unknown as DocumentNode<AiUsageQuery, AiUsageQueryVariables>;
export const RefreshSessionDocument = {"__meta__":{"hash":"499eb1299f4f996243cb8567a4db4d9440428658cf58f5f97379e505b53262ef"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const LogOutDocument = {"__meta__":{"hash":"0b6e62ffaa90081b102c4c41011f06f64be899efbe92bd33767bc7ac725ce107"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logOut"}}]}}]} as unknown as DocumentNode<LogOutMutation, LogOutMutationVariables>;