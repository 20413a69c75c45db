#!/usr/bin/env bash
# A local cluster of Consulta on this machine, for operators trying it and for tests:
#
#   bash docker/cluster-local.sh up [N]   N instances (default 2) of target/consulta.war on ports 8081…808N,
#                                         one PostgreSQL database, Payara's data grid on 127.0.0.1 (TCP/IP
#                                         discovery, ports 6901…690N, a cluster name derived from a secret),
#                                         and nginx on port 8080 in front (round-robin, no stickiness)
#   bash docker/cluster-local.sh down     stops them all
#
# Settings (environment): CONSULTA_DB_URL/_USER/_PASSWORD (default: PostgreSQL on 127.0.0.1:5432, database
# consulta_cluster, created if missing), CONSULTA_CLUSTER_SECRET (default: drawn once and kept in the state
# directory), CONSULTA_CLUSTER_PORT (balancer, 8080), CONSULTA_CLUSTER_STATE (target/cluster).
# Build first: mvn -q -DskipTests package. Needs nginx (apt-get install nginx).
set -euo pipefail
cd "$(dirname "$0")/.."
state=${CONSULTA_CLUSTER_STATE:-target/cluster}
front=${CONSULTA_CLUSTER_PORT:-8080}

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

up() {
  local n=${1:-2}
  mkdir -p "$state"
  [ -f target/consulta.war ] && [ -f target/payara-micro.jar ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 1; }
  command -v nginx >/dev/null || { echo "nginx is needed: apt-get install nginx" >&2; exit 1; }
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
  local members="" upstream=""
  for i in $(seq "$n"); do
    members="$members${members:+,}127.0.0.1:$((6900 + i))"
    upstream="$upstream    server 127.0.0.1:$((8080 + i)) max_fails=1 fail_timeout=5s;\n"
  done
  for i in $(seq "$n"); do
    local port=$((8080 + i))
    if ss -ltn "sport = :$port" | grep -q LISTEN; then echo "port $port is busy" >&2; exit 1; fi
    CONSULTA_CLUSTER_MEMBERS=$members CONSULTA_CLUSTER_INTERFACE=127.0.0.1 CONSULTA_CLUSTER_SECRET=$CONSULTA_CLUSTER_SECRET \
    CONSULTA_GRID_PORT=$((6900 + i)) CONSULTA_PUBLIC_URL=${CONSULTA_PUBLIC_URL:-http://localhost:$front} \
    CONSULTA_TRUSTED_PROXIES=${CONSULTA_TRUSTED_PROXIES:-127.0.0.1} \
      nohup bash docker/payara.sh target/payara-micro.jar target/consulta.war "$port" --name "consulta-$i" \
      > "$state/instance-$i.log" 2>&1 &
    echo $! > "$state/instance-$i.pid"
  done
  mkdir -p "$state/nginx"
  printf "worker_processes 1;\npid %s/nginx.pid;\nerror_log %s/nginx/error.log;\nevents { worker_connections 1024; }\n\
http {\n  access_log off;\n  client_body_temp_path %s/nginx;\n  proxy_temp_path %s/nginx;\n\
  upstream consulta {\n%b  }\n  server {\n    listen 127.0.0.1:%s;\n    client_max_body_size 60m;\n\
    location / {\n      proxy_pass http://consulta;\n      proxy_set_header Host \$http_host;\n\
      proxy_set_header X-Forwarded-Proto \$scheme;\n      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;\n      proxy_next_upstream error timeout http_502 http_503;\n    }\n  }\n}\n" \
    "$PWD/$state" "$PWD/$state" "$PWD/$state" "$PWD/$state" "$upstream" "$front" > "$state/nginx.conf"
  nginx -c "$PWD/$state/nginx.conf" -g 'daemon off;' > "$state/nginx/out.log" 2>&1 &
  for i in $(seq "$n"); do
    for _ in $(seq 240); do
      [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$((8080 + i))/health/ready")" = 200 ] && break
      sleep 1
    done
  done
  echo "Consulta cluster of $n: http://localhost:$front/ (instances on ports 8081-$((8080 + n)), logs in $state)"
}

case "${1:-}" in
  up) shift; up "$@" ;;
  down) down ;;
  *) echo "usage: $0 up [N] | down" >&2; exit 2 ;;
esac
