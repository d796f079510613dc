# sibyl/nodejs:<version>: the host's Node.js (20+) and npm, the layer sibyl/app copies them from.
# Debian bookworm's own nodejs is 18, too old for Sibyl; no registry is needed to take the host's.
# Context: a staging directory scripts/build-images.sh fills with `node` and `npm/`.
FROM sibyl/base:bookworm
COPY node /usr/local/bin/node
COPY npm/ /usr/local/lib/node_modules/npm/
RUN ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \
 && ln -s ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx \
 && node --version && npm --version
