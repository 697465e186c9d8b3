#!/usr/bin/env bash
# npm run bench:host: activation and time-to-first-tree-items in the real extension host, on a
# generated 30,000-contact workspace. Prints the numbers (for the README's performance section).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/.."
source "$here/host-env.sh"
[ -d node_modules ] || npm ci --no-audit --no-fund
bash "$here/setup-host.sh"
node esbuild.mjs --production > /dev/null
npx tsc -p tsconfig.json
ws=$(mktemp -d)
node -e "require('fs').writeFileSync('$ws/network.yaml', require('./out/bench/generateNetwork').generateNetwork(30000))"
node out/test/host/runIntegration.js "$ws" out/test/host-bench/index "{\"CN_HOST_BENCH_OUT\":\"$PWD/bench/host-results.json\"}" | grep HOST-BENCH || true
cat bench/host-results.json
rm -rf "$ws"
node esbuild.mjs > /dev/null
