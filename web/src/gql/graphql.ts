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
  /** A chart's data point the thread is about (first comments only). */
  anchor?: InputMaybe<CommentAnchorInput>;
  /** A member asked to act on the comment; notified with kind ASSIGNMENT. */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
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

export type Alert = {
  __typename?: 'Alert';
  blockId: Scalars['ID']['output'];
  canvasId: Scalars['ID']['output'];
  checkedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  cron: Scalars['String']['output'];
  deliveries: Array<Delivery>;
  destinations: Array<Destination>;
  id: Scalars['ID']['output'];
  lastDelivery?: Maybe<Delivery>;
  /** The metric's value at the last check. */
  lastValue?: Maybe<Scalars['Float']['output']>;
  nextRunAt?: Maybe<Scalars['DateTime']['output']>;
  op: Scalars['String']['output'];
  paused: Scalars['Boolean']['output'];
  timezone: Scalars['String']['output'];
  /** Whether the condition held at the last check (no new delivery until it stops holding). */
  triggered: Scalars['Boolean']['output'];
  value: Scalars['Float']['output'];
};


export type AlertDeliveriesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
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

export type AskCanvasInput = {
  canvasId: Scalars['ID']['input'];
  /** A follow-up in this conversation (or the answer to its clarification). Omit to start one. */
  conversationId?: InputMaybe<Scalars['ID']['input']>;
  /** A data source of the canvas's project. */
  dataSourceId: Scalars['ID']['input'];
  /** The question, at most 2000 characters; "as a bar chart", "as a donut", "stacked bar of …" pick the chart (any of the canvas's chart types), "and summarize it" adds a text block. */
  prompt: Scalars['String']['input'];
};

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

/** A canvas block (owned by the canvases subgraph; askCanvas returns the ones it added). */
export type Block = {
  __typename?: 'Block';
  content: Scalars['JSON']['output'];
  id: Scalars['ID']['output'];
  position: Position;
  type: BlockType;
};

/** Comments of one block for the caller. */
export type BlockCommentStats = {
  __typename?: 'BlockCommentStats';
  /** null for comments on the canvas itself. */
  blockId?: Maybe<Scalars['ID']['output']>;
  /** Comments (replies included, deleted ones not) in unresolved threads. */
  openCount: Scalars['Int']['output'];
  /** Comments by others since the caller last read this block's comments. */
  unreadCount: Scalars['Int']['output'];
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
  /**
   * What happened on this canvas, newest first: blocks added, edited (one entry per person and
   * block per burst of edits: 5 minutes), removed and restored; versions saved and restored;
   * publications. VIEWER and above; not through share links. `first` 1 to 100; `after` is a
   * previous page's `endCursor`.
   */
  activity: CanvasActivityPage;
  blocks: Array<Block>;
  /** Whether the caller may change this canvas (false for VIEWERs and share links). */
  canEdit: Scalars['Boolean']['output'];
  /** Comments on the canvas that are not deleted. */
  commentCount?: Maybe<Scalars['Int']['output']>;
  /** Per block: open comments and those the caller has not read (see Query.commentStats). */
  commentStats?: Maybe<Array<BlockCommentStats>>;
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


export type CanvasActivityArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

export type CanvasActivity = {
  __typename?: 'CanvasActivity';
  /** Null for changes made with an API key. */
  actor?: Maybe<User>;
  /** When it happened (for coalesced edits: the last one). */
  at: Scalars['DateTime']['output'];
  blockId?: Maybe<Scalars['ID']['output']>;
  /** The block's title (or name) at the time. */
  blockTitle?: Maybe<Scalars['String']['output']>;
  /** How many edits this entry stands for (1 for everything but BLOCK_EDITED). */
  count: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: CanvasActivityKind;
  /** The version number of VERSION_* and BLOCK_RESTORED, the publication number of PUBLISHED. */
  version?: Maybe<Scalars['Int']['output']>;
  /** A saved version's name. */
  versionName?: Maybe<Scalars['String']['output']>;
};

export type CanvasActivityKind =
  | 'BLOCK_ADDED'
  | 'BLOCK_EDITED'
  | 'BLOCK_REMOVED'
  /** One block brought back from a version (restoreCanvasBlock). */
  | 'BLOCK_RESTORED'
  | 'PUBLISHED'
  /** A whole version restored. */
  | 'VERSION_RESTORED'
  /** A named version saved. */
  | 'VERSION_SAVED';

export type CanvasActivityPage = {
  __typename?: 'CanvasActivityPage';
  /** Pass as `after` for the next page; null on the last page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  items: Array<CanvasActivity>;
};

export type CanvasAnswer = {
  __typename?: 'CanvasAnswer';
  /** The blocks added to the canvas (none when it asks back or has no answer). */
  blocks: Array<Block>;
  /** Set (and nothing added) when a term cannot be grounded. */
  clarification?: Maybe<Clarification>;
  /** Pass it with the next question to follow up, or to answer the clarification. */
  conversationId: Scalars['ID']['output'];
  /** What was added and what the SQL computes, or why nothing was added. */
  explanation: Scalars['String']['output'];
};

/** One canvas's links and embeds in an organization's embed usage. */
export type CanvasEmbedUsage = {
  __typename?: 'CanvasEmbedUsage';
  blocksRun: Scalars['Int']['output'];
  /** Null when the canvas no longer exists. */
  canvas?: Maybe<Canvas>;
  canvasId: Scalars['ID']['output'];
  lastSeenAt: Scalars['DateTime']['output'];
  /** Viewers of this canvas, most active first (at most 50). */
  viewers: Array<EmbedViewerUsage>;
  views: Scalars['Int']['output'];
};

export type CanvasExportFormat =
  | 'PDF'
  | 'PNG';

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
  /** A canvas chart type (bar, groupedBar, stackedBar, horizontalBar, line, area, stackedArea, scatter, bubble, pie, donut, histogram, heatmap, boxPlot, funnel, combo, bigNumber, pivot) or table. */
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
  /** Per option, the coded value it reads the term as (null for the others): saving it as that value's label in the semantic model (updateSemanticModel) grounds the term from then on. */
  readings?: Maybe<Array<Maybe<ClarificationReading>>>;
  /** The word that could not be grounded, e.g. churned. */
  term: Scalars['String']['output'];
};

