/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query CanvasActivity($canvasId: ID!, $first: Int, $after: String) {\n    canvas(id: $canvasId) {\n      id\n      activity(first: $first, after: $after) {\n        items {\n          id\n          kind\n          at\n          actor {\n            id\n            name\n          }\n          blockId\n          blockTitle\n          count\n          version\n          versionName\n        }\n        endCursor\n      }\n    }\n  }\n": typeof types.CanvasActivityDocument,
    "\n  mutation AskCanvas($input: AskCanvasInput!) {\n    askCanvas(input: $input) {\n      conversationId\n      explanation\n      blocks {\n        id\n        type\n      }\n      clarification {\n        term\n        question\n        options\n        readings {\n          table\n          column\n          value\n        }\n      }\n    }\n  }\n": typeof types.AskCanvasDocument,
    "\n  query SourceModelValues($id: ID!) {\n    dataSource(id: $id) {\n      id\n      model {\n        tables {\n          name\n          columns {\n            name\n            values {\n              value\n              label\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SourceModelValuesDocument,
    "\n  mutation SaveValueLabel($input: UpdateSemanticModelInput!) {\n    updateSemanticModel(input: $input) {\n      asOf\n    }\n  }\n": typeof types.SaveValueLabelDocument,
    "\n  mutation RemoveAddedBlock($canvasId: ID!, $blockId: ID!) {\n    removeBlock(canvasId: $canvasId, blockId: $blockId)\n  }\n": typeof types.RemoveAddedBlockDocument,
    "\n  query ExplainChartSql($sql: String!, $dataSourceId: ID) {\n    explainSql(sql: $sql, dataSourceId: $dataSourceId) {\n      text\n    }\n  }\n": typeof types.ExplainChartSqlDocument,
    "\n  mutation FixSql($input: FixSqlInput!) {\n    fixSql(input: $input) {\n      id\n      sql\n      explanation\n      confidence\n    }\n  }\n": typeof types.FixSqlDocument,
    "\n  mutation RecordFixOutcome($id: ID!, $outcome: SuggestionOutcome!, $finalSql: String) {\n    recordSuggestionOutcome(id: $id, outcome: $outcome, finalSql: $finalSql)\n  }\n": typeof types.RecordFixOutcomeDocument,
    "\n  mutation GenerateSql($input: GenerateSqlInput!) {\n    generateSql(input: $input) {\n      id\n      sql\n      explanation\n      confidence\n      engine\n      chart {\n        type\n        x\n        y\n      }\n    }\n  }\n": typeof types.GenerateSqlDocument,
    "\n  mutation RecordSuggestionOutcome($id: ID!, $outcome: SuggestionOutcome!, $finalSql: String) {\n    recordSuggestionOutcome(id: $id, outcome: $outcome, finalSql: $finalSql)\n  }\n": typeof types.RecordSuggestionOutcomeDocument,
    "\n  mutation RequestSignUp($input: SignUpInput!) {\n    requestSignUp(input: $input) {\n      email\n      session {\n        ...SessionFields\n      }\n    }\n  }\n": typeof types.RequestSignUpDocument,
    "\n  mutation CompleteSignUp($token: String!) {\n    completeSignUp(token: $token) {\n      ...SessionFields\n    }\n  }\n": typeof types.CompleteSignUpDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.LogInDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      memberships {\n        role\n        status\n        organization {\n          id\n          name\n          projects {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query RunCanvasBlock($canvasId: ID!, $blockId: ID!, $filters: JSON, $interactions: JSON) {\n    runCanvasBlock(canvasId: $canvasId, blockId: $blockId, filters: $filters, interactions: $interactions)\n  }\n": typeof types.RunCanvasBlockDocument,
    "\n  query ProjectCanvases($id: ID!) {\n    project(id: $id) {\n      id\n      canvases {\n        id\n        name\n        updatedAt\n        commentCount\n      }\n    }\n    canvasTemplates {\n      id\n      name\n      description\n    }\n  }\n": typeof types.ProjectCanvasesDocument,
    "\n  mutation CreateCanvas($input: CreateCanvasInput!) {\n    createCanvas(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateCanvasDocument,
    "\n  query CanvasHeader($id: ID!) {\n    canvas(id: $id) {\n      id\n      name\n      canEdit\n      blocks {\n        id\n        type\n        position {\n          x\n          y\n          w\n          h\n        }\n        content\n      }\n      project {\n        id\n        name\n        organization {\n          id\n        }\n        dataSources {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.CanvasHeaderDocument,
    "\n  mutation RenameCanvas($id: ID!, $name: String!) {\n    renameCanvas(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.RenameCanvasDocument,
    "\n  query CanvasComments($canvasId: ID!) {\n    comments(canvasId: $canvasId, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          body\n          blockId\n          parentId\n          resolved\n          createdAt\n          editedAt\n          deleted\n          author {\n            id\n            name\n          }\n          assignee {\n            id\n            name\n          }\n          anchor {\n            field\n            value\n          }\n        }\n      }\n    }\n  }\n": typeof types.CanvasCommentsDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n      body\n      blockId\n      parentId\n    }\n  }\n": typeof types.AddCommentDocument,
    "\n  mutation ResolveComment($id: ID!) {\n    resolveComment(id: $id) {\n      id\n      resolved\n    }\n  }\n": typeof types.ResolveCommentDocument,
    "\n  mutation ReopenComment($id: ID!) {\n    reopenComment(id: $id) {\n      id\n      resolved\n    }\n  }\n": typeof types.ReopenCommentDocument,
    "\n  subscription CommentAdded($canvasId: ID!) {\n    commentAdded(canvasId: $canvasId) {\n      id\n      author {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CommentAddedDocument,
    "\n  subscription CommentUpdated($canvasId: ID!) {\n    commentUpdated(canvasId: $canvasId) {\n      id\n      resolved\n      deleted\n    }\n  }\n": typeof types.CommentUpdatedDocument,
    "\n  query CommentStats($canvasId: ID!) {\n    commentStats(canvasId: $canvasId) {\n      blockId\n      openCount\n      unreadCount\n    }\n  }\n": typeof types.CommentStatsDocument,
    "\n  mutation MarkCommentsRead($canvasId: ID!, $blockId: ID) {\n    markCommentsRead(canvasId: $canvasId, blockId: $blockId) {\n      blockId\n      openCount\n      unreadCount\n    }\n  }\n": typeof types.MarkCommentsReadDocument,
    "\n  query CommentBlocks($canvasId: ID!) {\n    canvas(id: $canvasId) {\n      id\n      blocks {\n        id\n        type\n        content\n      }\n    }\n  }\n": typeof types.CommentBlocksDocument,
    "\n  query MentionCandidates($canvasId: ID!) {\n    canvas(id: $canvasId) {\n      id\n      project {\n        id\n        organization {\n          id\n          members {\n            status\n            user {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MentionCandidatesDocument,
    "\n  fragment DataSourceListItem_DataSource on DataSource {\n    id\n    name\n    kind\n    createdAt\n  }\n": typeof types.DataSourceListItem_DataSourceFragmentDoc,
    "\n  query DataSources($projectId: ID!) {\n    project(id: $projectId) {\n      id\n      name\n      dataSources {\n        id\n        ...DataSourceListItem_DataSource\n      }\n    }\n  }\n": typeof types.DataSourcesDocument,
    "\n  query DataSourceDetail($id: ID!) {\n    dataSource(id: $id) {\n      id\n      name\n      kind\n      connection\n      createdAt\n      project {\n        id\n      }\n    }\n  }\n": typeof types.DataSourceDetailDocument,
    "\n  query DataSourceTables($id: ID!, $refresh: Boolean) {\n    dataSource(id: $id) {\n      id\n      tables(refresh: $refresh) {\n        name\n        schema\n        columns {\n          name\n          type\n        }\n        foreignKeys {\n          columns\n          referencedTable\n          referencedColumns\n        }\n      }\n    }\n  }\n": typeof types.DataSourceTablesDocument,
    "\n  fragment SemanticModel_Fields on SemanticModel {\n    asOf\n    version\n    tables {\n      name\n      label\n      description\n      columns {\n        name\n        label\n        role\n        aggregation\n        description\n        synonyms\n        values {\n          value\n          label\n        }\n      }\n    }\n    relationships {\n      fromTable\n      fromColumn\n      toTable\n      toColumn\n      inferred\n    }\n  }\n": typeof types.SemanticModel_FieldsFragmentDoc,
    "\n  query DataSourceModel($id: ID!) {\n    dataSource(id: $id) {\n      id\n      model {\n        ...SemanticModel_Fields\n      }\n    }\n  }\n": typeof types.DataSourceModelDocument,
    "\n  mutation UpdateSemanticModel($input: UpdateSemanticModelInput!) {\n    updateSemanticModel(input: $input) {\n      ...SemanticModel_Fields\n    }\n  }\n": typeof types.UpdateSemanticModelDocument,
    "\n  query DataSourceGlossary($id: ID!) {\n    dataSource(id: $id) {\n      id\n      glossary {\n        terms\n        definition\n        kind\n        expression\n        filter\n        tables\n        timeColumn\n      }\n    }\n  }\n": typeof types.DataSourceGlossaryDocument,
    "\n  mutation CreateDataSource($input: CreateDataSourceInput!) {\n    createDataSource(input: $input) {\n      id\n      name\n      kind\n      connection\n      createdAt\n    }\n  }\n": typeof types.CreateDataSourceDocument,
    "\n  mutation UpdateDataSource($input: UpdateDataSourceInput!) {\n    updateDataSource(input: $input) {\n      id\n      name\n      kind\n      connection\n      glossary {\n        terms\n        definition\n        kind\n        expression\n        filter\n        tables\n        timeColumn\n      }\n    }\n  }\n": typeof types.UpdateDataSourceDocument,
    "\n  mutation DeleteDataSource($id: ID!) {\n    deleteDataSource(id: $id)\n  }\n": typeof types.DeleteDataSourceDocument,
    "\n  mutation TestDataSourceConnection($id: ID!) {\n    testDataSourceConnection(id: $id) {\n      ok\n      latencyMs\n      error {\n        code\n        message\n      }\n    }\n  }\n": typeof types.TestDataSourceConnectionDocument,
    "\n  mutation TestConnection($input: TestConnectionInput!) {\n    testConnection(input: $input) {\n      ok\n      latencyMs\n      error {\n        code\n        message\n      }\n    }\n  }\n": typeof types.TestConnectionDocument,
    "\n  mutation CreateFileUpload($input: CreateFileUploadInput!) {\n    createFileUpload(input: $input) {\n      uploadUrl\n      expiresAt\n      dataSource {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.CreateFileUploadDocument,
    "\n  query OrganizationEmbedUsage($organizationId: ID!, $days: Int!) {\n    organizationEmbedUsage(organizationId: $organizationId, days: $days) {\n      days\n      views\n      blocksRun\n      viewers\n      canvases {\n        canvasId\n        canvas {\n          id\n          name\n          shareLinks(includeRevoked: true) {\n            id\n            createdAt\n            revokedAt\n          }\n        }\n        views\n        blocksRun\n        lastSeenAt\n        viewers {\n          viewer\n          via\n          views\n          blocksRun\n          lastSeenAt\n        }\n      }\n    }\n  }\n": typeof types.OrganizationEmbedUsageDocument,
    "\n  query SharedCanvas($token: String!) {\n    sharedCanvas(token: $token) {\n      id\n      name\n      lockedFilters\n      published\n      publication {\n        id\n        version\n        publishedAt\n        showCode\n      }\n      blocks {\n        id\n        type\n        position {\n          x\n          y\n          w\n          h\n        }\n        content\n      }\n    }\n  }\n": typeof types.SharedCanvasDocument,
    "\n  query RunSharedBlock($token: String!, $blockId: ID!, $filters: JSON, $interactions: JSON) {\n    runSharedBlock(token: $token, blockId: $blockId, filters: $filters, interactions: $interactions)\n  }\n": typeof types.RunSharedBlockDocument,
    "\n  query CanvasVersions($canvasId: ID!) {\n    canvasVersions(canvasId: $canvasId) {\n      id\n      kind\n      name\n      number\n      createdAt\n      createdBy {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CanvasVersionsDocument,
    "\n  query CanvasVersionPreview($id: ID!) {\n    canvasVersion(id: $id) {\n      id\n      number\n      canvasName\n      blocks {\n        id\n        type\n        content\n      }\n    }\n  }\n": typeof types.CanvasVersionPreviewDocument,
    "\n  mutation CreateCanvasVersion($canvasId: ID!, $name: String!) {\n    createCanvasVersion(canvasId: $canvasId, name: $name) {\n      id\n    }\n  }\n": typeof types.CreateCanvasVersionDocument,
    "\n  mutation RestoreCanvasVersion($canvasId: ID!, $versionId: ID!) {\n    restoreCanvasVersion(canvasId: $canvasId, versionId: $versionId) {\n      id\n      version\n    }\n  }\n": typeof types.RestoreCanvasVersionDocument,
    "\n  mutation RestoreCanvasBlock($canvasId: ID!, $versionId: ID!, $blockId: ID!) {\n    restoreCanvasBlock(canvasId: $canvasId, versionId: $versionId, blockId: $blockId) {\n      id\n      type\n      content\n    }\n  }\n": typeof types.RestoreCanvasBlockDocument,
    "\n  query ProjectHome($id: ID!) {\n    project(id: $id) {\n      id\n      name\n      createdAt\n      organization {\n        id\n        name\n      }\n      dataSources {\n        ...DataSourceTile_DataSource\n      }\n    }\n  }\n": typeof types.ProjectHomeDocument,
    "\n  fragment DataSourceTile_DataSource on DataSource {\n    id\n    name\n    kind\n    createdAt\n  }\n": typeof types.DataSourceTile_DataSourceFragmentDoc,
    "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      id\n      name\n      organization {\n        id\n        projects {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.CreateProjectDocument,
    "\n  fragment SavedQueryFields on SavedQuery {\n    id\n    name\n    sql\n    createdAt\n    updatedAt\n    dataSource {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.SavedQueryFieldsFragmentDoc,
    "\n  query SavedQueries($projectId: ID!) {\n    savedQueries(projectId: $projectId) {\n      ...SavedQueryFields\n    }\n  }\n": typeof types.SavedQueriesDocument,
    "\n  mutation SaveQuery($input: SaveQueryInput!) {\n    saveQuery(input: $input) {\n      ...SavedQueryFields\n    }\n  }\n": typeof types.SaveQueryDocument,
    "\n  mutation UpdateSavedQuery($input: UpdateSavedQueryInput!) {\n    updateSavedQuery(input: $input) {\n      ...SavedQueryFields\n    }\n  }\n": typeof types.UpdateSavedQueryDocument,
    "\n  mutation DeleteSavedQuery($id: ID!) {\n    deleteSavedQuery(id: $id)\n  }\n": typeof types.DeleteSavedQueryDocument,
    "\n  query QueryHistory($projectId: ID, $first: Int, $after: String, $status: QueryRunStatus) {\n    queryHistory(projectId: $projectId, first: $first, after: $after, status: $status) {\n      edges {\n        cursor\n        node {\n          id\n          status\n          sql\n          parameters\n          rowCount\n          durationMs\n          cached\n          createdAt\n          error {\n            code\n            message\n          }\n          dataSource {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.QueryHistoryDocument,
    "\n  query OrganizationPeople($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      members {\n        email\n        role\n        status\n        user {\n          id\n          name\n        }\n      }\n    }\n    me {\n      id\n    }\n  }\n": typeof types.OrganizationPeopleDocument,
    "\n  query EmbeddingSecretStatus($id: ID!) {\n    organization(id: $id) {\n      id\n      embeddingSecretCreatedAt\n    }\n  }\n": typeof types.EmbeddingSecretStatusDocument,
    "\n  mutation InviteOrganizationMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      email\n      role\n      status\n      inviteUrl\n    }\n  }\n": typeof types.InviteOrganizationMemberDocument,
    "\n  mutation RevokeInvitation($organizationId: ID!, $email: String!) {\n    revokeInvitation(organizationId: $organizationId, email: $email)\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation SetMemberRole($input: SetMemberRoleInput!) {\n    setMemberRole(input: $input) {\n      role\n      status\n    }\n  }\n": typeof types.SetMemberRoleDocument,
    "\n  mutation RemoveMember($organizationId: ID!, $userId: ID!) {\n    removeMember(organizationId: $organizationId, userId: $userId)\n  }\n": typeof types.RemoveMemberDocument,
    "\n  mutation CreateEmbeddingSecret($organizationId: ID!) {\n    createEmbeddingSecret(organizationId: $organizationId)\n  }\n": typeof types.CreateEmbeddingSecretDocument,
    "\n  query CanvasOrganization($id: ID!) {\n    canvas(id: $id) {\n      id\n      name\n      project {\n        id\n        organization {\n          id\n        }\n      }\n    }\n  }\n": typeof types.CanvasOrganizationDocument,
    "\n  query CanvasPeople($organizationId: ID!, $canvasId: ID!) {\n    canvasPeople(organizationId: $organizationId, canvasId: $canvasId) {\n      members {\n        email\n        role\n        status\n        user {\n          id\n          name\n        }\n      }\n      grants {\n        email\n        role\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.CanvasPeopleDocument,
    "\n  mutation UnshareCanvas($input: UnshareCanvasInput!) {\n    unshareCanvas(input: $input)\n  }\n": typeof types.UnshareCanvasDocument,
    "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      role\n      organization {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation ShareCanvas($input: ShareCanvasInput!) {\n    shareCanvas(input: $input)\n  }\n": typeof types.ShareCanvasDocument,
    "\n  query AlertNotifications {\n    alertNotifications(first: 20) {\n      id\n      status\n      createdAt\n      value\n      summary\n      canvasId\n      canvasName\n    }\n  }\n": typeof types.AlertNotificationsDocument,
    "\n  query CommentNotifications {\n    notifications(first: 30) {\n      unreadCount\n      edges {\n        node {\n          id\n          kind\n          read\n          createdAt\n          actor {\n            id\n            name\n          }\n          comment {\n            id\n            body\n            blockId\n            deleted\n          }\n          canvas {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.CommentNotificationsDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      read\n    }\n  }\n": typeof types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  query MailOutbox($organizationId: ID!) {\n    mailOutbox(organizationId: $organizationId, first: 100) {\n      id\n      from\n      to\n      subject\n      text\n      createdAt\n      attachments {\n        filename\n        contentType\n        size\n      }\n    }\n  }\n": typeof types.MailOutboxDocument,
    "\n  fragment PublicationFields on Canvas {\n    id\n    publication {\n      id\n      version\n      publishedAt\n      blockIds\n      showCode\n      note\n      publishedBy {\n        id\n        name\n      }\n    }\n    publicationStatus {\n      version\n      publishedAt\n      changesSince\n      changes {\n        blockId\n        type\n        kind\n        title\n      }\n    }\n  }\n": typeof types.PublicationFieldsFragmentDoc,
    "\n  query CanvasPublication($id: ID!) {\n    canvas(id: $id) {\n      id\n      ...PublicationFields\n    }\n  }\n": typeof types.CanvasPublicationDocument,
    "\n  mutation PublishCanvas($input: PublishCanvasInput!) {\n    publishCanvas(input: $input) {\n      id\n      version\n      publishedAt\n      blockIds\n      showCode\n    }\n  }\n": typeof types.PublishCanvasDocument,
    "\n  fragment QueryRunFields on QueryRun {\n    id\n    status\n    sql\n    columns {\n      name\n      type\n    }\n    rows\n    rowCount\n    truncated\n    cached\n    durationMs\n    error {\n      code\n      message\n      position\n      limitSeconds\n      maxLimitSeconds\n    }\n    ...ResultTable_QueryRun\n  }\n": typeof types.QueryRunFieldsFragmentDoc,
    "\n  fragment QueryRunData on QueryRun {\n    id\n    status\n    sql\n    columns {\n      name\n      type\n    }\n    rowsJson\n    rowCount\n    truncated\n    cached\n    durationMs\n    error {\n      code\n      message\n      position\n      limitSeconds\n      maxLimitSeconds\n    }\n  }\n": typeof types.QueryRunDataFragmentDoc,
    "\n  query DataSourceSchema($id: ID!) {\n    dataSource(id: $id) {\n      id\n      name\n      kind\n      tables {\n        name\n        schema\n        columns {\n          name\n          type\n        }\n      }\n    }\n  }\n": typeof types.DataSourceSchemaDocument,
    "\n  query ProjectDataSources($id: ID!) {\n    project(id: $id) {\n      id\n      name\n      dataSources {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.ProjectDataSourcesDocument,
    "\n  mutation RunQuery($input: RunQueryInput!) {\n    runQuery(input: $input) {\n      ...QueryRunData\n    }\n  }\n": typeof types.RunQueryDocument,
    "\n  query QueryRun($id: ID!) {\n    queryRun(id: $id) {\n      ...QueryRunData\n    }\n  }\n": typeof types.QueryRunDocument,
    "\n  subscription QueryRunUpdated($id: ID!) {\n    queryRunUpdated(id: $id) {\n      ...QueryRunData\n    }\n  }\n": typeof types.QueryRunUpdatedDocument,
    "\n  mutation CancelQueryRun($id: ID!) {\n    cancelQueryRun(id: $id) {\n      ...QueryRunData\n    }\n  }\n": typeof types.CancelQueryRunDocument,
    "\n  query SchemaModel($id: ID!) {\n    dataSource(id: $id) {\n      id\n      model {\n        version\n        tables {\n          name\n          label\n          columns {\n            name\n            label\n            role\n          }\n        }\n      }\n    }\n  }\n": typeof types.SchemaModelDocument,
    "\n  mutation ExportQueryRun($id: ID!, $format: ExportFormat!) {\n    exportQueryRun(id: $id, format: $format) {\n      url\n      expiresAt\n    }\n  }\n": typeof types.ExportQueryRunDocument,
    "\n  query QueryRunSource($id: ID!) {\n    queryRun(id: $id) {\n      id\n      sql\n      parameters\n      dataSource {\n        id\n      }\n    }\n  }\n": typeof types.QueryRunSourceDocument,
    "\n  fragment ResultTable_QueryRun on QueryRun {\n    columns {\n      name\n      type\n    }\n    rows\n    rowCount\n    truncated\n    cached\n    durationMs\n  }\n": typeof types.ResultTable_QueryRunFragmentDoc,
    "\n  fragment DeliveryFields on Delivery {\n    id\n    status\n    attempts\n    error\n    createdAt\n    finishedAt\n    type\n    trigger\n    value\n    summary\n    scheduleId\n    alertId\n    targets {\n      destinationId\n      kind\n      target\n      status\n      attempts\n      error\n      sentAt\n    }\n  }\n": typeof types.DeliveryFieldsFragmentDoc,
    "\n  query CanvasSchedules($canvasId: ID!) {\n    canvasSchedules(canvasId: $canvasId) {\n      id\n      cron\n      timezone\n      format\n      nextRunAt\n      paused\n      createdAt\n      destinations {\n        id\n        kind\n        target\n      }\n      lastDelivery {\n        id\n        status\n        createdAt\n      }\n    }\n    canvasAlerts(canvasId: $canvasId) {\n      id\n      blockId\n      op\n      value\n      cron\n      timezone\n      paused\n      triggered\n      lastValue\n      checkedAt\n      nextRunAt\n      destinations {\n        id\n        kind\n        target\n      }\n      lastDelivery {\n        id\n        status\n        createdAt\n      }\n    }\n  }\n": typeof types.CanvasSchedulesDocument,
    "\n  mutation CreateSchedule($input: CreateScheduleInput!) {\n    createSchedule(input: $input) {\n      id\n      destinations {\n        ...CreatedDestination\n      }\n    }\n  }\n": typeof types.CreateScheduleDocument,
    "\n  mutation CreateAlert($input: CreateAlertInput!) {\n    createAlert(input: $input) {\n      id\n      destinations {\n        ...CreatedDestination\n      }\n    }\n  }\n": typeof types.CreateAlertDocument,
    "\n  mutation SetRulePaused($id: ID!, $paused: Boolean!, $alert: Boolean!) {\n    setSchedulePaused(id: $id, paused: $paused) @skip(if: $alert) {\n      id\n      paused\n      nextRunAt\n    }\n    setAlertPaused(id: $id, paused: $paused) @include(if: $alert) {\n      id\n      paused\n      nextRunAt\n    }\n  }\n": typeof types.SetRulePausedDocument,
    "\n  mutation RunRuleNow($id: ID!, $alert: Boolean!) {\n    runScheduleNow(id: $id) @skip(if: $alert) {\n      ...DeliveryFields\n    }\n    runAlertNow(id: $id) @include(if: $alert) {\n      ...DeliveryFields\n    }\n  }\n": typeof types.RunRuleNowDocument,
    "\n  mutation DeleteRule($id: ID!, $alert: Boolean!) {\n    deleteSchedule(id: $id) @skip(if: $alert)\n    deleteAlert(id: $id) @include(if: $alert)\n  }\n": typeof types.DeleteRuleDocument,
    "\n  query CanvasDeliveries($canvasId: ID!) {\n    canvasDeliveries(canvasId: $canvasId, first: 50) {\n      ...DeliveryFields\n    }\n  }\n": typeof types.CanvasDeliveriesDocument,
    "\n  fragment CreatedDestination on Destination {\n    id\n    kind\n    target\n    secret\n  }\n": typeof types.CreatedDestinationFragmentDoc,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      role\n      status\n      email\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  fragment ShareLinkFields on ShareLink {\n    id\n    url\n    shortUrl\n    token\n    expiresAt\n    lockedFilters\n    allowedOrigins\n    createdAt\n    revokedAt\n  }\n": typeof types.ShareLinkFieldsFragmentDoc,
    "\n  query ShareLinks($id: ID!) {\n    canvas(id: $id) {\n      id\n      name\n      canEdit\n      published\n      publication {\n        id\n        blockIds\n      }\n      blocks {\n        id\n        type\n        content\n      }\n      shareLinks {\n        ...ShareLinkFields\n      }\n    }\n  }\n": typeof types.ShareLinksDocument,
    "\n  mutation CreateShareLink($input: CreateShareLinkInput!) {\n    createShareLink(input: $input) {\n      ...ShareLinkFields\n    }\n  }\n": typeof types.CreateShareLinkDocument,
    "\n  mutation RevokeShareLink($id: ID!) {\n    revokeShareLink(id: $id)\n  }\n": typeof types.RevokeShareLinkDocument,
    "\n  query CanvasEmbedUsage($id: ID!, $days: Int!) {\n    canvas(id: $id) {\n      id\n      embedUsage(days: $days) {\n        viewer\n        via\n        views\n        blocksRun\n        lastSeenAt\n      }\n      shareLinks(includeRevoked: true) {\n        id\n        createdAt\n        revokedAt\n      }\n    }\n  }\n": typeof types.CanvasEmbedUsageDocument,
    "\n  query Usage($organizationId: ID!, $from: DateTime!, $to: DateTime!) {\n    usage(organizationId: $organizationId, from: $from, to: $to) {\n      day\n      queries\n      errors\n      cacheHits\n      p95DurationMs\n    }\n  }\n": typeof types.UsageDocument,
    "\n  query AiUsage($organizationId: ID!, $from: DateTime!, $to: DateTime!) {\n    aiUsage(organizationId: $organizationId, from: $from, to: $to) {\n      day\n      answered\n      accepted\n      edited\n      rejected\n    }\n  }\n": typeof types.AiUsageDocument,
    "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    refreshToken\n    accessTokenExpiresAt\n    user {\n      id\n      name\n      email\n    }\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...SessionFields\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": typeof types.LogOutDocument,
};
const documents: Documents = {
    "\n  query CanvasActivity($canvasId: ID!, $first: Int, $after: String) {\n    canvas(id: $canvasId) {\n      id\n      activity(first: $first, after: $after) {\n        items {\n          id\n          kind\n          at\n          actor {\n            id\n            name\n          }\n          blockId\n          blockTitle\n          count\n          version\n          versionName\n        }\n        endCursor\n      }\n    }\n  }\n": types.CanvasActivityDocument,
    "\n  mutation AskCanvas($input: AskCanvasInput!) {\n    askCanvas(input: $input) {\n      conversationId\n      explanation\n      blocks {\n        id\n        type\n      }\n      clarification {\n        term\n        question\n        options\n        readings {\n          table\n          column\n          value\n        }\n      }\n    }\n  }\n": types.AskCanvasDocument,
    "\n  query SourceModelValues($id: ID!) {\n    dataSource(id: $id) {\n      id\n      model {\n        tables {\n          name\n          columns {\n            name\n            values {\n              value\n              label\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SourceModelValuesDocument,
    "\n  mutation SaveValueLabel($input: UpdateSemanticModelInput!) {\n    updateSemanticModel(input: $input) {\n      asOf\n    }\n  }\n": types.SaveValueLabelDocument,
    "\n  mutation RemoveAddedBlock($canvasId: ID!, $blockId: ID!) {\n    removeBlock(canvasId: $canvasId, blockId: $blockId)\n  }\n": types.RemoveAddedBlockDocument,
    "\n  query ExplainChartSql($sql: String!, $dataSourceId: ID) {\n    explainSql(sql: $sql, dataSourceId: $dataSourceId) {\n      text\n    }\n  }\n": types.ExplainChartSqlDocument,
    "\n  mutation FixSql($input: FixSqlInput!) {\n    fixSql(input: $input) {\n      id\n      sql\n      explanation\n      confidence\n    }\n  }\n": types.FixSqlDocument,
    "\n  mutation RecordFixOutcome($id: ID!, $outcome: SuggestionOutcome!, $finalSql: String) {\n    recordSuggestionOutcome(id: $id, outcome: $outcome, finalSql: $finalSql)\n  }\n": types.RecordFixOutcomeDocument,
    "\n  mutation GenerateSql($input: GenerateSqlInput!) {\n    generateSql(input: $input) {\n      id\n      sql\n      explanation\n      confidence\n      engine\n      chart {\n        type\n        x\n        y\n      }\n    }\n  }\n": types.GenerateSqlDocument,
    "\n  mutation RecordSuggestionOutcome($id: ID!, $outcome: SuggestionOutcome!, $finalSql: String) {\n    recordSuggestionOutcome(id: $id, outcome: $outcome, finalSql: $finalSql)\n  }\n": types.RecordSuggestionOutcomeDocument,
    "\n  mutation RequestSignUp($input: SignUpInput!) {\n    requestSignUp(input: $input) {\n      email\n      session {\n        ...SessionFields\n      }\n    }\n  }\n": types.RequestSignUpDocument,
    "\n  mutation CompleteSignUp($token: String!) {\n    completeSignUp(token: $token) {\n      ...SessionFields\n    }\n  }\n": types.CompleteSignUpDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.LogInDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      memberships {\n        role\n        status\n        organization {\n          id\n          name\n          projects {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.MeDocument,
    "\n  query RunCanvasBlock($canvasId: ID!, $blockId: ID!, $filters: JSON, $interactions: JSON) {\n    runCanvasBlock(canvasId: $canvasId, blockId: $blockId, filters: $filters, interactions: $interactions)\n  }\n": types.RunCanvasBlockDocument,
    "\n  query ProjectCanvases($id: ID!) {\n    project(id: $id) {\n      id\n      canvases {\n        id\n        name\n        updatedAt\n        commentCount\n      }\n    }\n    canvasTemplates {\n      id\n      name\n      description\n    }\n  }\n": types.ProjectCanvasesDocument,
    "\n  mutation CreateCanvas($input: CreateCanvasInput!) {\n    createCanvas(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateCanvasDocument,
    "\n  query CanvasHeader($id: ID!) {\n    canvas(id: $id) {\n      id\n      name\n      canEdit\n      blocks {\n        id\n        type\n        position {\n          x\n          y\n          w\n          h\n        }\n        content\n      }\n      project {\n        id\n        name\n        organization {\n          id\n        }\n        dataSources {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.CanvasHeaderDocument,
    "\n  mutation RenameCanvas($id: ID!, $name: String!) {\n    renameCanvas(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n": types.RenameCanvasDocument,
    "\n  query CanvasComments($canvasId: ID!) {\n    comments(canvasId: $canvasId, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          body\n          blockId\n          parentId\n          resolved\n          createdAt\n          editedAt\n          deleted\n          author {\n            id\n            name\n          }\n          assignee {\n            id\n            name\n          }\n          anchor {\n            field\n            value\n          }\n        }\n      }\n    }\n  }\n": types.CanvasCommentsDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n      body\n      blockId\n      parentId\n    }\n  }\n": types.AddCommentDocument,
    "\n  mutation ResolveComment($id: ID!) {\n    resolveComment(id: $id) {\n      id\n      resolved\n    }\n  }\n": types.ResolveCommentDocument,
    "\n  mutation ReopenComment($id: ID!) {\n    reopenComment(id: $id) {\n      id\n      resolved\n    }\n  }\n": types.ReopenCommentDocument,
    "\n  subscription CommentAdded($canvasId: ID!) {\n    commentAdded(canvasId: $canvasId) {\n      id\n      author {\n        id\n        name\n      }\n    }\n  }\n": types.CommentAddedDocument,
    "\n  subscription CommentUpdated($canvasId: ID!) {\n    commentUpdated(canvasId: $canvasId) {\n      id\n      resolved\n      deleted\n    }\n  }\n": types.CommentUpdatedDocument,
    "\n  query CommentStats($canvasId: ID!) {\n    commentStats(canvasId: $canvasId) {\n      blockId\n      openCount\n      unreadCount\n    }\n  }\n": types.CommentStatsDocument,
    "\n  mutation MarkCommentsRead($canvasId: ID!, $blockId: ID) {\n    markCommentsRead(canvasId: $canvasId, blockId: $blockId) {\n      blockId\n      openCount\n      unreadCount\n    }\n  }\n": types.MarkCommentsReadDocument,
    "\n  query CommentBlocks($canvasId: ID!) {\n    canvas(id: $canvasId) {\n      id\n      blocks {\n        id\n        type\n        content\n      }\n    }\n  }\n": types.CommentBlocksDocument,
    "\n  query MentionCandidates($canvasId: ID!) {\n    canvas(id: $canvasId) {\n      id\n      project {\n        id\n        organization {\n          id\n          members {\n            status\n            user {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MentionCandidatesDocument,
    "\n  fragment DataSourceListItem_DataSource on DataSource {\n    id\n    name\n    kind\n    createdAt\n  }\n": types.DataSourceListItem_DataSourceFragmentDoc,
    "\n  query DataSources($projectId: ID!) {\n    project(id: $projectId) {\n      id\n      name\n      dataSources {\n        id\n        ...DataSourceListItem_DataSource\n      }\n    }\n  }\n": types.DataSourcesDocument,
    "\n  query DataSourceDetail($id: ID!) {\n    dataSource(id: $id) {\n      id\n      name\n      kind\n      connection\n      createdAt\n      project {\n        id\n      }\n    }\n  }\n": types.DataSourceDetailDocument,
    "\n  query DataSourceTables($id: ID!, $refresh: Boolean) {\n    dataSource(id: $id) {\n      id\n      tables(refresh: $refresh) {\n        name\n        schema\n        columns {\n          name\n          type\n        }\n        foreignKeys {\n          columns\n          referencedTable\n          referencedColumns\n        }\n      }\n    }\n  }\n": types.DataSourceTablesDocument,
    "\n  fragment SemanticModel_Fields on SemanticModel {\n    asOf\n    version\n    tables {\n      name\n      label\n      description\n      columns {\n        name\n        label\n        role\n        aggregation\n        description\n        synonyms\n        values {\n          value\n          label\n        }\n      }\n    }\n    relationships {\n      fromTable\n      fromColumn\n      toTable\n      toColumn\n      inferred\n    }\n  }\n": types.SemanticModel_FieldsFragmentDoc,
    "\n  query DataSourceModel($id: ID!) {\n    dataSource(id: $id) {\n      id\n      model {\n        ...SemanticModel_Fields\n      }\n    }\n  }\n": types.DataSourceModelDocument,
    "\n  mutation UpdateSemanticModel($input: UpdateSemanticModelInput!) {\n    updateSemanticModel(input: $input) {\n      ...SemanticModel_Fields\n    }\n  }\n": types.UpdateSemanticModelDocument,
    "\n  query DataSourceGlossary($id: ID!) {\n    dataSource(id: $id) {\n      id\n      glossary {\n        terms\n        definition\n        kind\n        expression\n        filter\n        tables\n        timeColumn\n      }\n    }\n  }\n": types.DataSourceGlossaryDocument,
    "\n  mutation CreateDataSource($input: CreateDataSourceInput!) {\n    createDataSource(input: $input) {\n      id\n      name\n      kind\n      connection\n      createdAt\n    }\n  }\n": types.CreateDataSourceDocument,
    "\n  mutation UpdateDataSource($input: UpdateDataSourceInput!) {\n    updateDataSource(input: $input) {\n      id\n      name\n      kind\n      connection\n      glossary {\n        terms\n        definition\n        kind\n        expression\n        filter\n        tables\n        timeColumn\n      }\n    }\n  }\n": types.UpdateDataSourceDocument,
    "\n  mutation DeleteDataSource($id: ID!) {\n    deleteDataSource(id: $id)\n  }\n": types.DeleteDataSourceDocument,
    "\n  mutation TestDataSourceConnection($id: ID!) {\n    testDataSourceConnection(id: $id) {\n      ok\n      latencyMs\n      error {\n        code\n        message\n      }\n    }\n  }\n": types.TestDataSourceConnectionDocument,
    "\n  mutation TestConnection($input: TestConnectionInput!) {\n    testConnection(input: $input) {\n      ok\n      latencyMs\n      error {\n        code\n        message\n      }\n    }\n  }\n": types.TestConnectionDocument,
    "\n  mutation CreateFileUpload($input: CreateFileUploadInput!) {\n    createFileUpload(input: $input) {\n      uploadUrl\n      expiresAt\n      dataSource {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.CreateFileUploadDocument,
    "\n  query OrganizationEmbedUsage($organizationId: ID!, $days: Int!) {\n    organizationEmbedUsage(organizationId: $organizationId, days: $days) {\n      days\n      views\n      blocksRun\n      viewers\n      canvases {\n        canvasId\n        canvas {\n          id\n          name\n          shareLinks(includeRevoked: true) {\n            id\n            createdAt\n            revokedAt\n          }\n        }\n        views\n        blocksRun\n        lastSeenAt\n        viewers {\n          viewer\n          via\n          views\n          blocksRun\n          lastSeenAt\n        }\n      }\n    }\n  }\n": types.OrganizationEmbedUsageDocument,
    "\n  query SharedCanvas($token: String!) {\n    sharedCanvas(token: $token) {\n      id\n      name\n      lockedFilters\n      published\n      publication {\n        id\n        version\n        publishedAt\n        showCode\n      }\n      blocks {\n        id\n        type\n        position {\n          x\n          y\n          w\n          h\n        }\n        content\n      }\n    }\n  }\n": types.SharedCanvasDocument,
    "\n  query RunSharedBlock($token: String!, $blockId: ID!, $filters: JSON, $interactions: JSON) {\n    runSharedBlock(token: $token, blockId: $blockId, filters: $filters, interactions: $interactions)\n  }\n": types.RunSharedBlockDocument,
    "\n  query CanvasVersions($canvasId: ID!) {\n    canvasVersions(canvasId: $canvasId) {\n      id\n      kind\n      name\n      number\n      createdAt\n      createdBy {\n        id\n        name\n      }\n    }\n  }\n": types.CanvasVersionsDocument,
    "\n  query CanvasVersionPreview($id: ID!) {\n    canvasVersion(id: $id) {\n      id\n      number\n      canvasName\n      blocks {\n        id\n        type\n        content\n      }\n    }\n  }\n": types.CanvasVersionPreviewDocument,
    "\n  mutation CreateCanvasVersion($canvasId: ID!, $name: String!) {\n    createCanvasVersion(canvasId: $canvasId, name: $name) {\n      id\n    }\n  }\n": types.CreateCanvasVersionDocument,
    "\n  mutation RestoreCanvasVersion($canvasId: ID!, $versionId: ID!) {\n    restoreCanvasVersion(canvasId: $canvasId, versionId: $versionId) {\n      id\n      version\n    }\n  }\n": types.RestoreCanvasVersionDocument,
    "\n  mutation RestoreCanvasBlock($canvasId: ID!, $versionId: ID!, $blockId: ID!) {\n    restoreCanvasBlock(canvasId: $canvasId, versionId: $versionId, blockId: $blockId) {\n      id\n      type\n      content\n    }\n  }\n": types.RestoreCanvasBlockDocument,
    "\n  query ProjectHome($id: ID!) {\n    project(id: $id) {\n      id\n      name\n      createdAt\n      organization {\n        id\n        name\n      }\n      dataSources {\n        ...DataSourceTile_DataSource\n      }\n    }\n  }\n": types.ProjectHomeDocument,
    "\n  fragment DataSourceTile_DataSource on DataSource {\n    id\n    name\n    kind\n    createdAt\n  }\n": types.DataSourceTile_DataSourceFragmentDoc,
    "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      id\n      name\n      organization {\n        id\n        projects {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.CreateProjectDocument,
    "\n  fragment SavedQueryFields on SavedQuery {\n    id\n    name\n    sql\n    createdAt\n    updatedAt\n    dataSource {\n      id\n      name\n      kind\n    }\n  }\n": types.SavedQueryFieldsFragmentDoc,
    "\n  query SavedQueries($projectId: ID!) {\n    savedQueries(projectId: $projectId) {\n      ...SavedQueryFields\n    }\n  }\n": types.SavedQueriesDocument,
    "\n  mutation SaveQuery($input: SaveQueryInput!) {\n    saveQuery(input: $input) {\n      ...SavedQueryFields\n    }\n  }\n": types.SaveQueryDocument,
    "\n  mutation UpdateSavedQuery($input: UpdateSavedQueryInput!) {\n    updateSavedQuery(input: $input) {\n      ...SavedQueryFields\n    }\n  }\n": types.UpdateSavedQueryDocument,
    "\n  mutation DeleteSavedQuery($id: ID!) {\n    deleteSavedQuery(id: $id)\n  }\n": types.DeleteSavedQueryDocument,
    "\n  query QueryHistory($projectId: ID, $first: Int, $after: String, $status: QueryRunStatus) {\n    queryHistory(projectId: $projectId, first: $first, after: $after, status: $status) {\n      edges {\n        cursor\n        node {\n          id\n          status\n          sql\n          parameters\n          rowCount\n          durationMs\n          cached\n          createdAt\n          error {\n            code\n            message\n          }\n          dataSource {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.QueryHistoryDocument,
    "\n  query OrganizationPeople($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      members {\n        email\n        role\n        status\n        user {\n          id\n          name\n        }\n      }\n    }\n    me {\n      id\n    }\n  }\n": types.OrganizationPeopleDocument,
    "\n  query EmbeddingSecretStatus($id: ID!) {\n    organization(id: $id) {\n      id\n      embeddingSecretCreatedAt\n    }\n  }\n": types.EmbeddingSecretStatusDocument,
    "\n  mutation InviteOrganizationMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      email\n      role\n      status\n      inviteUrl\n    }\n  }\n": types.InviteOrganizationMemberDocument,
    "\n  mutation RevokeInvitation($organizationId: ID!, $email: String!) {\n    revokeInvitation(organizationId: $organizationId, email: $email)\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation SetMemberRole($input: SetMemberRoleInput!) {\n    setMemberRole(input: $input) {\n      role\n      status\n    }\n  }\n": types.SetMemberRoleDocument,
    "\n  mutation RemoveMember($organizationId: ID!, $userId: ID!) {\n    removeMember(organizationId: $organizationId, userId: $userId)\n  }\n": types.RemoveMemberDocument,
    "\n  mutation CreateEmbeddingSecret($organizationId: ID!) {\n    createEmbeddingSecret(organizationId: $organizationId)\n  }\n": types.CreateEmbeddingSecretDocument,
    "\n  query CanvasOrganization($id: ID!) {\n    canvas(id: $id) {\n      id\n      name\n      project {\n        id\n        organization {\n          id\n        }\n      }\n    }\n  }\n": types.CanvasOrganizationDocument,
    "\n  query CanvasPeople($organizationId: ID!, $canvasId: ID!) {\n    canvasPeople(organizationId: $organizationId, canvasId: $canvasId) {\n      members {\n        email\n        role\n        status\n        user {\n          id\n          name\n        }\n      }\n      grants {\n        email\n        role\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.CanvasPeopleDocument,
    "\n  mutation UnshareCanvas($input: UnshareCanvasInput!) {\n    unshareCanvas(input: $input)\n  }\n": types.UnshareCanvasDocument,
    "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      role\n      organization {\n        id\n        name\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation ShareCanvas($input: ShareCanvasInput!) {\n    shareCanvas(input: $input)\n  }\n": types.ShareCanvasDocument,
    "\n  query AlertNotifications {\n    alertNotifications(first: 20) {\n      id\n      status\n      createdAt\n      value\n      summary\n      canvasId\n      canvasName\n    }\n  }\n": types.AlertNotificationsDocument,
    "\n  query CommentNotifications {\n    notifications(first: 30) {\n      unreadCount\n      edges {\n        node {\n          id\n          kind\n          read\n          createdAt\n          actor {\n            id\n            name\n          }\n          comment {\n            id\n            body\n            blockId\n            deleted\n          }\n          canvas {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.CommentNotificationsDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      read\n    }\n  }\n": types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  query MailOutbox($organizationId: ID!) {\n    mailOutbox(organizationId: $organizationId, first: 100) {\n      id\n      from\n      to\n      subject\n      text\n      createdAt\n      attachments {\n        filename\n        contentType\n        size\n      }\n    }\n  }\n": types.MailOutboxDocument,
    "\n  fragment PublicationFields on Canvas {\n    id\n    publication {\n      id\n      version\n      publishedAt\n      blockIds\n      showCode\n      note\n      publishedBy {\n        id\n        name\n      }\n    }\n    publicationStatus {\n      version\n      publishedAt\n      changesSince\n      changes {\n        blockId\n        type\n        kind\n        title\n      }\n    }\n  }\n": types.PublicationFieldsFragmentDoc,
    "\n  query CanvasPublication($id: ID!) {\n    canvas(id: $id) {\n      id\n      ...PublicationFields\n    }\n  }\n": types.CanvasPublicationDocument,
    "\n  mutation PublishCanvas($input: PublishCanvasInput!) {\n    publishCanvas(input: $input) {\n      id\n      version\n      publishedAt\n      blockIds\n      showCode\n    }\n  }\n": types.PublishCanvasDocument,
    "\n  fragment QueryRunFields on QueryRun {\n    id\n    status\n    sql\n    columns {\n      name\n      type\n    }\n    rows\n    rowCount\n    truncated\n    cached\n    durationMs\n    error {\n      code\n      message\n      position\n      limitSeconds\n      maxLimitSeconds\n    }\n    ...ResultTable_QueryRun\n  }\n": types.QueryRunFieldsFragmentDoc,
    "\n  fragment QueryRunData on QueryRun {\n    id\n    status\n    sql\n    columns {\n      name\n      type\n    }\n    rowsJson\n    rowCount\n    truncated\n    cached\n    durationMs\n    error {\n      code\n      message\n      position\n      limitSeconds\n      maxLimitSeconds\n    }\n  }\n": types.QueryRunDataFragmentDoc,
    "\n  query DataSourceSchema($id: ID!) {\n    dataSource(id: $id) {\n      id\n      name\n      kind\n      tables {\n        name\n        schema\n        columns {\n          name\n          type\n        }\n      }\n    }\n  }\n": types.DataSourceSchemaDocument,
    "\n  query ProjectDataSources($id: ID!) {\n    project(id: $id) {\n      id\n      name\n      dataSources {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.ProjectDataSourcesDocument,
    "\n  mutation RunQuery($input: RunQueryInput!) {\n    runQuery(input: $input) {\n      ...QueryRunData\n    }\n  }\n": types.RunQueryDocument,
    "\n  query QueryRun($id: ID!) {\n    queryRun(id: $id) {\n      ...QueryRunData\n    }\n  }\n": types.QueryRunDocument,
    "\n  subscription QueryRunUpdated($id: ID!) {\n    queryRunUpdated(id: $id) {\n      ...QueryRunData\n    }\n  }\n": types.QueryRunUpdatedDocument,
    "\n  mutation CancelQueryRun($id: ID!) {\n    cancelQueryRun(id: $id) {\n      ...QueryRunData\n    }\n  }\n": types.CancelQueryRunDocument,
    "\n  query SchemaModel($id: ID!) {\n    dataSource(id: $id) {\n      id\n      model {\n        version\n        tables {\n          name\n          label\n          columns {\n            name\n            label\n            role\n          }\n        }\n      }\n    }\n  }\n": types.SchemaModelDocument,
    "\n  mutation ExportQueryRun($id: ID!, $format: ExportFormat!) {\n    exportQueryRun(id: $id, format: $format) {\n      url\n      expiresAt\n    }\n  }\n": types.ExportQueryRunDocument,
    "\n  query QueryRunSource($id: ID!) {\n    queryRun(id: $id) {\n      id\n      sql\n      parameters\n      dataSource {\n        id\n      }\n    }\n  }\n": types.QueryRunSourceDocument,
    "\n  fragment ResultTable_QueryRun on QueryRun {\n    columns {\n      name\n      type\n    }\n    rows\n    rowCount\n    truncated\n    cached\n    durationMs\n  }\n": types.ResultTable_QueryRunFragmentDoc,
    "\n  fragment DeliveryFields on Delivery {\n    id\n    status\n    attempts\n    error\n    createdAt\n    finishedAt\n    type\n    trigger\n    value\n    summary\n    scheduleId\n    alertId\n    targets {\n      destinationId\n      kind\n      target\n      status\n      attempts\n      error\n      sentAt\n    }\n  }\n": types.DeliveryFieldsFragmentDoc,
    "\n  query CanvasSchedules($canvasId: ID!) {\n    canvasSchedules(canvasId: $canvasId) {\n      id\n      cron\n      timezone\n      format\n      nextRunAt\n      paused\n      createdAt\n      destinations {\n        id\n        kind\n        target\n      }\n      lastDelivery {\n        id\n        status\n        createdAt\n      }\n    }\n    canvasAlerts(canvasId: $canvasId) {\n      id\n      blockId\n      op\n      value\n      cron\n      timezone\n      paused\n      triggered\n      lastValue\n      checkedAt\n      nextRunAt\n      destinations {\n        id\n        kind\n        target\n      }\n      lastDelivery {\n        id\n        status\n        createdAt\n      }\n    }\n  }\n": types.CanvasSchedulesDocument,
    "\n  mutation CreateSchedule($input: CreateScheduleInput!) {\n    createSchedule(input: $input) {\n      id\n      destinations {\n        ...CreatedDestination\n      }\n    }\n  }\n": types.CreateScheduleDocument,
    "\n  mutation CreateAlert($input: CreateAlertInput!) {\n    createAlert(input: $input) {\n      id\n      destinations {\n        ...CreatedDestination\n      }\n    }\n  }\n": types.CreateAlertDocument,
    "\n  mutation SetRulePaused($id: ID!, $paused: Boolean!, $alert: Boolean!) {\n    setSchedulePaused(id: $id, paused: $paused) @skip(if: $alert) {\n      id\n      paused\n      nextRunAt\n    }\n    setAlertPaused(id: $id, paused: $paused) @include(if: $alert) {\n      id\n      paused\n      nextRunAt\n    }\n  }\n": types.SetRulePausedDocument,
    "\n  mutation RunRuleNow($id: ID!, $alert: Boolean!) {\n    runScheduleNow(id: $id) @skip(if: $alert) {\n      ...DeliveryFields\n    }\n    runAlertNow(id: $id) @include(if: $alert) {\n      ...DeliveryFields\n    }\n  }\n": types.RunRuleNowDocument,
    "\n  mutation DeleteRule($id: ID!, $alert: Boolean!) {\n    deleteSchedule(id: $id) @skip(if: $alert)\n    deleteAlert(id: $id) @include(if: $alert)\n  }\n": types.DeleteRuleDocument,
    "\n  query CanvasDeliveries($canvasId: ID!) {\n    canvasDeliveries(canvasId: $canvasId, first: 50) {\n      ...DeliveryFields\n    }\n  }\n": types.CanvasDeliveriesDocument,
    "\n  fragment CreatedDestination on Destination {\n    id\n    kind\n    target\n    secret\n  }\n": types.CreatedDestinationFragmentDoc,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      role\n      status\n      email\n    }\n  }\n": types.InviteMemberDocument,
    "\n  fragment ShareLinkFields on ShareLink {\n    id\n    url\n    shortUrl\n    token\n    expiresAt\n    lockedFilters\n    allowedOrigins\n    createdAt\n    revokedAt\n  }\n": types.ShareLinkFieldsFragmentDoc,
    "\n  query ShareLinks($id: ID!) {\n    canvas(id: $id) {\n      id\n      name\n      canEdit\n      published\n      publication {\n        id\n        blockIds\n      }\n      blocks {\n        id\n        type\n        content\n      }\n      shareLinks {\n        ...ShareLinkFields\n      }\n    }\n  }\n": types.ShareLinksDocument,
    "\n  mutation CreateShareLink($input: CreateShareLinkInput!) {\n    createShareLink(input: $input) {\n      ...ShareLinkFields\n    }\n  }\n": types.CreateShareLinkDocument,
    "\n  mutation RevokeShareLink($id: ID!) {\n    revokeShareLink(id: $id)\n  }\n": types.RevokeShareLinkDocument,
    "\n  query CanvasEmbedUsage($id: ID!, $days: Int!) {\n    canvas(id: $id) {\n      id\n      embedUsage(days: $days) {\n        viewer\n        via\n        views\n        blocksRun\n        lastSeenAt\n      }\n      shareLinks(includeRevoked: true) {\n        id\n        createdAt\n        revokedAt\n      }\n    }\n  }\n": types.CanvasEmbedUsageDocument,
    "\n  query Usage($organizationId: ID!, $from: DateTime!, $to: DateTime!) {\n    usage(organizationId: $organizationId, from: $from, to: $to) {\n      day\n      queries\n      errors\n      cacheHits\n      p95DurationMs\n    }\n  }\n": types.UsageDocument,
    "\n  query AiUsage($organizationId: ID!, $from: DateTime!, $to: DateTime!) {\n    aiUsage(organizationId: $organizationId, from: $from, to: $to) {\n      day\n      answered\n      accepted\n      edited\n      rejected\n    }\n  }\n": types.AiUsageDocument,
    "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    refreshToken\n    accessTokenExpiresAt\n    user {\n      id\n      name\n      email\n    }\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...SessionFields\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": types.LogOutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CanvasActivity($canvasId: ID!, $first: Int, $after: String) {\n    canvas(id: $canvasId) {\n      id\n      activity(first: $first, after: $after) {\n        items {\n          id\n          kind\n          at\n          actor {\n            id\n            name\n          }\n          blockId\n          blockTitle\n          count\n          version\n          versionName\n        }\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query CanvasActivity($canvasId: ID!, $first: Int, $after: String) {\n    canvas(id: $canvasId) {\n      id\n      activity(first: $first, after: $after) {\n        items {\n          id\n          kind\n          at\n          actor {\n            id\n            name\n          }\n          blockId\n          blockTitle\n          count\n          version\n          versionName\n        }\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AskCanvas($input: AskCanvasInput!) {\n    askCanvas(input: $input) {\n      conversationId\n      explanation\n      blocks {\n        id\n        type\n      }\n      clarification {\n        term\n        question\n        options\n        readings {\n          table\n          column\n          value\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AskCanvas($input: AskCanvasInput!) {\n    askCanvas(input: $input) {\n      conversationId\n      explanation\n      blocks {\n        id\n        type\n      }\n      clarification {\n        term\n        question\n        options\n        readings {\n          table\n          column\n          value\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SourceModelValues($id: ID!) {\n    dataSource(id: $id) {\n      id\n      model {\n        tables {\n          name\n          columns {\n            name\n            values {\n              value\n              label\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SourceModelValues($id: ID!) {\n    dataSource(id: $id) {\n      id\n      model {\n        tables {\n          name\n          columns {\n            name\n            values {\n              value\n              label\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveValueLabel($input: UpdateSemanticModelInput!) {\n    updateSemanticModel(input: $input) {\n      asOf\n    }\n  }\n"): (typeof documents)["\n  mutation SaveValueLabel($input: UpdateSemanticModelInput!) {\n    updateSemanticModel(input: $input) {\n      asOf\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAddedBlock($canvasId: ID!, $blockId: ID!) {\n    removeBlock(canvasId: $canvasId, blockId: $blockId)\n  }\n"): (typeof documents)["\n  mutation RemoveAddedBlock($canvasId: ID!, $blockId: ID!) {\n    removeBlock(canvasId: $canvasId, blockId: $blockId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplainChartSql($sql: String!, $dataSourceId: ID) {\n    explainSql(sql: $sql, dataSourceId: $dataSourceId) {\n      text\n    }\n  }\n"): (typeof documents)["\n  query ExplainChartSql($sql: String!, $dataSourceId: ID) {\n    explainSql(sql: $sql, dataSourceId: $dataSourceId) {\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FixSql($input: FixSqlInput!) {\n    fixSql(input: $input) {\n      id\n      sql\n      explanation\n      confidence\n    }\n  }\n"): (typeof documents)["\n  mutation FixSql($input: FixSqlInput!) {\n    fixSql(input: $input) {\n      id\n      sql\n      explanation\n      confidence\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordFixOutcome($id: ID!, $outcome: SuggestionOutcome!, $finalSql: String) {\n    recordSuggestionOutcome(id: $id, outcome: $outcome, finalSql: $finalSql)\n  }\n"): (typeof documents)["\n  mutation RecordFixOutcome($id: ID!, $outcome: SuggestionOutcome!, $finalSql: String) {\n    recordSuggestionOutcome(id: $id, outcome: $outcome, finalSql: $finalSql)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateSql($input: GenerateSqlInput!) {\n    generateSql(input: $input) {\n      id\n      sql\n      explanation\n      confidence\n      engine\n      chart {\n        type\n        x\n        y\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GenerateSql($input: GenerateSqlInput!) {\n    generateSql(input: $input) {\n      id\n      sql\n      explanation\n      confidence\n      engine\n      chart {\n        type\n        x\n        y\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordSuggestionOutcome($id: ID!, $outcome: SuggestionOutcome!, $finalSql: String) {\n    recordSuggestionOutcome(id: $id, outcome: $outcome, finalSql: $finalSql)\n  }\n"): (typeof documents)["\n  mutation RecordSuggestionOutcome($id: ID!, $outcome: SuggestionOutcome!, $finalSql: String) {\n    recordSuggestionOutcome(id: $id, outcome: $outcome, finalSql: $finalSql)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestSignUp($input: SignUpInput!) {\n    requestSignUp(input: $input) {\n      email\n      session {\n        ...SessionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RequestSignUp($input: SignUpInput!) {\n    requestSignUp(input: $input) {\n      email\n      session {\n        ...SessionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteSignUp($token: String!) {\n    completeSignUp(token: $token) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteSignUp($token: String!) {\n    completeSignUp(token: $token) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      name\n      email\n      memberships {\n        role\n        status\n        organization {\n          id\n          name\n          projects {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      name\n      email\n      memberships {\n        role\n        status\n        organization {\n          id\n          name\n          projects {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunCanvasBlock($canvasId: ID!, $blockId: ID!, $filters: JSON, $interactions: JSON) {\n    runCanvasBlock(canvasId: $canvasId, blockId: $blockId, filters: $filters, interactions: $interactions)\n  }\n"): (typeof documents)["\n  query RunCanvasBlock($canvasId: ID!, $blockId: ID!, $filters: JSON, $interactions: JSON) {\n    runCanvasBlock(canvasId: $canvasId, blockId: $blockId, filters: $filters, interactions: $interactions)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectCanvases($id: ID!) {\n    project(id: $id) {\n      id\n      canvases {\n        id\n        name\n        updatedAt\n        commentCount\n      }\n    }\n    canvasTemplates {\n      id\n      name\n      description\n    }\n  }\n"): (typeof documents)["\n  query ProjectCanvases($id: ID!) {\n    project(id: $id) {\n      id\n      canvases {\n        id\n        name\n        updatedAt\n        commentCount\n      }\n    }\n    canvasTemplates {\n      id\n      name\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCanvas($input: CreateCanvasInput!) {\n    createCanvas(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCanvas($input: CreateCanvasInput!) {\n    createCanvas(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CanvasHeader($id: ID!) {\n    canvas(id: $id) {\n      id\n      name\n      canEdit\n      blocks {\n        id\n        type\n        position {\n          x\n          y\n          w\n          h\n        }\n        content\n      }\n      project {\n        id\n        name\n        organization {\n          id\n        }\n        dataSources {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CanvasHeader($id: ID!) {\n    canvas(id: $id) {\n      id\n      name\n      canEdit\n      blocks {\n        id\n        type\n        position {\n          x\n          y\n          w\n          h\n        }\n        content\n      }\n      project {\n        id\n        name\n        organization {\n          id\n        }\n        dataSources {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameCanvas($id: ID!, $name: String!) {\n    renameCanvas(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation RenameCanvas($id: ID!, $name: String!) {\n    renameCanvas(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CanvasComments($canvasId: ID!) {\n    comments(canvasId: $canvasId, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          body\n          blockId\n          parentId\n          resolved\n          createdAt\n          editedAt\n          deleted\n          author {\n            id\n            name\n          }\n          assignee {\n            id\n            name\n          }\n          anchor {\n            field\n            value\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CanvasComments($canvasId: ID!) {\n    comments(canvasId: $canvasId, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          body\n          blockId\n          parentId\n          resolved\n          createdAt\n          editedAt\n          deleted\n          author {\n            id\n            name\n          }\n          assignee {\n            id\n            name\n          }\n          anchor {\n            field\n            value\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n      body\n      blockId\n      parentId\n    }\n  }\n"): (typeof documents)["\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n      body\n      blockId\n      parentId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveComment($id: ID!) {\n    resolveComment(id: $id) {\n      id\n      resolved\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveComment($id: ID!) {\n    resolveComment(id: $id) {\n      id\n      resolved\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenComment($id: ID!) {\n    reopenComment(id: $id) {\n      id\n      resolved\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenComment($id: ID!) {\n    reopenComment(id: $id) {\n      id\n      resolved\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CommentAdded($canvasId: ID!) {\n    commentAdded(canvasId: $canvasId) {\n      id\n      author {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription CommentAdded($canvasId: ID!) {\n    commentAdded(canvasId: $canvasId) {\n      id\n      author {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CommentUpdated($canvasId: ID!) {\n    commentUpdated(canvasId: $canvasId) {\n      id\n      resolved\n      deleted\n    }\n  }\n"): (typeof documents)["\n  subscription CommentUpdated($canvasId: ID!) {\n    commentUpdated(canvasId: $canvasId) {\n      id\n      resolved\n      deleted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommentStats($canvasId: ID!) {\n    commentStats(canvasId: $canvasId) {\n      blockId\n      openCount\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  query CommentStats($canvasId: ID!) {\n    commentStats(canvasId: $canvasId) {\n      blockId\n      openCount\n      unreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkCommentsRead($canvasId: ID!, $blockId: ID) {\n    markCommentsRead(canvasId: $canvasId, blockId: $blockId) {\n      blockId\n      openCount\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  mutation MarkCommentsRead($canvasId: ID!, $blockId: ID) {\n    markCommentsRead(canvasId: $canvasId, blockId: $blockId) {\n      blockId\n      openCount\n      unreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommentBlocks($canvasId: ID!) {\n    canvas(id: $canvasId) {\n      id\n      blocks {\n        id\n        type\n        content\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommentBlocks($canvasId: ID!) {\n    canvas(id: $canvasId) {\n      id\n      blocks {\n        id\n        type\n        content\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentionCandidates($canvasId: ID!) {\n    canvas(id: $canvasId) {\n      id\n      project {\n        id\n        organization {\n          id\n          members {\n            status\n            user {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MentionCandidates($canvasId: ID!) {\n    canvas(id: $canvasId) {\n      id\n      project {\n        id\n        organization {\n          id\n          members {\n            status\n            user {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DataSourceListItem_DataSource on DataSource {\n    id\n    name\n    kind\n    createdAt\n  }\n"): (typeof documents)["\n  fragment DataSourceListItem_DataSource on DataSource {\n    id\n    name\n    kind\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataSources($projectId: ID!) {\n    project(id: $projectId) {\n      id\n      name\n      dataSources {\n        id\n        ...DataSourceListItem_DataSource\n      }\n    }\n  }\n"): (typeof documents)["\n  query DataSources($projectId: ID!) {\n    project(id: $projectId) {\n      id\n      name\n      dataSources {\n        id\n        ...DataSourceListItem_DataSource\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataSourceDetail($id: ID!) {\n    dataSource(id: $id) {\n      id\n      name\n      kind\n      connection\n      createdAt\n      project {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query DataSourceDetail($id: ID!) {\n    dataSource(id: $id) {\n      id\n      name\n      kind\n      connection\n      createdAt\n      project {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataSourceTables($id: ID!, $refresh: Boolean) {\n    dataSource(id: $id) {\n      id\n      tables(refresh: $refresh) {\n        name\n        schema\n        columns {\n          name\n          type\n        }\n        foreignKeys {\n          columns\n          referencedTable\n          referencedColumns\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DataSourceTables($id: ID!, $refresh: Boolean) {\n    dataSource(id: $id) {\n      id\n      tables(refresh: $refresh) {\n        name\n        schema\n        columns {\n          name\n          type\n        }\n        foreignKeys {\n          columns\n          referencedTable\n          referencedColumns\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SemanticModel_Fields on SemanticModel {\n    asOf\n    version\n    tables {\n      name\n      label\n      description\n      columns {\n        name\n        label\n        role\n        aggregation\n        description\n        synonyms\n        values {\n          value\n          label\n        }\n      }\n    }\n    relationships {\n      fromTable\n      fromColumn\n      toTable\n      toColumn\n      inferred\n    }\n  }\n"): (typeof documents)["\n  fragment SemanticModel_Fields on SemanticModel {\n    asOf\n    version\n    tables {\n      name\n      label\n      description\n      columns {\n        name\n        label\n        role\n        aggregation\n        description\n        synonyms\n        values {\n          value\n          label\n        }\n      }\n    }\n    relationships {\n      fromTable\n      fromColumn\n      toTable\n      toColumn\n      inferred\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataSourceModel($id: ID!) {\n    dataSource(id: $id) {\n      id\n      model {\n        ...SemanticModel_Fields\n      }\n    }\n  }\n"): (typeof documents)["\n  query DataSourceModel($id: ID!) {\n    dataSource(id: $id) {\n      id\n      model {\n        ...SemanticModel_Fields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSemanticModel($input: UpdateSemanticModelInput!) {\n    updateSemanticModel(input: $input) {\n      ...SemanticModel_Fields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSemanticModel($input: UpdateSemanticModelInput!) {\n    updateSemanticModel(input: $input) {\n      ...SemanticModel_Fields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataSourceGlossary($id: ID!) {\n    dataSource(id: $id) {\n      id\n      glossary {\n        terms\n        definition\n        kind\n        expression\n        filter\n        tables\n        timeColumn\n      }\n    }\n  }\n"): (typeof documents)["\n  query DataSourceGlossary($id: ID!) {\n    dataSource(id: $id) {\n      id\n      glossary {\n        terms\n        definition\n        kind\n        expression\n        filter\n        tables\n        timeColumn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDataSource($input: CreateDataSourceInput!) {\n    createDataSource(input: $input) {\n      id\n      name\n      kind\n      connection\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDataSource($input: CreateDataSourceInput!) {\n    createDataSource(input: $input) {\n      id\n      name\n      kind\n      connection\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDataSource($input: UpdateDataSourceInput!) {\n    updateDataSource(input: $input) {\n      id\n      name\n      kind\n      connection\n      glossary {\n        terms\n        definition\n        kind\n        expression\n        filter\n        tables\n        timeColumn\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDataSource($input: UpdateDataSourceInput!) {\n    updateDataSource(input: $input) {\n      id\n      name\n      kind\n      connection\n      glossary {\n        terms\n        definition\n        kind\n        expression\n        filter\n        tables\n        timeColumn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDataSource($id: ID!) {\n    deleteDataSource(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteDataSource($id: ID!) {\n    deleteDataSource(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestDataSourceConnection($id: ID!) {\n    testDataSourceConnection(id: $id) {\n      ok\n      latencyMs\n      error {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestDataSourceConnection($id: ID!) {\n    testDataSourceConnection(id: $id) {\n      ok\n      latencyMs\n      error {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestConnection($input: TestConnectionInput!) {\n    testConnection(input: $input) {\n      ok\n      latencyMs\n      error {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestConnection($input: TestConnectionInput!) {\n    testConnection(input: $input) {\n      ok\n      latencyMs\n      error {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFileUpload($input: CreateFileUploadInput!) {\n    createFileUpload(input: $input) {\n      uploadUrl\n      expiresAt\n      dataSource {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateFileUpload($input: CreateFileUploadInput!) {\n    createFileUpload(input: $input) {\n      uploadUrl\n      expiresAt\n      dataSource {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationEmbedUsage($organizationId: ID!, $days: Int!) {\n    organizationEmbedUsage(organizationId: $organizationId, days: $days) {\n      days\n      views\n      blocksRun\n      viewers\n      canvases {\n        canvasId\n        canvas {\n          id\n          name\n          shareLinks(includeRevoked: true) {\n            id\n            createdAt\n            revokedAt\n          }\n        }\n        views\n        blocksRun\n        lastSeenAt\n        viewers {\n          viewer\n          via\n          views\n          blocksRun\n          lastSeenAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationEmbedUsage($organizationId: ID!, $days: Int!) {\n    organizationEmbedUsage(organizationId: $organizationId, days: $days) {\n      days\n      views\n      blocksRun\n      viewers\n      canvases {\n        canvasId\n        canvas {\n          id\n          name\n          shareLinks(includeRevoked: true) {\n            id\n            createdAt\n            revokedAt\n          }\n        }\n        views\n        blocksRun\n        lastSeenAt\n        viewers {\n          viewer\n          via\n          views\n          blocksRun\n          lastSeenAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedCanvas($token: String!) {\n    sharedCanvas(token: $token) {\n      id\n      name\n      lockedFilters\n      published\n      publication {\n        id\n        version\n        publishedAt\n        showCode\n      }\n      blocks {\n        id\n        type\n        position {\n          x\n          y\n          w\n          h\n        }\n        content\n      }\n    }\n  }\n"): (typeof documents)["\n  query SharedCanvas($token: String!) {\n    sharedCanvas(token: $token) {\n      id\n      name\n      lockedFilters\n      published\n      publication {\n        id\n        version\n        publishedAt\n        showCode\n      }\n      blocks {\n        id\n        type\n        position {\n          x\n          y\n          w\n          h\n        }\n        content\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunSharedBlock($token: String!, $blockId: ID!, $filters: JSON, $interactions: JSON) {\n    runSharedBlock(token: $token, blockId: $blockId, filters: $filters, interactions: $interactions)\n  }\n"): (typeof documents)["\n  query RunSharedBlock($token: String!, $blockId: ID!, $filters: JSON, $interactions: JSON) {\n    runSharedBlock(token: $token, blockId: $blockId, filters: $filters, interactions: $interactions)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CanvasVersions($canvasId: ID!) {\n    canvasVersions(canvasId: $canvasId) {\n      id\n      kind\n      name\n      number\n      createdAt\n      createdBy {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query CanvasVersions($canvasId: ID!) {\n    canvasVersions(canvasId: $canvasId) {\n      id\n      kind\n      name\n      number\n      createdAt\n      createdBy {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CanvasVersionPreview($id: ID!) {\n    canvasVersion(id: $id) {\n      id\n      number\n      canvasName\n      blocks {\n        id\n        type\n        content\n      }\n    }\n  }\n"): (typeof documents)["\n  query CanvasVersionPreview($id: ID!) {\n    canvasVersion(id: $id) {\n      id\n      number\n      canvasName\n      blocks {\n        id\n        type\n        content\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCanvasVersion($canvasId: ID!, $name: String!) {\n    createCanvasVersion(canvasId: $canvasId, name: $name) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCanvasVersion($canvasId: ID!, $name: String!) {\n    createCanvasVersion(canvasId: $canvasId, name: $name) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreCanvasVersion($canvasId: ID!, $versionId: ID!) {\n    restoreCanvasVersion(canvasId: $canvasId, versionId: $versionId) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreCanvasVersion($canvasId: ID!, $versionId: ID!) {\n    restoreCanvasVersion(canvasId: $canvasId, versionId: $versionId) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreCanvasBlock($canvasId: ID!, $versionId: ID!, $blockId: ID!) {\n    restoreCanvasBlock(canvasId: $canvasId, versionId: $versionId, blockId: $blockId) {\n      id\n      type\n      content\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreCanvasBlock($canvasId: ID!, $versionId: ID!, $blockId: ID!) {\n    restoreCanvasBlock(canvasId: $canvasId, versionId: $versionId, blockId: $blockId) {\n      id\n      type\n      content\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectHome($id: ID!) {\n    project(id: $id) {\n      id\n      name\n      createdAt\n      organization {\n        id\n        name\n      }\n      dataSources {\n        ...DataSourceTile_DataSource\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectHome($id: ID!) {\n    project(id: $id) {\n      id\n      name\n      createdAt\n      organization {\n        id\n        name\n      }\n      dataSources {\n        ...DataSourceTile_DataSource\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DataSourceTile_DataSource on DataSource {\n    id\n    name\n    kind\n    createdAt\n  }\n"): (typeof documents)["\n  fragment DataSourceTile_DataSource on DataSource {\n    id\n    name\n    kind\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      id\n      name\n      organization {\n        id\n        projects {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      id\n      name\n      organization {\n        id\n        projects {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SavedQueryFields on SavedQuery {\n    id\n    name\n    sql\n    createdAt\n    updatedAt\n    dataSource {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment SavedQueryFields on SavedQuery {\n    id\n    name\n    sql\n    createdAt\n    updatedAt\n    dataSource {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedQueries($projectId: ID!) {\n    savedQueries(projectId: $projectId) {\n      ...SavedQueryFields\n    }\n  }\n"): (typeof documents)["\n  query SavedQueries($projectId: ID!) {\n    savedQueries(projectId: $projectId) {\n      ...SavedQueryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveQuery($input: SaveQueryInput!) {\n    saveQuery(input: $input) {\n      ...SavedQueryFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveQuery($input: SaveQueryInput!) {\n    saveQuery(input: $input) {\n      ...SavedQueryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSavedQuery($input: UpdateSavedQueryInput!) {\n    updateSavedQuery(input: $input) {\n      ...SavedQueryFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSavedQuery($input: UpdateSavedQueryInput!) {\n    updateSavedQuery(input: $input) {\n      ...SavedQueryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSavedQuery($id: ID!) {\n    deleteSavedQuery(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteSavedQuery($id: ID!) {\n    deleteSavedQuery(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueryHistory($projectId: ID, $first: Int, $after: String, $status: QueryRunStatus) {\n    queryHistory(projectId: $projectId, first: $first, after: $after, status: $status) {\n      edges {\n        cursor\n        node {\n          id\n          status\n          sql\n          parameters\n          rowCount\n          durationMs\n          cached\n          createdAt\n          error {\n            code\n            message\n          }\n          dataSource {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query QueryHistory($projectId: ID, $first: Int, $after: String, $status: QueryRunStatus) {\n    queryHistory(projectId: $projectId, first: $first, after: $after, status: $status) {\n      edges {\n        cursor\n        node {\n          id\n          status\n          sql\n          parameters\n          rowCount\n          durationMs\n          cached\n          createdAt\n          error {\n            code\n            message\n          }\n          dataSource {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationPeople($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      members {\n        email\n        role\n        status\n        user {\n          id\n          name\n        }\n      }\n    }\n    me {\n      id\n    }\n  }\n"): (typeof documents)["\n  query OrganizationPeople($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      members {\n        email\n        role\n        status\n        user {\n          id\n          name\n        }\n      }\n    }\n    me {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmbeddingSecretStatus($id: ID!) {\n    organization(id: $id) {\n      id\n      embeddingSecretCreatedAt\n    }\n  }\n"): (typeof documents)["\n  query EmbeddingSecretStatus($id: ID!) {\n    organization(id: $id) {\n      id\n      embeddingSecretCreatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteOrganizationMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      email\n      role\n      status\n      inviteUrl\n    }\n  }\n"): (typeof documents)["\n  mutation InviteOrganizationMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      email\n      role\n      status\n      inviteUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($organizationId: ID!, $email: String!) {\n    revokeInvitation(organizationId: $organizationId, email: $email)\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($organizationId: ID!, $email: String!) {\n    revokeInvitation(organizationId: $organizationId, email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMemberRole($input: SetMemberRoleInput!) {\n    setMemberRole(input: $input) {\n      role\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SetMemberRole($input: SetMemberRoleInput!) {\n    setMemberRole(input: $input) {\n      role\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($organizationId: ID!, $userId: ID!) {\n    removeMember(organizationId: $organizationId, userId: $userId)\n  }\n"): (typeof documents)["\n  mutation RemoveMember($organizationId: ID!, $userId: ID!) {\n    removeMember(organizationId: $organizationId, userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEmbeddingSecret($organizationId: ID!) {\n    createEmbeddingSecret(organizationId: $organizationId)\n  }\n"): (typeof documents)["\n  mutation CreateEmbeddingSecret($organizationId: ID!) {\n    createEmbeddingSecret(organizationId: $organizationId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CanvasOrganization($id: ID!) {\n    canvas(id: $id) {\n      id\n      name\n      project {\n        id\n        organization {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CanvasOrganization($id: ID!) {\n    canvas(id: $id) {\n      id\n      name\n      project {\n        id\n        organization {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CanvasPeople($organizationId: ID!, $canvasId: ID!) {\n    canvasPeople(organizationId: $organizationId, canvasId: $canvasId) {\n      members {\n        email\n        role\n        status\n        user {\n          id\n          name\n        }\n      }\n      grants {\n        email\n        role\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CanvasPeople($organizationId: ID!, $canvasId: ID!) {\n    canvasPeople(organizationId: $organizationId, canvasId: $canvasId) {\n      members {\n        email\n        role\n        status\n        user {\n          id\n          name\n        }\n      }\n      grants {\n        email\n        role\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnshareCanvas($input: UnshareCanvasInput!) {\n    unshareCanvas(input: $input)\n  }\n"): (typeof documents)["\n  mutation UnshareCanvas($input: UnshareCanvasInput!) {\n    unshareCanvas(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      role\n      organization {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      role\n      organization {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareCanvas($input: ShareCanvasInput!) {\n    shareCanvas(input: $input)\n  }\n"): (typeof documents)["\n  mutation ShareCanvas($input: ShareCanvasInput!) {\n    shareCanvas(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlertNotifications {\n    alertNotifications(first: 20) {\n      id\n      status\n      createdAt\n      value\n      summary\n      canvasId\n      canvasName\n    }\n  }\n"): (typeof documents)["\n  query AlertNotifications {\n    alertNotifications(first: 20) {\n      id\n      status\n      createdAt\n      value\n      summary\n      canvasId\n      canvasName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommentNotifications {\n    notifications(first: 30) {\n      unreadCount\n      edges {\n        node {\n          id\n          kind\n          read\n          createdAt\n          actor {\n            id\n            name\n          }\n          comment {\n            id\n            body\n            blockId\n            deleted\n          }\n          canvas {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommentNotifications {\n    notifications(first: 30) {\n      unreadCount\n      edges {\n        node {\n          id\n          kind\n          read\n          createdAt\n          actor {\n            id\n            name\n          }\n          comment {\n            id\n            body\n            blockId\n            deleted\n          }\n          canvas {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      read\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      read\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailOutbox($organizationId: ID!) {\n    mailOutbox(organizationId: $organizationId, first: 100) {\n      id\n      from\n      to\n      subject\n      text\n      createdAt\n      attachments {\n        filename\n        contentType\n        size\n      }\n    }\n  }\n"): (typeof documents)["\n  query MailOutbox($organizationId: ID!) {\n    mailOutbox(organizationId: $organizationId, first: 100) {\n      id\n      from\n      to\n      subject\n      text\n      createdAt\n      attachments {\n        filename\n        contentType\n        size\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PublicationFields on Canvas {\n    id\n    publication {\n      id\n      version\n      publishedAt\n      blockIds\n      showCode\n      note\n      publishedBy {\n        id\n        name\n      }\n    }\n    publicationStatus {\n      version\n      publishedAt\n      changesSince\n      changes {\n        blockId\n        type\n        kind\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PublicationFields on Canvas {\n    id\n    publication {\n      id\n      version\n      publishedAt\n      blockIds\n      showCode\n      note\n      publishedBy {\n        id\n        name\n      }\n    }\n    publicationStatus {\n      version\n      publishedAt\n      changesSince\n      changes {\n        blockId\n        type\n        kind\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CanvasPublication($id: ID!) {\n    canvas(id: $id) {\n      id\n      ...PublicationFields\n    }\n  }\n"): (typeof documents)["\n  query CanvasPublication($id: ID!) {\n    canvas(id: $id) {\n      id\n      ...PublicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishCanvas($input: PublishCanvasInput!) {\n    publishCanvas(input: $input) {\n      id\n      version\n      publishedAt\n      blockIds\n      showCode\n    }\n  }\n"): (typeof documents)["\n  mutation PublishCanvas($input: PublishCanvasInput!) {\n    publishCanvas(input: $input) {\n      id\n      version\n      publishedAt\n      blockIds\n      showCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QueryRunFields on QueryRun {\n    id\n    status\n    sql\n    columns {\n      name\n      type\n    }\n    rows\n    rowCount\n    truncated\n    cached\n    durationMs\n    error {\n      code\n      message\n      position\n      limitSeconds\n      maxLimitSeconds\n    }\n    ...ResultTable_QueryRun\n  }\n"): (typeof documents)["\n  fragment QueryRunFields on QueryRun {\n    id\n    status\n    sql\n    columns {\n      name\n      type\n    }\n    rows\n    rowCount\n    truncated\n    cached\n    durationMs\n    error {\n      code\n      message\n      position\n      limitSeconds\n      maxLimitSeconds\n    }\n    ...ResultTable_QueryRun\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QueryRunData on QueryRun {\n    id\n    status\n    sql\n    columns {\n      name\n      type\n    }\n    rowsJson\n    rowCount\n    truncated\n    cached\n    durationMs\n    error {\n      code\n      message\n      position\n      limitSeconds\n      maxLimitSeconds\n    }\n  }\n"): (typeof documents)["\n  fragment QueryRunData on QueryRun {\n    id\n    status\n    sql\n    columns {\n      name\n      type\n    }\n    rowsJson\n    rowCount\n    truncated\n    cached\n    durationMs\n    error {\n      code\n      message\n      position\n      limitSeconds\n      maxLimitSeconds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataSourceSchema($id: ID!) {\n    dataSource(id: $id) {\n      id\n      name\n      kind\n      tables {\n        name\n        schema\n        columns {\n          name\n          type\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DataSourceSchema($id: ID!) {\n    dataSource(id: $id) {\n      id\n      name\n      kind\n      tables {\n        name\n        schema\n        columns {\n          name\n          type\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectDataSources($id: ID!) {\n    project(id: $id) {\n      id\n      name\n      dataSources {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectDataSources($id: ID!) {\n    project(id: $id) {\n      id\n      name\n      dataSources {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunQuery($input: RunQueryInput!) {\n    runQuery(input: $input) {\n      ...QueryRunData\n    }\n  }\n"): (typeof documents)["\n  mutation RunQuery($input: RunQueryInput!) {\n    runQuery(input: $input) {\n      ...QueryRunData\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueryRun($id: ID!) {\n    queryRun(id: $id) {\n      ...QueryRunData\n    }\n  }\n"): (typeof documents)["\n  query QueryRun($id: ID!) {\n    queryRun(id: $id) {\n      ...QueryRunData\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription QueryRunUpdated($id: ID!) {\n    queryRunUpdated(id: $id) {\n      ...QueryRunData\n    }\n  }\n"): (typeof documents)["\n  subscription QueryRunUpdated($id: ID!) {\n    queryRunUpdated(id: $id) {\n      ...QueryRunData\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelQueryRun($id: ID!) {\n    cancelQueryRun(id: $id) {\n      ...QueryRunData\n    }\n  }\n"): (typeof documents)["\n  mutation CancelQueryRun($id: ID!) {\n    cancelQueryRun(id: $id) {\n      ...QueryRunData\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchemaModel($id: ID!) {\n    dataSource(id: $id) {\n      id\n      model {\n        version\n        tables {\n          name\n          label\n          columns {\n            name\n            label\n            role\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SchemaModel($id: ID!) {\n    dataSource(id: $id) {\n      id\n      model {\n        version\n        tables {\n          name\n          label\n          columns {\n            name\n            label\n            role\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportQueryRun($id: ID!, $format: ExportFormat!) {\n    exportQueryRun(id: $id, format: $format) {\n      url\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation ExportQueryRun($id: ID!, $format: ExportFormat!) {\n    exportQueryRun(id: $id, format: $format) {\n      url\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueryRunSource($id: ID!) {\n    queryRun(id: $id) {\n      id\n      sql\n      parameters\n      dataSource {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query QueryRunSource($id: ID!) {\n    queryRun(id: $id) {\n      id\n      sql\n      parameters\n      dataSource {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResultTable_QueryRun on QueryRun {\n    columns {\n      name\n      type\n    }\n    rows\n    rowCount\n    truncated\n    cached\n    durationMs\n  }\n"): (typeof documents)["\n  fragment ResultTable_QueryRun on QueryRun {\n    columns {\n      name\n      type\n    }\n    rows\n    rowCount\n    truncated\n    cached\n    durationMs\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeliveryFields on Delivery {\n    id\n    status\n    attempts\n    error\n    createdAt\n    finishedAt\n    type\n    trigger\n    value\n    summary\n    scheduleId\n    alertId\n    targets {\n      destinationId\n      kind\n      target\n      status\n      attempts\n      error\n      sentAt\n    }\n  }\n"): (typeof documents)["\n  fragment DeliveryFields on Delivery {\n    id\n    status\n    attempts\n    error\n    createdAt\n    finishedAt\n    type\n    trigger\n    value\n    summary\n    scheduleId\n    alertId\n    targets {\n      destinationId\n      kind\n      target\n      status\n      attempts\n      error\n      sentAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CanvasSchedules($canvasId: ID!) {\n    canvasSchedules(canvasId: $canvasId) {\n      id\n      cron\n      timezone\n      format\n      nextRunAt\n      paused\n      createdAt\n      destinations {\n        id\n        kind\n        target\n      }\n      lastDelivery {\n        id\n        status\n        createdAt\n      }\n    }\n    canvasAlerts(canvasId: $canvasId) {\n      id\n      blockId\n      op\n      value\n      cron\n      timezone\n      paused\n      triggered\n      lastValue\n      checkedAt\n      nextRunAt\n      destinations {\n        id\n        kind\n        target\n      }\n      lastDelivery {\n        id\n        status\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query CanvasSchedules($canvasId: ID!) {\n    canvasSchedules(canvasId: $canvasId) {\n      id\n      cron\n      timezone\n      format\n      nextRunAt\n      paused\n      createdAt\n      destinations {\n        id\n        kind\n        target\n      }\n      lastDelivery {\n        id\n        status\n        createdAt\n      }\n    }\n    canvasAlerts(canvasId: $canvasId) {\n      id\n      blockId\n      op\n      value\n      cron\n      timezone\n      paused\n      triggered\n      lastValue\n      checkedAt\n      nextRunAt\n      destinations {\n        id\n        kind\n        target\n      }\n      lastDelivery {\n        id\n        status\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSchedule($input: CreateScheduleInput!) {\n    createSchedule(input: $input) {\n      id\n      destinations {\n        ...CreatedDestination\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSchedule($input: CreateScheduleInput!) {\n    createSchedule(input: $input) {\n      id\n      destinations {\n        ...CreatedDestination\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAlert($input: CreateAlertInput!) {\n    createAlert(input: $input) {\n      id\n      destinations {\n        ...CreatedDestination\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAlert($input: CreateAlertInput!) {\n    createAlert(input: $input) {\n      id\n      destinations {\n        ...CreatedDestination\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRulePaused($id: ID!, $paused: Boolean!, $alert: Boolean!) {\n    setSchedulePaused(id: $id, paused: $paused) @skip(if: $alert) {\n      id\n      paused\n      nextRunAt\n    }\n    setAlertPaused(id: $id, paused: $paused) @include(if: $alert) {\n      id\n      paused\n      nextRunAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetRulePaused($id: ID!, $paused: Boolean!, $alert: Boolean!) {\n    setSchedulePaused(id: $id, paused: $paused) @skip(if: $alert) {\n      id\n      paused\n      nextRunAt\n    }\n    setAlertPaused(id: $id, paused: $paused) @include(if: $alert) {\n      id\n      paused\n      nextRunAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunRuleNow($id: ID!, $alert: Boolean!) {\n    runScheduleNow(id: $id) @skip(if: $alert) {\n      ...DeliveryFields\n    }\n    runAlertNow(id: $id) @include(if: $alert) {\n      ...DeliveryFields\n    }\n  }\n"): (typeof documents)["\n  mutation RunRuleNow($id: ID!, $alert: Boolean!) {\n    runScheduleNow(id: $id) @skip(if: $alert) {\n      ...DeliveryFields\n    }\n    runAlertNow(id: $id) @include(if: $alert) {\n      ...DeliveryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRule($id: ID!, $alert: Boolean!) {\n    deleteSchedule(id: $id) @skip(if: $alert)\n    deleteAlert(id: $id) @include(if: $alert)\n  }\n"): (typeof documents)["\n  mutation DeleteRule($id: ID!, $alert: Boolean!) {\n    deleteSchedule(id: $id) @skip(if: $alert)\n    deleteAlert(id: $id) @include(if: $alert)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CanvasDeliveries($canvasId: ID!) {\n    canvasDeliveries(canvasId: $canvasId, first: 50) {\n      ...DeliveryFields\n    }\n  }\n"): (typeof documents)["\n  query CanvasDeliveries($canvasId: ID!) {\n    canvasDeliveries(canvasId: $canvasId, first: 50) {\n      ...DeliveryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CreatedDestination on Destination {\n    id\n    kind\n    target\n    secret\n  }\n"): (typeof documents)["\n  fragment CreatedDestination on Destination {\n    id\n    kind\n    target\n    secret\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      role\n      status\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      role\n      status\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ShareLinkFields on ShareLink {\n    id\n    url\n    shortUrl\n    token\n    expiresAt\n    lockedFilters\n    allowedOrigins\n    createdAt\n    revokedAt\n  }\n"): (typeof documents)["\n  fragment ShareLinkFields on ShareLink {\n    id\n    url\n    shortUrl\n    token\n    expiresAt\n    lockedFilters\n    allowedOrigins\n    createdAt\n    revokedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShareLinks($id: ID!) {\n    canvas(id: $id) {\n      id\n      name\n      canEdit\n      published\n      publication {\n        id\n        blockIds\n      }\n      blocks {\n        id\n        type\n        content\n      }\n      shareLinks {\n        ...ShareLinkFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ShareLinks($id: ID!) {\n    canvas(id: $id) {\n      id\n      name\n      canEdit\n      published\n      publication {\n        id\n        blockIds\n      }\n      blocks {\n        id\n        type\n        content\n      }\n      shareLinks {\n        ...ShareLinkFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateShareLink($input: CreateShareLinkInput!) {\n    createShareLink(input: $input) {\n      ...ShareLinkFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateShareLink($input: CreateShareLinkInput!) {\n    createShareLink(input: $input) {\n      ...ShareLinkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeShareLink($id: ID!) {\n    revokeShareLink(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeShareLink($id: ID!) {\n    revokeShareLink(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CanvasEmbedUsage($id: ID!, $days: Int!) {\n    canvas(id: $id) {\n      id\n      embedUsage(days: $days) {\n        viewer\n        via\n        views\n        blocksRun\n        lastSeenAt\n      }\n      shareLinks(includeRevoked: true) {\n        id\n        createdAt\n        revokedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query CanvasEmbedUsage($id: ID!, $days: Int!) {\n    canvas(id: $id) {\n      id\n      embedUsage(days: $days) {\n        viewer\n        via\n        views\n        blocksRun\n        lastSeenAt\n      }\n      shareLinks(includeRevoked: true) {\n        id\n        createdAt\n        revokedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Usage($organizationId: ID!, $from: DateTime!, $to: DateTime!) {\n    usage(organizationId: $organizationId, from: $from, to: $to) {\n      day\n      queries\n      errors\n      cacheHits\n      p95DurationMs\n    }\n  }\n"): (typeof documents)["\n  query Usage($organizationId: ID!, $from: DateTime!, $to: DateTime!) {\n    usage(organizationId: $organizationId, from: $from, to: $to) {\n      day\n      queries\n      errors\n      cacheHits\n      p95DurationMs\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AiUsage($organizationId: ID!, $from: DateTime!, $to: DateTime!) {\n    aiUsage(organizationId: $organizationId, from: $from, to: $to) {\n      day\n      answered\n      accepted\n      edited\n      rejected\n    }\n  }\n"): (typeof documents)["\n  query AiUsage($organizationId: ID!, $from: DateTime!, $to: DateTime!) {\n    aiUsage(organizationId: $organizationId, from: $from, to: $to) {\n      day\n      answered\n      accepted\n      edited\n      rejected\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    refreshToken\n    accessTokenExpiresAt\n    user {\n      id\n      name\n      email\n    }\n  }\n"): (typeof documents)["\n  fragment SessionFields on AuthPayload {\n    accessToken\n    refreshToken\n    accessTokenExpiresAt\n    user {\n      id\n      name\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOut {\n    logOut\n  }\n"): (typeof documents)["\n  mutation LogOut {\n    logOut\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;