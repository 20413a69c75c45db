#!/usr/bin/env bash
# The public read path, measured: starts the platform on PostgreSQL (a fresh database, the demo),
# brings the demo's C1 to 10,000 top-level comments and C2 to 10 (bulk SQL, as the ITs do), then
#  1. throughput: wrk (Debian's package) against the static stylesheet and each page, alternating,
#     printing each page's requests/s, p50, p99 and its share of the static resource of the same run;
#  2. readers: 200 concurrent anonymous readers of the 10,000-comment page for 60 s on -Xmx512m,
#     printing errors, timeouts (10 s), p50/p95, full GCs and the heap after a full GC.
# A benchmark, not a test: it prints figures. CI runs `smoke` (seconds, 1,000 comments) to keep it working.
# Usage: bash src/test/bench/read-bench.sh [full|smoke]   (needs: wrk, psql, PostgreSQL at 127.0.0.1:5432)
set -euo pipefail
cd "$(dirname "$0")/../../.."
mode=${1:-full}
case "$mode" in
  full)  secs=10; readers=200; readers_secs=60; big=10000 ;;
  smoke) secs=2;  readers=50;  readers_secs=5;  big=1000 ;;
  *) echo "usage: $0 [full|smoke]" >&2; exit 2 ;;
esac
port=${BENCH_PORT:-8190}
pg="-h 127.0.0.1 -U postgres -q"
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 2; }
[ -f target/consulta.war ] && [ -f target/payara-micro.jar ] || mvn -q -B -DskipTests package

if (echo > "/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "port $port is busy (BENCH_PORT=… to choose another)" >&2; exit 2; fi
work=$(mktemp -d /tmp/consulta-bench.XXXX)
db="consulta_bench_$$"
server=""
finish() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  psql $pg -d test -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true
}
trap finish EXIT
psql $pg -d test -c "CREATE DATABASE $db"

CONSULTA_DB_DATASOURCE=org.postgresql.ds.PGSimpleDataSource CONSULTA_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" \
CONSULTA_DB_USER=postgres CONSULTA_DB_PASSWORD=unused CONSULTA_DATA_DIR="$work/data" \
CONSULTA_JAVA_OPTIONS="-Xmx512m -Xlog:gc:file=$work/gc.log" \
  bash docker/payara.sh target/payara-micro.jar target/consulta.war "$port" > "$work/server.log" 2>&1 &
server=$!
base="http://127.0.0.1:$port"
for _ in $(seq 300); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/health/ready")" = 200 ] && break
  kill -0 "$server" 2>/dev/null && ! grep -q 'Failed to start' "$work/server.log" || { tail -50 "$work/server.log"; exit 1; }
  sleep 1
done

# The demo's plan 2025-2027: C1 gets $big top-level comments, C2 gets 10 (copies of their first one,
# with varied votes, dates and alignments so that every order has work to do).
psql $pg -d "$db" <<SQL
CREATE TEMP TABLE target AS
  SELECT c.id AS commitment, CASE c.reference WHEN 'C1' THEN $big ELSE 10 END AS wanted
  FROM commitment c JOIN action_plan p ON p.id = c.plan_id WHERE p.slug = '2025-2027' AND c.reference IN ('C1', 'C2');
INSERT INTO comment (id, version, created_at, repository_id, consultation_id, commitment_id, version_number, section_key,
                     quote, body, alignment, language, author_id, parent_id, root_id, depth, edited_at, withdrawn,
                     up_votes, down_votes, score, visibility, open_flags, progress_update_id, submission)
SELECT 4000000000 + t.commitment * 100000 + g, 1, f.created_at - g * interval '1 minute', f.repository_id,
       f.consultation_id, f.commitment_id, f.version_number, f.section_key, f.quote, f.body || ' #' || g,
       CASE WHEN f.alignment IS NULL THEN NULL ELSE (ARRAY['IN_FAVOUR','AGAINST','NEUTRAL'])[1 + g % 3] END, f.language, f.author_id, NULL,
       4000000000 + t.commitment * 100000 + g, 1, NULL, false, g % 17, g % 5, g % 17 - g % 5, 'PUBLISHED', 0, NULL, NULL
FROM target t
CROSS JOIN LATERAL (SELECT * FROM comment WHERE commitment_id = t.commitment AND parent_id IS NULL
                    AND progress_update_id IS NULL ORDER BY id LIMIT 1) f
CROSS JOIN LATERAL generate_series(1, t.wanted - (SELECT count(*) FROM comment WHERE commitment_id = t.commitment
                    AND parent_id IS NULL AND progress_update_id IS NULL)) g;
-- the counts pages read, as the application keeps them
DELETE FROM discussion_tally WHERE commitment_id IN (SELECT commitment FROM target);
INSERT INTO discussion_tally (repository_id, commitment_id, section_key, alignment, visibility, withdrawn, answered, contributions)
SELECT c.repository_id, c.commitment_id, COALESCE(c.section_key, ''), COALESCE(c.alignment, ''), c.visibility, c.withdrawn,
       r.id IS NOT NULL, COUNT(*)
