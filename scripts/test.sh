#!/usr/bin/env bash
# Installs whatever is missing and runs every test: formatting and lints, native tests of the
# quiz logic, component tests in headless Chromium, and end-to-end tests of the release build.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
source scripts/env.sh

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

step "format and lints"
cargo fmt --all -- --check
cargo clippy --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings

step "native tests (quiz logic, bundled quiz)"
cargo test

step "component tests (wasm-bindgen-test in headless Chromium)"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test --target wasm32-unknown-unknown --test web

step "release build"
trunk build --release --offline

step "size budgets (brotli)"
node scripts/check-size.mjs

step "end-to-end tests (Playwright, Chromium, release build)"
node --test --test-concurrency=1 e2e/
