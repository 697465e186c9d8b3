#!/usr/bin/env bash
# npm test: installs what is missing, builds, and runs every suite:
#   unit         mocha in Node, src/model only
#   lint         npm run lint: ESLint (the layers, no cycles, sizes) and Prettier, as one pass or fail
#   integration  mocha inside a real VS Code extension host (code-server), via @vscode/test-electron
#   multiroot    the same host on a two-folder .code-workspace (test/fixtures/multiroot)
#   harness      proves a failing in-host test fails this script
#   e2e          the real workbench in headless Chromium, driven like a person; screenshots in test-results/
# Ends with one line: "N passed, N failed".   Usage: scripts/test.sh [unit|lint|integration|e2e ...]
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
cd "$root"
source "$here/host-env.sh"
suites=("$@")
[ ${#suites[@]} -gt 0 ] || suites=(unit lint integration multiroot untrusted harness e2e)
want() { local s; for s in "${suites[@]}"; do [ "$s" = "$1" ] && return 0; done; return 1; }
results=$root/test-results
rm -rf "$results"; mkdir -p "$results/screenshots"
export CN_RESULTS_DIR=$results SHOTS_DIR=$results/screenshots

step() { echo; echo "=== [$(date +%T)] $*"; }

# --- install what is missing -------------------------------------------------------------
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "npm ci"
  npm ci --no-audit --no-fund > "$results/npm-ci.log" 2>&1 || { tail -30 "$results/npm-ci.log"; echo "0 passed, 1 failed"; exit 1; }
fi
if want integration || want multiroot || want untrusted || want harness || want e2e; then
  step "host: Chromium, Node 24, code-server"
  bash "$here/setup-host.sh" || { echo "0 passed, 1 failed"; exit 1; }
fi

# --- lint: one result for the whole of `npm run lint` ------------------------------------------
if want lint; then
  step "lint (ESLint and Prettier)"
  if npm run --silent lint > "$results/lint.log" 2>&1; then
    echo "  ✔ npm run lint"
    echo '{"suite":"lint","passed":1,"failed":0,"pending":0,"failures":[]}' > "$results/lint.json"
  else
    tail -40 "$results/lint.log"
    node -e '
      const log = require("fs").readFileSync(process.argv[1], "utf8");
      const eslint = (log.match(/✖ \d+ problems?[^\n]*/) || [""])[0];
      const prettier = (log.match(/Code style issues found in [^\n]*/) || [""])[0];
      const error = [eslint, prettier].filter(Boolean).join("; ") || "npm run lint failed (test-results/lint.log)";
      console.log(JSON.stringify({ suite: "lint", passed: 0, failed: 1, pending: 0, failures: [{ title: "npm run lint", error }] }));
    ' "$results/lint.log" > "$results/lint.json"
  fi
fi

# --- build: when it fails no other suite runs; the summary counts it as one failure --------------
step "build"
build_error=
node esbuild.mjs || build_error="the bundles did not build"
rm -rf out   # a test file renamed or deleted must not run on from an old build
[ -n "$build_error" ] || npx tsc -p tsconfig.json || build_error="type check failed"
if [ -n "$build_error" ]; then
  echo "$build_error"
  printf '{"suite":"build","passed":0,"failed":1,"pending":0,"failures":[{"title":"build","error":"%s"}]}\n' "$build_error" > "$results/build.json"
  suites=()
fi

# a suite that ends without writing its results counts as one failure
record_crash() {  # record_crash <suite>
  [ -f "$results/$1.json" ] || printf '{"suite":"%s","passed":0,"failed":1,"pending":0,"failures":[{"title":"%s","error":"the suite did not finish"}]}\n' "$1" "$1" > "$results/$1.json"
}

# --- unit ----------------------------------------------------------------------------------
if want unit; then
  step "unit tests (Node $(node -v))"
  CN_TEST_RESULTS=$results/unit.json CN_SUITE_NAME=unit npx mocha --config .mocharc.unit.json --reporter "$root/out/test/support/mochaReporter.js" 'out/test/unit/**/*.test.js'
  record_crash unit
fi

# --- integration: inside the real extension host ------------------------------------------
if want integration; then
  step "integration tests inside the VS Code extension host"
  node out/test/host/runIntegration.js examples out/test/integration/index \
    "{\"CN_TEST_RESULTS\":\"$results/integration.json\",\"CN_SUITE_NAME\":\"integration\",\"CN_INTEGRATION_GREP\":\"${CN_INTEGRATION_GREP:-}\"}"
  record_crash integration
fi

# --- multiroot: the same host on a workspace of two folders, each with its network.yaml ------------
if want multiroot; then
  step "in-host tests in a multi-root workspace (two folders)"
  node out/test/host/runIntegration.js test/fixtures/multiroot out/test/integration-multiroot/index \
    "{\"CN_TEST_RESULTS\":\"$results/multiroot.json\"}" clients.code-workspace
  record_crash multiroot
fi

# --- untrusted: the same host in Restricted Mode ----------------------------------------------
if want untrusted; then
  step "in-host tests in an untrusted workspace (Restricted Mode)"
  CN_WORKSPACE_TRUST=1 node out/test/host/runIntegration.js examples out/test/integration-untrusted/index \
    "{\"CN_TEST_RESULTS\":\"$results/untrusted.json\"}"
  record_crash untrusted
fi

# --- harness: a deliberately failing in-host test must fail the run -----------------------
if want harness; then
  step "harness self-test: a failing in-host test must make the run fail"
  CN_INTEGRATION_GREP=harness node out/test/host/runIntegration.js examples out/test/integration/index \
    "{\"CN_HARNESS_FAIL\":\"1\",\"CN_INTEGRATION_GREP\":\"harness\",\"CN_TEST_RESULTS\":\"$results/harness-inner.json\"}" > "$results/harness.log" 2>&1
  rc=$?
  inner_failed=$(node -e "try{console.log(require('$results/harness-inner.json').failed)}catch{console.log(-1)}")
  if [ "$rc" != 0 ] && [ "$inner_failed" = 1 ]; then
    echo "  ✔ the deliberately failing in-host test made the run exit $rc"
    echo '{"suite":"harness","passed":1,"failed":0,"pending":0,"failures":[]}' > "$results/harness.json"
  else
    echo "  ✘ a failing in-host test did not fail the run (exit $rc, failed tests $inner_failed)"; tail -20 "$results/harness.log"
    echo '{"suite":"harness","passed":0,"failed":1,"pending":0,"failures":[{"title":"harness","error":"a failing in-host test did not fail the run"}]}' > "$results/harness.json"
  fi
fi

# --- e2e: the real UI in Chromium -----------------------------------------------------------
if want e2e; then
  step "packaging the .vsix for the UI tests"
  rm -f contractor-network-*.vsix
  npm run --silent package > "$results/package.log" 2>&1 || { tail -20 "$results/package.log"; }
  node esbuild.mjs > /dev/null   # back to the development build (with source maps) for anything run after
  step "e2e tests in headless Chromium"
  CN_TEST_RESULTS=$results/e2e.json CN_SUITE_NAME=e2e npx mocha --ui tdd --timeout 240000 --reporter "$root/out/test/support/mochaReporter.js" \
    'out/test/e2e/**/*.test.js'
  record_crash e2e
fi

# --- summary -------------------------------------------------------------------------------
step "summary"
node -e '
const fs = require("fs"); const dir = process.argv[1];
let p = 0, f = 0;
for (const file of fs.readdirSync(dir).filter(x => x.endsWith(".json") && !x.endsWith("-inner.json")).sort()) {
  const r = JSON.parse(fs.readFileSync(dir + "/" + file, "utf8"));
  p += r.passed; f += r.failed;
  console.log(`  ${r.suite.padEnd(12)} ${r.passed} passed, ${r.failed} failed${r.pending ? `, ${r.pending} skipped` : ""}`);
  for (const x of r.failures) console.log(`    ✘ ${x.title}: ${x.error.split("\n")[0]}`);
}
console.log(`${p} passed, ${f} failed`);
process.exit(f > 0 ? 1 : 0);
' "$results"
