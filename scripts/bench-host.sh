#!/usr/bin/env bash
# npm run bench:host: activation, time-to-first-tree-items, an accept and a keystroke in the real
# extension host, on a generated 30,000-contact workspace, each against VS Code's own cost of the
# nearest thing in the same run. Prints the numbers (for the README's performance section), writes
# bench/host-results.json and summarises the ratios into bench/results.json.
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
# a run that fails writes nothing: say so and stop, rather than summarise the results of an earlier run
if ! node out/test/host/runIntegration.js "$ws" out/test/host-bench/index "{\"CN_HOST_BENCH_OUT\":\"$PWD/bench/host-results.json\"}" > "$ws/run.log" 2>&1; then
  grep HOST-BENCH "$ws/run.log" || tail -20 "$ws/run.log"
  echo "bench:host FAILED: bench/host-results.json was not written (it still holds an earlier run)"
  rm -rf "$ws"
  node esbuild.mjs > /dev/null
  exit 1
fi
grep HOST-BENCH "$ws/run.log" || true
cat bench/host-results.json
# the ratios, summarised into bench/results.json (npm run bench carries them over too)
node -e "
const fs = require('fs');
const host = JSON.parse(fs.readFileSync('bench/host-results.json', 'utf8'));
const all = JSON.parse(fs.readFileSync('bench/results.json', 'utf8'));
Object.assign(all, { hostAccept: host.hostAccept, firstTree: host.firstTree, hostKeystroke: host.keystroke });
fs.writeFileSync('bench/results.json', JSON.stringify(all, null, 2) + '\\n');
"
rm -rf "$ws"
node esbuild.mjs > /dev/null
