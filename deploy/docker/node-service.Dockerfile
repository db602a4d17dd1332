# One image pattern for every Node service. Build from the repository root:
#   docker build -f deploy/docker/node-service.Dockerfile --build-arg WORKSPACE=gateway -t tessera/gateway .
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY packages ./packages
COPY subgraphs ./subgraphs
COPY gateway ./gateway
COPY collab-server ./collab-server
COPY web/package.json ./web/package.json
RUN npm ci --no-audit --no-fund

FROM node:20-bookworm-slim AS runtime
ARG WORKSPACE
ENV NODE_ENV=production WORKSPACE=${WORKSPACE}
WORKDIR /app
COPY --from=deps --chown=node:node /app ./
COPY --chown=node:node schema ./schema
USER node
CMD ["sh", "-c", "exec node --import tsx ${WORKSPACE}/src/index.ts"]
