// Teachers open their own quizzes (picker, drag and drop, paste, links), see every problem in a
// broken file, share a quiz, and students then complete it. Hostile quiz text shows literally.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { largeQuiz } from "../scripts/lib/large-quiz.mjs";
import { ROOT, VIEWPORTS, bundledQuiz, launch, openPage, shoot } from "./helpers.mjs";
import { FormatPage, StartPage, screens } from "./pages/index.mjs";

const SAMPLES = join(ROOT, "quizzes", "samples");
const sample = (name) => readFileSync(join(SAMPLES, name), "utf8");

let app;
before(async () => {
  app = await launch();
});
after(async () => {
  await app?.close();
});

/** Opens the app and the teacher's "open your own quiz" panel. */
async function openLoader(page) {
  const start = new StartPage(page);
  await start.goto(app.url);
  await start.openLoader();
}

/** Answers every statement with its first accepted answer; returns the number answered. */
async function completeCorrectly(page, quiz) {
  const { start, question, results } = screens(page);
  const categories = (quiz.categories ?? [{ id: "fact" }, { id: "claim" }, { id: "opinion" }]).map((c) => c.id);
  await start.start();
  let count = 0;
  for (;;) {
    const text = await question.statement();
    const statement = quiz.passages.flatMap((p) => p.statements).find((s) => s.text === text);
    assert.ok(statement, `unknown statement on screen: ${text}`);
    const answer = [statement.answer].flat()[0];
    await question.answerByKey(categories.indexOf(answer) + 1);
    count += 1;
    if (await question.isLast()) {
      await question.finish();
      break;
    }
    await question.next();
  }
  await results.waitUntilShown();
  return count;
}

