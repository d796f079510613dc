# sibyl/node: the Sibyl node (`npm run build:node`) and the chain specs, run as a non-root user.
# Context: a staging directory scripts/build-images.sh fills with `sibyl-node` and `chain-spec/`.
FROM sibyl/base:bookworm
# A fixed uid, the same in every Sibyl image, so volumes and secret files can be owned by it.
RUN useradd --uid 10001 --user-group --home-dir /data --no-create-home --shell /usr/sbin/nologin sibyl \
 && mkdir -p /data /keystore \
 && chown sibyl:sibyl /data /keystore \
 && chmod 700 /keystore
COPY sibyl-node /usr/local/bin/sibyl-node
# `--chain local` and `--chain dev` are built into the binary; these files are for `--chain <path>`.
COPY chain-spec/ /opt/sibyl/chain-spec/
USER sibyl
WORKDIR /data
# The chain database; the keystore is a volume of its own in docker-compose.yml.
VOLUME ["/data"]
# RPC, p2p, Prometheus (Substrate's defaults; docker-compose.yml sets them).
EXPOSE 9944 30333 9615
ENTRYPOINT ["sibyl-node"]
