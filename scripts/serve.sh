#!/usr/bin/env bash
# Installs whatever is missing, builds the release app and serves it with the bundled quiz.
# Usage: ./scripts/serve.sh [port]   (default 8080)
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
source scripts/env.sh
trunk build --release --offline
PORT="${1:-8080}" exec node scripts/lib/server.mjs dist
