# sibyl/nats: Debian's nats-server with JetStream, its store in a volume, run as a non-root user.
# Built with `--network host`: apt-get reaches the Debian mirror, not a Docker registry.
FROM sibyl/base:bookworm
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends nats-server \
 && apt-get clean && rm -rf /var/lib/apt/lists/* /var/cache/apt/*.bin
RUN useradd --uid 10001 --user-group --home-dir /data --no-create-home --shell /usr/sbin/nologin sibyl \
 && mkdir -p /data \
 && chown sibyl:sibyl /data
USER sibyl
WORKDIR /data
VOLUME ["/data"]
EXPOSE 4222
ENTRYPOINT ["nats-server"]
# Loopback only unless told otherwise (docker-compose.yml passes -a/-p from the env file).
CMD ["-a", "127.0.0.1", "-p", "4222", "-js", "-sd", "/data"]
