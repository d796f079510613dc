# sibyl/app: the TypeScript apps (supplier, validator, gateway, dispatcher) with their installed
# node_modules and Node.js 20, run as a non-root user. No model weights and no keys are in it:
# models go to the /models volume (SIBYL_CACHE), keys come from the environment at run time.
# Context: the repository, filtered by .dockerignore.
ARG NODEJS_IMAGE=sibyl/nodejs:20
FROM ${NODEJS_IMAGE} AS nodejs

FROM sibyl/base:bookworm
COPY --from=nodejs /usr/local/ /usr/local/
RUN useradd --uid 10001 --user-group --home-dir /home/sibyl --create-home --shell /usr/sbin/nologin sibyl \
 && mkdir -p /models /var/lib/sibyl/supplier /var/lib/sibyl/validator /var/lib/sibyl/gateway \
 && chown sibyl:sibyl /models /var/lib/sibyl/supplier /var/lib/sibyl/validator /var/lib/sibyl/gateway
# The code stays root-owned: the apps can read it but not change it.
COPY . /opt/sibyl/
WORKDIR /opt/sibyl
USER sibyl
# Every model download and cache (ModelFetcher's defaultCacheDir) lands under /models.
ENV SIBYL_CACHE=/models
VOLUME ["/models"]
# `node --import tsx <cli.ts>` is what `npm run supplier|validator|gateway` runs, as one process
# (no npm and tsx parents in between to relay signals); docker-compose.yml gives the commands.
CMD ["node", "--version"]
