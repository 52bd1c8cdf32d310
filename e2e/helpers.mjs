// Shared set-up for the end-to-end tests: the release build served on localhost, Debian's
// Chromium driven by playwright-core, and a page that fails the test on any console error,
// uncaught exception or Content-Security-Policy violation.
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import assert from "node:assert/strict";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS } from "../scripts/lib/chromium.mjs";
import { serve } from "../scripts/lib/server.mjs";

export const ROOT = new URL("..", import.meta.url).pathname;
export const SCREENSHOTS = join(ROOT, "e2e", "screenshots");

export const VIEWPORTS = {
  phone: { width: 360, height: 740 },
  desktop: { width: 1280, height: 900 },
};

export function bundledQuiz() {
  return JSON.parse(readFileSync(join(ROOT, "quizzes", "north-korea-russia-soldiers.json"), "utf8"));
}

/** The interface's languages: the folders of locales/. */
const LOCALES = join(ROOT, "locales");
export const LANGUAGES = readdirSync(LOCALES, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);

/** A language's sentences of one part of the interface (locales/<code>/<namespace>.json): the
 * student's screens by default, or the teachers' `editor`, `problems`, `class`, `platform`. */
export const catalogue = (code, namespace = "student") =>
  JSON.parse(readFileSync(join(LOCALES, code, `${namespace}.json`), "utf8"));

/** The files of a language folder: the parts of the interface. */
export const NAMESPACES = readdirSync(join(LOCALES, "en")).filter((f) => f.endsWith(".json")).map((f) => f.replace(/\.json$/, ""));

/** A sentence of the interface in a language, its placeholders filled and its plural form chosen as
 * the browser's Intl.PluralRules would (the app uses the same CLDR rules). */
export function say(code, key, vars = {}, namespace = "student") {
  const words = catalogue(code, namespace);
  let text = words[key];
  if (text === undefined) {
    const form = new Intl.PluralRules(code).select(vars.count);
    text = words[`${key}_${form}`] ?? words[`${key}_other`];
  }
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name) => String(vars[name]));
}

/** The default categories, in button order (matches src/quiz/model.rs). */
export const CATEGORIES = ["fact", "claim", "opinion"];

/** Statements of a quiz in reading order: passage by passage, by position in the passage. */
export { statementsOf as statementsInOrder } from "../scripts/lib/results-files.mjs";

export async function launch({ transform = null } = {}) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
    // Playwright gives every launch a fresh, empty profile directory of its own.
  });
  const server = await serve(join(ROOT, "dist"), {
    mounts: { "/samples/": join(ROOT, "quizzes", "samples") },
    transform,
    routes: {
      // A "quiz" that never ends and does not say how long it is.
      "/endless.json": (req, res) => {
        res.writeHead(200, { "content-type": "application/json" });
        const chunk = Buffer.alloc(64 * 1024, " ");
        let sent = 0;
        const more = () => {
          while (sent < 64 * 1024 * 1024 && !res.destroyed) {
            sent += chunk.length;
            if (!res.write(chunk)) return res.once("drain", more);
          }
          res.end();
        };
        res.write("[");
        more();
      },
    },
  });
  return {
    browser,
    url: server.url,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** A new page that records every console error, page error and CSP violation. */
export async function openPage(
  browser,
  { viewport = VIEWPORTS.desktop, acceptDownloads = false, serviceWorkers = "allow" } = {},
) {
  const context = await browser.newContext({ viewport, acceptDownloads, serviceWorkers });
  const page = await context.newPage();
  const problems = [];
  page.on("console", (message) => {
    if (message.type() === "error") {
      const { url } = message.location();
      problems.push(`console error: ${message.text()}${url ? ` (${url})` : ""}`);
    }
  });
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  await page.exposeFunction("__reportCspViolation", (text) => problems.push(`CSP violation: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      window.__reportCspViolation(`${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  return { context, page, problems };
}

export async function shoot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Presses Tab until the element with this test id has the focus. */
export async function tabTo(page, testId, limit = 40) {
  for (let i = 0; i < limit; i++) {
    const focused = await page.evaluate(() => document.activeElement?.dataset?.testid ?? null);
    if (focused === testId) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${testId}`);
}

export async function focusedTestId(page) {
  return page.evaluate(() => document.activeElement?.dataset?.testid ?? null);
}

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
let axeSource;

/** Runs axe-core (WCAG 2.2 A and AA) on the page as it is now; fails with a readable list of violations. */
export async function assertAccessible(page, screen) {
  axeSource ??= readFileSync(join(ROOT, "node_modules", "axe-core", "axe.min.js"), "utf8");
  // Evaluated through the DevTools protocol, so the page's CSP does not apply to axe itself.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(
    (tags) => axe.run(document, { runOnly: { type: "tag", values: tags } }).then((r) => r.violations),
    AXE_TAGS,
  );
  const summary = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")} — ${v.help}`,
  );
  assert.deepEqual(summary, [], `${screen}: accessibility violations`);
}
