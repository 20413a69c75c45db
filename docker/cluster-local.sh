#!/usr/bin/env bash
# A local cluster of Consulta on this machine, for operators trying it and for tests:
#
#   bash docker/cluster-local.sh up [N]   N instances (default 2) of target/consulta.war on ports 8081…808N,
#                                         one PostgreSQL database, Payara's data grid on 127.0.0.1 (TCP/IP
#                                         discovery, ports 6901…690N, a cluster name derived from a secret),
#                                         and nginx on port 8080 in front (round-robin, no stickiness)
#   bash docker/cluster-local.sh start I  starts instance I again (after a crash): it rejoins the others
#   bash docker/cluster-local.sh down     stops them all
#
# Settings (environment): CONSULTA_DB_URL/_USER/_PASSWORD (default: PostgreSQL on 127.0.0.1:5432, database
# consulta_cluster, created if missing), CONSULTA_CLUSTER_SECRET (default: drawn once and kept in the state
# directory), CONSULTA_CLUSTER_PORT (balancer, 8080; instance I listens on that port + I and its grid on
# CONSULTA_CLUSTER_GRID_BASE + I, 6900 + I), CONSULTA_CLUSTER_STATE (target/cluster). Any other CONSULTA_*
# setting (mail, public address…) is passed to every instance.
# Build first: mvn -q -DskipTests package. Needs nginx (apt-get install nginx).
set -euo pipefail
cd "$(dirname "$0")/.."
state=${CONSULTA_CLUSTER_STATE:-target/cluster}
front=${CONSULTA_CLUSTER_PORT:-8080}
grid=${CONSULTA_CLUSTER_GRID_BASE:-6900}

down() {
  for pidfile in "$state"/*.pid; do
    [ -e "$pidfile" ] || continue
    pid=$(cat "$pidfile")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
    rm -f "$pidfile"
  done
}

settings() {
  mkdir -p "$state"
  [ -f target/consulta.war ] && [ -f target/payara-micro.jar ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 1; }
  if [ -z "${CONSULTA_DB_URL:-}" ]; then
    psql -h 127.0.0.1 -U postgres -d test -tAc "SELECT 1 FROM pg_database WHERE datname = 'consulta_cluster'" | grep -q 1 \
      || psql -q -h 127.0.0.1 -U postgres -d test -c "CREATE DATABASE consulta_cluster"
    export CONSULTA_DB_DATASOURCE=org.postgresql.ds.PGSimpleDataSource
    export CONSULTA_DB_URL=jdbc:postgresql://127.0.0.1:5432/consulta_cluster CONSULTA_DB_USER=postgres CONSULTA_DB_PASSWORD=unused
  fi
  if [ -z "${CONSULTA_CLUSTER_SECRET:-}" ]; then
    [ -s "$state/secret" ] || (umask 077; head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$state/secret")
    CONSULTA_CLUSTER_SECRET=$(cat "$state/secret")
  fi
  # the members, kept for a later `start I`
  if [ -n "${1:-}" ]; then echo "$1" > "$state/size"; fi
  size=$(cat "$state/size")
  members=""
  for i in $(seq "$size"); do members="$members${members:+,}127.0.0.1:$((grid + i))"; done
}

# one instance, in the background; its pid (the JVM's: payara.sh execs java) in the state directory
instance() {
  local i=$1 port=$((front + $1))
  if ss -ltn "sport = :$port" | grep -q LISTEN; then echo "port $port is busy" >&2; exit 1; fi
  CONSULTA_CLUSTER_MEMBERS=$members CONSULTA_CLUSTER_INTERFACE=127.0.0.1 CONSULTA_CLUSTER_SECRET=$CONSULTA_CLUSTER_SECRET \
  CONSULTA_GRID_PORT=$((grid + i)) CONSULTA_PUBLIC_URL=${CONSULTA_PUBLIC_URL:-http://localhost:$front} \
  CONSULTA_TRUSTED_PROXIES=${CONSULTA_TRUSTED_PROXIES:-127.0.0.1} \
    nohup bash docker/payara.sh target/payara-micro.jar target/consulta.war "$port" --name "consulta-$i" \
    >> "$state/instance-$i.log" 2>&1 &
  echo $! > "$state/instance-$i.pid"
}

ready() {
  for _ in $(seq 240); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$((front + $1))/health/ready")" = 200 ] && return 0
    kill -0 "$(cat "$state/instance-$1.pid")" 2>/dev/null || { echo "instance $1 stopped: see $state/instance-$1.log" >&2; return 1; }
    sleep 1
  done
  echo "instance $1 not ready after 240 s: see $state/instance-$1.log" >&2
  return 1
}

up() {
  local n=${1:-2}
  command -v nginx >/dev/null || { echo "nginx is needed: apt-get install nginx" >&2; exit 1; }
  settings "$n"
  local upstream=""
  for i in $(seq "$n"); do
    upstream="$upstream    server 127.0.0.1:$((front + i)) max_fails=1 fail_timeout=5s;\n"
    rm -f "$state/instance-$i.log"
    instance "$i"
  done
  mkdir -p "$state/nginx"
  printf "worker_processes 1;\npid %s/nginx.pid;\nerror_log %s/nginx/error.log;\nevents { worker_connections 1024; }\n\
http {\n  access_log off;\n  client_body_temp_path %s/nginx;\n  proxy_temp_path %s/nginx;\n\
  upstream consulta {\n%b    keepalive 32;\n  }\n  server {\n    listen 127.0.0.1:%s;\n    client_max_body_size 60m;\n\
    location / {\n      proxy_pass http://consulta;\n      proxy_set_header Host \$http_host;\n\
      proxy_set_header X-Forwarded-Proto \$scheme;\n      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;\n\
      proxy_http_version 1.1;\n      proxy_set_header Connection \"\";\n\
      proxy_next_upstream error timeout http_502 http_503;\n    }\n  }\n}\n" \
    "$PWD/$state" "$PWD/$state" "$PWD/$state" "$PWD/$state" "$upstream" "$front" > "$state/nginx.conf"
  nginx -c "$PWD/$state/nginx.conf" -g 'daemon off;' > "$state/nginx/out.log" 2>&1 &
  for i in $(seq "$n"); do ready "$i"; done
  echo "Consulta cluster of $n: http://localhost:$front/ (instances on ports $((front + 1))-$((front + n)), logs in $state)"
}

start() {
  settings
  instance "$1"
  ready "$1"
  echo "instance $1 is back on port $((front + $1))"
}

case "${1:-}" in
  up) shift; up "$@" ;;
  start) shift; start "${1:?which instance}" ;;
  down) down ;;
  *) echo "usage: $0 up [N] | start I | down" >&2; exit 2 ;;
esac
