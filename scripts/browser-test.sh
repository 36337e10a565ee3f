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

work="$(mktemp -d)"
server=""
cleanup() {
    if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
XDG_DATA_HOME="$work" "$binary" serve --port "$port" --year 2025 >"$work/server.log" 2>&1 &
server=$!
# The first start builds the database from the bundled data (seconds), then listens.
python3 - "$port" "$server" "$work/server.log" <<'PY'
import os, sys, time, urllib.request
port, pid, log = sys.argv[1], int(sys.argv[2]), sys.argv[3]
for _ in range(240):
    try:
        urllib.request.urlopen("http://127.0.0.1:%s/" % port, timeout=2)
        sys.exit(0)
    except Exception:
        try:
            os.kill(pid, 0)
        except OSError:
            print(open(log).read(), file=sys.stderr)
            sys.exit("the server exited before it listened")
        time.sleep(0.5)
print(open(log).read(), file=sys.stderr)
sys.exit("the server did not start within 120 s")
PY

SE_OFFLINE=true "$venv/bin/python" scripts/browser_test.py \
    "http://127.0.0.1:$port" "${SCREENSHOTS:-.build/screenshots}" examples/us-russia-trade.en.txt
