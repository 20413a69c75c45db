#!/usr/bin/env bash
# Latency of Apertium APy per paragraph, for each of the platform's language routes (English <-> French
# goes through Spanish: two requests), as the platform asks it (one GET per paragraph, markUnknown=no).
# Usage: bash src/test/bench/mt-bench.sh [rounds]   (APy at $MT_URL, default http://127.0.0.1:2739, started
# here if it does not answer; needs apertium-apy apertium-fr-es apertium-eng-spa). Prints median and p95 in ms.
set -euo pipefail
rounds="${1:-30}"
url="${MT_URL:-http://127.0.0.1:2739}"
started=""
if ! curl -sf "$url/listPairs" >/dev/null; then
  port="${url##*:}"
  apertium-apy -p "$port" /usr/share/apertium/modes >/tmp/mt-bench-apy.log 2>&1 &
  started=$!
  for _ in $(seq 60); do curl -sf "$url/listPairs" >/dev/null && break; sleep 0.5; done
fi
trap '[ -n "$started" ] && kill "$started" 2>/dev/null || true' EXIT
echo "pairs: $(curl -s "$url/listPairs" | tr -d '\n')"

fr=("Le gouvernement publie tous les contrats publics dans un format ouvert."
    "Les citoyens peuvent suivre chaque étape de la commande publique et signaler les irrégularités."
    "Le forum multipartite se réunit tous les six mois et publie ses comptes rendus.")
es=("El gobierno publica todos los contratos públicos en un formato abierto."
    "La ciudadanía puede seguir cada etapa de la compra pública y señalar irregularidades."
    "El foro multiactor se reúne cada seis meses y publica sus actas.")
en=("The government publishes all public contracts in an open format."
    "Citizens can follow every step of public procurement and report irregularities."
    "The multi-stakeholder forum meets every six months and publishes its minutes.")

one() { # from to text -> seconds
  curl -s -o /dev/null -w '%{time_total}\n' -G "$url/translate" --data-urlencode "langpair=$1|$2" \
    --data-urlencode "markUnknown=no" --data-urlencode "format=txt" --data-urlencode "q=$3"
}
route() { # name, then steps of "from to", reading the texts of the first language
  local name="$1"; shift
  local -n texts="$1"; shift
  local times=()
  for ((r = 0; r < rounds; r++)); do
    local text="${texts[$((r % ${#texts[@]}))]}"
    local total=0
    for step in "$@"; do
      t=$(one ${step% *} ${step#* } "$text")
      total=$(awk -v a="$total" -v b="$t" 'BEGIN { print a + b }')
    done
    times+=("$total")
  done
  printf '%s\n' "${times[@]}" | sort -g | awk -v name="$name" '{ a[NR] = $1 } END {
    m = a[int((NR + 1) / 2)]; p = a[int(NR * 0.95 + 0.999)];
    printf "%-8s median %6.1f ms   p95 %6.1f ms   (%d paragraphs)\n", name, m * 1000, p * 1000, NR }'
}
for w in 1 2 3; do one fra spa "échauffement" >/dev/null; one spa fra "calentamiento" >/dev/null; one eng spa "warm-up" >/dev/null; one spa eng "calentamiento" >/dev/null; done
route "fr→es" fr "fra spa"
route "es→fr" es "spa fra"
route "en→es" en "eng spa"
route "es→en" es "spa eng"
route "en→fr" en "eng spa" "spa fra"
route "fr→en" fr "fra spa" "spa eng"
