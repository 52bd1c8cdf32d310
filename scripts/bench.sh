#!/usr/bin/env bash
# Installs whatever is missing, builds the release app and runs the benchmarks (bench/run.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
source scripts/env.sh
trunk build --release --offline
node bench/run.mjs
