// Benchmarks of the release build in headless Chromium: first-load transfer, Lighthouse (mobile),
// a 10,000-statement quiz (open time, click to feedback at 1x and 4x CPU throttling, memory), the
// class report with 40 and 1,000 results files.
// Usage: node bench/run.mjs [--quick]   (after `trunk build --release --offline`; ./scripts/bench.sh
// does both). --quick skips Lighthouse and writes nothing.
// Writes bench/results/<date>.json and bench/results/latest.json.
import { mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import lighthouse from "lighthouse";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS as ARGS } from "../scripts/lib/chromium.mjs";
import { largeQuiz } from "../scripts/lib/large-quiz.mjs";
import { generatedClass, readQuiz } from "../scripts/lib/results-files.mjs";
import { serve } from "../scripts/lib/server.mjs";

const ROOT = new URL("..", import.meta.url).pathname;
const PORT = 9333;
async function firstLoad(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  const requests = new Map();
  cdp.on("Network.requestWillBeSent", (e) =>
    requests.set(e.requestId, { url: e.request.url, type: e.type, bytes: 0 }),
  );
  cdp.on("Network.loadingFinished", (e) => {
    const r = requests.get(e.requestId);
    if (r) r.bytes = e.encodedDataLength;
  });
  await page.goto(url, { waitUntil: "networkidle" });
  await page.getByTestId("start").waitFor();
  await page.waitForTimeout(500);
  // The service worker's own install (a second copy of the build, into its cache) is not part
  // of what the page needs; count what the page loaded.
  const list = [...requests.values()].filter((r) => !r.url.endsWith("/sw.js"));
  const wasm = list.filter((r) => r.url.endsWith(".wasm"));
  // What the first paint waits for: the page (with the pre-rendered start screen) and its CSS.
  const painted = list.filter((r) => r.type === "Document" || r.type === "Stylesheet");
  await context.close();
  const sum = (rs) => rs.reduce((total, r) => total + r.bytes, 0);
  return {
    requests: list.length,
    bytes: sum(list),
    wasm_bytes: sum(wasm),
    first_paint: { requests: painted.length, bytes: sum(painted) },
    teacher_module_requested: list.some((r) => new URL(r.url).pathname.includes("/teacher-")),
    files: list.map((r) => ({ path: new URL(r.url).pathname, bytes: r.bytes })),
  };
}

async function lighthouseRuns(url) {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "fco-lh-")), {
    executablePath: "/usr/bin/chromium",
    args: [...ARGS, `--remote-debugging-port=${PORT}`],
  });
  const results = {};
  const run = async (name, target, keepStorage) => {
    const { lhr } = await lighthouse(target, {
      port: PORT,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility", "best-practices"],
      disableStorageReset: keepStorage,
    });
    results[name] = {
      performance: Math.round(lhr.categories.performance.score * 100),
      accessibility: Math.round(lhr.categories.accessibility.score * 100),
      best_practices: Math.round(lhr.categories["best-practices"].score * 100),
      lcp_ms: Math.round(lhr.audits["largest-contentful-paint"].numericValue),
      tbt_ms: Math.round(lhr.audits["total-blocking-time"].numericValue),
      cls: Number(lhr.audits["cumulative-layout-shift"].numericValue.toFixed(3)),
      observed_lcp_ms: Math.round(lhr.audits.metrics.details.items[0].observedLargestContentfulPaint),
      lcp_element: lhr.audits["largest-contentful-paint-element"].details?.items?.[0]?.items?.[0]?.node?.selector ?? null,
      failed_audits: Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "manual")
        .map((a) => a.id),
    };
  };
  await run("start_screen", url, false);
  // The quiz screen: a saved attempt reopens straight into it.
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  await page.getByTestId("start").click();
  await page.keyboard.press("3");
  await page.getByTestId("next").click();
  await run("quiz_screen", url, true);
  await context.close();
  return results;
}

/**
 * "Start works": the moment a student's press on Start begins the quiz, on a first visit, under
 * Lighthouse's mobile profile applied for real (DevTools throttling: slow 4G as Lighthouse sets it
 * for applied throttling, 562.5 ms round trip, 1,474.56 kbit/s down, 675 kbit/s up, and 4x CPU).
 * The student keeps pressing Start from the first paint; the figure is the time from navigation
 * until the question screen is in the page after a press. Also: when the first paint happened,
 * and when the app's own Start button was in the page.
 */