FROM comment c LEFT JOIN response r ON r.comment_id = c.id
WHERE c.commitment_id IN (SELECT commitment FROM target) AND c.parent_id IS NULL AND c.progress_update_id IS NULL
GROUP BY 1, 2, 3, 4, 5, 6, 7;
UPDATE content_stamp SET stamp = stamp + 1;
ANALYZE;
SELECT c.reference, count(*) AS top_level_comments FROM comment m JOIN commitment c ON c.id = m.commitment_id
  JOIN target t ON t.commitment = c.id WHERE m.parent_id IS NULL GROUP BY c.reference ORDER BY 1;
SQL
# Whatever the readers' queries keep in memory of the old rows, the seeded counters live in the database.
curl -s -o /dev/null "$base/en/r/demo/"

static="/jakarta.faces.resource/css/consulta.css.xhtml"
pages=(
  "home|/en/r/demo/"
  "plan|/en/r/demo/plans/2025-2027/"
  "commitment, 10 comments|/en/r/demo/plans/2025-2027/C2"
  "commitment, $big comments|/en/r/demo/plans/2025-2027/C1"
  "commitment, $big, newest first|/en/r/demo/plans/2025-2027/C1?order=NEWEST"
)
for p in "${pages[@]}"; do # warm up every page and fail early on a broken one
  code=$(curl -s -o /dev/null -w '%{http_code}' "$base${p#*|}")
  [ "$code" = 200 ] || { echo "${p#*|} answered $code" >&2; exit 1; }
  wrk -t2 -c10 -d2s "$base${p#*|}" >/dev/null
done

lua="src/test/bench/percentiles.lua"
# From the PERCENTILES line the Lua script prints (p50=…, timeouts=…), and wrk's own requests/s.
figure() { grep -o "$2=[0-9a-z]*" "$1" | cut -d= -f2; }
rps() { awk '/Requests\/sec/ {print $2}' "$1"; }
run() { wrk -t2 -c20 -d"${secs}s" --timeout 2s -s "$lua" "$base$1" > "$2"; }

echo
echo "## Throughput ($mode: wrk -t2 -c20 -d${secs}s; static resource $static, measured before each page)"
printf '| %-34s | %9s | %9s | %9s | %8s | %s |\n' page "req/s" p50 p99 timeouts "share of static"
printf '|%s|\n' "------------------------------------|-----------|-----------|-----------|----------|----------------"
for p in "${pages[@]}"; do
  name=${p%%|*}; path=${p#*|}
  run "$static" "$work/static.txt"
  run "$path" "$work/page.txt"
  s=$(rps "$work/static.txt"); r=$(rps "$work/page.txt")
  printf '| %-34s | %9s | %9s | %9s | %8s | %5.1f %% (static %s req/s) |\n' "$name" "$r" \
    "$(figure "$work/page.txt" p50)" "$(figure "$work/page.txt" p99)" "$(figure "$work/page.txt" timeouts)" \
    "$(echo "$r $s" | awk '{print 100 * $1 / $2}')" "$s"
done

echo
echo "## Readers ($readers concurrent anonymous readers of C1 for ${readers_secs}s, -Xmx512m, 10 s timeout)"
fulls_before=$(grep -c 'Pause Full' "$work/gc.log" || true)
wrk -t2 -c"$readers" -d"${readers_secs}s" --timeout 10s -s "$lua" "$base/en/r/demo/plans/2025-2027/C1" > "$work/readers.txt"
fulls_during=$(( $(grep -c 'Pause Full' "$work/gc.log" || true) - fulls_before ))
jcmd "$server" GC.run >/dev/null 2>&1 || true
sleep 1
heap=$(grep 'Pause Full' "$work/gc.log" | tail -1 | sed -E 's/.* ([0-9]+)M->([0-9]+)M\(([0-9]+)M\).*/\2 of \3 MiB/')
errors=$(awk '/Non-2xx or 3xx/ {print $NF}' "$work/readers.txt")
socket=$(grep 'Socket errors' "$work/readers.txt" || echo "Socket errors: none")
r=$work/readers.txt
echo "requests/s $(rps "$r"); p50 $(figure "$r" p50); p95 $(figure "$r" p95); p99 $(figure "$r" p99)"
echo "errors $(figure "$r" errors) (non-2xx ${errors:-0}); timeouts at 10 s $(figure "$r" timeouts); $socket"
echo "full GCs during the load: $fulls_during; heap after a full GC at the end: ${heap:-unknown}"
sessions=$(grep -c 'Set-Cookie: JSESSIONID' < <(curl -s -D - -o /dev/null "$base/en/r/demo/plans/2025-2027/C1") || true)
echo "JSESSIONID set on an anonymous read: $sessions"
