// The self-hosted GraphiQL served at GET /graphql to browsers (gateway/src/explorer.ts). Built
// with vite (`npm run build:explorer -w @tessera/gateway`) so every script comes from our origin.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './explorer.css';
import { createGraphiQLFetcher, type Fetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { buildSchema, type GraphQLSchema } from 'graphql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

const endpoint = new URL('/graphql', window.location.href);
const subscriptionUrl = endpoint.href.replace(/^http/, 'ws');

/**
 * Queries and mutations carry the Headers tab as HTTP headers. Subscriptions authenticate with
 * graphql-ws connection params (the gateway reads `authorization` there), so each Authorization
 * value gets its own websocket client.
 */
const fetchers = new Map<string, Fetcher>();
const fetcher: Fetcher = (params, options) => {
  const headers = Object.entries(options?.headers ?? {});
  const authorization = String(headers.find(([name]) => name.toLowerCase() === 'authorization')?.[1] ?? '');
  let forAuthorization = fetchers.get(authorization);
  if (!forAuthorization) {
    forAuthorization = createGraphiQLFetcher({
      url: endpoint.href,
      subscriptionUrl,
      wsConnectionParams: authorization ? { authorization } : {},
    });
    fetchers.set(authorization, forAuthorization);
  }
  return forAuthorization(params, options);
};

const DEFAULT_QUERY = `# Tessera GraphQL API
# Guide: /docs/api.md · SDL: /schema.graphql
#
# Authenticate as partners do: in Headers below, paste
#   { "Authorization": "Bearer tsr_…" }
# with an API key (createApiKey, see the guide) or an
# access token. Headers are kept only for this page
# unless you turn on persisting them in the settings.

query Me {
  me {
    id
    name
    email
  }
}
`;

const links = createElement(
  'nav',
  { className: 'tessera-explorer-links' },
  createElement('a', { href: '/docs/api.md', target: '_blank', rel: 'noopener' }, 'API guide'),
  createElement('a', { href: '/schema.graphql', download: 'tessera.graphql' }, 'Download SDL'),
  createElement('a', { href: '/' }, 'Back to Tessera'),
);

/**
 * The published SDL (/schema.graphql) gives GraphiQL its docs and completion without introspection,
 * which production answers only for API keys (or not at all with INTROSPECTION=false). Without it,
 * GraphiQL introspects as usual.
 */
async function publishedSchema(): Promise<GraphQLSchema | undefined> {
  try {
    const response = await fetch('/schema.graphql');
    return response.ok ? buildSchema(await response.text()) : undefined;
  } catch {
    return undefined;
  }
}

const schema = await publishedSchema();
createRoot(document.getElementById('explorer')!).render(
  createElement(
    GraphiQL,
    {
      fetcher,
      ...(schema ? { schema } : {}),
      defaultQuery: DEFAULT_QUERY,
      defaultEditorToolsVisibility: 'headers',
      showPersistHeadersSettings: true,
    },
    createElement(GraphiQL.Logo, null, 'Tessera'),
    createElement(GraphiQL.Footer, null, links),
  ),
);
