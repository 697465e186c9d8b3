# Sourced by the scripts: where the real VS Code (code-server) and its Node live, pinned.
# The cache survives between runs on one machine; delete it to start cold.
CN_CACHE=${CONTRACTOR_NETWORK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/contractor-network}
CODE_SERVER_VERSION=4.139.1   # = VS Code 1.139.1
NODE24_VERSION=24.21.0        # code-server 4.139 needs Node 24; everything else runs on the machine's Node
NODE24_BIN=$CN_CACHE/node24/node_modules/node/bin
CODE_SERVER=$CN_CACHE/code-server/node_modules/.bin/code-server
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
export CN_CACHE CODE_SERVER_VERSION NODE24_VERSION NODE24_BIN CODE_SERVER CHROMIUM
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