async function startWorks(browser, url) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 562.5,
    downloadThroughput: (1474.56 * 1024) / 8,
    uploadThroughput: (675 * 1024) / 8,
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.addInitScript(() => {
    // Presses Start every 50 ms from the first paint, as an eager student would.
    const press = () => {
      const started = document.querySelector("[data-testid=position]");
      if (started) {
        window.__startWorks ??= performance.now();
        return;
      }
      const button = document.querySelector("[data-testid=start]");
      if (button) window.__buttonLive ??= performance.now();
      button?.click();
      setTimeout(press, 50);
    };
    new PerformanceObserver(() => press()).observe({ type: "paint", buffered: true });
  });
  await page.goto(url, { waitUntil: "commit" });
  await page.getByTestId("position").waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => window.__startWorks !== undefined);
  const timings = await page.evaluate(() => ({
    first_paint_ms: Math.round(performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? -1),
    start_button_live_ms: Math.round(window.__buttonLive),
    start_works_ms: Math.round(window.__startWorks),
  }));
  await context.close();
  return { profile: "slow 4G (562.5 ms RTT, 1474.56/675 kbit/s), 4x CPU, 360 px, first visit", ...timings };
}

async function scale(browser, url, throttle) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.addInitScript(() => {
    addEventListener("TrunkApplicationStarted", (e) => (window.__wasm = e.detail.wasm));
    window.__longTasks = [];
    new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries())).observe({ type: "longtask", buffered: true });
  });
  await page.goto(url);
  await page.getByTestId("start").waitFor();
  await page.locator("[data-testid=loader] summary").click();
  const text = largeQuiz("bench-large", "Benchmark quiz");
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  // From the moment the file is chosen (the input's change event) to the next paint after the
  // new quiz's first screen is in the page.
  await page.evaluate(() => {
    window.__longTasks.length = 0;
    window.__opened = new Promise((done) => {
      document.querySelector("[data-testid=file-input]").addEventListener(
        "change",
        (event) => {
          const chosen = event.timeStamp;
          window.__chosen = chosen;
          const observer = new MutationObserver(() => {
            if (document.querySelector("[data-testid=quiz-title]")?.textContent === "Benchmark quiz") {
              observer.disconnect();
              requestAnimationFrame(() => setTimeout(() => done(performance.now() - chosen)));
            }
          });
          observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        },
        { capture: true, once: true },
      );
    });
  });
  await page.getByTestId("file-input").setInputFiles({ name: "bench.json", mimeType: "application/json", buffer: Buffer.from(text) });
  const openMs = await page.evaluate(() => window.__opened);
  // Long tasks that started once the file was chosen (Playwright builds the File in the page
  // before that, in a long task of its own that a real file picker does not have).
  const openLongTasks = await page.evaluate(() =>
    Math.max(0, ...window.__longTasks.filter((t) => t.startTime >= window.__chosen - 1).map((t) => t.duration)),
  );
  await page.getByTestId("start").click();
  await page.getByTestId("position").waitFor();
  // Click an answer: time from the click event to the paint after the feedback appears.
  const clicks = [];
  for (let i = 0; i < 5; i++) {
    const ms = await page.evaluate(
      () =>
        new Promise((done) => {
          const button = document.querySelector("[data-testid=answer-claim]");
          button.addEventListener(
            "click",
            (event) => {
              const clicked = event.timeStamp;
              requestAnimationFrame(() => {
                const shown = document.querySelector("[data-testid=feedback]") != null;
                setTimeout(() => done(shown ? performance.now() - clicked : -1));
              });
            },
            { capture: true, once: true },
          );
          button.click();
        }),
    );
    clicks.push(ms);
    await page.getByTestId("next").click();
  }
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  await cdp.send("HeapProfiler.collectGarbage");
  const heap = await cdp.send("Runtime.getHeapUsage");
  const wasmMemory = await page.evaluate(() => window.__wasm?.memory?.buffer?.byteLength ?? null);
  await context.close();
  return {
    cpu_throttling: throttle,
    quiz_bytes: text.length,
    chosen_to_first_screen_ms: Math.round(openMs),
    longest_task_while_opening_ms: Math.round(openLongTasks),
    click_to_feedback_ms: clicks.map((c) => Math.round(c * 10) / 10),
    js_heap_used_bytes: heap.usedSize,
    wasm_memory_bytes: wasmMemory,
  };
}

