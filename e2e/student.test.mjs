// A student takes the bundled quiz in the release build, by keyboard, in real Chromium.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { after, before, describe, test } from "node:test";
import {
  CATEGORIES,
  VIEWPORTS,
  bundledQuiz,
  focusedTestId,
  launch,
  openPage,
  shoot,
  statementsInOrder,
  tabTo,
} from "./helpers.mjs";

const quiz = bundledQuiz();
const statements = statementsInOrder(quiz);
const N = statements.length;
const NAMES = { fact: "sourced fact", claim: "claim", opinion: "opinion" };

/** The answer the scripted student gives: every fourth one (from the second) is wrong on purpose. */
function plannedAnswer(i) {
  const s = statements[i];
  if (i % 4 === 1) return CATEGORIES.find((c) => !s.answers.includes(c));
  return s.answers[0];
}
const plannedCorrect = statements.filter((s, i) => s.answers.includes(plannedAnswer(i))).length;
const plannedWrong = statements.filter((s, i) => !s.answers.includes(plannedAnswer(i)));

function keyFor(category) {
  return String(CATEGORIES.indexOf(category) + 1);
}

let app;
before(async () => {
  app = await launch();
});
after(async () => {
  await app?.close();
});

async function startQuiz(page, mode) {
  await page.goto(app.url);
  await page.getByTestId("start").waitFor();
  // A radio group is one Tab stop; the arrow keys choose within it.
  await tabTo(page, "mode-practice");
  if (mode === "test") await page.keyboard.press("ArrowDown");
  assert.equal(await page.getByTestId(`mode-${mode}`).isChecked(), true);
  await tabTo(page, "start");
  await page.keyboard.press("Enter");
  await page.getByTestId("position").waitFor();
}

async function position(page) {
  return page.getByTestId("position").textContent();
}

for (const [width, viewport] of Object.entries(VIEWPORTS)) {
  describe(`practice mode by keyboard (${width})`, () => {
    test("a student completes the whole quiz, sees feedback and a score that matches", async () => {
      const { page, problems, context } = await openPage(app.browser, { viewport });
      await page.goto(app.url);
      await page.getByTestId("start").waitFor();
      await shoot(page, `${width}-1-start`);
      await tabTo(page, "start");
      await page.keyboard.press("Enter");

      for (let i = 0; i < N; i++) {
        const s = statements[i];
        assert.equal(await position(page), `Statement ${i + 1} of ${N}`);
        assert.equal(await page.getByTestId("current-statement").textContent(), s.text);
        assert.equal(await page.getByTestId("feedback").count(), 0, "no feedback before answering");
        if (i === 2) await shoot(page, `${width}-2-question`);
        const answer = plannedAnswer(i);
        await page.keyboard.press(keyFor(answer));
        const feedback = page.getByTestId("feedback");
        await feedback.waitFor();
        const right = s.answers.includes(answer);
        assert.equal(await feedback.getAttribute("data-correct"), String(right), s.id);
        const verdict = await page.getByTestId("verdict").textContent();
        assert.match(verdict, right ? /^✓Right!/ : /^✗Not quite/);
        assert.equal(await page.getByTestId("explanation").textContent(), s.explanation);
        assert.equal(await page.getByTestId(`answer-${answer}`).getAttribute("aria-pressed"), "true");
        if (s.cues?.length) {
          const cues = await page.getByTestId("cue").allTextContents();
          assert.deepEqual(cues.sort(), [...s.cues].sort(), `cue words of ${s.id}`);
        }
        const announced = await page.getByTestId("announcer").textContent();
        assert.ok(announced.startsWith(right ? "Right" : "Not quite"), announced);
        if (s.fact_check) {
          assert.match(await page.getByTestId("fact-check").textContent(), /Fact check/);
          await shoot(page, `${width}-3-feedback-fact-check`);
        }
        assert.equal(await focusedTestId(page), i + 1 < N ? "next" : "finish");
        await page.keyboard.press("Enter");
      }

      await page.getByTestId("score").waitFor();
      const percent = Math.floor((plannedCorrect * 100) / N);
      assert.equal(
        await page.getByTestId("score").textContent(),
        `You got ${plannedCorrect} of ${N} right (${percent}%).`,
      );
      for (const s of plannedWrong) {
        assert.equal(await page.getByTestId(`missed-${s.id}`).count(), 1, s.id);
      }
      assert.equal(await page.locator("[data-testid^=missed-]").count(), plannedWrong.length);
      const breakdown = await page.getByTestId("breakdown").textContent();
      for (const s of plannedWrong) {
        const expected = NAMES[s.answers[0]];
        const chosen = NAMES[plannedAnswer(statements.indexOf(s))];
        assert.ok(breakdown.includes(`you marked as`), breakdown);
        assert.ok(
          new RegExp(`\\d+ ${expected}s? you marked as (an? )?${chosen}`).test(breakdown),
          `${expected} → ${chosen} in: ${breakdown}`,
        );
      }
      await shoot(page, `${width}-4-results`);
      assert.deepEqual(problems, []);
      await context.close();
    });
  });
}

