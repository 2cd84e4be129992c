#!/usr/bin/env bash
# Installs what Claimdesk needs to build, test and run, and only what is missing:
# Debian packages (GTK/WebKit for the Wails window, Xvfb to run it without a display,
# Chromium for browser tests, ImageMagick for screenshots), the Wails CLI pinned to
# v2.16.0 in ./bin, and the frontend's npm packages. Safe to run again: it checks first.
set -euo pipefail
cd "$(dirname "$0")/.."

WAILS_VERSION=v2.16.0
# libreoffice-calc-nogui: a test opens exported CSV in LibreOffice (headless) to prove it reads right.
packages=(libgtk-3-dev libwebkit2gtk-4.0-dev pkg-config build-essential xvfb xauth chromium imagemagick sqlite3 git ca-certificates
          libreoffice-calc-nogui)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

command -v go >/dev/null || { echo "setup: Go is not installed (need Go 1.26; see README)"; exit 1; }
command -v node >/dev/null || { echo "setup: Node.js is not installed (need Node 20.19 or newer; see README)"; exit 1; }
node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)' \
  || { echo "setup: Node $(node --version) is too old; Vite 8 needs 20.19 or newer"; exit 1; }

have_wails=$( [ -x bin/wails ] && bin/wails version 2>/dev/null || true)
if [[ "$have_wails" != *"$WAILS_VERSION"* ]]; then
  echo "setup: installing the Wails CLI $WAILS_VERSION into ./bin"
  GOBIN="$PWD/bin" go install "github.com/wailsapp/wails/v2/cmd/wails@$WAILS_VERSION"
fi

# npm install (not npm ci: the lock file lacks other platforms' optional packages), when
# the installed packages were not installed from this package.json and lock file. By their
# content, not their dates: a fresh checkout's files are always newer than an install.
lock_sum=$(cat frontend/package.json frontend/package-lock.json | sha256sum | cut -d' ' -f1)
if [ ! -d frontend/node_modules ] || [ "$(cat frontend/node_modules/.claimdesk-installed 2>/dev/null)" != "$lock_sum" ]; then
  echo "setup: installing npm packages"
  (cd frontend && npm install --no-audit --no-fund --loglevel=error)
  cat frontend/package.json frontend/package-lock.json | sha256sum | cut -d' ' -f1 > frontend/node_modules/.claimdesk-installed
fi
