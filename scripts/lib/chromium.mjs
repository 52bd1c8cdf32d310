// Shared by the e2e tests, the benchmarks and the post-build hook (which pre-renders the start
// screen in Chromium).

/** How Debian's Chromium runs headless here (as root, no network beyond localhost). */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];