/** One option of a clarification as a coded value of the source. */
export type ClarificationReading = {
  __typename?: 'ClarificationReading';
  column: Scalars['String']['output'];
  table: Scalars['String']['output'];
  value: Scalars['String']['output'];
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
  /** The chart data point the comment is about, if any. */
  anchor?: Maybe<CommentAnchor>;
  /** The member the comment is assigned to, if any. */
  assignee?: Maybe<User>;
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

/** A chart's data point a comment is about. */
export type CommentAnchor = {
  __typename?: 'CommentAnchor';
  field: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type CommentAnchorInput = {
  /** The field (column) of the data point, at most 200 characters. */
  field: Scalars['String']['input'];
  /** Its value as text, at most 500 characters. */
  value: Scalars['String']['input'];
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

/** On a METRIC block's value; `op`: > >= < <= = !=. Checked on `cron`, read in `timezone` (IANA, default UTC); delivers `alert.triggered` only when the condition starts to hold. */
export type CreateAlertInput = {
  blockId: Scalars['ID']['input'];
  canvasId: Scalars['ID']['input'];
  cron: Scalars['String']['input'];
  destinations: Array<DestinationInput>;
  op: Scalars['String']['input'];
  /** IANA time zone the cron is read in, like a schedule's. */
  timezone?: InputMaybe<Scalars['String']['input']>;
  value: Scalars['Float']['input'];
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

/** `cron`: 5 fields (minute hour day month weekday) read in `timezone` (IANA, e.g. Europe/Paris). At most 10 destinations. The canvas must be published: the latest publication is delivered. */
export type CreateScheduleInput = {
  canvasId: Scalars['ID']['input'];
  cron: Scalars['String']['input'];
  destinations: Array<DestinationInput>;
  format?: InputMaybe<CanvasExportFormat>;
  timezone?: InputMaybe<Scalars['String']['input']>;
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
  /** How long a run may take, in seconds: the default and the most RunQueryInput.timeoutSeconds may ask for. */
  runTimeLimit: RunTimeLimit;
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

/** One run of a schedule or one triggered alert, to all of its destinations. FAILED when a destination failed after every retry (or the canvas could not be rendered); `error` says why. */
export type Delivery = {
  __typename?: 'Delivery';
  alertId?: Maybe<Scalars['ID']['output']>;
  attempts: Scalars['Int']['output'];
  canvasId: Scalars['ID']['output'];
  canvasName: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  error?: Maybe<Scalars['String']['output']>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  scheduleId?: Maybe<Scalars['ID']['output']>;
  status: DeliveryStatus;
  /** One line: what was delivered (alerts: the metric, its value, the condition). */
  summary?: Maybe<Scalars['String']['output']>;
  targets: Array<DeliveryTarget>;
  /** CRON or MANUAL (run now) */
  trigger: Scalars['String']['output'];
  /** schedule.delivered or alert.triggered */
  type: Scalars['String']['output'];
  /** An alert's metric value. */
  value?: Maybe<Scalars['Float']['output']>;
  /** An alert's metric value in the METRIC block's number format, as the canvas shows it (e.g. 12.3%, $4.56M). */
  valueText?: Maybe<Scalars['String']['output']>;
};

export type DeliveryStatus =
  | 'FAILED'
  | 'PENDING'
  | 'SENT';

/** One destination of a delivery. */
export type DeliveryTarget = {
  __typename?: 'DeliveryTarget';
  attempts: Scalars['Int']['output'];
  destinationId: Scalars['ID']['output'];
  error?: Maybe<Scalars['String']['output']>;
  kind: DestinationKind;
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  status: DeliveryStatus;
  target: Scalars['String']['output'];
};

export type Destination = {
  __typename?: 'Destination';
  id: Scalars['ID']['output'];
  kind: DestinationKind;
  /** A webhook's signing secret (whsec_…, Standard Webhooks): returned once, by the mutation that created it; null afterwards. */
  secret?: Maybe<Scalars['String']['output']>;
  target: Scalars['String']['output'];
};

/** EMAIL: an address. WEBHOOK and SLACK: an https URL (Slack: its incoming-webhook URL), not on a private network unless the server allows it. */
export type DestinationInput = {
  kind: DestinationKind;
  target: Scalars['String']['input'];
};

export type DestinationKind =
  | 'EMAIL'
  | 'SLACK'
  | 'WEBHOOK';

/** An organization's embed usage over a period (organizationEmbedUsage). */
export type EmbedUsageReport = {
  __typename?: 'EmbedUsageReport';
  blocksRun: Scalars['Int']['output'];
  canvases: Array<CanvasEmbedUsage>;
  days: Scalars['Int']['output'];
  /** Distinct viewers over all canvases. */
  viewers: Scalars['Int']['output'];
  /** All canvases, including those beyond the 100 listed. */
  views: Scalars['Int']['output'];
};

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

export type ExportCanvasInput = {
  canvasId: Scalars['ID']['input'];
  format: CanvasExportFormat;
  /** PDF page size; absent: the deployment's EXPORT_PAPER (A4 unless configured). PNG ignores it. */
  paper?: InputMaybe<PaperSize>;
};

export type ExportFormat =
  | 'CSV'
  | 'PARQUET'
  | 'XLSX';

/** A signed, expiring download URL (also the queries subgraph's run exports). */
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
  /** Answers a question on a canvas: generates SQL (as generateSql, same conversations and clarifications) and adds wired blocks: an SQL block, a chart reading it (or a metric, or a table), and a text block when the prompt asks for a summary or explanation. EDITOR on the canvas; the source must be of the canvas's project. A clarification adds nothing. */
  askCanvas: CanvasAnswer;
  cancelQueryRun: QueryRun;
  /** Finishes a sign-up with the token from the verification email: creates the account and signs in. */
  completeSignUp: AuthPayload;
  createAlert: Alert;
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
  createSchedule: Schedule;
  /** EDITOR and above. The token is a signed, revocable credential for read-only access. */
  createShareLink: ShareLink;
  deleteAlert: Scalars['Boolean']['output'];
  /** Soft delete: restorable for 30 days (restoreCanvas), then purged. */
  deleteCanvas: Canvas;
  /** The author only. The comment keeps its place and replies; its body becomes "" and deleted true. */
  deleteComment: Comment;
  deleteDataSource: Scalars['Boolean']['output'];
  deleteSavedQuery: Scalars['Boolean']['output'];
  deleteSchedule: Scalars['Boolean']['output'];
  /** A new canvas in the same project with the same blocks (block ids kept, so references hold). */
  duplicateCanvas: Canvas;
  /** The author only. Newly mentioned members are notified. */
  editComment: Comment;
  /** VIEWER and above: renders the canvas's latest publication (PDF, paged; PNG, full page) and answers a signed download link that expires (EXPORT_LINK_TTL_SECONDS). Never published: CONFLICT with reason NOT_PUBLISHED. */
  exportCanvas: ExportLink;
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
  /** The caller has read the comments of one block (blockId null: the canvas's own): its unread count drops to 0. */
  markCommentsRead: BlockCommentStats;
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
  /**
   * EDITOR and above. Brings one block back as it was in a version (content and type; where it was
   * when it had been deleted since). The replaced canvas is kept as a BEFORE_RESTORE version and the
   * restore appears in the activity feed. An unknown version or block (or another canvas's): NOT_FOUND.
   */
  restoreCanvasBlock: Block;
  /** Brings a version's blocks back as a new version; the replaced state is kept as a BEFORE_RESTORE version. */
  restoreCanvasVersion: Canvas;
  revokeApiKey: Scalars['Boolean']['output'];
  /** Deletes a pending invitation (ADMIN and above); its link stops working. */
  revokeInvitation: Scalars['Boolean']['output'];
  revokeShareLink: Scalars['Boolean']['output'];
  /** Checks now: a delivery when the condition holds, null when it does not. */
  runAlertNow?: Maybe<Delivery>;
  runQuery: QueryRun;
  /** Delivers now (a PENDING delivery that the worker refreshes, renders and sends). */
  runScheduleNow: Delivery;
  saveQuery: SavedQuery;
  setAlertPaused: Alert;
  /**
   * ADMIN and above. Nobody grants a role above their own or changes the role of someone above them;
   * the last OWNER cannot be demoted.
   */
  setMemberRole: Membership;
  /** Paused schedules do not run on their cron (runScheduleNow still works). */
  setSchedulePaused: Schedule;
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
  /** Tests connection settings without saving a source (EDITOR on the project; the same checks as createDataSource). */
  testConnection: ConnectionTest;
  testDataSourceConnection: ConnectionTest;
  /** Takes a canvas back from a person it was shared with (EDITOR and above in the canvas's organization). */
  unshareCanvas: Scalars['Boolean']['output'];
  /** Position is replaced; content is merged per key and a null value removes a key. */
  updateBlock: Block;
  updateDataSource: DataSource;
  /** Renames, rewrites or repoints one of your saved queries (EDITOR on its project); fields left out are kept. */
  updateSavedQuery: SavedQuery;
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


export type MutationAskCanvasArgs = {
  input: AskCanvasInput;
};


export type MutationCancelQueryRunArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCompleteSignUpArgs = {
  token: Scalars['String']['input'];
};


export type MutationCreateAlertArgs = {
  input: CreateAlertInput;
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


export type MutationCreateScheduleArgs = {
  input: CreateScheduleInput;
};


export type MutationCreateShareLinkArgs = {
  input: CreateShareLinkInput;
};


export type MutationDeleteAlertArgs = {
  id: Scalars['ID']['input'];
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


export type MutationDeleteScheduleArgs = {
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


export type MutationExportCanvasArgs = {
  input: ExportCanvasInput;
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


export type MutationMarkCommentsReadArgs = {
  blockId?: InputMaybe<Scalars['ID']['input']>;
  canvasId: Scalars['ID']['input'];
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


export type MutationRestoreCanvasBlockArgs = {
  blockId: Scalars['ID']['input'];
  canvasId: Scalars['ID']['input'];
  versionId: Scalars['ID']['input'];
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


export type MutationRunAlertNowArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRunQueryArgs = {
  input: RunQueryInput;
};


export type MutationRunScheduleNowArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSaveQueryArgs = {
  input: SaveQueryInput;
};


export type MutationSetAlertPausedArgs = {
  id: Scalars['ID']['input'];
  paused: Scalars['Boolean']['input'];
};


export type MutationSetMemberRoleArgs = {
  input: SetMemberRoleInput;
};


export type MutationSetSchedulePausedArgs = {
  id: Scalars['ID']['input'];
  paused: Scalars['Boolean']['input'];
};


export type MutationShareCanvasArgs = {
  input: ShareCanvasInput;
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};


export type MutationTestConnectionArgs = {
  input: TestConnectionInput;
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


export type MutationUpdateSavedQueryArgs = {
  input: UpdateSavedQueryInput;
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
  /** The comment is assigned to you. */
  | 'ASSIGNMENT'
  /** The comment mentions you. */
  | 'MENTION'
  /** A reply in a thread you wrote in. */
  | 'REPLY';

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

export type OutboxAttachment = {
  __typename?: 'OutboxAttachment';
  contentType: Scalars['String']['output'];
  filename: Scalars['String']['output'];
  size: Scalars['Int']['output'];
};

/** An email written to the outbox instead of SMTP (the platform runs without SMTP_URL). */
export type OutboxMessage = {
  __typename?: 'OutboxMessage';
  attachments: Array<OutboxAttachment>;
  createdAt: Scalars['DateTime']['output'];
  from: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  subject: Scalars['String']['output'];
  text: Scalars['String']['output'];
  to: Scalars['String']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** Paper of a PDF export: ISO A4 (210 × 297 mm) or US Letter (8.5 × 11 in). */
export type PaperSize =
  | 'A4'
  | 'LETTER';

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
  /** Alert deliveries in the caller's organizations, newest first: the notifications inbox. */
  alertNotifications: Array<Delivery>;
  /** The organization's audit log, newest first (OWNER and ADMIN). */
  auditLog: AuditEntryConnection;
  /** A canvas of a project the caller belongs to (VIEWER and above). Another tenant's canvas is NOT_FOUND. */
  canvas?: Maybe<Canvas>;
  canvasAlerts: Array<Alert>;
  /** Deliveries of a canvas's schedules and alerts, newest first (at most 200). */
  canvasDeliveries: Array<Delivery>;
  /**
   * Who has access to a canvas of an organization the caller belongs to: the organization's members
   * (every member reaches every project) and the people the canvas was shared with (shareCanvas).
   */
  canvasPeople: CanvasPeople;
  canvasSchedules: Array<Schedule>;
  /** The templates createCanvas accepts. */
  canvasTemplates: Array<CanvasTemplate>;
  /** One version with its blocks, to preview before restoring. */
  canvasVersion?: Maybe<CanvasVersion>;
  /** Saved versions of a canvas, newest first (VIEWER and above). */
  canvasVersions: Array<CanvasVersion>;
  /** A comment visible to the caller (NOT_FOUND otherwise); the gateway resolves commentAdded events through it. */
  comment?: Maybe<Comment>;
  /** Per block of the canvas (blockId null: the canvas itself): comments in open threads, and those the caller has not read. */
  commentStats: Array<BlockCommentStats>;
  /** A canvas's comments, oldest first (replies included unless threadsOnly). first is at most 100. */
  comments: CommentConnection;
  dataSource?: Maybe<DataSource>;
  /** Plain-English explanation of a statement. With dataSourceId, also checks it against that source's tables. */
  explainSql: SqlExplanation;
  /** Emails of an organization's schedules and alerts written to the outbox (no SMTP_URL), newest first. EDITOR and above. */
  mailOutbox: Array<OutboxMessage>;
  /** The signed-in user; null when not signed in (or when called with an API key). */
  me?: Maybe<User>;
  notification?: Maybe<Notification>;
  /** The signed-in user's notifications, newest first. */
  notifications: NotificationConnection;
  organization?: Maybe<Organization>;
  /**
   * ADMIN and above of the organization: views and block runs through the share links and signed
   * embeds of its canvases over the last `days` days (1 to 366, UTC days), with totals; per canvas,
   * most viewed first (at most 100), and per viewer, most active first (at most 50 per canvas).
   * Another organization is NOT_FOUND.
   */
  organizationEmbedUsage: EmbedUsageReport;
  project?: Maybe<Project>;
  /** The signed-in user's recent runs, newest first; with status, only the runs in that status. */
  queryHistory: QueryRunConnection;
  queryRun?: Maybe<QueryRun>;
  /**
   * Runs a block's SQL (a SQL block, or the SQL block a CHART / TABLE / METRIC reads) with filter
   * values: `filters` maps FILTER parameters to values; FILTER defaults fill the rest. VIEWER and
   * above (API keys need QUERY_RUN). Returns the query run: { id, status, columns, rows, rowCount,
   * truncated, cached, durationMs, error }. `interactions` (cross-filter, at most 8): a list of
   * { field, value } (value a string, number, boolean or null); those whose field is a column of the
   * block's result narrow it to the rows where that column equals the value (compared as text).
   * `timeoutSeconds`: the run's time limit (default and cap: the data source's `runTimeLimit`; a
   * timed-out run's error carries `limitSeconds` and `maxLimitSeconds`).
   */
  runCanvasBlock?: Maybe<Scalars['JSON']['output']>;
  /**
   * The same for a share-link or signed-embed viewer: only blocks of the latest publication run, with
   * the SQL as published; `filters` may set published FILTER parameters only (checked, never stored);
   * the link's locked filters (a signed embed's `params`) are forced over them. Without `showCode`,
   * error messages do not quote the SQL. `interactions`: the viewer's cross-filters, as for
   * runCanvasBlock (never stored).
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


export type QueryAlertNotificationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organizationId: Scalars['ID']['input'];
};


export type QueryCanvasArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCanvasAlertsArgs = {
  canvasId: Scalars['ID']['input'];
};


export type QueryCanvasDeliveriesArgs = {
  canvasId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCanvasPeopleArgs = {
  canvasId: Scalars['ID']['input'];
  organizationId: Scalars['ID']['input'];
};


export type QueryCanvasSchedulesArgs = {
  canvasId: Scalars['ID']['input'];
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


export type QueryCommentStatsArgs = {
  canvasId: Scalars['ID']['input'];
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


export type QueryMailOutboxArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  organizationId: Scalars['ID']['input'];
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


export type QueryOrganizationEmbedUsageArgs = {
  days?: InputMaybe<Scalars['Int']['input']>;
  organizationId: Scalars['ID']['input'];
};


export type QueryProjectArgs = {
  id: Scalars['ID']['input'];
};


export type QueryQueryHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<QueryRunStatus>;
};


export type QueryQueryRunArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRunCanvasBlockArgs = {
  blockId: Scalars['ID']['input'];
  canvasId: Scalars['ID']['input'];
  filters?: InputMaybe<Scalars['JSON']['input']>;
  interactions?: InputMaybe<Scalars['JSON']['input']>;
  timeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRunSharedBlockArgs = {
  blockId: Scalars['ID']['input'];
  filters?: InputMaybe<Scalars['JSON']['input']>;
  interactions?: InputMaybe<Scalars['JSON']['input']>;
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
  /** TIMEOUT: the time limit the run had, in seconds. */
  limitSeconds?: Maybe<Scalars['Int']['output']>;
  /** TIMEOUT: the longest time limit a run on this data source may ask for (RunQueryInput.timeoutSeconds). */
  maxLimitSeconds?: Maybe<Scalars['Int']['output']>;
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
  /** The parameters the run bound to its SQL (null when it had none); seen by whoever may see its sql. */
  parameters?: Maybe<Scalars['JSON']['output']>;
  rowCount: Scalars['Int']['output'];
  /** Row-major values in column order; at most maxRows. */
  rows: Array<Array<Maybe<Scalars['JSON']['output']>>>;
  /**
   * The same rows as one JSON text: an array of row arrays, exactly what `rows` holds (`"[]"` for a
   * run that did not succeed). One string for the whole result, so a large result costs the servers
   * and the client one value instead of one per cell; decode it with JSON.parse.
   */
  rowsJson: Scalars['String']['output'];
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
  /** The run's time limit in seconds: default and cap in DataSource.runTimeLimit (above the cap: BAD_USER_INPUT). */
  timeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** Seconds to wait for the result before returning a RUNNING run (default 10, max 30). */
  waitSeconds?: InputMaybe<Scalars['Int']['input']>;
};

/** A data source's run time limits, in seconds. */
export type RunTimeLimit = {
  __typename?: 'RunTimeLimit';
  defaultSeconds: Scalars['Int']['output'];
  maxSeconds: Scalars['Int']['output'];
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

export type Schedule = {
  __typename?: 'Schedule';
  canvasId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  cron: Scalars['String']['output'];
  /** This schedule's deliveries, newest first. */
  deliveries: Array<Delivery>;
  destinations: Array<Destination>;
  format: CanvasExportFormat;
  id: Scalars['ID']['output'];
  lastDelivery?: Maybe<Delivery>;
  /** Null while paused. */
  nextRunAt?: Maybe<Scalars['DateTime']['output']>;
  paused: Scalars['Boolean']['output'];
  timezone: Scalars['String']['output'];
};


export type ScheduleDeliveriesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
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
  /** `<PUBLIC_URL>/s/<code>` (a random 12-character code): opens the same embed while the link is valid, 404 once it is revoked or expired. */
  shortUrl: Scalars['String']['output'];
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
  /** A comment of the canvas edited, deleted, resolved or reopened (resolve/reopen: the thread's first comment). */
  commentUpdated: Comment;
  /** In-app notifications (mentions) for the signed-in user. */
  notificationAdded: Notification;
  /** The run's current state first, then every change until it finishes. */
  queryRunUpdated: QueryRun;
};


export type SubscriptionCommentAddedArgs = {
  canvasId: Scalars['ID']['input'];
};


export type SubscriptionCommentUpdatedArgs = {
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

export type TestConnectionInput = {
  connection: Scalars['JSON']['input'];
  kind: DataSourceKind;
  projectId: Scalars['ID']['input'];
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

export type UpdateSavedQueryInput = {
  dataSourceId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  sql?: InputMaybe<Scalars['String']['input']>;
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

export type CanvasActivityQueryVariables = Exact<{
  canvasId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CanvasActivityQuery = { __typename: 'Query', canvas?: { __typename: 'Canvas', id: string, activity: { __typename: 'CanvasActivityPage', endCursor?: string | null, items: Array<{ __typename: 'CanvasActivity', id: string, kind: CanvasActivityKind, at: string, blockId?: string | null, blockTitle?: string | null, count: number, version?: number | null, versionName?: string | null, actor?: { __typename: 'User', id: string, name: string } | null }> } } | null };

export type AskCanvasMutationVariables = Exact<{
  input: AskCanvasInput;
}>;


export type AskCanvasMutation = { __typename: 'Mutation', askCanvas: { __typename: 'CanvasAnswer', conversationId: string, explanation: string, blocks: Array<{ __typename: 'Block', id: string, type: BlockType }>, clarification?: { __typename: 'Clarification', term: string, question: string, options: Array<string>, readings?: Array<{ __typename: 'ClarificationReading', table: string, column: string, value: string } | null> | null } | null } };

export type SourceModelValuesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SourceModelValuesQuery = { __typename: 'Query', dataSource?: { __typename: 'DataSource', id: string, model: { __typename: 'SemanticModel', tables: Array<{ __typename: 'ModelTable', name: string, columns: Array<{ __typename: 'ModelColumn', name: string, values: Array<{ __typename: 'ValueLabel', value: string, label: string }> }> }> } } | null };

export type SaveValueLabelMutationVariables = Exact<{
  input: UpdateSemanticModelInput;
}>;


export type SaveValueLabelMutation = { __typename: 'Mutation', updateSemanticModel: { __typename: 'SemanticModel', asOf?: string | null } };

export type RemoveAddedBlockMutationVariables = Exact<{
  canvasId: Scalars['ID']['input'];
  blockId: Scalars['ID']['input'];
}>;


export type RemoveAddedBlockMutation = { __typename: 'Mutation', removeBlock: boolean };

export type ExplainChartSqlQueryVariables = Exact<{
  sql: Scalars['String']['input'];
  dataSourceId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ExplainChartSqlQuery = { __typename: 'Query', explainSql: { __typename: 'SqlExplanation', text: string } };

export type FixSqlMutationVariables = Exact<{
  input: FixSqlInput;
}>;


export type FixSqlMutation = { __typename: 'Mutation', fixSql: { __typename: 'SqlSuggestion', id: string, sql: string, explanation: string, confidence: number } };

export type RecordFixOutcomeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  outcome: SuggestionOutcome;
  finalSql?: InputMaybe<Scalars['String']['input']>;
}>;


export type RecordFixOutcomeMutation = { __typename: 'Mutation', recordSuggestionOutcome: boolean };

export type GenerateSqlMutationVariables = Exact<{
  input: GenerateSqlInput;
}>;


export type GenerateSqlMutation = { __typename: 'Mutation', generateSql: { __typename: 'SqlSuggestion', id: string, sql: string, explanation: string, confidence: number, engine: string, chart?: { __typename: 'ChartSuggestion', type: string, x?: string | null, y?: Array<string> | null } | null } };

export type RecordSuggestionOutcomeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  outcome: SuggestionOutcome;
  finalSql?: InputMaybe<Scalars['String']['input']>;
}>;


export type RecordSuggestionOutcomeMutation = { __typename: 'Mutation', recordSuggestionOutcome: boolean };

export type RequestSignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type RequestSignUpMutation = { __typename: 'Mutation', requestSignUp: { __typename: 'SignUpRequest', email: string, session?: (
      { __typename: 'AuthPayload' }
      & { ' $fragmentRefs'?: { 'SessionFieldsFragment': SessionFieldsFragment } }
    ) | null } };

export type CompleteSignUpMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type CompleteSignUpMutation = { __typename: 'Mutation', completeSignUp: (
    { __typename: 'AuthPayload' }
    & { ' $fragmentRefs'?: { 'SessionFieldsFragment': SessionFieldsFragment } }
  ) };

export type LogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type LogInMutation = { __typename: 'Mutation', logIn: (
    { __typename: 'AuthPayload' }
    & { ' $fragmentRefs'?: { 'SessionFieldsFragment': SessionFieldsFragment } }
  ) };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename: 'Query', me?: { __typename: 'User', id: string, name: string, email: string, memberships: Array<{ __typename: 'Membership', role: Role, status: MembershipStatus, organization: { __typename: 'Organization', id: string, name: string, projects: Array<{ __typename: 'Project', id: string, name: string }> } }> } | null };

export type RunCanvasBlockQueryVariables = Exact<{
  canvasId: Scalars['ID']['input'];
  blockId: Scalars['ID']['input'];
  filters?: InputMaybe<Scalars['JSON']['input']>;
  interactions?: InputMaybe<Scalars['JSON']['input']>;
}>;


export type RunCanvasBlockQuery = { __typename: 'Query', runCanvasBlock?: unknown | null };

export type ProjectCanvasesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProjectCanvasesQuery = { __typename: 'Query', project?: { __typename: 'Project', id: string, canvases?: Array<{ __typename: 'Canvas', id: string, name: string, updatedAt: string, commentCount?: number | null }> | null } | null, canvasTemplates: Array<{ __typename: 'CanvasTemplate', id: string, name: string, description: string }> };

export type CreateCanvasMutationVariables = Exact<{
  input: CreateCanvasInput;
}>;


export type CreateCanvasMutation = { __typename: 'Mutation', createCanvas: { __typename: 'Canvas', id: string, name: string } };

export type CanvasHeaderQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CanvasHeaderQuery = { __typename: 'Query', canvas?: { __typename: 'Canvas', id: string, name: string, canEdit: boolean, blocks: Array<{ __typename: 'Block', id: string, type: BlockType, content: unknown, position: { __typename: 'Position', x: number, y: number, w: number, h: number } }>, project: { __typename: 'Project', id: string, name: string, organization: { __typename: 'Organization', id: string }, dataSources: Array<{ __typename: 'DataSource', id: string, name: string }> } } | null };

export type RenameCanvasMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
}>;


export type RenameCanvasMutation = { __typename: 'Mutation', renameCanvas: { __typename: 'Canvas', id: string, name: string } };

export type CanvasCommentsQueryVariables = Exact<{
  canvasId: Scalars['ID']['input'];
}>;


export type CanvasCommentsQuery = { __typename: 'Query', comments: { __typename: 'CommentConnection', totalCount: number, edges: Array<{ __typename: 'CommentEdge', node: { __typename: 'Comment', id: string, body: string, blockId?: string | null, parentId?: string | null, resolved: boolean, createdAt: string, editedAt?: string | null, deleted: boolean, author: { __typename: 'User', id: string, name: string }, assignee?: { __typename: 'User', id: string, name: string } | null, anchor?: { __typename: 'CommentAnchor', field: string, value: string } | null } }> } };

export type AddCommentMutationVariables = Exact<{
  input: AddCommentInput;
}>;


export type AddCommentMutation = { __typename: 'Mutation', addComment: { __typename: 'Comment', id: string, body: string, blockId?: string | null, parentId?: string | null } };

export type ResolveCommentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResolveCommentMutation = { __typename: 'Mutation', resolveComment: { __typename: 'Comment', id: string, resolved: boolean } };

export type ReopenCommentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReopenCommentMutation = { __typename: 'Mutation', reopenComment: { __typename: 'Comment', id: string, resolved: boolean } };

export type CommentAddedSubscriptionVariables = Exact<{
  canvasId: Scalars['ID']['input'];
}>;


export type CommentAddedSubscription = { __typename?: 'Subscription', commentAdded: { __typename: 'Comment', id: string, author: { __typename: 'User', id: string, name: string } } };

export type CommentUpdatedSubscriptionVariables = Exact<{
  canvasId: Scalars['ID']['input'];
}>;


export type CommentUpdatedSubscription = { __typename?: 'Subscription', commentUpdated: { __typename: 'Comment', id: string, resolved: boolean, deleted: boolean } };

export type CommentStatsQueryVariables = Exact<{
  canvasId: Scalars['ID']['input'];
}>;


export type CommentStatsQuery = { __typename: 'Query', commentStats: Array<{ __typename: 'BlockCommentStats', blockId?: string | null, openCount: number, unreadCount: number }> };

export type MarkCommentsReadMutationVariables = Exact<{
  canvasId: Scalars['ID']['input'];
  blockId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type MarkCommentsReadMutation = { __typename: 'Mutation', markCommentsRead: { __typename: 'BlockCommentStats', blockId?: string | null, openCount: number, unreadCount: number } };

export type CommentBlocksQueryVariables = Exact<{
  canvasId: Scalars['ID']['input'];
}>;


export type CommentBlocksQuery = { __typename: 'Query', canvas?: { __typename: 'Canvas', id: string, blocks: Array<{ __typename: 'Block', id: string, type: BlockType, content: unknown }> } | null };

export type MentionCandidatesQueryVariables = Exact<{
  canvasId: Scalars['ID']['input'];
}>;


export type MentionCandidatesQuery = { __typename: 'Query', canvas?: { __typename: 'Canvas', id: string, project: { __typename: 'Project', id: string, organization: { __typename: 'Organization', id: string, members: Array<{ __typename: 'Membership', status: MembershipStatus, user?: { __typename: 'User', id: string, name: string } | null }> } } } | null };

export type DataSourceListItem_DataSourceFragment = { __typename: 'DataSource', id: string, name: string, kind: DataSourceKind, createdAt: string } & { ' $fragmentName'?: 'DataSourceListItem_DataSourceFragment' };

export type DataSourcesQueryVariables = Exact<{
  projectId: Scalars['ID']['input'];
}>;


export type DataSourcesQuery = { __typename: 'Query', project?: { __typename: 'Project', id: string, name: string, dataSources: Array<(
      { __typename: 'DataSource', id: string }
      & { ' $fragmentRefs'?: { 'DataSourceListItem_DataSourceFragment': DataSourceListItem_DataSourceFragment } }
    )> } | null };

export type DataSourceDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DataSourceDetailQuery = { __typename: 'Query', dataSource?: { __typename: 'DataSource', id: string, name: string, kind: DataSourceKind, connection: unknown, createdAt: string, project: { __typename: 'Project', id: string } } | null };

export type DataSourceTablesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  refresh?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type DataSourceTablesQuery = { __typename: 'Query', dataSource?: { __typename: 'DataSource', id: string, tables: Array<{ __typename: 'TableInfo', name: string, schema?: string | null, columns: Array<{ __typename: 'ColumnInfo', name: string, type: string }>, foreignKeys: Array<{ __typename: 'ForeignKey', columns: Array<string>, referencedTable: string, referencedColumns: Array<string> }> }> } | null };

export type SemanticModel_FieldsFragment = { __typename: 'SemanticModel', asOf?: string | null, version: number, tables: Array<{ __typename: 'ModelTable', name: string, label: string, description?: string | null, columns: Array<{ __typename: 'ModelColumn', name: string, label: string, role: ColumnRole, aggregation?: string | null, description?: string | null, synonyms: Array<string>, values: Array<{ __typename: 'ValueLabel', value: string, label: string }> }> }>, relationships: Array<{ __typename: 'Relationship', fromTable: string, fromColumn: string, toTable: string, toColumn: string, inferred: boolean }> } & { ' $fragmentName'?: 'SemanticModel_FieldsFragment' };

export type DataSourceModelQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DataSourceModelQuery = { __typename: 'Query', dataSource?: { __typename: 'DataSource', id: string, model: (
      { __typename: 'SemanticModel' }
      & { ' $fragmentRefs'?: { 'SemanticModel_FieldsFragment': SemanticModel_FieldsFragment } }
    ) } | null };

export type UpdateSemanticModelMutationVariables = Exact<{
  input: UpdateSemanticModelInput;
}>;


export type UpdateSemanticModelMutation = { __typename: 'Mutation', updateSemanticModel: (
    { __typename: 'SemanticModel' }
    & { ' $fragmentRefs'?: { 'SemanticModel_FieldsFragment': SemanticModel_FieldsFragment } }
  ) };

export type DataSourceGlossaryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DataSourceGlossaryQuery = { __typename: 'Query', dataSource?: { __typename: 'DataSource', id: string, glossary: Array<{ __typename: 'GlossaryEntry', terms: Array<string>, definition: string, kind: string, expression: string, filter?: string | null, tables: Array<string>, timeColumn?: string | null }> } | null };

export type CreateDataSourceMutationVariables = Exact<{
  input: CreateDataSourceInput;
}>;


export type CreateDataSourceMutation = { __typename: 'Mutation', createDataSource: { __typename: 'DataSource', id: string, name: string, kind: DataSourceKind, connection: unknown, createdAt: string } };

export type UpdateDataSourceMutationVariables = Exact<{
  input: UpdateDataSourceInput;
}>;


export type UpdateDataSourceMutation = { __typename: 'Mutation', updateDataSource: { __typename: 'DataSource', id: string, name: string, kind: DataSourceKind, connection: unknown, glossary: Array<{ __typename: 'GlossaryEntry', terms: Array<string>, definition: string, kind: string, expression: string, filter?: string | null, tables: Array<string>, timeColumn?: string | null }> } };

export type DeleteDataSourceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteDataSourceMutation = { __typename: 'Mutation', deleteDataSource: boolean };

export type TestDataSourceConnectionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TestDataSourceConnectionMutation = { __typename: 'Mutation', testDataSourceConnection: { __typename: 'ConnectionTest', ok: boolean, latencyMs?: number | null, error?: { __typename: 'QueryError', code: string, message: string } | null } };

export type TestConnectionMutationVariables = Exact<{
  input: TestConnectionInput;
}>;


export type TestConnectionMutation = { __typename: 'Mutation', testConnection: { __typename: 'ConnectionTest', ok: boolean, latencyMs?: number | null, error?: { __typename: 'QueryError', code: string, message: string } | null } };

export type CreateFileUploadMutationVariables = Exact<{
  input: CreateFileUploadInput;
}>;


export type CreateFileUploadMutation = { __typename: 'Mutation', createFileUpload: { __typename: 'FileUpload', uploadUrl: string, expiresAt: string, dataSource: { __typename: 'DataSource', id: string, name: string, kind: DataSourceKind } } };

export type OrganizationEmbedUsageQueryVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  days: Scalars['Int']['input'];
}>;


export type OrganizationEmbedUsageQuery = { __typename: 'Query', organizationEmbedUsage: { __typename: 'EmbedUsageReport', days: number, views: number, blocksRun: number, viewers: number, canvases: Array<{ __typename: 'CanvasEmbedUsage', canvasId: string, views: number, blocksRun: number, lastSeenAt: string, canvas?: { __typename: 'Canvas', id: string, name: string, shareLinks?: Array<{ __typename: 'ShareLink', id: string, createdAt: string, revokedAt?: string | null }> | null } | null, viewers: Array<{ __typename: 'EmbedViewerUsage', viewer: string, via: string, views: number, blocksRun: number, lastSeenAt: string }> }> } };

export type SharedCanvasQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type SharedCanvasQuery = { __typename: 'Query', sharedCanvas?: { __typename: 'Canvas', id: string, name: string, lockedFilters?: unknown | null, published: boolean, publication?: { __typename: 'Publication', id: string, version: number, publishedAt: string, showCode: boolean } | null, blocks: Array<{ __typename: 'Block', id: string, type: BlockType, content: unknown, position: { __typename: 'Position', x: number, y: number, w: number, h: number } }> } | null };

export type RunSharedBlockQueryVariables = Exact<{
  token: Scalars['String']['input'];
  blockId: Scalars['ID']['input'];
  filters?: InputMaybe<Scalars['JSON']['input']>;
  interactions?: InputMaybe<Scalars['JSON']['input']>;
}>;


export type RunSharedBlockQuery = { __typename: 'Query', runSharedBlock?: unknown | null };

export type CanvasVersionsQueryVariables = Exact<{
  canvasId: Scalars['ID']['input'];
}>;


export type CanvasVersionsQuery = { __typename: 'Query', canvasVersions: Array<{ __typename: 'CanvasVersion', id: string, kind: CanvasVersionKind, name?: string | null, number: number, createdAt: string, createdBy?: { __typename: 'User', id: string, name: string } | null }> };

export type CanvasVersionPreviewQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CanvasVersionPreviewQuery = { __typename: 'Query', canvasVersion?: { __typename: 'CanvasVersion', id: string, number: number, canvasName: string, blocks: Array<{ __typename: 'Block', id: string, type: BlockType, content: unknown }> } | null };

export type CreateCanvasVersionMutationVariables = Exact<{
  canvasId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
}>;


export type CreateCanvasVersionMutation = { __typename: 'Mutation', createCanvasVersion: { __typename: 'CanvasVersion', id: string } };

export type RestoreCanvasVersionMutationVariables = Exact<{
  canvasId: Scalars['ID']['input'];
  versionId: Scalars['ID']['input'];
}>;


export type RestoreCanvasVersionMutation = { __typename: 'Mutation', restoreCanvasVersion: { __typename: 'Canvas', id: string, version: number } };

export type RestoreCanvasBlockMutationVariables = Exact<{
  canvasId: Scalars['ID']['input'];
  versionId: Scalars['ID']['input'];
  blockId: Scalars['ID']['input'];
}>;


export type RestoreCanvasBlockMutation = { __typename: 'Mutation', restoreCanvasBlock: { __typename: 'Block', id: string, type: BlockType, content: unknown } };

export type ProjectHomeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProjectHomeQuery = { __typename: 'Query', project?: { __typename: 'Project', id: string, name: string, createdAt: string, organization: { __typename: 'Organization', id: string, name: string }, dataSources: Array<(
      { __typename: 'DataSource' }
      & { ' $fragmentRefs'?: { 'DataSourceTile_DataSourceFragment': DataSourceTile_DataSourceFragment } }
    )> } | null };

export type DataSourceTile_DataSourceFragment = { __typename: 'DataSource', id: string, name: string, kind: DataSourceKind, createdAt: string } & { ' $fragmentName'?: 'DataSourceTile_DataSourceFragment' };

export type CreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type CreateProjectMutation = { __typename: 'Mutation', createProject: { __typename: 'Project', id: string, name: string, organization: { __typename: 'Organization', id: string, projects: Array<{ __typename: 'Project', id: string, name: string }> } } };

export type SavedQueryFieldsFragment = { __typename: 'SavedQuery', id: string, name: string, sql: string, createdAt: string, updatedAt: string, dataSource?: { __typename: 'DataSource', id: string, name: string, kind: DataSourceKind } | null } & { ' $fragmentName'?: 'SavedQueryFieldsFragment' };

export type SavedQueriesQueryVariables = Exact<{
  projectId: Scalars['ID']['input'];
}>;


export type SavedQueriesQuery = { __typename: 'Query', savedQueries: Array<(
    { __typename: 'SavedQuery' }
    & { ' $fragmentRefs'?: { 'SavedQueryFieldsFragment': SavedQueryFieldsFragment } }
  )> };

export type SaveQueryMutationVariables = Exact<{
  input: SaveQueryInput;
}>;


export type SaveQueryMutation = { __typename: 'Mutation', saveQuery: (
    { __typename: 'SavedQuery' }
    & { ' $fragmentRefs'?: { 'SavedQueryFieldsFragment': SavedQueryFieldsFragment } }
  ) };

export type UpdateSavedQueryMutationVariables = Exact<{
  input: UpdateSavedQueryInput;
}>;


export type UpdateSavedQueryMutation = { __typename: 'Mutation', updateSavedQuery: (
    { __typename: 'SavedQuery' }
    & { ' $fragmentRefs'?: { 'SavedQueryFieldsFragment': SavedQueryFieldsFragment } }
  ) };

export type DeleteSavedQueryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteSavedQueryMutation = { __typename: 'Mutation', deleteSavedQuery: boolean };

export type QueryHistoryQueryVariables = Exact<{
  projectId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<QueryRunStatus>;
}>;


export type QueryHistoryQuery = { __typename: 'Query', queryHistory: { __typename: 'QueryRunConnection', edges: Array<{ __typename: 'QueryRunEdge', cursor: string, node: { __typename: 'QueryRun', id: string, status: QueryRunStatus, sql: string, parameters?: unknown | null, rowCount: number, durationMs?: number | null, cached: boolean, createdAt: string, error?: { __typename: 'QueryError', code: string, message: string } | null, dataSource?: { __typename: 'DataSource', id: string, name: string } | null } }>, pageInfo: { __typename: 'QueryPageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type OrganizationPeopleQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrganizationPeopleQuery = { __typename: 'Query', organization?: { __typename: 'Organization', id: string, name: string, members: Array<{ __typename: 'Membership', email: string, role: Role, status: MembershipStatus, user?: { __typename: 'User', id: string, name: string } | null }> } | null, me?: { __typename: 'User', id: string } | null };

export type EmbeddingSecretStatusQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EmbeddingSecretStatusQuery = { __typename: 'Query', organization?: { __typename: 'Organization', id: string, embeddingSecretCreatedAt?: string | null } | null };

export type InviteOrganizationMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type InviteOrganizationMemberMutation = { __typename: 'Mutation', inviteMember: { __typename: 'Membership', email: string, role: Role, status: MembershipStatus, inviteUrl?: string | null } };

export type RevokeInvitationMutationVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  email: Scalars['String']['input'];
}>;


export type RevokeInvitationMutation = { __typename: 'Mutation', revokeInvitation: boolean };

export type SetMemberRoleMutationVariables = Exact<{
  input: SetMemberRoleInput;
}>;


export type SetMemberRoleMutation = { __typename: 'Mutation', setMemberRole: { __typename: 'Membership', role: Role, status: MembershipStatus } };

export type RemoveMemberMutationVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
}>;


export type RemoveMemberMutation = { __typename: 'Mutation', removeMember: boolean };

export type CreateEmbeddingSecretMutationVariables = Exact<{
  organizationId: Scalars['ID']['input'];
}>;


export type CreateEmbeddingSecretMutation = { __typename: 'Mutation', createEmbeddingSecret: string };

export type CanvasOrganizationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CanvasOrganizationQuery = { __typename: 'Query', canvas?: { __typename: 'Canvas', id: string, name: string, project: { __typename: 'Project', id: string, organization: { __typename: 'Organization', id: string } } } | null };

export type CanvasPeopleQueryVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  canvasId: Scalars['ID']['input'];
}>;


export type CanvasPeopleQuery = { __typename: 'Query', canvasPeople: { __typename: 'CanvasPeople', members: Array<{ __typename: 'Membership', email: string, role: Role, status: MembershipStatus, user?: { __typename: 'User', id: string, name: string } | null }>, grants: Array<{ __typename: 'CanvasGrant', email: string, role: Role, user?: { __typename: 'User', id: string, name: string } | null }> } };

export type UnshareCanvasMutationVariables = Exact<{
  input: UnshareCanvasInput;
}>;


export type UnshareCanvasMutation = { __typename: 'Mutation', unshareCanvas: boolean };

export type AcceptInvitationMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type AcceptInvitationMutation = { __typename: 'Mutation', acceptInvitation: { __typename: 'Membership', role: Role, organization: { __typename: 'Organization', id: string, name: string } } };

export type ShareCanvasMutationVariables = Exact<{
  input: ShareCanvasInput;
}>;


export type ShareCanvasMutation = { __typename: 'Mutation', shareCanvas: boolean };

export type AlertNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type AlertNotificationsQuery = { __typename: 'Query', alertNotifications: Array<{ __typename: 'Delivery', id: string, status: DeliveryStatus, createdAt: string, value?: number | null, summary?: string | null, canvasId: string, canvasName: string }> };

export type CommentNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type CommentNotificationsQuery = { __typename: 'Query', notifications: { __typename: 'NotificationConnection', unreadCount: number, edges: Array<{ __typename: 'NotificationEdge', node: { __typename: 'Notification', id: string, kind: NotificationKind, read: boolean, createdAt: string, actor: { __typename: 'User', id: string, name: string }, comment: { __typename: 'Comment', id: string, body: string, blockId?: string | null, deleted: boolean }, canvas: { __typename: 'Canvas', id: string, name: string } } }> } };

export type NotificationAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationAddedSubscription = { __typename?: 'Subscription', notificationAdded: { __typename: 'Notification', id: string } };

export type MarkNotificationReadMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MarkNotificationReadMutation = { __typename: 'Mutation', markNotificationRead: { __typename: 'Notification', id: string, read: boolean } };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllNotificationsReadMutation = { __typename: 'Mutation', markAllNotificationsRead: number };

export type MailOutboxQueryVariables = Exact<{
  organizationId: Scalars['ID']['input'];
}>;


export type MailOutboxQuery = { __typename: 'Query', mailOutbox: Array<{ __typename: 'OutboxMessage', id: string, from: string, to: string, subject: string, text: string, createdAt: string, attachments: Array<{ __typename: 'OutboxAttachment', filename: string, contentType: string, size: number }> }> };

export type PublicationFieldsFragment = { __typename: 'Canvas', id: string, publication?: { __typename: 'Publication', id: string, version: number, publishedAt: string, blockIds: Array<string>, showCode: boolean, note?: string | null, publishedBy?: { __typename: 'User', id: string, name: string } | null } | null, publicationStatus?: { __typename: 'PublicationStatus', version: number, publishedAt: string, changesSince: number, changes: Array<{ __typename: 'PublicationChange', blockId: string, type: BlockType, kind: PublicationChangeKind, title?: string | null }> } | null } & { ' $fragmentName'?: 'PublicationFieldsFragment' };

export type CanvasPublicationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CanvasPublicationQuery = { __typename: 'Query', canvas?: (
    { __typename: 'Canvas', id: string }
    & { ' $fragmentRefs'?: { 'PublicationFieldsFragment': PublicationFieldsFragment } }
  ) | null };

export type PublishCanvasMutationVariables = Exact<{
  input: PublishCanvasInput;
}>;


export type PublishCanvasMutation = { __typename: 'Mutation', publishCanvas: { __typename: 'Publication', id: string, version: number, publishedAt: string, blockIds: Array<string>, showCode: boolean } };

export type QueryRunFieldsFragment = (
  { __typename: 'QueryRun', id: string, status: QueryRunStatus, sql: string, rows: Array<Array<unknown | null>>, rowCount: number, truncated: boolean, cached: boolean, durationMs?: number | null, columns: Array<{ __typename: 'ColumnInfo', name: string, type: string }>, error?: { __typename: 'QueryError', code: string, message: string, position?: number | null, limitSeconds?: number | null, maxLimitSeconds?: number | null } | null }
  & { ' $fragmentRefs'?: { 'ResultTable_QueryRunFragment': ResultTable_QueryRunFragment } }
) & { ' $fragmentName'?: 'QueryRunFieldsFragment' };

export type QueryRunDataFragment = { __typename: 'QueryRun', id: string, status: QueryRunStatus, sql: string, rowsJson: string, rowCount: number, truncated: boolean, cached: boolean, durationMs?: number | null, columns: Array<{ __typename: 'ColumnInfo', name: string, type: string }>, error?: { __typename: 'QueryError', code: string, message: string, position?: number | null, limitSeconds?: number | null, maxLimitSeconds?: number | null } | null } & { ' $fragmentName'?: 'QueryRunDataFragment' };

export type DataSourceSchemaQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DataSourceSchemaQuery = { __typename: 'Query', dataSource?: { __typename: 'DataSource', id: string, name: string, kind: DataSourceKind, tables: Array<{ __typename: 'TableInfo', name: string, schema?: string | null, columns: Array<{ __typename: 'ColumnInfo', name: string, type: string }> }> } | null };

export type ProjectDataSourcesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProjectDataSourcesQuery = { __typename: 'Query', project?: { __typename: 'Project', id: string, name: string, dataSources: Array<{ __typename: 'DataSource', id: string, name: string, kind: DataSourceKind }> } | null };

export type RunQueryMutationVariables = Exact<{
  input: RunQueryInput;
}>;


export type RunQueryMutation = { __typename: 'Mutation', runQuery: (
    { __typename: 'QueryRun' }
    & { ' $fragmentRefs'?: { 'QueryRunDataFragment': QueryRunDataFragment } }
  ) };

export type QueryRunQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type QueryRunQuery = { __typename: 'Query', queryRun?: (
    { __typename: 'QueryRun' }
    & { ' $fragmentRefs'?: { 'QueryRunDataFragment': QueryRunDataFragment } }
  ) | null };

export type QueryRunUpdatedSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type QueryRunUpdatedSubscription = { __typename?: 'Subscription', queryRunUpdated: (
    { __typename: 'QueryRun' }
    & { ' $fragmentRefs'?: { 'QueryRunDataFragment': QueryRunDataFragment } }
  ) };

export type CancelQueryRunMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelQueryRunMutation = { __typename: 'Mutation', cancelQueryRun: (
    { __typename: 'QueryRun' }
    & { ' $fragmentRefs'?: { 'QueryRunDataFragment': QueryRunDataFragment } }
  ) };

export type SchemaModelQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SchemaModelQuery = { __typename: 'Query', dataSource?: { __typename: 'DataSource', id: string, model: { __typename: 'SemanticModel', version: number, tables: Array<{ __typename: 'ModelTable', name: string, label: string, columns: Array<{ __typename: 'ModelColumn', name: string, label: string, role: ColumnRole }> }> } } | null };

export type ExportQueryRunMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  format: ExportFormat;
}>;


export type ExportQueryRunMutation = { __typename: 'Mutation', exportQueryRun: { __typename: 'ExportLink', url: string, expiresAt: string } };

export type QueryRunSourceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type QueryRunSourceQuery = { __typename: 'Query', queryRun?: { __typename: 'QueryRun', id: string, sql: string, parameters?: unknown | null, dataSource?: { __typename: 'DataSource', id: string } | null } | null };

export type ResultTable_QueryRunFragment = { __typename: 'QueryRun', rows: Array<Array<unknown | null>>, rowCount: number, truncated: boolean, cached: boolean, durationMs?: number | null, columns: Array<{ __typename: 'ColumnInfo', name: string, type: string }> } & { ' $fragmentName'?: 'ResultTable_QueryRunFragment' };

export type DeliveryFieldsFragment = { __typename: 'Delivery', id: string, status: DeliveryStatus, attempts: number, error?: string | null, createdAt: string, finishedAt?: string | null, type: string, trigger: string, value?: number | null, summary?: string | null, scheduleId?: string | null, alertId?: string | null, targets: Array<{ __typename: 'DeliveryTarget', destinationId: string, kind: DestinationKind, target: string, status: DeliveryStatus, attempts: number, error?: string | null, sentAt?: string | null }> } & { ' $fragmentName'?: 'DeliveryFieldsFragment' };

export type CanvasSchedulesQueryVariables = Exact<{
  canvasId: Scalars['ID']['input'];
}>;


export type CanvasSchedulesQuery = { __typename: 'Query', canvasSchedules: Array<{ __typename: 'Schedule', id: string, cron: string, timezone: string, format: CanvasExportFormat, nextRunAt?: string | null, paused: boolean, createdAt: string, destinations: Array<{ __typename: 'Destination', id: string, kind: DestinationKind, target: string }>, lastDelivery?: { __typename: 'Delivery', id: string, status: DeliveryStatus, createdAt: string } | null }>, canvasAlerts: Array<{ __typename: 'Alert', id: string, blockId: string, op: string, value: number, cron: string, timezone: string, paused: boolean, triggered: boolean, lastValue?: number | null, checkedAt?: string | null, nextRunAt?: string | null, destinations: Array<{ __typename: 'Destination', id: string, kind: DestinationKind, target: string }>, lastDelivery?: { __typename: 'Delivery', id: string, status: DeliveryStatus, createdAt: string } | null }> };

export type CreateScheduleMutationVariables = Exact<{
  input: CreateScheduleInput;
}>;


export type CreateScheduleMutation = { __typename: 'Mutation', createSchedule: { __typename: 'Schedule', id: string, destinations: Array<(
      { __typename: 'Destination' }
      & { ' $fragmentRefs'?: { 'CreatedDestinationFragment': CreatedDestinationFragment } }
    )> } };

export type CreateAlertMutationVariables = Exact<{
  input: CreateAlertInput;
}>;


export type CreateAlertMutation = { __typename: 'Mutation', createAlert: { __typename: 'Alert', id: string, destinations: Array<(
      { __typename: 'Destination' }
      & { ' $fragmentRefs'?: { 'CreatedDestinationFragment': CreatedDestinationFragment } }
    )> } };

export type SetRulePausedMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  paused: Scalars['Boolean']['input'];
  alert: Scalars['Boolean']['input'];
}>;


export type SetRulePausedMutation = { __typename: 'Mutation', setSchedulePaused?: { __typename: 'Schedule', id: string, paused: boolean, nextRunAt?: string | null }, setAlertPaused?: { __typename: 'Alert', id: string, paused: boolean, nextRunAt?: string | null } };

export type RunRuleNowMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  alert: Scalars['Boolean']['input'];
}>;


export type RunRuleNowMutation = { __typename: 'Mutation', runScheduleNow?: (
    { __typename: 'Delivery' }
    & { ' $fragmentRefs'?: { 'DeliveryFieldsFragment': DeliveryFieldsFragment } }
  ), runAlertNow?: (
    { __typename: 'Delivery' }
    & { ' $fragmentRefs'?: { 'DeliveryFieldsFragment': DeliveryFieldsFragment } }
  ) | null };

export type DeleteRuleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  alert: Scalars['Boolean']['input'];
}>;


export type DeleteRuleMutation = { __typename: 'Mutation', deleteSchedule?: boolean, deleteAlert?: boolean };

export type CanvasDeliveriesQueryVariables = Exact<{
  canvasId: Scalars['ID']['input'];
}>;


export type CanvasDeliveriesQuery = { __typename: 'Query', canvasDeliveries: Array<(
    { __typename: 'Delivery' }
    & { ' $fragmentRefs'?: { 'DeliveryFieldsFragment': DeliveryFieldsFragment } }
  )> };

export type CreatedDestinationFragment = { __typename: 'Destination', id: string, kind: DestinationKind, target: string, secret?: string | null } & { ' $fragmentName'?: 'CreatedDestinationFragment' };

export type InviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type InviteMemberMutation = { __typename: 'Mutation', inviteMember: { __typename: 'Membership', role: Role, status: MembershipStatus, email: string } };

export type ShareLinkFieldsFragment = { __typename: 'ShareLink', id: string, url: string, shortUrl: string, token: string, expiresAt?: string | null, lockedFilters?: unknown | null, allowedOrigins: Array<string>, createdAt: string, revokedAt?: string | null } & { ' $fragmentName'?: 'ShareLinkFieldsFragment' };

export type ShareLinksQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ShareLinksQuery = { __typename: 'Query', canvas?: { __typename: 'Canvas', id: string, name: string, canEdit: boolean, published: boolean, publication?: { __typename: 'Publication', id: string, blockIds: Array<string> } | null, blocks: Array<{ __typename: 'Block', id: string, type: BlockType, content: unknown }>, shareLinks?: Array<(
      { __typename: 'ShareLink' }
      & { ' $fragmentRefs'?: { 'ShareLinkFieldsFragment': ShareLinkFieldsFragment } }
    )> | null } | null };

export type CreateShareLinkMutationVariables = Exact<{
  input: CreateShareLinkInput;
}>;


export type CreateShareLinkMutation = { __typename: 'Mutation', createShareLink: (
    { __typename: 'ShareLink' }
    & { ' $fragmentRefs'?: { 'ShareLinkFieldsFragment': ShareLinkFieldsFragment } }
  ) };

export type RevokeShareLinkMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeShareLinkMutation = { __typename: 'Mutation', revokeShareLink: boolean };

export type CanvasEmbedUsageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  days: Scalars['Int']['input'];
}>;


export type CanvasEmbedUsageQuery = { __typename: 'Query', canvas?: { __typename: 'Canvas', id: string, embedUsage?: Array<{ __typename: 'EmbedViewerUsage', viewer: string, via: string, views: number, blocksRun: number, lastSeenAt: string }> | null, shareLinks?: Array<{ __typename: 'ShareLink', id: string, createdAt: string, revokedAt?: string | null }> | null } | null };

export type UsageQueryVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
}>;


export type UsageQuery = { __typename: 'Query', usage: Array<{ __typename: 'UsageDay', day: string, queries: number, errors: number, cacheHits: number, p95DurationMs: number }> };

export type AiUsageQueryVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
}>;


export type AiUsageQuery = { __typename: 'Query', aiUsage: Array<{ __typename: 'AiUsageDay', day: string, answered: number, accepted: number, edited: number, rejected: number }> };

export type SessionFieldsFragment = { __typename: 'AuthPayload', accessToken: string, refreshToken: string, accessTokenExpiresAt: string, user: { __typename: 'User', id: string, name: string, email: string } } & { ' $fragmentName'?: 'SessionFieldsFragment' };

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: Scalars['String']['input'];
}>;


export type RefreshSessionMutation = { __typename: 'Mutation', refreshSession: (
    { __typename: 'AuthPayload' }
    & { ' $fragmentRefs'?: { 'SessionFieldsFragment': SessionFieldsFragment } }
  ) };

export type LogOutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogOutMutation = { __typename: 'Mutation', logOut: boolean };

export const DataSourceListItem_DataSourceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataSourceListItem_DataSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<DataSourceListItem_DataSourceFragment, unknown>;
export const SemanticModel_FieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SemanticModel_Fields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SemanticModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"synonyms"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"fromTable"}},{"kind":"Field","name":{"kind":"Name","value":"fromColumn"}},{"kind":"Field","name":{"kind":"Name","value":"toTable"}},{"kind":"Field","name":{"kind":"Name","value":"toColumn"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}}]}}]}}]} as unknown as DocumentNode<SemanticModel_FieldsFragment, unknown>;
export const DataSourceTile_DataSourceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataSourceTile_DataSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<DataSourceTile_DataSourceFragment, unknown>;
export const SavedQueryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedQueryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedQuery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sql"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dataSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<SavedQueryFieldsFragment, unknown>;
export const PublicationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Canvas"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"blockIds"}},{"kind":"Field","name":{"kind":"Name","value":"showCode"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"publicationStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changesSince"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"blockId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<PublicationFieldsFragment, unknown>;
export const ResultTable_QueryRunFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResultTable_QueryRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueryRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"cached"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}}]}}]} as unknown as DocumentNode<ResultTable_QueryRunFragment, unknown>;
export const QueryRunFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueryRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueryRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sql"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"cached"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"limitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"maxLimitSeconds"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResultTable_QueryRun"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResultTable_QueryRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueryRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"cached"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}}]}}]} as unknown as DocumentNode<QueryRunFieldsFragment, unknown>;
export const QueryRunDataFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueryRunData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueryRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sql"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rowsJson"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"cached"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"limitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"maxLimitSeconds"}}]}}]}}]} as unknown as DocumentNode<QueryRunDataFragment, unknown>;
export const DeliveryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleId"}},{"kind":"Field","name":{"kind":"Name","value":"alertId"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"destinationId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]}}]} as unknown as DocumentNode<DeliveryFieldsFragment, unknown>;
export const CreatedDestinationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreatedDestination"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Destination"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]} as unknown as DocumentNode<CreatedDestinationFragment, unknown>;
export const ShareLinkFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShareLinkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShareLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"shortUrl"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lockedFilters"}},{"kind":"Field","name":{"kind":"Name","value":"allowedOrigins"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ShareLinkFieldsFragment, unknown>;
export const SessionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<SessionFieldsFragment, unknown>;
export const CanvasActivityDocument = {"__meta__":{"hash":"6c0e81acb851821dae5863e9075fe509692e2541fa1b9ba9a642f9df76221422"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanvasActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canvasId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"canvas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canvasId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"blockId"}},{"kind":"Field","name":{"kind":"Name","value":"blockTitle"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"versionName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CanvasActivityQuery, CanvasActivityQueryVariables>;
export const AskCanvasDocument = {"__meta__":{"hash":"51b7eccc94bfc9711951fb2b63b50e4838c466eb7165889e553f7af91310e4e6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AskCanvas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AskCanvasInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"askCanvas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"blocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clarification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"readings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"table"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AskCanvasMutation, AskCanvasMutationVariables>;
export const SourceModelValuesDocument = {"__meta__":{"hash":"0ccb7e1193f44afec3e9eef0ea4ca570873e69e4bf275f7765bba4d2f74e420e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SourceModelValues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"dataSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"tables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SourceModelValuesQuery, SourceModelValuesQueryVariables>;
export const SaveValueLabelDocument = {"__meta__":{"hash":"9eea7c8159b2cbcbedd528ae8f4dada8fc3e939474c037fece30a11fd439e61e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveValueLabel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSemanticModelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateSemanticModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}}]}}]} as unknown as DocumentNode<SaveValueLabelMutation, SaveValueLabelMutationVariables>;
export const RemoveAddedBlockDocument = {"__meta__":{"hash":"c4a1452f6922b58bf32b89355dbe1f7c940dc58796063c8e85354a0cba792dc1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveAddedBlock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canvasId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"blockId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"removeBlock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"canvasId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canvasId"}}},{"kind":"Argument","name":{"kind":"Name","value":"blockId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"blockId"}}}]}]}}]} as unknown as DocumentNode<RemoveAddedBlockMutation, RemoveAddedBlockMutationVariables>;
export const ExplainChartSqlDocument = {"__meta__":{"hash":"2f5ba94a78f6e572fb75e983a8987acc25bdcaa63ea81bafbdcb3282a1e97f91"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplainChartSql"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sql"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dataSourceId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"explainSql"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sql"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sql"}}},{"kind":"Argument","name":{"kind":"Name","value":"dataSourceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dataSourceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<ExplainChartSqlQuery, ExplainChartSqlQueryVariables>;
export const FixSqlDocument = {"__meta__":{"hash":"ecdc4d1c757fc39c8d1dd8e7fd9d9a2f4bcd28dffc4e82755a6badeb8a8bc7c9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FixSql"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FixSqlInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"fixSql"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sql"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}}]}}]} as unknown as DocumentNode<FixSqlMutation, FixSqlMutationVariables>;
export const RecordFixOutcomeDocument = {"__meta__":{"hash":"5e9637a519ed235f78f4ef70efe694c1f30b36ab3dee89e8df210e000c4233ec"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFixOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SuggestionOutcome"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"finalSql"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordSuggestionOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}},{"kind":"Argument","name":{"kind":"Name","value":"finalSql"},"value":{"kind":"Variable","name":{"kind":"Name","value":"finalSql"}}}]}]}}]} as unknown as DocumentNode<RecordFixOutcomeMutation, RecordFixOutcomeMutationVariables>;
export const GenerateSqlDocument = {"__meta__":{"hash":"7d261ed05ddd081474116a6335790e607ab8bec9154aea538bb17e452b7a41e5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateSql"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GenerateSqlInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"generateSql"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sql"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"engine"}},{"kind":"Field","name":{"kind":"Name","value":"chart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}}]}}]}}]}}]} as unknown as DocumentNode<GenerateSqlMutation, GenerateSqlMutationVariables>;
export const RecordSuggestionOutcomeDocument = {"__meta__":{"hash":"dbd9dca0136af67f34ce4e225f58e08fc2d0a8d7578a4908fe23f5f8feab95b5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSuggestionOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SuggestionOutcome"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"finalSql"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordSuggestionOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}},{"kind":"Argument","name":{"kind":"Name","value":"finalSql"},"value":{"kind":"Variable","name":{"kind":"Name","value":"finalSql"}}}]}]}}]} as unknown as DocumentNode<RecordSuggestionOutcomeMutation, RecordSuggestionOutcomeMutationVariables>;
export const RequestSignUpDocument = {"__meta__":{"hash":"f389fb0e81a9a69df0b63eac3349f41f06b87ae7fc54ecd36aabf3b4cd8ae8a3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestSignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestSignUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<RequestSignUpMutation, RequestSignUpMutationVariables>;
export const CompleteSignUpDocument = {"__meta__":{"hash":"eded114f6aad23f9020d43a4c436b9ab952ef0e5088e35db00f7b7d99a7fece6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteSignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"completeSignUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<CompleteSignUpMutation, CompleteSignUpMutationVariables>;
export const LogInDocument = {"__meta__":{"hash":"8e432ac76ea64d6cd8d59d1bc188f60c183103b3ef1ad2e988988315ba803381"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"logIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<LogInMutation, LogInMutationVariables>;
export const MeDocument = {"__meta__":{"hash":"80b34e5383e4bf3712ee2f7d77a8b7e0a9745cba3788e0735446e2640bdea593"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const RunCanvasBlockDocument = {"__meta__":{"hash":"aedc023a3607905ff4acb2b8b7fd90e90d64fcb201ae0c2f19643577d930e09a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RunCanvasBlock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canvasId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"blockId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filters"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JSON"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"interactions"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JSON"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"runCanvasBlock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"canvasId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canvasId"}}},{"kind":"Argument","name":{"kind":"Name","value":"blockId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"blockId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filters"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filters"}}},{"kind":"Argument","name":{"kind":"Name","value":"interactions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"interactions"}}}]}]}}]} as unknown as DocumentNode<RunCanvasBlockQuery, RunCanvasBlockQueryVariables>;
export const ProjectCanvasesDocument = {"__meta__":{"hash":"4e781e9c86b5402d2ae918a237fc68bed1870b856a747f5b4d62c43836a9f8ab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectCanvases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"canvases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"canvasTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<ProjectCanvasesQuery, ProjectCanvasesQueryVariables>;
export const CreateCanvasDocument = {"__meta__":{"hash":"d100c6a3838d5526b6ab2e95940f5c9ff3ffd93f9acc4dd6123a1e48d9fcfd3e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCanvas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCanvasInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createCanvas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateCanvasMutation, CreateCanvasMutationVariables>;
export const CanvasHeaderDocument = {"__meta__":{"hash":"bed7c6759a433b3d817262184a7d3374e26a3386fcb6d66fa31d05231cac9efd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanvasHeader"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"canvas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"blocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}},{"kind":"Field","name":{"kind":"Name","value":"w"}},{"kind":"Field","name":{"kind":"Name","value":"h"}}]}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CanvasHeaderQuery, CanvasHeaderQueryVariables>;
export const RenameCanvasDocument = {"__meta__":{"hash":"c73f8a0bd5e7c5dfa7c41540ffefb4780915571e01030eab0914435b18dae208"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenameCanvas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"renameCanvas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RenameCanvasMutation, RenameCanvasMutationVariables>;
export const CanvasCommentsDocument = {"__meta__":{"hash":"dd98316f20ddea7730cc84350acf494a735e3d07cfc43f457be5eec78b133d3e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanvasComments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canvasId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"canvasId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canvasId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"blockId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"anchor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CanvasCommentsQuery, CanvasCommentsQueryVariables>;
export const AddCommentDocument = {"__meta__":{"hash":"42306a1bc65ce17c0b2ae3a96fdb7dbbf5db51e23a241697986f528c536ef65b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"addComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"blockId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}}]}}]}}]} as unknown as DocumentNode<AddCommentMutation, AddCommentMutationVariables>;
export const ResolveCommentDocument = {"__meta__":{"hash":"8995ec43ddc81a963365e2fc6a259fd073c098fae2802ede3a9c7985ef4ac5d0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resolveComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}}]}}]}}]} as unknown as DocumentNode<ResolveCommentMutation, ResolveCommentMutationVariables>;
export const ReopenCommentDocument = {"__meta__":{"hash":"f3b8f05705d03b610841989a2aa9480460f473e967083695a823a1c356d7ec6c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reopenComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}}]}}]}}]} as unknown as DocumentNode<ReopenCommentMutation, ReopenCommentMutationVariables>;
export const CommentAddedDocument = {"__meta__":{"hash":"269cbcadb927ae4d4181cbcb866dbf3523d93e3be55a26a645e1eadfdecb04b1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CommentAdded"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canvasId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commentAdded"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"canvasId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canvasId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CommentAddedSubscription, CommentAddedSubscriptionVariables>;
export const CommentUpdatedDocument = {"__meta__":{"hash":"82d269d9c8328c6a99349338a72b33c7d248ab503272c0b96338ed034ef1f36f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CommentUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canvasId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commentUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"canvasId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canvasId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}}]}}]}}]} as unknown as DocumentNode<CommentUpdatedSubscription, CommentUpdatedSubscriptionVariables>;
export const CommentStatsDocument = {"__meta__":{"hash":"e0da1a083977f0f27437d51b327cd40725896797ac61b2237abe75bd7cf12a93"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommentStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canvasId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"commentStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"canvasId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canvasId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"blockId"}},{"kind":"Field","name":{"kind":"Name","value":"openCount"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]} as unknown as DocumentNode<CommentStatsQuery, CommentStatsQueryVariables>;
export const MarkCommentsReadDocument = {"__meta__":{"hash":"13b7ecd0131da58e9a9a61e3aba49af56b00627482a87ae6438a015388c1e18a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkCommentsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canvasId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"blockId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"markCommentsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"canvasId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canvasId"}}},{"kind":"Argument","name":{"kind":"Name","value":"blockId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"blockId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"blockId"}},{"kind":"Field","name":{"kind":"Name","value":"openCount"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]} as unknown as DocumentNode<MarkCommentsReadMutation, MarkCommentsReadMutationVariables>;
export const CommentBlocksDocument = {"__meta__":{"hash":"b98db8bcfd5f28f53f8322623e4a882582693cf1e09cf03320d6b22da0518bdf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommentBlocks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canvasId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"canvas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canvasId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"blocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]}}]} as unknown as DocumentNode<CommentBlocksQuery, CommentBlocksQueryVariables>;
export const MentionCandidatesDocument = {"__meta__":{"hash":"a7c2a08bd89780190baa9ef76fa0ad5e13edf34319cef654fdf2d281ab8b5082"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MentionCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canvasId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"canvas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canvasId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MentionCandidatesQuery, MentionCandidatesQueryVariables>;
export const DataSourcesDocument = {"__meta__":{"hash":"93ceb9b564246df35fc4603b6e99bbd18869e94b6710ee535ad4b4ae33d74dd2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DataSources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dataSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DataSourceListItem_DataSource"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataSourceListItem_DataSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<DataSourcesQuery, DataSourcesQueryVariables>;
export const DataSourceDetailDocument = {"__meta__":{"hash":"12f6e3a47324a9b5c26bc929ff976e8d09de952a57a809d0b8b02ad86251cd5f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DataSourceDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"dataSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"connection"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DataSourceDetailQuery, DataSourceDetailQueryVariables>;
export const DataSourceTablesDocument = {"__meta__":{"hash":"481af80156b35a1b35a08925644ab5a2f20907179887a77424379d2af32d67b1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DataSourceTables"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refresh"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"dataSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tables"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refresh"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refresh"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"schema"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"foreignKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"referencedTable"}},{"kind":"Field","name":{"kind":"Name","value":"referencedColumns"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DataSourceTablesQuery, DataSourceTablesQueryVariables>;
export const DataSourceModelDocument = {"__meta__":{"hash":"a7f5044440ae4cff00c3e2e7e9c435acfba8c55cd6918a0f48efd1c0a9a747bc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DataSourceModel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"dataSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SemanticModel_Fields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SemanticModel_Fields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SemanticModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"synonyms"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"fromTable"}},{"kind":"Field","name":{"kind":"Name","value":"fromColumn"}},{"kind":"Field","name":{"kind":"Name","value":"toTable"}},{"kind":"Field","name":{"kind":"Name","value":"toColumn"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}}]}}]}}]} as unknown as DocumentNode<DataSourceModelQuery, DataSourceModelQueryVariables>;
export const UpdateSemanticModelDocument = {"__meta__":{"hash":"6f2d4bab54a0f097dae75c129ac97b5b06991ef6e79414fd615a8b55409ba996"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSemanticModel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSemanticModelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateSemanticModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SemanticModel_Fields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SemanticModel_Fields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SemanticModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"synonyms"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"fromTable"}},{"kind":"Field","name":{"kind":"Name","value":"fromColumn"}},{"kind":"Field","name":{"kind":"Name","value":"toTable"}},{"kind":"Field","name":{"kind":"Name","value":"toColumn"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}}]}}]}}]} as unknown as DocumentNode<UpdateSemanticModelMutation, UpdateSemanticModelMutationVariables>;
export const DataSourceGlossaryDocument = {"__meta__":{"hash":"616d9a2cb48498241675a5ee916dcc38a67973dd4cdd28a4c3636c1504a5e8cb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DataSourceGlossary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"dataSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"glossary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"terms"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"expression"}},{"kind":"Field","name":{"kind":"Name","value":"filter"}},{"kind":"Field","name":{"kind":"Name","value":"tables"}},{"kind":"Field","name":{"kind":"Name","value":"timeColumn"}}]}}]}}]}}]} as unknown as DocumentNode<DataSourceGlossaryQuery, DataSourceGlossaryQueryVariables>;
export const CreateDataSourceDocument = {"__meta__":{"hash":"1c9df3b9fa70891611e08caa0864ff3643a20bb3241adac39578c300733a53a0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDataSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDataSourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createDataSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"connection"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CreateDataSourceMutation, CreateDataSourceMutationVariables>;
export const UpdateDataSourceDocument = {"__meta__":{"hash":"95a5dee6a8e2df98e2597c563bbb35e524496f9ef93edb62c7cb44a396334552"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDataSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDataSourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateDataSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"connection"}},{"kind":"Field","name":{"kind":"Name","value":"glossary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"terms"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"expression"}},{"kind":"Field","name":{"kind":"Name","value":"filter"}},{"kind":"Field","name":{"kind":"Name","value":"tables"}},{"kind":"Field","name":{"kind":"Name","value":"timeColumn"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateDataSourceMutation, UpdateDataSourceMutationVariables>;
export const DeleteDataSourceDocument = {"__meta__":{"hash":"10a91bfbc91fdff3200a3f8c553135da253a1d44f29d9f07dd6485e0691e7716"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteDataSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deleteDataSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteDataSourceMutation, DeleteDataSourceMutationVariables>;
export const TestDataSourceConnectionDocument = {"__meta__":{"hash":"f7f9c16ffecc9b290500878c214e718667dd722b40e120c7db85ec5396ffb5d5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestDataSourceConnection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"testDataSourceConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TestDataSourceConnectionMutation, TestDataSourceConnectionMutationVariables>;
export const TestConnectionDocument = {"__meta__":{"hash":"5f61967e40507816dad46d8ab7ace3747818ac816660a29a67efbe7b8297c83e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestConnection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TestConnectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"testConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TestConnectionMutation, TestConnectionMutationVariables>;
export const CreateFileUploadDocument = {"__meta__":{"hash":"568f8014fe235119b6f7bf46193158d5a3806b71657c6a69c06985a304358b93"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFileUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFileUploadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createFileUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"uploadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"dataSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<CreateFileUploadMutation, CreateFileUploadMutationVariables>;
export const OrganizationEmbedUsageDocument = {"__meta__":{"hash":"b8ed0ef797fdc92ef9c1c00baf5fafa2c2226937a6ce6b87fa736ec9245a93de"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationEmbedUsage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"organizationEmbedUsage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"views"}},{"kind":"Field","name":{"kind":"Name","value":"blocksRun"}},{"kind":"Field","name":{"kind":"Name","value":"viewers"}},{"kind":"Field","name":{"kind":"Name","value":"canvases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"canvasId"}},{"kind":"Field","name":{"kind":"Name","value":"canvas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shareLinks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeRevoked"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"views"}},{"kind":"Field","name":{"kind":"Name","value":"blocksRun"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"}},{"kind":"Field","name":{"kind":"Name","value":"via"}},{"kind":"Field","name":{"kind":"Name","value":"views"}},{"kind":"Field","name":{"kind":"Name","value":"blocksRun"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationEmbedUsageQuery, OrganizationEmbedUsageQueryVariables>;
export const SharedCanvasDocument = {"__meta__":{"hash":"ab4d23c918fb30ec043c3040d4a6ffeda9f90f4ab1c50849bae6ccee4fe42de2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SharedCanvas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sharedCanvas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lockedFilters"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"publication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"showCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"blocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}},{"kind":"Field","name":{"kind":"Name","value":"w"}},{"kind":"Field","name":{"kind":"Name","value":"h"}}]}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]}}]} as unknown as DocumentNode<SharedCanvasQuery, SharedCanvasQueryVariables>;
export const RunSharedBlockDocument = {"__meta__":{"hash":"8f50b8b10089bf87836af2c805bebf5651d597e3d56e3c49636f4725c31830cf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RunSharedBlock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"blockId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filters"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JSON"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"interactions"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JSON"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"runSharedBlock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"blockId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"blockId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filters"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filters"}}},{"kind":"Argument","name":{"kind":"Name","value":"interactions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"interactions"}}}]}]}}]} as unknown as DocumentNode<RunSharedBlockQuery, RunSharedBlockQueryVariables>;
export const CanvasVersionsDocument = {"__meta__":{"hash":"fa8fcccdecfadd3e940600a9a7407d6ad72b738f7f66ff726db67092541ecc06"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanvasVersions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canvasId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"canvasVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"canvasId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canvasId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CanvasVersionsQuery, CanvasVersionsQueryVariables>;
export const CanvasVersionPreviewDocument = {"__meta__":{"hash":"6584fd836191187ff191d92971c000979f5990a424f9b983a5937746fe67c106"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanvasVersionPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"canvasVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"canvasName"}},{"kind":"Field","name":{"kind":"Name","value":"blocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]}}]} as unknown as DocumentNode<CanvasVersionPreviewQuery, CanvasVersionPreviewQueryVariables>;
export const CreateCanvasVersionDocument = {"__meta__":{"hash":"628201ee33a1fa87ffc55e88eac28171553d61c0aaad6fcff54afb758a630b92"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCanvasVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canvasId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createCanvasVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"canvasId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canvasId"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateCanvasVersionMutation, CreateCanvasVersionMutationVariables>;
export const RestoreCanvasVersionDocument = {"__meta__":{"hash":"b87f9163a0b900e4460faeed91ee8555ef3b822750490bc87b8daf71a567eae3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreCanvasVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canvasId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"restoreCanvasVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"canvasId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canvasId"}}},{"kind":"Argument","name":{"kind":"Name","value":"versionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RestoreCanvasVersionMutation, RestoreCanvasVersionMutationVariables>;
export const RestoreCanvasBlockDocument = {"__meta__":{"hash":"bbcc68f0ebab42fa8cce1c424f7cd06786706b5850c9187a06731a102ddc7ce0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreCanvasBlock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canvasId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"blockId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"restoreCanvasBlock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"canvasId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canvasId"}}},{"kind":"Argument","name":{"kind":"Name","value":"versionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"blockId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"blockId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]} as unknown as DocumentNode<RestoreCanvasBlockMutation, RestoreCanvasBlockMutationVariables>;
export const ProjectHomeDocument = {"__meta__":{"hash":"8304c5fa55ce5d879a9b0c931bfe670f28f57248e45aca0843e47f13233395fa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectHome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DataSourceTile_DataSource"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataSourceTile_DataSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ProjectHomeQuery, ProjectHomeQueryVariables>;
export const CreateProjectDocument = {"__meta__":{"hash":"32ef1784d2b6429548da0b8797efefefff7a1b00de2fdccec3e4c203642052fd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateProjectMutation, CreateProjectMutationVariables>;
export const SavedQueriesDocument = {"__meta__":{"hash":"46ee5bf80235f55a701d3993d2e9fef4410a9f407a1b2bc35fdee9c90abdd390"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SavedQueries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"savedQueries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedQueryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedQueryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedQuery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sql"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dataSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<SavedQueriesQuery, SavedQueriesQueryVariables>;
export const SaveQueryDocument = {"__meta__":{"hash":"22f3d2cdfb881034436c5572407defa922594f5f821e1482b54643a6bb0ffab7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveQueryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"saveQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedQueryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedQueryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedQuery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sql"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dataSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<SaveQueryMutation, SaveQueryMutationVariables>;
export const UpdateSavedQueryDocument = {"__meta__":{"hash":"d658849754dcbfd7d7ffeb2ffeb6a54985a8f4242e2e87099cfb0bd240db45da"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSavedQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSavedQueryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateSavedQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedQueryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedQueryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedQuery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sql"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dataSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<UpdateSavedQueryMutation, UpdateSavedQueryMutationVariables>;
export const DeleteSavedQueryDocument = {"__meta__":{"hash":"f77672a8f019730454c9e6f0405a2b0f097182e7572ddb2dba773a3b33759c97"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSavedQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deleteSavedQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteSavedQueryMutation, DeleteSavedQueryMutationVariables>;
export const QueryHistoryDocument = {"__meta__":{"hash":"802504e17b4c17415b7ef3d1ff83d9be25195951be402c918953be47c4b84465"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueryHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"QueryRunStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"queryHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sql"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"cached"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<QueryHistoryQuery, QueryHistoryQueryVariables>;
export const OrganizationPeopleDocument = {"__meta__":{"hash":"bd996b72cc3896ad83c33fd12337db04ce067773ad86fed55f15fbb7fbb5d7fb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OrganizationPeopleQuery, OrganizationPeopleQueryVariables>;
export const EmbeddingSecretStatusDocument = {"__meta__":{"hash":"96c062f1bc56d9075d3fa6c09bada68d9247bcb05029ec11ef6682e97528abfa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmbeddingSecretStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"embeddingSecretCreatedAt"}}]}}]}}]} as unknown as DocumentNode<EmbeddingSecretStatusQuery, EmbeddingSecretStatusQueryVariables>;
export const InviteOrganizationMemberDocument = {"__meta__":{"hash":"c6e93c5d3858242e51402960526e2de0f7a369d8c7bc954d0dca4752ac90f3b9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteOrganizationMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"inviteMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"inviteUrl"}}]}}]}}]} as unknown as DocumentNode<InviteOrganizationMemberMutation, InviteOrganizationMemberMutationVariables>;
export const RevokeInvitationDocument = {"__meta__":{"hash":"398e883d4e4aab08032b12ff37b45c95bb74753872b097cf6f92420c77ac8015"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"revokeInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}]}}]} as unknown as DocumentNode<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const SetMemberRoleDocument = {"__meta__":{"hash":"fcc857d6b7ee047ee3d741bb2c3419add7e19b9cf160d270f8f831d6c1057913"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMemberRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMemberRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setMemberRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SetMemberRoleMutation, SetMemberRoleMutationVariables>;
export const RemoveMemberDocument = {"__meta__":{"hash":"b2ec078c47e400f5778b0fd09f4c47cfdb9c22e48f88d839eb85a2bbf787bc59"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"removeMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}]}]}}]} as unknown as DocumentNode<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const CreateEmbeddingSecretDocument = {"__meta__":{"hash":"35f2f437e55c97f8bb83b551dac3140e1d479b3f590219ef05d300bd391217d8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEmbeddingSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createEmbeddingSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}]}]}}]} as unknown as DocumentNode<CreateEmbeddingSecretMutation, CreateEmbeddingSecretMutationVariables>;
export const CanvasOrganizationDocument = {"__meta__":{"hash":"86082c571a0ca5fb026a9aa7cbdd28e1f8c7d08a208f338057055570a33e6a4f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanvasOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"canvas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CanvasOrganizationQuery, CanvasOrganizationQueryVariables>;
export const CanvasPeopleDocument = {"__meta__":{"hash":"174721672b8a6d0b66c770df4a2e12b0d55da742ff4e4712d801a4a8664e6e5a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanvasPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canvasId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"canvasPeople"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"canvasId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canvasId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CanvasPeopleQuery, CanvasPeopleQueryVariables>;
export const UnshareCanvasDocument = {"__meta__":{"hash":"93a34fb7eb2b28e9852fd09d07ae2e13c9b8e7e8556cc55f9c2845db0729f028"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnshareCanvas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnshareCanvasInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"unshareCanvas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<UnshareCanvasMutation, UnshareCanvasMutationVariables>;
export const AcceptInvitationDocument = {"__meta__":{"hash":"bbf055f1f700669c0d44914c9bcfd56061e6225c8798ef89194d4e625e344fb7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const ShareCanvasDocument = {"__meta__":{"hash":"700a40d458c1d27f6a55dc55714403cba2b5c8cc782d7583846ab3457fd78061"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShareCanvas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShareCanvasInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"shareCanvas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ShareCanvasMutation, ShareCanvasMutationVariables>;
export const AlertNotificationsDocument = {"__meta__":{"hash":"93970570bc700cf9f8126b180f9ef6c0f6b1e23c0fa3c054c4d520f70d96d68f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"alertNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"canvasId"}},{"kind":"Field","name":{"kind":"Name","value":"canvasName"}}]}}]}}]} as unknown as DocumentNode<AlertNotificationsQuery, AlertNotificationsQueryVariables>;
export const CommentNotificationsDocument = {"__meta__":{"hash":"ef6f6c98fc7b592787a81668856dfd4cc29ee33bcaecbdba8508be9fd17d74e7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommentNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"blockId"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"canvas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommentNotificationsQuery, CommentNotificationsQueryVariables>;
export const NotificationAddedDocument = {"__meta__":{"hash":"708ba562d37f64843ee8574f00b91ac91513bf4a08b188dcda7c5e13d90591f3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NotificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NotificationAddedSubscription, NotificationAddedSubscriptionVariables>;
export const MarkNotificationReadDocument = {"__meta__":{"hash":"3b2dbdb183401d8cd3f463c891527446e650bc1177c040412d1c3826e1cd670f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"markNotificationRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"read"}}]}}]}}]} as unknown as DocumentNode<MarkNotificationReadMutation, MarkNotificationReadMutationVariables>;
export const MarkAllNotificationsReadDocument = {"__meta__":{"hash":"b5229c96f6fc3a6c4fb20221dc14bae92d839a02fbcd8df3887f51aa44f29a67"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAllNotificationsRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"markAllNotificationsRead"}}]}}]} as unknown as DocumentNode<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const MailOutboxDocument = {"__meta__":{"hash":"f1b9b326cde8b5a79d0957c83bb0735bae673b1761a27cb2b3c9dc70b4581f6b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MailOutbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"mailOutbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}}]}}]} as unknown as DocumentNode<MailOutboxQuery, MailOutboxQueryVariables>;
export const CanvasPublicationDocument = {"__meta__":{"hash":"eb859fed91c2adc935816b742955c3b7f6ed9d69b202f784c9f9465583c0c1d9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanvasPublication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"canvas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Canvas"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"blockIds"}},{"kind":"Field","name":{"kind":"Name","value":"showCode"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"publicationStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changesSince"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"blockId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<CanvasPublicationQuery, CanvasPublicationQueryVariables>;
export const PublishCanvasDocument = {"__meta__":{"hash":"0eb27631e06694b5ac00dd1b850722169e2c97cd18bca1301660b04422fcb8de"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishCanvas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishCanvasInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"publishCanvas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"blockIds"}},{"kind":"Field","name":{"kind":"Name","value":"showCode"}}]}}]}}]} as unknown as DocumentNode<PublishCanvasMutation, PublishCanvasMutationVariables>;
export const DataSourceSchemaDocument = {"__meta__":{"hash":"0854889d9b3eb78fba82fd4d30642d025c14961a59e51feab162a7a01ceb641b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DataSourceSchema"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"dataSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"tables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"schema"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DataSourceSchemaQuery, DataSourceSchemaQueryVariables>;
export const ProjectDataSourcesDocument = {"__meta__":{"hash":"4d912fa824692453a242bb29ee2ada9da131bd43971c276f87932b22368bc713"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectDataSources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dataSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<ProjectDataSourcesQuery, ProjectDataSourcesQueryVariables>;
export const RunQueryDocument = {"__meta__":{"hash":"aa828aaeac3c9312779ca370f8b289015be5b14478949508515069752733b891"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RunQueryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"runQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueryRunData"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueryRunData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueryRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sql"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rowsJson"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"cached"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"limitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"maxLimitSeconds"}}]}}]}}]} as unknown as DocumentNode<RunQueryMutation, RunQueryMutationVariables>;
export const QueryRunDocument = {"__meta__":{"hash":"6c2f8df9a36d4c3dd2e361f3fe10cc35880e16782f413d7a7a4dc37d8073bf8e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueryRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"queryRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueryRunData"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueryRunData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueryRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sql"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rowsJson"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"cached"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"limitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"maxLimitSeconds"}}]}}]}}]} as unknown as DocumentNode<QueryRunQuery, QueryRunQueryVariables>;
export const QueryRunUpdatedDocument = {"__meta__":{"hash":"86f5f2e51d55bac9e1f134fff09e6b11592192edd79445362fc1464446516dab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"QueryRunUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queryRunUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueryRunData"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueryRunData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueryRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sql"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rowsJson"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"cached"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"limitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"maxLimitSeconds"}}]}}]}}]} as unknown as DocumentNode<QueryRunUpdatedSubscription, QueryRunUpdatedSubscriptionVariables>;
export const CancelQueryRunDocument = {"__meta__":{"hash":"f310da78dfd61075371a3b010afbfe88aab846fef55acaed055fc7428cdf75cd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelQueryRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cancelQueryRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueryRunData"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueryRunData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueryRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sql"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rowsJson"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"cached"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"limitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"maxLimitSeconds"}}]}}]}}]} as unknown as DocumentNode<CancelQueryRunMutation, CancelQueryRunMutationVariables>;
export const SchemaModelDocument = {"__meta__":{"hash":"27d37b46ea06c3afac61aa4afa0f74732e3f5790a66a80d5ddfa8f71cf1345dd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchemaModel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"dataSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SchemaModelQuery, SchemaModelQueryVariables>;
export const ExportQueryRunDocument = {"__meta__":{"hash":"89fa59e101e22113fdb248c195933271515b6940614c20b9d2fed73b7536b752"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportQueryRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"exportQueryRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<ExportQueryRunMutation, ExportQueryRunMutationVariables>;
export const QueryRunSourceDocument = {"__meta__":{"hash":"f09318ae67484db418183525418a9a028a6465574f4eb0d7d899e3791c075a44"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueryRunSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"queryRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sql"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"}},{"kind":"Field","name":{"kind":"Name","value":"dataSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<QueryRunSourceQuery, QueryRunSourceQueryVariables>;
export const CanvasSchedulesDocument = {"__meta__":{"hash":"4c19fc522c431421d210d712ae98063a39ce4e41bb6c713fb005daf4bf3f0492"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanvasSchedules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canvasId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"canvasSchedules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"canvasId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canvasId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cron"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"nextRunAt"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"destinations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastDelivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"canvasAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"canvasId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canvasId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"blockId"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"cron"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"triggered"}},{"kind":"Field","name":{"kind":"Name","value":"lastValue"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextRunAt"}},{"kind":"Field","name":{"kind":"Name","value":"destinations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastDelivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<CanvasSchedulesQuery, CanvasSchedulesQueryVariables>;
export const CreateScheduleDocument = {"__meta__":{"hash":"c4d9baf6c3a959992ea9b4510bba631da861283e35f955a7f0c4943f167ec887"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateScheduleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"destinations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreatedDestination"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreatedDestination"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Destination"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]} as unknown as DocumentNode<CreateScheduleMutation, CreateScheduleMutationVariables>;
export const CreateAlertDocument = {"__meta__":{"hash":"a26cf9a506f163aff9a3c279f6d96b6946a53e19b4f404402d7acfe411d47c3a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAlertInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"destinations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreatedDestination"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreatedDestination"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Destination"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]} as unknown as DocumentNode<CreateAlertMutation, CreateAlertMutationVariables>;
export const SetRulePausedDocument = {"__meta__":{"hash":"df7a77f8577b6133d8d9dbcaf60dc530ef2edb8a9445a07c31ac648f23069f00"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetRulePaused"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paused"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"alert"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setSchedulePaused"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"paused"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paused"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"alert"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"nextRunAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"setAlertPaused"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"paused"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paused"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"alert"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"nextRunAt"}}]}}]}}]} as unknown as DocumentNode<SetRulePausedMutation, SetRulePausedMutationVariables>;
export const RunRuleNowDocument = {"__meta__":{"hash":"73fe6894f7c99a71d1ab849ddf0b24f1561813b77b67e69e7f127a8e6a482166"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunRuleNow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"alert"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"runScheduleNow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"alert"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeliveryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"runAlertNow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"alert"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeliveryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleId"}},{"kind":"Field","name":{"kind":"Name","value":"alertId"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"destinationId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]}}]} as unknown as DocumentNode<RunRuleNowMutation, RunRuleNowMutationVariables>;
export const DeleteRuleDocument = {"__meta__":{"hash":"247e777d3be2c3f8b9b370df8b2964e2681f6e686ff632303a664e4752c7adbe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"alert"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deleteSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"alert"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"deleteAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"alert"}}}]}]}]}}]} as unknown as DocumentNode<DeleteRuleMutation, DeleteRuleMutationVariables>;
export const CanvasDeliveriesDocument = {"__meta__":{"hash":"3cb6b558d63e4e10649cc3c9e072e8e26cb094a6bea99b7b913fb7883ef700b3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanvasDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canvasId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"canvasDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"canvasId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canvasId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeliveryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleId"}},{"kind":"Field","name":{"kind":"Name","value":"alertId"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"destinationId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]}}]} as unknown as DocumentNode<CanvasDeliveriesQuery, CanvasDeliveriesQueryVariables>;
export const InviteMemberDocument = {"__meta__":{"hash":"7f4a89e222f77554217f54a8074d6c9853c2b3feb2205230c10e8dfec8d26702"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"inviteMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<InviteMemberMutation, InviteMemberMutationVariables>;
export const ShareLinksDocument = {"__meta__":{"hash":"3e8db3ffd43c660101b4e6768edb5453d2bb3193ab083765703f8a97d620e5b1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShareLinks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"canvas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"publication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"blockIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"blocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shareLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShareLinkFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShareLinkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShareLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"shortUrl"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lockedFilters"}},{"kind":"Field","name":{"kind":"Name","value":"allowedOrigins"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ShareLinksQuery, ShareLinksQueryVariables>;
export const CreateShareLinkDocument = {"__meta__":{"hash":"7e2507c3138d5c3365931c5499ffcfacaa73543aae75c98b5fc2c227335b1f5e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateShareLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateShareLinkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createShareLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShareLinkFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShareLinkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShareLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"shortUrl"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lockedFilters"}},{"kind":"Field","name":{"kind":"Name","value":"allowedOrigins"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<CreateShareLinkMutation, CreateShareLinkMutationVariables>;
export const RevokeShareLinkDocument = {"__meta__":{"hash":"45c3fa763da32dcf780c3332a9f45c16683956021a2c9541200847f095218bac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeShareLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"revokeShareLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RevokeShareLinkMutation, RevokeShareLinkMutationVariables>;
export const CanvasEmbedUsageDocument = {"__meta__":{"hash":"1e1a67bd079f3fe06c5bbc314e8595fedffb54d9e8ed51a025f13628d91b7f18"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CanvasEmbedUsage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"canvas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"embedUsage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"}},{"kind":"Field","name":{"kind":"Name","value":"via"}},{"kind":"Field","name":{"kind":"Name","value":"views"}},{"kind":"Field","name":{"kind":"Name","value":"blocksRun"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shareLinks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeRevoked"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CanvasEmbedUsageQuery, CanvasEmbedUsageQueryVariables>;
export const UsageDocument = {"__meta__":{"hash":"4052202762bc31929bd5ab3ee96e5dd0333f88c48f42166addaf138be6e0f71e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Usage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"queries"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}},{"kind":"Field","name":{"kind":"Name","value":"cacheHits"}},{"kind":"Field","name":{"kind":"Name","value":"p95DurationMs"}}]}}]}}]} as unknown as DocumentNode<UsageQuery, UsageQueryVariables>;
export const AiUsageDocument = {"__meta__":{"hash":"67e8e6bcf6a6c50fa1772a08f8dfdbdc93eeeae835a2a8f8dca5fcfdc6c0a99e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AiUsage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"aiUsage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"edited"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}}]}}]}}]} as unknown as DocumentNode<AiUsageQuery, AiUsageQueryVariables>;
export const RefreshSessionDocument = {"__meta__":{"hash":"533e58250c6946a0ef028873777f715a191edaa9b63b6c39dd0cb55a6eab2f1f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const LogOutDocument = {"__meta__":{"hash":"ad2fb1e0225f9ff0610e57f193cc8aeaa2000af720a0762191bc60cc2ae4a26e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"logOut"}}]}}]} as unknown as DocumentNode<LogOutMutation, LogOutMutationVariables>;