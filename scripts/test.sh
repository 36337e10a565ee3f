#!/usr/bin/env bash
# The tests: every Swift test target, then the real-browser test of the web app.
set -euo pipefail
cd "$(dirname "$0")/.."
swift test
scripts/browser-test.sh
