#!/usr/bin/env bash
# The real-browser test of the web app. Installs what it needs if it is missing (Chromium and
# its driver from Debian's packages, Selenium from PyPI into .build/browser-venv), starts
# `tradecheck serve` on a free loopback port over a fresh database built from the bundled data,
# and drives headless Chromium through the home page, a pair page and an article check
# (scripts/browser_test.py). Screenshots go to $SCREENSHOTS (default .build/screenshots).
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
if [ "${#missing[@]}" -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "The browser test needs ${missing[*]} (Debian packages); install them or run as root." >&2
        exit 2
    fi
    echo "Installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q "${missing[@]}"
fi

venv=.build/browser-venv
if ! "$venv/bin/python" -c "import selenium" >/dev/null 2>&1; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q "selenium>=4.20,<5"
fi

swift build --product tradecheck
binary="$(swift build --show-bin-path)/tradecheck"

source scripts/lib/serve.sh
start_server "$binary" --year 2025

SE_OFFLINE=true "$venv/bin/python" scripts/browser_test.py \
    "http://127.0.0.1:$port" "${SCREENSHOTS:-.build/screenshots}" examples/us-russia-trade.en.txt
