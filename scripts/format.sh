#!/usr/bin/env bash
# Formats the Swift sources in place, or with --check reports files that need formatting
# (exit 1) without changing them.
set -euo pipefail
cd "$(dirname "$0")/.."
paths=(Package.swift Sources Tests)
[ -d Benchmarks/Benchmarks ] && paths+=(Benchmarks/Benchmarks)
if [ "${1:-}" = "--check" ]; then
    swift format lint --strict --recursive "${paths[@]}"
else
    swift format format --in-place --recursive "${paths[@]}"
fi
