#!/bin/sh
# Request latencies of a running Casebook: opens a case, records N decisions on it one by one, then reads.
# Usage: CASEBOOK_DEMO_PASSWORD=demo ./casebook start &   then   scripts/bench-http.sh [URL] [N]
set -e
URL="${1:-http://localhost:8080}"
N="${2:-60}"
U="coordinator:${CASEBOOK_DEMO_PASSWORD:?set CASEBOOK_DEMO_PASSWORD to the demo password}"
JSON='Content-Type: application/json'
ID=$(curl -sf -u "$U" -H "$JSON" "$URL/api/crises" -d '{"title":"Latency","country":"SD","summary":"S",
  "sensitivity":"UNCLASSIFIED","leadBody":"CRSG","leadCoordinator":"M. Alvarez"}' | sed 's/.*"id":"\([^"]*\)".*/\1/')
measure() { sort -n | awk -v what="$1" '{a[NR]=$1*1000} END {printf "%-40s median %5.1f ms  p90 %5.1f ms  (%d requests)\n", what, a[int((NR+1)/2)], a[int(NR*0.9)], NR}'; }
i=0; while [ $i -lt "$N" ]; do
  curl -sf -o /dev/null -w '%{time_total}\n' -u "$U" -H "$JSON" "$URL/api/crises/$ID/decisions" \
    -d '{"decision":"D","rationale":"R","optionsConsidered":["A"],"decidingBody":"CRSG","authority":"PS-1"}'
  i=$((i+1)); done | measure "POST decision (case growing to $N entries)"
i=0; while [ $i -lt "$N" ]; do curl -sf -o /dev/null -w '%{time_total}\n' -u "$U" "$URL/api/crises/$ID"; i=$((i+1)); done | measure "GET case file"
i=0; while [ $i -lt "$N" ]; do curl -sf -o /dev/null -w '%{time_total}\n' -u "$U" "$URL/api/crises/$ID/timeline"; i=$((i+1)); done | measure "GET timeline"
i=0; while [ $i -lt "$N" ]; do curl -sf -o /dev/null -w '%{time_total}\n' -u "$U" "$URL/api/crises"; i=$((i+1)); done | measure "GET board"
i=0; while [ $i -lt "$N" ]; do curl -sf -o /dev/null -w '%{time_total}\n' -u "$U" "$URL/api/journal/head"; i=$((i+1)); done | measure "GET journal head"