/** The brotli size of each module in the build: the app every student loads, and the teachers' module. */
function modules() {
  const dist = join(ROOT, "dist");
  return Object.fromEntries(
    readdirSync(dist)
      .filter((name) => /\.(js|wasm)\.br$/.test(name) && name !== "sw.js.br")
      .map((name) => [name.replace(/-[0-9a-f]{16}/, "").replace(/\.br$/, ""), statSync(join(dist, name)).size]),
  );
}

/** The class report: `count` results files for the bundled quiz chosen in the picker at once,
 * to the students' table drawn with a row each (the teachers' module already loaded). */
async function classReport(browser, url, count, throttle) {
  const quiz = readQuiz(join(ROOT, "quizzes", "north-korea-russia-soldiers.json"));
  const dir = mkdtempSync(join(tmpdir(), "bench-class-"));
  const paths = generatedClass(quiz, count).map((file) => {
    const path = join(dir, file.name);
    writeFileSync(path, file.text);
    return path;
  });
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${url}#/class`);
  await page.getByTestId("results-files").waitFor();
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  await page.evaluate(() => {
    window.__chosen = new Promise((done) =>
      document.querySelector("[data-testid=results-files]").addEventListener("change", (e) => done(e.timeStamp), { once: true }),
    );
  });
  await page.getByTestId("results-files").setInputFiles(paths);
  const ms = await page.evaluate(
    (n) =>
      new Promise((done) => {
        const check = () => {
          if (document.querySelectorAll("[data-testid=student-row]").length === n) {
            requestAnimationFrame(() => window.__chosen.then((chosen) => done(performance.now() - chosen)));
          } else {
            setTimeout(check, 5);
          }
        };
        check();
      }),
    count,
  );
  await context.close();
  return { files: count, cpu_throttling: throttle, picker_to_table_ms: Math.round(ms) };
}

/** Making a SCORM package of the bundled quiz on the learning platform's page (the teachers'
 * module loaded, the app's files fetched once before, as the service worker would keep them):
 * from the click on the download button to the download starting. */
async function scormPackage(browser, url, throttle) {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${url}#/platform`);
  const button = page.getByTestId("export-scorm");
  await button.waitFor();
  // A first package warms the HTTP cache, as a teacher's second package would find it.
  const warm = page.waitForEvent("download");
  await button.click();
  await warm;
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  const started = Date.now();
  const download = page.waitForEvent("download");
  await button.click();
  const file = await download;
  const ms = Date.now() - started;
  const bytes = statSync(await file.path()).size;
  await context.close();
  return { cpu_throttling: throttle, click_to_download_ms: ms, package_bytes: bytes };
}

const server = await serve(join(ROOT, "dist"));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ARGS });
const results = {
  date: new Date().toISOString(),
  machine: `${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, Node ${process.version}, Chromium ${browser.version()}`,
  modules_brotli_bytes: modules(),
  first_load: await firstLoad(browser, server.url),
  start_works: await startWorks(browser, server.url),
  scale_1x: await scale(browser, server.url, 1),
  scale_4x: await scale(browser, server.url, 4),
  class_report: [
    await classReport(browser, server.url, 40, 1),
    await classReport(browser, server.url, 40, 4),
    await classReport(browser, server.url, 1000, 1),
    await classReport(browser, server.url, 1000, 4),
  ],
  scorm_package: [await scormPackage(browser, server.url, 1), await scormPackage(browser, server.url, 4)],
};
await browser.close();
if (process.argv.includes("--quick")) {
  console.log(JSON.stringify({ ...results, first_load: { ...results.first_load, files: undefined } }, null, 2));
  await server.close();
  process.exit(0);
}
results.lighthouse = await lighthouseRuns(server.url);
await server.close();

mkdirSync(join(ROOT, "bench", "results"), { recursive: true });
const text = `${JSON.stringify(results, null, 2)}\n`;
writeFileSync(join(ROOT, "bench", "results", `${results.date.slice(0, 10)}.json`), text);
writeFileSync(join(ROOT, "bench", "results", "latest.json"), text);
console.log(text);
