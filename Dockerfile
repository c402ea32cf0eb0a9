# newsbot in a container: `docker build -t newsbot .`, then see compose.yaml (or README, "Running as a
# service"). Two stages: the first compiles TypeScript to dist/, the second holds only the production
# dependencies and the build, and runs as the unprivileged `node` user.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: `prepare` would build before the sources are copied; the build is the next step.
RUN npm ci --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY scripts/copyData.mjs scripts/
COPY src src
COPY commands commands
RUN npm run build

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    STORIES_DIR=/data/stories \
    CACHE_DIR=/data/cache \
    METRICS_PORT=9464
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY --from=build /app/dist dist
COPY bin bin
# The sample stories, for a first run; mount your own folder over /data/stories.
COPY stories /data/stories
RUN mkdir -p /data/cache && chown -R node:node /data/cache
USER node
# Stories (read-only is fine) and the parse cache (keeps restarts fast) live outside the container.
VOLUME ["/data/stories", "/data/cache"]
EXPOSE 9464
# Healthy once connected to Discord with the stories loaded (see /healthz); a first load of a large
# folder may take minutes, hence the start period.
HEALTHCHECK --interval=30s --timeout=5s --start-period=5m --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.METRICS_PORT}/healthz`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node is PID 1 and handles SIGTERM itself (docker stop): the gateway is closed and the exit status is 0.
STOPSIGNAL SIGTERM
CMD ["node", "dist/src/main.js"]
