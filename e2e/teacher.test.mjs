// Teachers open their own quizzes (picker, drag and drop, paste, links), see every problem in a
// broken file, share a quiz, and students then complete it. Hostile quiz text shows literally.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { largeQuiz } from "../scripts/lib/large-quiz.mjs";
import { ROOT, VIEWPORTS, bundledQuiz, launch, openPage, shoot } from "./helpers.mjs";

const SAMPLES = join(ROOT, "quizzes", "samples");
const sample = (name) => readFileSync(join(SAMPLES, name), "utf8");

let app;
before(async () => {
  app = await launch();
});
after(async () => {
  await app?.close();
});

async function openLoader(page) {
  await page.goto(app.url);
  await page.getByTestId("start").waitFor();
  await page.locator("[data-testid=loader] summary").click();
}

async function title(page) {
  return page.getByTestId("quiz-title").textContent();
}

/** Answers every statement with its first accepted answer; returns the number answered. */
async function completeCorrectly(page, quiz) {
  const categories = (quiz.categories ?? [{ id: "fact" }, { id: "claim" }, { id: "opinion" }]).map((c) => c.id);
  await page.getByTestId("start").click();
  let count = 0;
  for (;;) {
    const text = await page.getByTestId("current-statement").textContent();
    const statement = quiz.passages.flatMap((p) => p.statements).find((s) => s.text === text);
    assert.ok(statement, `unknown statement on screen: ${text}`);
    const answer = [statement.answer].flat()[0];
    await page.keyboard.press(String(categories.indexOf(answer) + 1));
    count += 1;
    if ((await page.getByTestId("finish").count()) > 0) {
      await page.getByTestId("finish").click();
      break;
    }
    await page.getByTestId("next").click();
  }
  await page.getByTestId("score").waitFor();
  return count;
}

