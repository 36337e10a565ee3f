#!/usr/bin/env bash
# Load benchmark of the web app with wrk on loopback: a release build of `tradecheck serve`
# over a fresh database, then /api/trade and the pair page, one after the other.
# Usage: scripts/load-test.sh [DURATION_SECONDS] [CONNECTIONS]
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-15}"
connections="${2:-64}"

if ! command -v wrk >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q wrk
fi
swift build -c release --product tradecheck
binary="$(swift build -c release --show-bin-path)/tradecheck"

work="$(mktemp -d)"
server=""
cleanup() {
    if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
XDG_DATA_HOME="$work" "$binary" setup >/dev/null 2>&1
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
XDG_DATA_HOME="$work" "$binary" serve --port "$port" >"$work/server.log" 2>&1 &
server=$!
sleep 1
until python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/')" 2>/dev/null; do sleep 0.2; done

echo "Machine: $(nproc) cores, $(uname -m), $(swift --version 2>/dev/null | head -1)"
for path in "/api/trade?reporter=USA&partner=RUS&year=2024" "/pair/USA/RUS"; do
    echo
    echo "== GET $path (wrk -t2 -c$connections -d${duration}s)"
    wrk -t2 -c"$connections" -d"${duration}s" --latency "http://127.0.0.1:$port$path"
done
