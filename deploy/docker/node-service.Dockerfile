# One image pattern for every Node service (gateway, subgraphs, collab-server). Build from the
# repository root:
#
#   docker build -f deploy/docker/node-service.Dockerfile --build-arg WORKSPACE=subgraphs/accounts -t tessera/accounts .
#   docker build -f deploy/docker/node-service.Dockerfile --build-arg WORKSPACE=gateway --target gateway -t tessera/gateway .
#
# Stages:
#   manifests  every package.json + package-lock.json, so `npm ci` is cached until a manifest changes
#   deps       `npm ci` of the whole monorepo (dev dependencies included: the web build needs vite)
#   web        `npm run build -w @tessera/web` -> web/dist, plus the trusted-documents manifest, and
#              `npm run build:explorer -w @tessera/gateway` -> gateway/explorer/dist (GraphiQL)
#   pruned     deploy/docker/prune-workspace.mjs: only WORKSPACE, the workspaces it depends on and
#              their *production* dependencies (walked in package-lock.json), plus tsx
#   base       node:20-bookworm-slim, non-root user 1000:1000 (`node`), NODE_ENV=production, HEALTHCHECK
#   gateway    base + the built web app (served at /) and GraphiQL (GET /graphql for browsers)
#   canvases-worker  base + Chromium (the canvases worker renders exports)
#   runtime    base (the default target: every other service)
#
# "Production dependencies only": the services run TypeScript through tsx, which is a root
# devDependency. Rather than `npm ci --omit=dev` followed by an unpinned `npm install tsx`, the
# pruned stage keeps the workspace's production dependency closure and adds tsx (and esbuild, its
# only runtime dependency) at the version pinned in package-lock.json (`--with tsx`). No other
# devDependency (vitest, eslint, typescript, vite, the Mongo dev server, the embedded PostgreSQL,
# graphiql, test harnesses) reaches the image: @tessera/db imports embedded-postgres (a
# devDependency) only when it starts one, which production never does (every URL is set).
#
# Works with BuildKit (docker compose v2, `docker buildx`) and the classic builder. The ignore
# file next to this Dockerfile (node-service.Dockerfile.dockerignore) keeps node_modules, .data
# and .git out of the build context under BuildKit; the classic builder only reads
# <repo>/.dockerignore (same contents).

ARG NODE_IMAGE=node:20-bookworm-slim

# ---------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS manifests
WORKDIR /src
COPY . .
# Only the manifests leave this stage: source edits do not invalidate the `npm ci` layer below.
RUN mkdir -p /out \
 && find . -path ./node_modules -prune -o -path '*/node_modules' -prune -o -name package.json -type f -print \
    | xargs -I{} cp --parents {} /out/ \
 && cp package-lock.json /out/

# ---------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
ENV NPM_CONFIG_UPDATE_NOTIFIER=false NPM_CONFIG_FUND=false NPM_CONFIG_AUDIT=false
COPY --from=manifests /out/ ./
RUN npm ci --no-audit --no-fund \
 && npm cache clean --force

# ---------------------------------------------------------------------------------------------
FROM deps AS web
COPY . .
RUN npm run build -w @tessera/web \
 && test -f web/dist/index.html \
 && npm run build:explorer -w @tessera/gateway \
 && test -f gateway/explorer/dist/index.html \
 && (test -f web/src/gql/persisted-documents.json || echo '{}' > web/src/gql/persisted-documents.json)

# ---------------------------------------------------------------------------------------------
FROM deps AS pruned
ARG WORKSPACE
# Space-separated package globs to leave out of the production dependency closure (none needed
# today: development-only packages are devDependencies, which the prune never follows).
ARG PRUNE_EXCLUDE=""
COPY . .
RUN test -n "${WORKSPACE}" || { echo 'build with --build-arg WORKSPACE=<gateway|subgraphs/<name>|collab-server>' >&2; exit 1; } \
 && set -f && set -- --workspace "${WORKSPACE}" --with tsx --out /out \
 && for glob in ${PRUNE_EXCLUDE}; do set -- "$@" --exclude "$glob"; done \
 && node deploy/docker/prune-workspace.mjs "$@" \
 && cp deploy/docker/healthcheck.mjs /out/healthcheck.mjs

# ---------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS base
ARG WORKSPACE
# The file that boots the service, relative to the workspace (a platform entry can replace it).
ARG ENTRY=src/index.ts
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    LOG_PRETTY=false \
    WORKSPACE=${WORKSPACE} \
    SERVICE_ENTRY=${WORKSPACE}/${ENTRY} \
    NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_CACHE=/tmp/.npm
WORKDIR /app
# Writable state (DATA_DIR of the queries subgraph, collab file storage) lives under /var/lib/tessera;
# mount a volume there. Everything else can run on a read-only root filesystem (tmpfs on /tmp).
RUN mkdir -p /var/lib/tessera && chown node:node /var/lib/tessera
COPY --from=pruned --chown=root:root /out/ ./
# Numeric, so Kubernetes' runAsNonRoot and other admission checks can verify it without /etc/passwd
# (1000 is the image's `node` user). The code stays root-owned: the service cannot rewrite it.
USER 1000:1000
# 4000 gateway, 4001-4005 subgraphs, 4006 collab-server; the healthcheck reads the right *_PORT.
EXPOSE 4000 4001 4002 4003 4004 4005 4006
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=5 CMD ["node", "/app/healthcheck.mjs"]
STOPSIGNAL SIGTERM
CMD ["sh", "-c", "exec node --import tsx \"$SERVICE_ENTRY\""]

# ---------------------------------------------------------------------------------------------
FROM base AS gateway
COPY --from=web --chown=root:root /app/web/dist ./web/dist
COPY --from=web --chown=root:root /app/gateway/explorer/dist ./gateway/explorer/dist
COPY --from=web --chown=root:root /app/web/src/gql/persisted-documents.json ./web/src/gql/persisted-documents.json

# ---------------------------------------------------------------------------------------------
# The canvases worker (WORKSPACE=subgraphs/canvases, ENTRY=src/worker.ts): base + Debian's
# Chromium and fonts, which render canvas exports (PDF, PNG) headless.
FROM base AS canvases-worker
USER root
RUN apt-get update \
 && apt-get install -y --no-install-recommends chromium fonts-dejavu-core fonts-liberation \
 && rm -rf /var/lib/apt/lists/*
ENV CHROMIUM_PATH=/usr/bin/chromium \
    WORKER_PORT=4007
USER 1000:1000
EXPOSE 4007

# ---------------------------------------------------------------------------------------------
# Last stage = default target.
FROM base AS runtime
