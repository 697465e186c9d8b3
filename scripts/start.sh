#!/usr/bin/env bash
# npm start: installs what is missing, builds and packages the extension, and opens it in a real
# VS Code (code-server) in the browser. Ctrl+C stops it all.
#   npm start                 a scratch copy of the sample network in examples/, its dates moved so
#                             that the sample's "today" is today (scripts/sampleCopy.ts); the copy
#                             lives in the cache folder, so clicking around leaves the repository as it was
#   npm start -- <folder>     your own folder instead, as it is (no copy)
#   PORT=8080 npm start       choose the port (default: a free one from 18100)
#   CN_START_DIR=<dir>        where the session's files go (default: <cache>/start, emptied at each start)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
folder=
if [ $# -gt 0 ]; then
  [ -d "$1" ] || { echo "npm start: $1 is not a folder. Give the folder that holds (or will hold) your network.yaml."; exit 1; }
  folder=$(cd "$1" && pwd)
fi
cd "$root"
source "$here/host-env.sh"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
bash "$here/setup-host.sh"
version=$(node -p "require('./package.json').version")
rm -f contractor-network-*.vsix
npm run --silent package > /dev/null
node esbuild.mjs > /dev/null
run=${CN_START_DIR:-$CN_CACHE/start}
rm -rf "$run"; mkdir -p "$run/ud/User" "$run/exts" "$run/home"
if [ -z "$folder" ]; then
  folder=$run/sample-network
  npx esbuild scripts/sampleCopy.ts --bundle --platform=node --format=cjs --log-level=warning --outfile="$run/sampleCopy.js"
  node "$run/sampleCopy.js" "$root/examples" "$folder"
fi
cat > "$run/ud/User/settings.json" <<'JSON'
{ "workbench.startupEditor": "none", "telemetry.telemetryLevel": "off", "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false, "update.mode": "none", "chat.disableAIFeatures": true,
  "workbench.secondarySideBar.defaultVisibility": "hidden", "workbench.tips.enabled": false }
JSON
export HOME=$run/home XDG_CONFIG_HOME=$run/xdg XDG_DATA_HOME=$run/xdg XDG_CACHE_HOME=$run/xdg PATH=$NODE24_BIN:$PATH
"$CODE_SERVER" --user-data-dir "$run/ud" --extensions-dir "$run/exts" --install-extension "$root/contractor-network-$version.vsix" --force > /dev/null
port=${PORT:-}
if [ -z "$port" ]; then
  port=$(node -e 'const s=require("net").createServer();let p=18100;s.on("error",()=>s.listen(++p,"127.0.0.1"));s.listen(p,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
fi
setsid "$CODE_SERVER" --bind-addr "127.0.0.1:$port" --auth none --disable-telemetry --disable-update-check \
  --disable-getting-started-override --disable-workspace-trust --user-data-dir "$run/ud" --extensions-dir "$run/exts" \
  --ignore-last-opened "$folder" > "$run/server.log" 2>&1 < /dev/null &
pgid=$!
stop() { trap - INT TERM EXIT; kill -TERM -- "-$pgid" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 -- "-$pgid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL -- "-$pgid" 2>/dev/null || true; echo; echo "stopped"; }
trap stop INT TERM EXIT
for _ in $(seq 1 150); do curl -sf -m 2 "http://127.0.0.1:$port/healthz" > /dev/null && break; sleep 0.2; done
echo
echo "Contractor Network is running in VS Code $("$CODE_SERVER" --version | tail -1 | awk '{print $NF}') on $folder:"
echo
echo "    http://127.0.0.1:$port/?folder=$(node -p 'encodeURIComponent(process.argv[1])' "$folder")"
echo
echo "Open it in a browser and click the Contractor Network icon in the activity bar. Ctrl+C stops the server."
wait "$pgid"
