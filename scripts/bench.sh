#!/usr/bin/env bash
# npm run bench: builds what users install (the minified bundle and the .vsix), then measures.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
rm -f contractor-network-*.vsix
npm run --silent package > /dev/null   # production bundle + .vsix
npx tsc -p tsconfig.json
node --expose-gc out/bench/bench.js
node esbuild.mjs > /dev/null           # back to the development build