describe("the answer buttons", () => {
  test("arrow keys move between the answers and focus comes back after Next", async () => {
    const { page, problems, context } = await openPage(app.browser);
    await startQuiz(page, "practice");
    await page.keyboard.press("1");
    await page.keyboard.press("Enter");
    assert.equal(await position(page), `Statement 2 of ${N}`);
    assert.equal(await focusedTestId(page), "answer-fact");
    await page.keyboard.press("ArrowRight");
    assert.equal(await focusedTestId(page), "answer-claim");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    assert.equal(await focusedTestId(page), "answer-opinion");
    await page.keyboard.press("Enter");
    await page.getByTestId("feedback").waitFor();
    assert.equal(await page.getByTestId("answer-opinion").getAttribute("aria-pressed"), "true");
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe("saved progress", () => {
  test("a student reloads half way and resumes where they were", async () => {
    const { page, problems, context } = await openPage(app.browser);
    await startQuiz(page, "practice");
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press(keyFor(plannedAnswer(i)));
      await page.getByTestId("feedback").waitFor();
      await page.keyboard.press("Enter");
    }
    assert.equal(await position(page), `Statement 6 of ${N}`);
    await page.reload();
    await page.getByTestId("position").waitFor();
    assert.equal(await position(page), `Statement 6 of ${N}`);
    assert.match(await page.getByTestId("notice").textContent(), /Welcome back/);
    assert.match(await page.getByTestId("progress").textContent(), new RegExp(`5 of ${N} answered`));
    await page.getByTestId("previous").click();
    assert.equal(await page.getByTestId(`answer-${plannedAnswer(4)}`).getAttribute("aria-pressed"), "true");
    await page.getByTestId("feedback").waitFor();
    await page.getByTestId("next").click();
    for (let i = 5; i < N; i++) {
      await page.keyboard.press(keyFor(plannedAnswer(i)));
      await page.getByTestId("feedback").waitFor();
      await page.keyboard.press("Enter");
    }
    await page.getByTestId("score").waitFor();
    assert.match(await page.getByTestId("score").textContent(), new RegExp(`^You got ${plannedCorrect} of ${N}`));
    await page.reload();
    await page.getByTestId("score").waitFor();
    await page.getByTestId("start-over").click();
    await page.getByTestId("start").waitFor();
    await page.reload();
    await page.getByTestId("start").waitFor();
    assert.equal(await page.getByTestId("notice").count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("corrupt saved data is discarded with a notice, never a crash", async () => {
    const { page, problems, context } = await openPage(app.browser);
    await page.addInitScript(() => {
      if (!sessionStorage.getItem("seeded")) {
        sessionStorage.setItem("seeded", "1");
        localStorage.setItem("fact-claim-opinion/progress/north-korea-russia-soldiers", '{"version":1,"asked":[');
      }
    });
    await page.goto(app.url);
    await page.getByTestId("start").waitFor();
    assert.match(await page.getByTestId("notice").textContent(), /could not be read/);
    await shoot(page, "desktop-5-corrupt-progress-notice");
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe("test mode", () => {
  test("no feedback until the end, then the score and every mistake explained", async () => {
    const { page, problems, context } = await openPage(app.browser, {
      viewport: VIEWPORTS.phone,
      acceptDownloads: true,
    });
    await startQuiz(page, "test");
    for (let i = 0; i < N; i++) {
      await page.keyboard.press(keyFor(plannedAnswer(i)));
      assert.equal(await page.getByTestId(`answer-${plannedAnswer(i)}`).getAttribute("aria-pressed"), "true");
      assert.equal(await page.getByTestId("feedback").count(), 0);
      assert.equal(await page.getByTestId("cue").count(), 0);
      if (i === 3) await shoot(page, "phone-6-test-mode-question");
      await page.keyboard.press("Enter");
    }
    await page.getByTestId("score").waitFor();
    assert.match(await page.getByTestId("score").textContent(), new RegExp(`^You got ${plannedCorrect} of ${N}`));
    for (const s of plannedWrong) {
      assert.match(await page.getByTestId(`missed-${s.id}`).textContent(), new RegExp(escape(s.explanation.slice(0, 40))));
    }

    const csvDownload = page.waitForEvent("download");
    await page.getByTestId("download-csv").click();
    const csv = await readFile(await (await csvDownload).path(), "utf8");
    const rows = csv.trim().split("\r\n");
    assert.equal(rows[0], "number,id,statement,your_answer,accepted_answers,correct");
    assert.equal(rows.length, N + 2);
    assert.equal(rows.at(-1), `total,,,,,${plannedCorrect} of ${N}`);
    const jsonDownload = page.waitForEvent("download");
    await page.getByTestId("download-json").click();
    const report = JSON.parse(await readFile(await (await jsonDownload).path(), "utf8"));
    assert.equal(report.correct, plannedCorrect);
    assert.equal(report.statements.length, N);

    await page.getByTestId("retry-mistakes").click();
    await page.getByTestId("position").waitFor();
    assert.equal(await position(page), `Statement 1 of ${plannedWrong.length}`);
    assert.equal(await page.getByTestId("current-statement").textContent(), plannedWrong[0].text);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("finishing early lists what is unanswered", async () => {
    const { page, problems, context } = await openPage(app.browser);
    await startQuiz(page, "test");
    await page.keyboard.press("2");
    for (let i = 1; i < N; i++) await page.getByTestId("next").click();
    await page.getByTestId("finish").click();
    assert.match(await page.getByTestId("confirm-finish").textContent(), new RegExp(`not answered ${N - 1} statements`));
    await page.getByTestId("first-unanswered").click();
    assert.equal(await position(page), `Statement 2 of ${N}`);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe("before the app has arrived", () => {
  test("the start screen is already readable, says it is getting ready, then the app takes over", async () => {
    const { page, problems, context } = await openPage(app.browser, { viewport: VIEWPORTS.phone });
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await context.route(/_bg\.wasm$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(app.url);
    const boot = page.locator("#boot");
    await boot.getByRole("heading", { level: 1, name: quiz.title, includeHidden: true }).waitFor();
    assert.equal(await boot.locator("button.primary").textContent(), "Getting the quiz ready…");
    assert.equal(await boot.getAttribute("inert"), "");
    assert.equal(await boot.locator("input[value=practice]").isChecked(), true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px too wide`);
    await shoot(page, "phone-0-before-the-app");
    release();
    await page.getByTestId("start").waitFor();
    assert.equal(await boot.count(), 0);
    assert.equal(await page.getByRole("heading", { level: 1 }).count(), 1);
    assert.equal(await page.getByTestId("start").textContent(), "Start the quiz");
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe("looks", () => {
  test("dark theme follows the system setting", async () => {
    const { page, problems, context } = await openPage(app.browser, { viewport: VIEWPORTS.phone });
    await page.emulateMedia({ colorScheme: "dark" });
    await startQuiz(page, "practice");
    await page.keyboard.press("3");
    await page.getByTestId("feedback").waitFor();
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(background, "rgb(21, 23, 26)");
    await shoot(page, "phone-7-dark-feedback");
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("no horizontal scrolling on a 360 px phone", async () => {
    const { page, problems, context } = await openPage(app.browser, { viewport: VIEWPORTS.phone });
    await startQuiz(page, "practice");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px too wide`);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
