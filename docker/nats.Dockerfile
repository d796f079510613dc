# sibyl/nats: nats-server (the version scripts/build-nats-server.sh builds from source) with
# JetStream, its store in a volume, run as a non-root user. Its configuration is written by the
# bus-authorizer service into the `bus` volume (docs/bus.md): logins are delegated to it, so the
# server starts only once that file exists.
FROM sibyl/base:bookworm
COPY nats-server /usr/local/bin/nats-server
RUN useradd --uid 10001 --user-group --home-dir /data --no-create-home --shell /usr/sbin/nologin sibyl \
 && mkdir -p /data /bus \
 && chown sibyl:sibyl /data /bus
USER sibyl
WORKDIR /data
VOLUME ["/data"]
EXPOSE 4222
ENTRYPOINT ["/bin/sh", "-ec", "if [ \"$#\" -gt 0 ]; then exec nats-server \"$@\"; fi; until [ -f /bus/nats.conf ]; do echo 'waiting for /bus/nats.conf (the bus-authorizer service writes it)' >&2; sleep 2; done; exec nats-server -c /bus/nats.conf", "nats-server"]
