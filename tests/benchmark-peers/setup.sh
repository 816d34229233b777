#!/usr/bin/env bash
# Installs the peer tools the release benchmark compares against, from the package registries only:
# WeasyPrint from Debian, pagedjs-cli from npm (pinned by package-lock.json), both driven
# against Debian's Chromium (no browser download). The product's build never runs this.
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v weasyprint >/dev/null; then
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq weasyprint
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq weasyprint
  fi
fi
PUPPETEER_SKIP_DOWNLOAD=1 PUPPETEER_SKIP_CHROMIUM_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
