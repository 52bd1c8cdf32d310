// After a first visit the app works with the network off, and a new deployment is offered as an
// update instead of silently replacing the page.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { launch, openPage, shoot } from "./helpers.mjs";

let app;
let build = 1;
before(async () => {
  // sw.js is served with its version changed, as a new deployment would change it.
  app = await launch({
    transform: {
      path: "/sw.js",
      body: (bytes) => `${bytes}`.replace(/const VERSION = "([^"]*)"/, `const VERSION = "$1-build-${build}"`),
    },
  });
});
after(async () => {
  await app?.close();
});

async function waitForServiceWorker(page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 15000 });
}

/** The editor's files in the service worker's app caches: [cache name, file name] pairs. */
async function cachedEditorFiles(page) {
  return page.evaluate(async () => {
    const found = [];
    for (const key of await caches.keys()) {
      if (!key.startsWith("fact-claim-opinion-app-")) continue;
      for (const request of await (await caches.open(key)).keys()) {
        const name = new URL(request.url).pathname.split("/").pop();
        if (name.startsWith("editor-")) found.push([key, name]);
      }
    }
    return found;
  });
}

async function waitForEditorCached(page) {
  for (let i = 0; i < 100; i++) {
    const files = await cachedEditorFiles(page);
    if (files.some(([, name]) => name.endsWith(".wasm")) && files.some(([, name]) => name.endsWith(".js"))) return files;
    await page.waitForTimeout(100);
  }
  throw new Error("the editor was never kept in the service worker's cache");
}

describe("offline", () => {
  test("the app, the bundled quiz and a quiz opened from a link work with the network off", async () => {
    const { page, problems, context } = await openPage(app.browser);
    await page.goto(app.url);
    await page.getByTestId("start").waitFor();
    await waitForServiceWorker(page);
    const link = `${app.url}samples/town-pool-test.json`;
    await page.goto(`${app.url}?quiz=${encodeURIComponent(link)}`);
    await page.getByTestId("quiz-title").filter({ hasText: "Riverside Pool" }).waitFor();
    await page.getByTestId("open-bundled").click();
    await page.getByTestId("quiz-title").filter({ hasText: "North Korea" }).waitFor();

    await context.setOffline(true);
    await page.reload();
    await page.getByTestId("start").click();
    // Complete the first passage (the headline) and go on to the next.
    await page.keyboard.press("3");
    await page.getByTestId("feedback").waitFor();
    await page.keyboard.press("Enter");
    assert.equal(await page.getByTestId("position").textContent(), "Statement 2 of 17");
    await shoot(page, "desktop-13-offline");

    await page.goto(`${app.url}?quiz=${encodeURIComponent(link)}`);
    await page.getByTestId("quiz-title").filter({ hasText: "Riverside Pool" }).waitFor();
    await context.setOffline(false);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("students never download the editor; a teacher gets it when opening it, and keeps it offline", async () => {
    const { page, problems, context } = await openPage(app.browser);
    const editorRequests = [];
    page.on("request", (request) => {
      if (new URL(request.url()).pathname.includes("/editor-")) editorRequests.push(request.url());
    });
    await page.goto(app.url);
    await page.getByTestId("start").click();
    await page.keyboard.press("3");
    await page.getByTestId("feedback").waitFor();
    await page.getByTestId("start-over").click();
    await waitForServiceWorker(page);
    assert.deepEqual(editorRequests, [], "the student screens loaded the editor");
    // Nor does the service worker fetch it ahead for them.
    assert.deepEqual(await cachedEditorFiles(page), []);

    await page.getByRole("link", { name: "Create your own quiz" }).click();
    await page.getByTestId("article-input").waitFor();
    assert.ok(editorRequests.some((url) => url.endsWith(".wasm")), "the editor module was not fetched");
    await waitForEditorCached(page);
    // Back to the quiz and into the editor again: mounted again, once.
    await page.getByTestId("back-to-quiz").click();
    await page.getByTestId("start").waitFor();
    await page.getByRole("link", { name: "Create your own quiz" }).click();
    await page.getByTestId("article-input").waitFor();
    assert.equal(await page.getByTestId("article-input").count(), 1);

    await context.setOffline(true);
    await page.reload();
    await page.getByTestId("article-input").waitFor();
    await page.getByTestId("edit-open-quiz").click();
    await page.getByTestId("propose-all").waitFor();
    await context.setOffline(false);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("an editor that cannot be downloaded says so and can be tried again", async () => {
    // No service worker: the refused download must reach the page, not a cached copy.
    const { page, problems, context } = await openPage(app.browser, { serviceWorkers: "block" });
    await context.route(/\/editor-[^/]*$/, (route) => route.abort("internetdisconnected"));
    await page.goto(`${app.url}#/edit`);
    await page.getByTestId("editor-failed").waitFor();
    await shoot(page, "desktop-15-editor-failed");
    assert.match(await page.getByTestId("editor-failed").textContent(), /could not be downloaded/);
    await context.unroute(/\/editor-[^/]*$/);
    await page.getByTestId("editor-failed").getByRole("button", { name: "Try again" }).click();
    await page.getByTestId("article-input").waitFor();
    assert.equal(await page.getByTestId("editor-failed").count(), 0);
    // The refused download is the only problem the browser reports.
    assert.ok(problems.length > 0, "the refused download was not reported");
    const refused = /^console error: Failed to load resource: net::ERR_INTERNET_DISCONNECTED \(http:\/\/[^ ]*\/editor-[0-9a-f]{16}\.js\)$/;
    assert.deepEqual(problems.filter((p) => !refused.test(p)), []);
    await context.close();
  });

  test("a new build is offered as an update and applied on request", async () => {
    const { page, problems, context } = await openPage(app.browser);
    await page.goto(app.url);
    await page.getByTestId("start").waitFor();
    await waitForServiceWorker(page);
    // A teacher has used the editor in this version…
    await page.getByRole("link", { name: "Create your own quiz" }).click();
    await page.getByTestId("article-input").waitFor();
    const before = await waitForEditorCached(page);
    await page.getByTestId("back-to-quiz").click();
    await page.getByTestId("start").waitFor();
    assert.equal(await page.getByTestId("update-ready").count(), 0);
    build += 1;
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await page.getByTestId("update-ready").waitFor();
    await shoot(page, "desktop-14-update-ready");
    const reloaded = page.waitForEvent("load");
    await page.getByTestId("update-ready").getByRole("button", { name: "Update now" }).click();
    await reloaded;
    await page.getByTestId("start").waitFor();
    assert.equal(await page.getByTestId("update-ready").count(), 0);
    // …and still has it, in the new version's cache only, with the network off.
    const after = await cachedEditorFiles(page);
    assert.equal(after.length, 2, JSON.stringify(after));
    assert.ok(after.every(([key]) => !before.some(([old]) => old === key)), "old caches were not removed");
    await context.setOffline(true);
    await page.goto(`${app.url}#/edit`);
    await page.getByTestId("article-input").waitFor();
    await context.setOffline(false);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
