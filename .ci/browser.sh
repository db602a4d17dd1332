#!/usr/bin/env bash
# Browser end-to-end suite: Debian's Chromium driven by playwright-core against the real platform.
set -euo pipefail
if [ ! -x /usr/bin/chromium ]; then
  echo "installing chromium"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/tmp/ci-apt-chromium.log 2>&1 \
    || { echo "chromium could not be installed (see /tmp/ci-apt-chromium.log)"; exit 1; }
fi
npm run build -w @tessera/web
node --import tsx e2e/browser/run.ts
