#!/usr/bin/env bash
# Measures what H2 (the version Payara Micro bundles) loses on kill -9 under autocommit inserts,
# with H2's default settings and with Consulta's WRITE_DELAY=0. Not part of CI: run by hand after
# `mvn test-compile`. Usage: bash .ci/h2-kill-bench.sh [seconds-before-kill] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-5}; runs=${2:-3}
h2=$(find ~/.m2/repository/com/h2database/h2/2.2.224 -name 'h2-2.2.224.jar' | head -1)
cp="target/test-classes:$h2"
for settings in "" ";WRITE_DELAY=0"; do
  for run in $(seq "$runs"); do
    dir=$(mktemp -d)
    url="jdbc:h2:file:$dir/bench$settings"
    java -cp "$cp" org.consulta.bench.H2KillBench write "$url" > "$dir/acks" &
    pid=$!
    sleep "$secs"
    kill -9 "$pid"; wait "$pid" 2>/dev/null || true
    acked=$(tail -n 1 "$dir/acks" 2>/dev/null || echo 0)
    kept=$(java -cp "$cp" org.consulta.bench.H2KillBench count "$url")
    echo "settings='${settings:-default}' run=$run acknowledged=$acked survived=$kept lost=$((acked > kept ? acked - kept : 0))"
    rm -rf "$dir"
  done
done
