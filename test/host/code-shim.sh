#!/usr/bin/env bash
# A stand-in "VS Code executable" for @vscode/test-electron's runTests({ vscodeExecutablePath }):
# it takes the desktop CLI's flags and runs the tests in code-server's real extension host through
# headless Chromium (see inHostRunner.ts), exiting with the test run's exit code.
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
source "$root/scripts/host-env.sh"
exec node "$root/out/test/host/inHostRunner.js" "$@"
