// After a first visit the app works with the network off, and a new deployment is offered as an
// update instead of silently replacing the page.
import assert from "node:assert/strict";
import { unzipSync } from "fflate";
import { after, before, describe, test } from "node:test";
import { bundledQuiz, launch, openPage, shoot } from "./helpers.mjs";
import { FormatPage, screens } from "./pages/index.mjs";

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
        if (name.startsWith("teacher-")) found.push([key, name]);
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
    const { start, question } = screens(page);
    await start.goto(app.url);
    await waitForServiceWorker(page);
    const link = `${app.url}samples/town-pool-test.json`;
    await start.navigate(`${app.url}?quiz=${encodeURIComponent(link)}`);
    await start.waitForTitle("Riverside Pool");
    await start.openBundled();
    await start.waitForTitle("North Korea");

    await context.setOffline(true);
    await start.reload();
    await start.start();
    // Complete the first passage (the headline) and go on to the next.
    await question.answerByKey("3");
    await question.waitForFeedback();
    await question.press("Enter");
    assert.equal(await question.position(), "Statement 2 of 17");
    await shoot(page, "desktop-13-offline");

    await start.navigate(`${app.url}?quiz=${encodeURIComponent(link)}`);
    await start.waitForTitle("Riverside Pool");
    await context.setOffline(false);
    // The format page, once opened, opens offline too (not the app in its place).
    const format = new FormatPage(page);
    await format.navigate(`${app.url}format.html`);
    assert.equal(await format.heading(), "The quiz format (version 1)");
    await context.setOffline(true);
    await format.navigate(`${app.url}format.html`);
    assert.equal(await format.heading(), "The quiz format (version 1)");
    await context.setOffline(false);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("a teacher who has made a SCORM package once makes another offline, as complete", async () => {
    const { page, problems, context } = await openPage(app.browser, { acceptDownloads: true });
    const { platform } = screens(page);
    // Straight to the page on a first visit: the teachers' stylesheet, added before the service
    // worker looks after the page, is kept too (it was not, and the page came back unstyled).
    await platform.navigate(`${app.url}#/platform`);
    await platform.waitUntilShown();
    const online = Object.keys(unzipSync(await platform.downloadScorm())).sort();
    await waitForServiceWorker(page);
    // The package's files and the teachers' stylesheet are kept, whichever came first.
    await page.waitForFunction(async () => {
      const kept = async (path) => {
        for (const key of await caches.keys()) {
          if (await (await caches.open(key)).match(new URL(path, document.baseURI).href)) return true;
        }
        return false;
      };
      for (const path of ["scorm/index.html", "scorm/scorm.js", "scorm/files.json", "teacher-styles.css"]) {
        if (!(await kept(path))) return false;
      }
      return true;
    });
    await context.setOffline(true);
    await platform.reload();
    await platform.waitUntilShown();
    await platform.chooseScorm("2004");
    const offline = Object.keys(unzipSync(await platform.downloadScorm())).sort();
    assert.match(await platform.scormStatus(), /^Downloaded .*_scorm2004\.zip/);
    assert.deepEqual(offline, online);
    await context.setOffline(false);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("students never download the editor; a teacher gets it when opening it, and keeps it offline", async () => {
    const { page, problems, context } = await openPage(app.browser);
    const { start, question, editor } = screens(page);
    const editorRequests = [];
    page.on("request", (request) => {
      if (new URL(request.url()).pathname.includes("/teacher-")) editorRequests.push(request.url());
    });
    await start.navigate(app.url);
    await start.start();
    await question.answerByKey("3");
    await question.waitForFeedback();
    await question.startOver();
    await waitForServiceWorker(page);
    assert.deepEqual(editorRequests, [], "the student screens loaded the editor");
    // Nor does the service worker fetch it ahead for them.
    assert.deepEqual(await cachedEditorFiles(page), []);

    await start.createQuiz();
    await editor.waitForArticleInput();
    assert.ok(editorRequests.some((url) => url.endsWith(".wasm")), "the editor module was not fetched");
    await waitForEditorCached(page);
    // Back to the quiz and into the editor again: mounted again, once.
    await editor.backToQuiz();
    await start.waitUntilShown();
    await start.createQuiz();
    await editor.waitForArticleInput();
    assert.equal(await editor.articleInputCount(), 1);

    await context.setOffline(true);
    await editor.reload();
    await editor.waitForArticleInput();
    await editor.editOpenQuiz();
    await editor.waitForEditing();
    await context.setOffline(false);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("an editor that cannot be downloaded says so and can be tried again", async () => {
    // No service worker: the refused download must reach the page, not a cached copy.
    const { page, problems, context } = await openPage(app.browser, { serviceWorkers: "block" });
    const { editor } = screens(page);
    await context.route(/\/teacher-[^/]*$/, (route) => route.abort("internetdisconnected"));
    await editor.goto(app.url);
    await editor.waitForDownloadFailure();
    await shoot(page, "desktop-15-editor-failed");
    assert.match(await editor.downloadFailure(), /could not be downloaded/);
    await context.unroute(/\/teacher-[^/]*$/);
    await editor.tryDownloadAgain();
    await editor.waitForArticleInput();
    assert.equal(await editor.downloadFailureCount(), 0);
    // The refused download is the only problem the browser reports.
    assert.ok(problems.length > 0, "the refused download was not reported");
    const refused = /^console error: Failed to load resource: net::ERR_INTERNET_DISCONNECTED \(http:\/\/[^ ]*\/teacher-[0-9a-f]{16}\.js\)$/;
    assert.deepEqual(problems.filter((p) => !refused.test(p)), []);
    await context.close();
  });

  test("a broken file is explained by the teachers' module, downloaded then; without it the page says so", async () => {
    const { page, problems, context } = await openPage(app.browser, { serviceWorkers: "block" });
    const { start, errors } = screens(page);
    const teacherRequests = [];
    page.on("request", (request) => {
      if (new URL(request.url()).pathname.includes("/teacher-")) teacherRequests.push(request.url());
    });
    await start.goto(app.url);
    // A good quiz opens without the teachers' module.
    await start.openLoader();
    await start.pasteQuiz(JSON.stringify({ ...bundledQuiz(), id: "pasted-copy", title: "A pasted copy" }));
    await start.waitForTitle("A pasted copy");
    assert.deepEqual(teacherRequests, [], "opening a good quiz loaded the teachers' module");

    // A broken one, with the module out of reach: the student is told, the open quiz stays.
    await context.route(/\/teacher-[^/]*$/, (route) => route.abort("internetdisconnected"));
    await start.openLoader();
    await start.pasteQuiz('{"format_version": 1, "id": "x", "tittle": "Oops"}');
    await errors.waitForModuleFailure();
    assert.match(await errors.moduleFailure(), /could not be downloaded/);
    assert.equal(await start.title(), "A pasted copy");
    await context.unroute(/\/teacher-[^/]*$/);
    await errors.tryModuleAgain();
    assert.match(await errors.text(), /tittle: unknown field `tittle`; did you mean `title`\?/);
    assert.equal(await errors.moduleFailureCount(), 0);
    assert.ok(teacherRequests.some((url) => new URL(url).pathname.endsWith("_bg.wasm")), "the teachers' module was not fetched");
    await errors.dismiss();
    assert.equal(await errors.isShown(), false);
    const refused = /^console error: Failed to load resource: net::ERR_INTERNET_DISCONNECTED \(http:\/\/[^ ]*\/teacher-[0-9a-f]{16}\.js\)$/;
    assert.deepEqual(problems.filter((p) => !refused.test(p)), []);
    await context.close();
  });

  test("a new build is offered as an update and applied on request", async () => {
    const { page, problems, context } = await openPage(app.browser);
    const { start, editor } = screens(page);
    await start.goto(app.url);
    await waitForServiceWorker(page);
    // A teacher has used the editor in this version…
    await start.createQuiz();
    await editor.waitForArticleInput();
    const before = await waitForEditorCached(page);
    await editor.backToQuiz();
    await start.waitUntilShown();
    assert.equal(await start.isUpdateOffered(), false);
    build += 1;
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await start.waitForUpdateOffer();
    await shoot(page, "desktop-14-update-ready");
    const reloaded = page.waitForEvent("load");
    await start.updateNow();
    await reloaded;
    await start.waitUntilShown();
    assert.equal(await start.isUpdateOffered(), false);
    // …and still has it, in the new version's cache only, with the network off.
    const after = await cachedEditorFiles(page);
    // The module's JS and wasm, and the teachers' pages' styles that come with it.
    const kept = after.map(([, name]) => name);
    assert.equal(after.length, 3, JSON.stringify(after));
    assert.ok(kept.some((name) => /^teacher-[0-9a-f]+\.js$/.test(name)), JSON.stringify(after));
    assert.ok(kept.some((name) => /^teacher-[0-9a-f]+_bg\.wasm$/.test(name)), JSON.stringify(after));
    assert.ok(kept.includes("teacher-styles.css"), JSON.stringify(after));
    assert.ok(after.every(([key]) => !before.some(([old]) => old === key)), "old caches were not removed");
    await context.setOffline(true);
    await editor.goto(app.url);
    await editor.waitForArticleInput();
    await context.setOffline(false);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
