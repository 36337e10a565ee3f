#!/usr/bin/env bash
# Load benchmark of the web app with wrk on loopback: a release build of `tradecheck serve`
# over a fresh database, then /api/trade and the pair page, one after the other.
# Usage: scripts/load-test.sh [DURATION_SECONDS] [CONNECTIONS] [SERVE OPTIONS…]
# e.g. scripts/load-test.sh 15 64 --response-cache 0   (every request answered from the store)
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-15}"
connections="${2:-64}"
shift $(($# < 2 ? $# : 2))

if ! command -v wrk >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q wrk
fi
swift build -c release --product tradecheck
binary="$(swift build -c release --show-bin-path)/tradecheck"

source scripts/lib/serve.sh
start_server "$binary" "$@"

echo "Machine: $(nproc) cores, $(uname -m), $(swift --version 2>/dev/null | head -1)"
for path in "/api/trade?reporter=USA&partner=RUS&year=2024" "/pair/USA/RUS"; do
    echo
    echo "== GET $path (wrk -t2 -c$connections -d${duration}s)"
    wrk -t2 -c"$connections" -d"${duration}s" --latency "http://127.0.0.1:$port$path"
done