describe("opening a quiz", () => {
  test("by the file picker, then a student completes it in its own mode", async () => {
    const { page, problems, context } = await openPage(app.browser);
    const { start, results } = screens(page);
    await openLoader(page);
    await start.openFile(join(SAMPLES, "town-pool-test.json"));
    await start.waitForTitle("Council Votes to Reopen Riverside Pool");
    assert.equal(await start.title(), "Council Votes to Reopen Riverside Pool");
    assert.equal(await start.offersMode("practice"), false, "the quiz fixes test mode");
    const quiz = JSON.parse(sample("town-pool-test.json"));
    const answered = await completeCorrectly(page, quiz);
    assert.equal(answered, 5);
    assert.equal(await results.score(), "You got 5 of 5 right (100%).");
    assert.equal(await results.offersRetryAll(), false, "the quiz does not allow retries");
    await results.reload();
    await results.waitUntilShown();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("by dropping a file anywhere on the page", async () => {
    const { page, problems, context } = await openPage(app.browser);
    const { start, results } = screens(page);
    await start.goto(app.url);
    await start.dropFile({ name: "garden.json", text: sample("fact-or-opinion-school-garden.json") }, { dragOver: true });
    await start.waitForTitle("Our School Garden Opens");
    assert.equal(await start.title(), "Our School Garden Opens");
    const categories = await start.categories();
    assert.ok(categories.includes("Fact") && categories.includes("Opinion") && !categories.includes("Claim"));
    assert.equal(await start.kindsHeading(), "2 kinds of statement");
    const answered = await completeCorrectly(page, JSON.parse(sample("fact-or-opinion-school-garden.json")));
    assert.equal(await results.score(), `You got ${answered} of ${answered} right (100%).`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("by pasting the JSON, in another language", async () => {
    const { page, problems, context } = await openPage(app.browser, { viewport: VIEWPORTS.phone });
    const { start, question } = screens(page);
    await openLoader(page);
    await start.pasteQuiz(sample("elections-municipales-fr.json"));
    await start.waitForTitle("Participation en hausse");
    assert.match(await start.categories(), /Fait sourcé/);
    await start.start();
    await question.answerByKey("1");
    await question.waitForFeedback();
    assert.match(await question.explanation(), /Selon le ministère/);
    await shoot(page, "phone-8-french-quiz-feedback");
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("by a link, typed in or in the address, and it survives a reload", async () => {
    const { page, problems, context } = await openPage(app.browser);
    const { start } = screens(page);
    await openLoader(page);
    const link = `${app.url}samples/fact-or-opinion-school-garden.json`;
    await start.openLink(link);
    await start.waitForTitle("Our School Garden Opens");
    assert.equal(new URL(page.url()).searchParams.get("quiz"), link);
    await start.reload();
    await start.waitForTitle("Our School Garden Opens");

    const fresh = new StartPage(await context.newPage());
    await fresh.navigate(`${app.url}?quiz=${encodeURIComponent(`${app.url}samples/town-pool-test.json`)}`);
    await fresh.waitForTitle("Council Votes to Reopen Riverside Pool");
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("a link that fails says why, and the open quiz stays open", async () => {
    const { page, problems, context } = await openPage(app.browser);
    const { start, errors } = screens(page);
    const closedPort = await freePort();
    const cases = [
      [`${app.url}samples/missing.json`, /answered 404/],
      [`${app.url}index.html`, /not valid JSON/],
      ["javascript:alert(1)", /must start with https:\/\//],
      ["http://example.org/quiz.json", /must start with https:\/\//],
      ["file:///etc/passwd", /must start with https:\/\//],
      [`${app.url}endless.json`, /the largest quiz accepted is 8 MB/],
      // Nothing listens there. The page learns no more than "the fetch failed", exactly as when
      // a site refuses to let other sites read its files (CORS), so the message covers both.
      [`https://127.0.0.1:${closedPort}/quiz.json`, /could not be fetched: the address may be wrong, you may be offline, or that site does not let other sites read its files \(CORS\)/],
    ];
    for (const [link, message] of cases) {
      await openLoader(page);
      await start.openLink(link);
      assert.match(await errors.text(), message, link);
      assert.match(await start.title(), /^North Korea May Help/);
    }
    // The 404 and the refused connection are logged by the browser itself; nothing else may be.
    // Refused, as the service worker (ERR_FAILED) or the page itself (ERR_CONNECTION_REFUSED) saw it.
    const refused = (p) =>
      p.startsWith("console error: Failed to load resource: net::ERR_") &&
      p.endsWith(` (https://127.0.0.1:${closedPort}/quiz.json)`);
    const expected = (p) => /404 \(Not Found\)/.test(p) || refused(p);
    assert.ok(problems.some(refused), problems.join("\n"));
    assert.deepEqual(problems.filter((p) => !expected(p)), []);
    await context.close();
  });
});

/** A local port with nothing listening on it (Chromium's blocked "unsafe" ports are avoided). */
async function freePort() {
  const server = createServer();
  await new Promise((listening) => server.listen(0, "127.0.0.1", listening));
  const { port } = server.address();
  await new Promise((closed) => server.close(closed));
  return port;
}

describe("a broken quiz file", () => {
  test("shows every problem, copyable, and the open quiz stays open", async () => {
    for (const [width, viewport] of Object.entries(VIEWPORTS)) {
      const { page, problems, context } = await openPage(app.browser, { viewport });
      const { start, errors } = screens(page);
      await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: app.url });
      await openLoader(page);
      await start.openFile(join(SAMPLES, "broken", "unknown-fields.json"));
      assert.equal(await errors.problemCount(), 4);
      const text = await errors.text();
      assert.match(text, /did you mean `statements`\?/);
      assert.match(text, /did you mean `title`\?/);
      assert.match(await start.title(), /^North Korea May Help/);
      await errors.copy();
      await errors.waitUntilCopied();
      const copied = await errors.clipboardText();
      assert.match(copied, /^title: this field is missing\n/);
      await shoot(page, `${width}-9-error-list`);
      await errors.dismiss();
      assert.equal(await errors.isShown(), false);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

  test("the quiz format is a page of the app, linked where teachers open files and from the problems", async () => {
    const { page, problems, context } = await openPage(app.browser);
    const { start, errors } = screens(page);
    // Console errors (a CSP violation, say) of the new tabs are caught too.
    // Chrome asks for /favicon.ico while it shows the raw schema file, which names no icon: not
    // the app's doing.
    const ours = (message) => message.type() === "error" && !message.location().url.endsWith("/favicon.ico");
    context.on("page", (tab) =>
      tab.on("console", (message) => ours(message) && problems.push(`format page: ${message.text()} (${message.location().url})`)),
    );
    await openLoader(page);
    const tab = await start.openFormatDocs();
    const format = new FormatPage(tab);
    assert.equal(await format.heading(), "The quiz format (version 1)");
    const sections = await format.sectionTitles();
    for (const section of ["A complete small example", "Sample quizzes", "Changes to the format"]) {
      assert.ok(sections.includes(section), `${section} not in ${sections}`);
    }
    await shoot(tab, "format-page");
    // The schema it links is there, as JSON.
    const schema = await format.follow("quiz.schema.json");
    assert.equal(schema.status(), 200);
    assert.match(JSON.parse(await schema.text()).title, /quiz, format version 1/);
    await tab.goBack();
    // A sample opens in the app from the page.
    await format.openSample("town-pool-test.json");
    await new StartPage(tab).waitForTitle("Council Votes to Reopen Riverside Pool");
    await tab.close();
    // The list of a broken file's problems links the format too.
    await start.openFile(join(SAMPLES, "broken", "not-json.json"));
    await errors.waitUntilShown();
    const again = new FormatPage(await errors.openFormatDocs());
    assert.equal(await again.heading(), "The quiz format (version 1)");
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("a syntax error gives its line and column", async () => {
    const { page, problems, context } = await openPage(app.browser);
    const { start, errors } = screens(page);
    await openLoader(page);
    await start.openFile(join(SAMPLES, "broken", "not-json.json"));
    assert.match(await errors.text(), /line 5, column 3: this is not valid JSON/);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe("what a newcomer sees after opening a file", () => {
  test("at 360 px the outcome of opening a broken file or link is brought into view, with the focus on it", async () => {
    const { page, problems, context } = await openPage(app.browser, { viewport: VIEWPORTS.phone });
    const { start, errors } = screens(page);
    await start.goto(app.url);
    await start.openLoader();
    // A file with problems: listed by the teachers' module, a moment later.
    await start.pasteQuiz('{"format_version": 1, "id": "x", "tittle": "Oops"}');
    await errors.waitUntilShown();
    await page.waitForFunction(() => document.activeElement?.dataset?.testid === "error-list");
    assert.equal(await errors.inView("error-list"), true);
    await errors.dismiss();
    // A link that cannot be fetched: said at once (the loader is still open).
    await start.openLink("javascript:alert(1)");
    await errors.waitUntilShown();
    await page.waitForFunction(() => document.activeElement?.dataset?.testid === "error-list");
    assert.equal(await errors.inView("error-list"), true);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("at 360 px a file that opens says so where the teacher can see it, with the focus on it", async () => {
    const { page, problems, context } = await openPage(app.browser, { viewport: VIEWPORTS.phone });
    const { start } = screens(page);
    await start.goto(app.url);
    await start.openLoader();
    await start.openFile(join(SAMPLES, "fact-or-opinion-school-garden.json"));
    await page.waitForFunction(() => document.activeElement?.dataset?.testid === "notice");
    assert.match(await start.notice(), /^Opened the quiz “.+”\./);
    assert.equal(await start.inView("notice"), true);
    assert.equal(await start.inView("quiz-title"), true);
    // Starting the quiz puts the confirmation away.
    await start.start();
    assert.equal(await start.noticeCount(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe("sharing and the recent list", () => {
  test("a pasted quiz travels inside a link and is remembered on the device", async () => {
    const { page, problems, context } = await openPage(app.browser);
    const { start } = screens(page);
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: app.url });
    await openLoader(page);
    await start.pasteQuiz(sample("fact-or-opinion-school-garden.json"));
    await start.waitForTitle("Our School Garden Opens");
    await start.share();
    await start.waitUntilLinkCopied();
    const link = await start.sharedLink();
    assert.match(link, /#quiz=[A-Za-z0-9_-]+$/);
    assert.equal(await start.clipboardText(), link);

    const other = new StartPage(await (await app.browser.newContext()).newPage());
    await other.navigate(link);
    await other.waitForTitle("Our School Garden Opens");
    await other.page.context().close();

    const recent = "school-garden-fact-or-opinion";
    await start.openBundled();
    await start.waitForTitle("North Korea May Help");
    await start.reload();
    await start.waitForRecent(recent);
    await start.openRecent(recent);
    await start.waitForTitle("Our School Garden Opens");
    await start.removeRecent(recent);
    assert.equal(await start.recentCount(recent), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe("hostile quiz text", () => {
  const PAYLOADS = [
    `<img src=x onerror="window.__pwned='img'">`,
    `<script>window.__pwned='script'</script>`,
    `"><svg onload="window.__pwned='svg'">`,
    `{{constructor.constructor('window.__pwned=1')()}}`,
  ];
  const evil = (i) => PAYLOADS[i % PAYLOADS.length];

  function hostileQuiz() {
    const passage = (i) => `${evil(i)} Statement ${i} here. ${evil(i + 1)}`;
    return {
      format_version: 1,
      id: "hostile",
      title: `Hostile ${evil(0)}`,
      source: { publication: evil(1), author: evil(2), date: evil(3), url: `https://example.org/${evil(0)}` },
      language: evil(1),
      author: evil(2),
      licence: evil(3),
      instructions: evil(0),
      categories: [0, 1, 2].map((i) => ({ id: `c${i}`, name: `Cat ${i} ${evil(i)}`, definition: evil(i + 1), example: evil(i + 2) })),
      settings: { mode: "practice" },
      passages: [0, 1].map((i) => ({
        text: passage(i),
        statements: [
          {
            id: `s${i}`,
            text: `${evil(i)} Statement ${i} here.`,
            answer: "c0",
            explanation: evil(i + 2),
            cues: [evil(i)],
            fact_check: { note: evil(i + 3), link: `https://example.org/?q=${encodeURIComponent(evil(i))}` },
          },
        ],
      })),
    };
  }

  test("every string shows literally and nothing runs", async () => {
    const { page, problems, context } = await openPage(app.browser);
    const { start, question, results } = screens(page);
    await openLoader(page);
    await start.pasteQuiz(JSON.stringify(hostileQuiz()));
    await start.waitForTitle("Hostile");
    assert.equal(await start.title(), `Hostile ${PAYLOADS[0]}`);
    assert.ok((await start.categories()).includes(PAYLOADS[1]));
    await start.start();
    assert.ok((await question.passage()).includes(PAYLOADS[0]));
    await question.answerByKey("2");
    await question.waitForFeedback();
    assert.ok((await question.explanation()).includes(PAYLOADS[2]));
    assert.ok((await question.factCheck()).includes(PAYLOADS[3]));
    assert.equal(await question.injectedElementCount(), 0);
    await question.next();
    await question.answerByKey("1");
    await question.finish();
    await results.waitUntilShown();
    assert.ok((await results.mainText()).includes(PAYLOADS[1]));
    assert.equal(await results.injectedElementCount(), 0);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    await shoot(page, "desktop-10-hostile-quiz-results");
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("the page's policy allows no inline or eval'd script", async () => {
    const { page, context } = await openPage(app.browser);
    const { start } = screens(page);
    await start.navigate(app.url);
    const policy = await start.contentSecurityPolicy();
    const scripts = policy.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src"));
    assert.ok(!scripts.includes("'unsafe-inline'") && !scripts.includes("'unsafe-eval'"), scripts);
    assert.match(scripts, /'sha256-[A-Za-z0-9+/=]+'/);
    const blocked = await page.evaluate(
      () =>
        new Promise((done) => {
          document.addEventListener("securitypolicyviolation", () => done(true), { once: true });
          const script = document.createElement("script");
          script.textContent = "window.__inline = 1";
          document.body.append(script);
          setTimeout(() => done(false), 500);
        }),
    );
    assert.equal(blocked, true, "an injected inline script must be blocked");
    assert.equal(await page.evaluate(() => window.__inline), undefined);
    await context.close();
  });
});

describe("a large quiz", () => {
  test("a 5 MB quiz of 10,000 statements opens and answers", async () => {
    const { page, problems, context } = await openPage(app.browser);
    const { start, question, errors } = screens(page);
    const text = largeQuiz();
    assert.ok(text.length > 4_500_000, `${text.length} bytes`);
    await openLoader(page);
    // "Opening the quiz…" stays on show until the new quiz is there (reading, checking, showing).
    await page.evaluate(() => {
      window.__loadingGoneEarly = null;
      const observer = new MutationObserver(() => {
        const loading = document.querySelector("[data-testid=loading]") != null;
        const title = document.querySelector("[data-testid=quiz-title]")?.textContent;
        if (loading) window.__loadingSeen = true;
        if (window.__loadingSeen && !loading) {
          window.__loadingGoneEarly = title !== "A very large quiz";
          observer.disconnect();
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const started = Date.now();
    await start.openFile({ name: "large.json", mimeType: "application/json", buffer: Buffer.from(text) });
    await start.waitForTitle("A very large quiz");
    const openedMs = Date.now() - started;
    await page.waitForFunction(() => window.__loadingGoneEarly !== null);
    assert.equal(await page.evaluate(() => window.__loadingGoneEarly), false, "the loading notice went before the quiz came");
    assert.match(await start.duration(), /10000 statements in 2000 passages/);
    await start.start();
    await question.answerByKey("1");
    await question.waitForFeedback();
    assert.equal(await question.position(), "Statement 1 of 10000");
    await question.next();
    // Too large for localStorage, so it is kept in the browser's cache storage: a reload, even
    // offline, reopens it where the student was.
    await question.reload();
    await question.waitUntilShown();
    assert.equal(await question.position(), "Statement 2 of 10000");
    await context.setOffline(true);
    await question.reload();
    await question.waitUntilShown();
    assert.equal(await question.position(), "Statement 2 of 10000");
    await context.setOffline(false);
    // If the browser has let the copy go, the app asks for the file again, and the progress
    // saved for it comes back with it.
    const removed = await page.evaluate(async () => {
      const cache = await caches.open("fact-claim-opinion-quizzes-v1");
      const keys = (await cache.keys()).filter((r) => r.url.includes("/stored-quizzes/"));
      for (const key of keys) await cache.delete(key);
      return keys.map((r) => new URL(r.url).pathname.split("/").pop());
    });
    assert.deepEqual(removed, ["large.json"]);
    await start.reload();
    assert.match(await errors.text(), /open its file again to carry on/);
    await start.openLoader();
    await start.openFile({ name: "large.json", mimeType: "application/json", buffer: Buffer.from(text) });
    await question.waitUntilShown();
    assert.equal(await question.position(), "Statement 2 of 10000");
    console.log(`# large quiz: ${text.length} bytes opened in ${openedMs} ms (picker to start screen)`);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe("a quiz that grows", () => {
  test("a quiz that grows past 1 MB replaces its older, smaller copy on the device", async () => {
    const { page, problems, context } = await openPage(app.browser);
    const { start } = screens(page);
    const small = { ...bundledQuiz(), id: "grows", title: "The small version" };
    await openLoader(page);
    await start.pasteQuiz(JSON.stringify(small));
    await start.waitForTitle("The small version");
    await start.openLoader();
    const large = largeQuiz("grows", "The large version");
    await start.openFile({ name: "grows.json", mimeType: "application/json", buffer: Buffer.from(large) });
    await start.waitForTitle("The large version");
    await start.reload();
    await start.waitForTitle("The large version");
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe("switching quizzes", () => {
  test("opening another quiz mid-way keeps the progress of the first", async () => {
    const { page, problems, context } = await openPage(app.browser);
    const { start, question } = screens(page);
    await start.navigate(app.url);
    await start.start();
    for (const key of ["3", "2"]) {
      await question.answerByKey(key);
      await question.waitForFeedback();
      await question.press("Enter");
    }
    await question.dropFile({ name: "garden.json", text: sample("fact-or-opinion-school-garden.json") });
    await start.waitForTitle("Our School Garden Opens");
    await start.reload();
    await start.waitForTitle("Our School Garden Opens");
    await start.openBundled();
    await question.waitUntilShown();
    assert.match(await question.position(), /^Statement 3 of /);
    assert.match(await question.notice(), /Welcome back/);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
