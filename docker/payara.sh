#!/usr/bin/env bash
# Starts one Payara Micro instance of Consulta. Every way of running it goes through here: `mvn -Prun`,
# the Docker image, the local cluster, the read benchmark and the start-up tests.
#
#   bash docker/payara.sh PAYARA_MICRO_JAR CONSULTA_WAR HTTP_PORT [more Payara Micro options]
#
# Payara Micro always starts its data grid (Hazelcast), even with --nocluster: it then listens on every
# interface under the cluster name "development", without credentials, and anyone who reaches it can
# rewrite Payara's maps, MicroProfile Config values included. So the grid is configured here:
#   alone (CONSULTA_CLUSTER_MEMBERS unset): bound to 127.0.0.1, joining nobody, under a cluster name
#     drawn at random at each start;
#   in a cluster: CONSULTA_CLUSTER_MEMBERS (host:port,host:port of every instance's grid),
#     CONSULTA_CLUSTER_INTERFACE (the address this instance's grid binds to, and only that one),
#     CONSULTA_CLUSTER_SECRET (the same on every instance; required), CONSULTA_CLUSTER_NAME (optional),
#     CONSULTA_GRID_PORT (first port tried, 6900). Hazelcast's open-source edition has no passwords:
#     a member or a client is let in on the cluster name alone, so the name used is derived from the
#     secret and never appears on a command line (a file readable by this user only).
# Also: no "Server" or "X-Powered-By" banner, no TRACE, and no /metrics (heap, threads and pool sizes are
# for operators: re-enable it with a preboot command of your own behind your management network).
# CONSULTA_JAVA_OPTIONS replaces the JVM options (default -Xmx512m).
set -euo pipefail
if [ $# -lt 3 ]; then
  echo "usage: $0 PAYARA_MICRO_JAR CONSULTA_WAR HTTP_PORT [Payara Micro options]" >&2
  exit 2
fi
jar=$1 war=$2 port=$3
shift 3

grid_port=${CONSULTA_GRID_PORT:-6900}
if [ -z "${CONSULTA_CLUSTER_MEMBERS:-}" ]; then
  interface=127.0.0.1
  members="127.0.0.1:$grid_port"
  name="consulta-alone-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
else
  : "${CONSULTA_CLUSTER_SECRET:?a cluster needs CONSULTA_CLUSTER_SECRET, the same on every instance}"
  : "${CONSULTA_CLUSTER_INTERFACE:?a cluster needs CONSULTA_CLUSTER_INTERFACE, the address its data grid binds to}"
  interface=$CONSULTA_CLUSTER_INTERFACE
  members=$CONSULTA_CLUSTER_MEMBERS
  digest=$(printf '%s:%s' "${CONSULTA_CLUSTER_NAME:-consulta}" "$CONSULTA_CLUSTER_SECRET" | sha256sum | cut -c1-40)
  name="${CONSULTA_CLUSTER_NAME:-consulta}-$digest"
fi

# the host name the container writes into redirects of its own: the configured public address, never
# the request's Host header (which anybody can forge)
public_host=$(printf '%s' "${CONSULTA_PUBLIC_URL:-http://localhost:$port}" | sed -E 's#^[a-z]+://##; s#/.*$##')

umask 077
preboot=$(mktemp "${TMPDIR:-/tmp}/consulta-grid.XXXXXX")
cat > "$preboot" <<EOF
set hazelcast-runtime-configuration.cluster-group-name=$name
set hazelcast-runtime-configuration.start-port=$grid_port
set configs.config.server-config.network-config.protocols.protocol.http-listener.http.server-header=false
set configs.config.server-config.network-config.protocols.protocol.http-listener.http.xpowered-by=false
set configs.config.server-config.network-config.protocols.protocol.http-listener.http.trace-enabled=false
set configs.config.server-config.network-config.protocols.protocol.http-listener.http.server-name=$public_host
set configs.config.server-config.microprofile-metrics-configuration.enabled=false
set configs.config.server-config.network-config.protocols.protocol.http-listener.http.compression=on
set configs.config.server-config.network-config.protocols.protocol.http-listener.http.compression-min-size-bytes=1024
set configs.config.server-config.network-config.protocols.protocol.http-listener.http.compressable-mime-type=text/html,text/css,text/javascript,application/javascript,application/json,application/problem+json,image/svg+xml,text/csv,text/plain
EOF
# Payara reads the file in its first seconds of boot; it does not stay behind.
( sleep 120; rm -f "$preboot" ) </dev/null >/dev/null 2>&1 &

# the address the platform tells people to open, and writes into mails: this port unless configured
export CONSULTA_PUBLIC_URL=${CONSULTA_PUBLIC_URL:-http://localhost:$port}

# Consulta prints a box (address, one-time passwords, outbox) while it deploys, hundreds of lines before
# Payara's "ready" line: it is held back and printed right after that line, the last thing a person sees.
# (java stays this process, exec'd, so signals and its pid are its own; the filter ends with its output.)
hold_box='
  /^={60,}$/ && !held { held = 1; box = $0; next }
  held == 1 { line = $0; sub(/\]\]$/, "", line); box = box "\n" line;
              if (line ~ /^={60,}$/) { held = 2; if (ready) { print box; held = 0 } } fflush(); next }
  { print; if ($0 ~ /ready in [0-9,.]+ \(ms\)/) { ready = 1; if (held == 2) { print ""; print box; held = 0 } } fflush() }
  END { if (held) print box }'

# shellcheck disable=SC2086
exec java ${CONSULTA_JAVA_OPTIONS:--Xmx512m} -Dhazelcast.socket.bind.any=false \
  -Dmp.health.default.readiness.empty.response=DOWN \
  -jar "$jar" --deploy "$war" --contextroot / --port "$port" \
  --clustermode "tcpip:$members" --interfaces "$interface" \
  --prebootcommandfile "$preboot" --disablephonehome "$@" > >(awk "$hold_box") 2>&1
