// Trunk post_build hook: writes the sha256 of every inline <script> into the CSP <meta> of the
// staged index.html, so the policy can allow Trunk's start-up script without 'unsafe-inline'.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const PLACEHOLDER = "'inline-script-hashes'";
const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("csp-hash: TRUNK_STAGING_DIR is not set (run me from Trunk)");
  process.exit(1);
}
const file = join(dir, "index.html");
const html = readFileSync(file, "utf8");
if (!html.includes(PLACEHOLDER)) {
  console.error(`csp-hash: ${PLACEHOLDER} not found in the CSP of index.html`);
  process.exit(1);
}
const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
  ([, body]) => `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`,
);
writeFileSync(file, html.replace(PLACEHOLDER, [...new Set(hashes)].join(" ")));
console.log(`csp-hash: allowed ${hashes.length} inline script(s) by hash`);