describe("opening a quiz", () => {
  test("by the file picker, then a student completes it in its own mode", async () => {
    const { page, problems, context } = await openPage(app.browser);
    await openLoader(page);
    await page.getByTestId("file-input").setInputFiles(join(SAMPLES, "town-pool-test.json"));
    await page.getByText("Council Votes to Reopen Riverside Pool").first().waitFor();
    assert.equal(await title(page), "Council Votes to Reopen Riverside Pool");
    assert.equal(await page.getByTestId("mode-practice").count(), 0, "the quiz fixes test mode");
    const quiz = JSON.parse(sample("town-pool-test.json"));
    const answered = await completeCorrectly(page, quiz);
    assert.equal(answered, 5);
    assert.equal(await page.getByTestId("score").textContent(), "You got 5 of 5 right (100%).");
    assert.equal(await page.getByTestId("retry-all").count(), 0, "the quiz does not allow retries");
    await page.reload();
    await page.getByTestId("score").waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("by dropping a file anywhere on the page", async () => {
    const { page, problems, context } = await openPage(app.browser);
    await page.goto(app.url);
    await page.getByTestId("start").waitFor();
    const files = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], "garden.json", { type: "application/json" }));
      return data;
    }, sample("fact-or-opinion-school-garden.json"));
    await page.dispatchEvent("h1", "dragover", { dataTransfer: files });
    await page.dispatchEvent("h1", "drop", { dataTransfer: files });
    await page.getByText("Our School Garden Opens").first().waitFor();
    assert.equal(await title(page), "Our School Garden Opens");
    const categories = await page.getByTestId("categories").textContent();
    assert.ok(categories.includes("Fact") && categories.includes("Opinion") && !categories.includes("Claim"));
    const answered = await completeCorrectly(page, JSON.parse(sample("fact-or-opinion-school-garden.json")));
    assert.equal(await page.getByTestId("score").textContent(), `You got ${answered} of ${answered} right (100%).`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("by pasting the JSON, in another language", async () => {
    const { page, problems, context } = await openPage(app.browser, { viewport: VIEWPORTS.phone });
    await openLoader(page);
    await page.getByTestId("paste-input").fill(sample("elections-municipales-fr.json"));
    await page.getByTestId("paste-open").click();
    await page.getByText("Participation en hausse").first().waitFor();
    assert.match(await page.getByTestId("categories").textContent(), /Fait sourcé/);
    await page.getByTestId("start").click();
    await page.keyboard.press("1");
    await page.getByTestId("feedback").waitFor();
    assert.match(await page.getByTestId("explanation").textContent(), /Selon le ministère/);
    await shoot(page, "phone-8-french-quiz-feedback");
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("by a link, typed in or in the address, and it survives a reload", async () => {
    const { page, problems, context } = await openPage(app.browser);
    await openLoader(page);
    const link = `${app.url}samples/fact-or-opinion-school-garden.json`;
    await page.getByTestId("link-input").fill(link);
    await page.getByTestId("link-open").click();
    await page.getByText("Our School Garden Opens").first().waitFor();
    assert.equal(new URL(page.url()).searchParams.get("quiz"), link);
    await page.reload();
    await page.getByText("Our School Garden Opens").first().waitFor();

    const fresh = await context.newPage();
    await fresh.goto(`${app.url}?quiz=${encodeURIComponent(`${app.url}samples/town-pool-test.json`)}`);
    await fresh.getByText("Council Votes to Reopen Riverside Pool").first().waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("a link that fails says why, and the open quiz stays open", async () => {
    const { page, problems, context } = await openPage(app.browser);
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
      await page.getByTestId("link-input").fill(link);
      await page.getByTestId("link-open").click();
      await page.getByTestId("error-list").waitFor();
      assert.match(await page.getByTestId("error-list").textContent(), message, link);
      assert.match(await title(page), /^North Korea May Help/);
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
      await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: app.url });
      await openLoader(page);
      await page.getByTestId("file-input").setInputFiles(join(SAMPLES, "broken", "unknown-fields.json"));
      const list = page.getByTestId("error-list");
      await list.waitFor();
      assert.equal(await list.locator("li").count(), 4);
      const text = await list.textContent();
      assert.match(text, /did you mean `statements`\?/);
      assert.match(text, /did you mean `title`\?/);
      assert.match(await title(page), /^North Korea May Help/);
      await page.getByTestId("copy-errors").click();
      await page.getByText("Copied").waitFor();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      assert.match(copied, /^title: this field is missing\n/);
      await shoot(page, `${width}-9-error-list`);
      await page.getByTestId("dismiss-errors").click();
      assert.equal(await list.count(), 0);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

  test("a syntax error gives its line and column", async () => {
    const { page, problems, context } = await openPage(app.browser);
    await openLoader(page);
    await page.getByTestId("file-input").setInputFiles(join(SAMPLES, "broken", "not-json.json"));
    await page.getByTestId("error-list").waitFor();
    assert.match(await page.getByTestId("error-list").textContent(), /line 5, column 3: this is not valid JSON/);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe("sharing and the recent list", () => {
  test("a pasted quiz travels inside a link and is remembered on the device", async () => {
    const { page, problems, context } = await openPage(app.browser);
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: app.url });
    await openLoader(page);
    await page.getByTestId("paste-input").fill(sample("fact-or-opinion-school-garden.json"));
    await page.getByTestId("paste-open").click();
    await page.getByText("Our School Garden Opens").first().waitFor();
    await page.getByTestId("share").click();
    await page.getByText("Link copied").waitFor();
    const link = await page.getByTestId("share-link").inputValue();
    assert.match(link, /#quiz=[A-Za-z0-9_-]+$/);
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);

    const other = await (await app.browser.newContext()).newPage();
    await other.goto(link);
    await other.getByText("Our School Garden Opens").first().waitFor();
    await other.context().close();

    await page.getByTestId("open-bundled").click();
    await page.getByText("North Korea May Help").first().waitFor();
    await page.reload();
    await page.getByTestId("recent-school-garden-fact-or-opinion").waitFor();
    await page.getByTestId("recent-school-garden-fact-or-opinion").getByRole("button", { name: /^Open/ }).click();
    await page.getByText("Our School Garden Opens").first().waitFor();
    await page.getByTestId("recent-school-garden-fact-or-opinion").getByRole("button", { name: /^Remove/ }).click();
    assert.equal(await page.getByTestId("recent-school-garden-fact-or-opinion").count(), 0);
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
    await openLoader(page);
    await page.getByTestId("paste-input").fill(JSON.stringify(hostileQuiz()));
    await page.getByTestId("paste-open").click();
    await page.getByTestId("quiz-title").filter({ hasText: "Hostile" }).waitFor();
    const countInjected = () => page.evaluate(() => document.querySelectorAll("main img, main script, main svg, main iframe").length);
    assert.equal(await title(page), `Hostile ${PAYLOADS[0]}`);
    assert.ok((await page.getByTestId("categories").textContent()).includes(PAYLOADS[1]));
    await page.getByTestId("start").click();
    assert.ok((await page.getByTestId("passage").textContent()).includes(PAYLOADS[0]));
    await page.keyboard.press("2");
    await page.getByTestId("feedback").waitFor();
    assert.ok((await page.getByTestId("explanation").textContent()).includes(PAYLOADS[2]));
    assert.ok((await page.getByTestId("fact-check").textContent()).includes(PAYLOADS[3]));
    assert.equal(await countInjected(), 0);
    await page.getByTestId("next").click();
    await page.keyboard.press("1");
    await page.getByTestId("finish").click();
    await page.getByTestId("score").waitFor();
    assert.ok((await page.locator("main").textContent()).includes(PAYLOADS[1]));
    assert.equal(await countInjected(), 0);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    await shoot(page, "desktop-10-hostile-quiz-results");
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("the page's policy allows no inline or eval'd script", async () => {
    const { page, context } = await openPage(app.browser);
    await page.goto(app.url);
    const policy = await page.locator("meta[http-equiv=Content-Security-Policy]").getAttribute("content");
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
    const text = largeQuiz();
    assert.ok(text.length > 4_500_000, `${text.length} bytes`);
    await openLoader(page);
    const started = Date.now();
    await page.getByTestId("file-input").setInputFiles({ name: "large.json", mimeType: "application/json", buffer: Buffer.from(text) });
    await page.getByTestId("quiz-title").filter({ hasText: "A very large quiz" }).waitFor();
    const openedMs = Date.now() - started;
    assert.match(await page.getByTestId("duration").textContent(), /10000 statements in 2000 passages/);
    await page.getByTestId("start").click();
    await page.keyboard.press("1");
    await page.getByTestId("feedback").waitFor();
    assert.equal(await page.getByTestId("position").textContent(), "Statement 1 of 10000");
    await page.getByTestId("next").click();
    // Too large for localStorage, so it is kept in the browser's cache storage: a reload, even
    // offline, reopens it where the student was.
    await page.reload();
    await page.getByTestId("position").waitFor();
    assert.equal(await page.getByTestId("position").textContent(), "Statement 2 of 10000");
    await context.setOffline(true);
    await page.reload();
    await page.getByTestId("position").waitFor();
    assert.equal(await page.getByTestId("position").textContent(), "Statement 2 of 10000");
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
    await page.reload();
    await page.getByTestId("error-list").waitFor();
    assert.match(await page.getByTestId("error-list").textContent(), /open its file again to carry on/);
    await page.locator("[data-testid=loader] summary").click();
    await page.getByTestId("file-input").setInputFiles({ name: "large.json", mimeType: "application/json", buffer: Buffer.from(text) });
    await page.getByTestId("position").waitFor();
    assert.equal(await page.getByTestId("position").textContent(), "Statement 2 of 10000");
    console.log(`# large quiz: ${text.length} bytes opened in ${openedMs} ms (picker to start screen)`);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe("a quiz that grows", () => {
  test("a quiz that grows past 1 MB replaces its older, smaller copy on the device", async () => {
    const { page, problems, context } = await openPage(app.browser);
    const small = { ...bundledQuiz(), id: "grows", title: "The small version" };
    await openLoader(page);
    await page.getByTestId("paste-input").fill(JSON.stringify(small));
    await page.getByTestId("paste-open").click();
    await page.getByTestId("quiz-title").filter({ hasText: "The small version" }).waitFor();
    await page.locator("[data-testid=loader] summary").click();
    const large = largeQuiz("grows", "The large version");
    await page.getByTestId("file-input").setInputFiles({ name: "grows.json", mimeType: "application/json", buffer: Buffer.from(large) });
    await page.getByTestId("quiz-title").filter({ hasText: "The large version" }).waitFor();
    await page.reload();
    await page.getByTestId("quiz-title").filter({ hasText: "The large version" }).waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe("switching quizzes", () => {
  test("opening another quiz mid-way keeps the progress of the first", async () => {
    const { page, problems, context } = await openPage(app.browser);
    await page.goto(app.url);
    await page.getByTestId("start").click();
    for (const key of ["3", "2"]) {
      await page.keyboard.press(key);
      await page.getByTestId("feedback").waitFor();
      await page.keyboard.press("Enter");
    }
    const files = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], "garden.json", { type: "application/json" }));
      return data;
    }, sample("fact-or-opinion-school-garden.json"));
    await page.dispatchEvent("main", "drop", { dataTransfer: files });
    await page.getByTestId("quiz-title").filter({ hasText: "Our School Garden Opens" }).waitFor();
    await page.reload();
    await page.getByTestId("quiz-title").filter({ hasText: "Our School Garden Opens" }).waitFor();
    await page.getByTestId("open-bundled").click();
    await page.getByTestId("position").waitFor();
    assert.match(await page.getByTestId("position").textContent(), /^Statement 3 of /);
    assert.match(await page.getByTestId("notice").textContent(), /Welcome back/);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
