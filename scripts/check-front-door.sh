#!/bin/sh
# Proves the README's first command on a machine where no Casebook artifact was ever installed: Casebook's own
# artifacts are removed from the local Maven repository and its build output from the clone, then
# `./casebook start` must build from nothing, start, and answer a signed-in request.
set -eu
cd "$(dirname "$0")/.."
REPO="${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}"
rm -rf "$REPO/org/casebook" ./*/target
OUT="$(mktemp)"
export CASEBOOK_DEMO_PASSWORD="front-door-$$"
./casebook start --port 0 --casebook.store.volatile=true >"$OUT" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; rm -f "$OUT"' EXIT
i=0
until URL="$(sed -n 's/^Casebook is ready at \(http[^ ]*\).*/\1/p' "$OUT")" && [ -n "$URL" ]; do
  if ! kill -0 $PID 2>/dev/null || [ $i -ge 600 ]; then
    echo "front door: ./casebook start did not become ready" >&2
    cat "$OUT" >&2
    exit 1
  fi
  i=$((i + 1)); sleep 1
done
STATUS="$(curl -s -o /dev/null -w '%{http_code}' -u "coordinator:$CASEBOOK_DEMO_PASSWORD" "${URL}api/journal/head")"
if [ "$STATUS" != 200 ]; then
  echo "front door: ${URL}api/journal/head answered $STATUS" >&2
  exit 1
fi
echo "front door: ./casebook start built from nothing and answered at $URL"
