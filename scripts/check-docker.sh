#!/bin/sh
# Checks docker/ as far as a machine without a Docker engine can: the compose file against the Compose
# specification's schema and dclint's rules (the three rules about key order are off: the file is ordered to be
# read), and the Dockerfile with dockerfile-utils' linter. The linters are pinned in docker/lint/package.json and
# installed with the machine's npm (as the console's packages are). CI runs it (.ci/run).
set -e
cd "$(dirname "$0")/../docker"
npm ci --prefix lint --no-audit --no-fund --silent
lint/node_modules/.bin/dclint compose.yaml --max-warnings 0 \
  --disable-rule service-keys-order services-alphabetical-order top-level-properties-order
OUT="$(lint/node_modules/.bin/dockerfile-utils lint Dockerfile)"
if [ -n "$OUT" ]; then
  echo "$OUT" >&2
  exit 1
fi
echo "docker/: compose.yaml and Dockerfile pass their linters" >&2
