// A student takes the bundled quiz in the release build, by keyboard, in real Chromium.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { after, before, describe, test } from "node:test";
import { CATEGORIES, VIEWPORTS, bundledQuiz, launch, openPage, shoot, statementsInOrder } from "./helpers.mjs";
import { PrerenderedStartPage, screens } from "./pages/index.mjs";

const quiz = bundledQuiz();
const statements = statementsInOrder(quiz);
const N = statements.length;
const NAMES = { fact: "Sourced fact", claim: "Claim", opinion: "Opinion" };

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
  const { start, question } = screens(page);
  await start.goto(app.url);
  // A radio group is one Tab stop; the arrow keys choose within it.
  await start.chooseModeByKeyboard(mode);
  assert.equal(await start.isModeChosen(mode), true);
  await start.startByKeyboard();
  await question.waitUntilShown();
}

for (const [width, viewport] of Object.entries(VIEWPORTS)) {
  describe(`practice mode by keyboard (${width})`, () => {
    test("a student completes the whole quiz, sees feedback and a score that matches", async () => {
      const { page, problems, context } = await openPage(app.browser, { viewport });
      const { start, question, results } = screens(page);
      await start.goto(app.url);
      await shoot(page, `${width}-1-start`);
      await start.startByKeyboard();

      for (let i = 0; i < N; i++) {
        const s = statements[i];
        assert.equal(await question.position(), `Statement ${i + 1} of ${N}`);
        assert.equal(await question.statement(), s.text);
        assert.equal(await question.hasFeedback(), false, "no feedback before answering");
        if (i === 2) await shoot(page, `${width}-2-question`);
        const answer = plannedAnswer(i);
        await question.answerByKey(keyFor(answer));
        await question.waitForFeedback();
        const right = s.answers.includes(answer);
        assert.equal(await question.feedbackCorrect(), String(right), s.id);
        const verdict = await question.verdict();
        assert.match(verdict, right ? /^✓Right!/ : /^✗Not quite/);
        assert.equal(await question.explanation(), s.explanation);
        assert.equal(await question.answerPressed(answer), "true");
        if (s.cues?.length) {
          const cues = await question.cues();
          assert.deepEqual(cues.sort(), [...s.cues].sort(), `cue words of ${s.id}`);
        }
        const announced = await question.announcement();
        assert.ok(announced.startsWith(right ? "Right" : "Not quite"), announced);
        if (s.fact_check) {
          assert.match(await question.factCheck(), /Fact check/);
          await shoot(page, `${width}-3-feedback-fact-check`);
        }
        assert.equal(await question.focused(), i + 1 < N ? "next" : "finish");
        await question.press("Enter");
      }

      await results.waitUntilShown();
      const percent = Math.floor((plannedCorrect * 100) / N);
      assert.equal(await results.score(), `You got ${plannedCorrect} of ${N} right (${percent}%).`);
      for (const s of plannedWrong) {
        assert.equal(await results.missedEntryCount(s.id), 1, s.id);
      }
      assert.equal(await results.missedCount(), plannedWrong.length);
      const breakdown = await results.breakdown();
      for (const s of plannedWrong) {
        // The row of the statement's kind names what it was taken for, as the quiz names it.
        const row = await results.find(`breakdown-${s.answers[0]}`).textContent();
        const chosen = NAMES[plannedAnswer(statements.indexOf(s))];
        assert.ok(new RegExp(`marked as ${chosen}: \\d+`).test(row), `${chosen} in: ${row}`);
        assert.ok(breakdown.includes(row), breakdown);
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
    const { question } = screens(page);
    await startQuiz(page, "practice");
    await question.answerByKey("1");
    await question.press("Enter");
    assert.equal(await question.position(), `Statement 2 of ${N}`);
    assert.equal(await question.focused(), "answer-fact");
    await question.press("ArrowRight");
    assert.equal(await question.focused(), "answer-claim");
    await question.press("ArrowLeft");
    await question.press("ArrowLeft");
    assert.equal(await question.focused(), "answer-opinion");
    await question.press("Enter");
    await question.waitForFeedback();
    assert.equal(await question.answerPressed("opinion"), "true");
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe("what a newcomer meets on the question screen", () => {
  test("at 360 px the start button is in view at once, without covering what the keyboard reaches", async () => {
    const { page, problems, context } = await openPage(app.browser, { viewport: VIEWPORTS.phone });
    const { start, question } = screens(page);
    await start.goto(app.url);
    assert.equal(await start.kindsHeading(), "3 kinds of statement");
    assert.equal(await start.inView("start"), true);
    await shoot(page, "360-start-screen");
    // Tabbing to the mode choice shows it above the button, not under it.
    await start.chooseModeByKeyboard("test");
    const [radio, button] = await Promise.all(
      ["mode-test", "start"].map((id) => start.find(id).evaluate((e) => e.getBoundingClientRect().toJSON())),
    );
    assert.ok(radio.bottom <= button.top, `the focused choice (${radio.bottom}) is under the button (${button.top})`);
    await start.start();
    await question.waitUntilShown();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("after Start the keyboard is on the answers: the first arrow key moves between them", async () => {
    const { page, problems, context } = await openPage(app.browser);
    const { start, question } = screens(page);
    await start.goto(app.url);
    await start.start();
    await question.waitUntilShown();
    assert.equal(await question.focused(), "answer-fact");
    await question.press("ArrowRight");
    assert.equal(await question.focused(), "answer-claim");
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("a statement with two accepted answers: the screen reader hears what the page says", async () => {
    const { page, problems, context } = await openPage(app.browser);
    const { start, question } = screens(page);
    const twoAnswers = {
      format_version: 1,
      id: "two-answers",
      title: "Two answers",
      passages: [{ text: "The plan is a reckless gamble.", statements: [{ id: "gamble", text: "The plan is a reckless gamble.", answer: ["opinion", "claim"], explanation: "Reckless judges." }] }],
    };
    await start.goto(app.url);
    await start.openLoader();
    await start.pasteQuiz(JSON.stringify(twoAnswers));
    await start.waitForTitle("Two answers");
    await start.start();
    await question.answerByKey("1");
    await question.waitForFeedback();
    const verdict = (await question.verdict()).replace(/^[✓✗]\s*/, "").trim();
    assert.equal(verdict, "Not quite. You said Sourced fact; the answer is Opinion or Claim.");
    assert.ok((await question.announcement()).startsWith(verdict), await question.announcement());
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("at 360 px the verdict of every answer and Next are in view without scrolling", async () => {
    const { page, problems, context } = await openPage(app.browser, { viewport: VIEWPORTS.phone });
    const { question } = screens(page);
    await startQuiz(page, "practice");
    for (let i = 0; i < 8; i++) {
      await question.answerByKey(keyFor(plannedAnswer(i)));
      await question.waitForFeedback();
      await page.waitForTimeout(100);
      assert.equal(await question.inView("verdict"), true, `statement ${i + 1}`);
      assert.equal(await question.inView("next"), true, `Next, statement ${i + 1}`);
      await question.press("Enter");
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("answering the last statement and going straight to the results in the same moment is fine", async () => {
    const { page, problems, context } = await openPage(app.browser, { viewport: VIEWPORTS.phone });
    const { question, results } = screens(page);
    await startQuiz(page, "practice");
    for (let i = 0; i < N - 1; i++) {
      await question.answerByKey(keyFor(plannedAnswer(i)));
      await question.press("Enter");
    }
    // The answer and the press on "See my results" in one task, before the next frame.
    await page.evaluate(() => {
      dispatchEvent(new KeyboardEvent("keydown", { key: "1" }));
      document.querySelector("[data-testid=finish]").click();
    });
    await results.waitUntilShown();
    await page.waitForTimeout(200);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("at 360 px long category names wrap inside the answer buttons, marks and all", async () => {
    const { page, problems, context } = await openPage(app.browser, { viewport: VIEWPORTS.phone });
    const { start, question } = screens(page);
    const longNames = {
      format_version: 1,
      id: "long-names",
      title: "Long names",
      categories: [
        { id: "beleg", name: "Tatsachenbehauptungsüberprüfungsergebnis", definition: "d", example: "e" },
        { id: "guess", name: "Speculation about what somebody might possibly have meant", definition: "d", example: "e" },
      ],
      passages: [{ text: "It may rain tomorrow.", statements: [{ id: "rain", text: "It may rain tomorrow.", answer: "guess", explanation: "May." }] }],
    };
    await start.goto(app.url);
    await start.openLoader();
    await start.pasteQuiz(JSON.stringify(longNames));
    await start.waitForTitle("Long names");
    await start.start();
    await question.answerByKey("1");
    await question.waitForFeedback();
    const overflow = await question.horizontalOverflow();
    assert.ok(overflow <= 0, `page is ${overflow}px too wide`);
    const outside = await page.evaluate(() =>
      [...document.querySelectorAll("[data-testid=answers] button, [data-testid=answers] button *")]
        .map((element) => element.getBoundingClientRect())
        .filter((box) => box.width > 0 && (box.left < 0 || box.right > innerWidth)).length,
    );
    assert.equal(outside, 0, "parts of the answer buttons are outside the screen");
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe("starting over", () => {
  test("asks first, keeps the answers unless told, and says it has cleared them where it can be seen", async () => {
    const { page, problems, context } = await openPage(app.browser, { viewport: VIEWPORTS.phone });
    const { start, question } = screens(page);
    await startQuiz(page, "practice");
    for (let i = 0; i < 2; i++) {
      await question.answerByKey(keyFor(plannedAnswer(i)));
      await question.waitForFeedback();
      await question.press("Enter");
    }
    await question.find("start-over").click();
    assert.match(await question.find("confirm-start-over").textContent(), /Your 2 answers will be cleared/);
    await page.waitForFunction(() => document.activeElement?.dataset?.testid === "keep-answers");
    // The question is in view with its buttons, not scrolled off above them.
    const top = await question.find("confirm-start-over").evaluate((box) => box.getBoundingClientRect().top);
    assert.ok(top > -1, `the question starts ${top}px above the screen`); // -1: sub-pixel rounding
    await question.press("Enter");
    assert.equal(await question.find("confirm-start-over").count(), 0);
    assert.match(await question.progress(), /2 of 17 answered/);
    await question.startOver();
    await start.waitUntilShown();
    await page.waitForFunction(() => document.activeElement?.dataset?.testid === "notice");
    assert.match(await start.notice(), /Started over/);
    assert.equal(await start.inView("notice"), true);
    await start.start();
    assert.equal(await question.position(), "Statement 1 of 17");
    assert.match(await question.progress(), /0 of 17 answered/);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe("saved progress", () => {
  test("a student reloads half way and resumes where they were", async () => {
    const { page, problems, context } = await openPage(app.browser);
    const { start, question, results } = screens(page);
    await startQuiz(page, "practice");
    for (let i = 0; i < 5; i++) {
      await question.answerByKey(keyFor(plannedAnswer(i)));
      await question.waitForFeedback();
      await question.press("Enter");
    }
    assert.equal(await question.position(), `Statement 6 of ${N}`);
    await question.reload();
    await question.waitUntilShown();
    assert.equal(await question.position(), `Statement 6 of ${N}`);
    assert.match(await question.notice(), /Welcome back/);
    assert.match(await question.progress(), new RegExp(`5 of ${N} answered`));
    await question.previous();
    assert.equal(await question.answerPressed(plannedAnswer(4)), "true");
    await question.waitForFeedback();
    await question.next();
    for (let i = 5; i < N; i++) {
      await question.answerByKey(keyFor(plannedAnswer(i)));
      await question.waitForFeedback();
      // "Welcome back" has been read once the student carries on.
      if (i === 5) assert.equal(await question.noticeCount(), 0);
      await question.press("Enter");
    }
    await results.waitUntilShown();
    assert.match(await results.score(), new RegExp(`^You got ${plannedCorrect} of ${N}`));
    await results.reload();
    await results.waitUntilShown();
    await results.startOver();
    await start.waitUntilShown();
    await start.reload();
    await start.waitUntilShown();
    assert.equal(await start.noticeCount(), 0);
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
    const { start } = screens(page);
    await start.goto(app.url);
    assert.match(await start.notice(), /could not be read/);
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
    const { question, results } = screens(page);
    await startQuiz(page, "test");
    for (let i = 0; i < N; i++) {
      await question.answerByKey(keyFor(plannedAnswer(i)));
      assert.equal(await question.answerPressed(plannedAnswer(i)), "true");
      assert.equal(await question.hasFeedback(), false);
      assert.equal(await question.cueCount(), 0);
      if (i === 3) await shoot(page, "phone-6-test-mode-question");
      await question.press("Enter");
    }
    await results.waitUntilShown();
    assert.match(await results.score(), new RegExp(`^You got ${plannedCorrect} of ${N}`));
    for (const s of plannedWrong) {
      assert.match(await results.missedEntry(s.id), new RegExp(escape(s.explanation.slice(0, 40))));
    }

    // The hand-in: the name is asked here, goes into the files and their names, and is remembered.
    await results.setStudentName("Ada Lovelace");
    const csv = await readFile(await results.downloadCsv(), "utf8");
    const today = new Date().toISOString().slice(0, 10);
    assert.equal(results.lastFileName, `north-korea-russia-soldiers_Ada-Lovelace_${today}.csv`);
    const rows = csv.trim().split("\r\n");
    assert.equal(rows[0], "student,quiz_id,quiz_version,attempt,finished,number,id,statement,your_answer,accepted_answers,correct");
    assert.match(rows[1], /^Ada Lovelace,north-korea-russia-soldiers,[0-9a-f]{16},1,\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ,1,/);
    assert.equal(rows.length, N + 2);
    assert.equal(rows.at(-1), `,,,,,total,,,,,${plannedCorrect} of ${N}`);
    const report = JSON.parse(await readFile(await results.downloadJson(), "utf8"));
    assert.equal(results.lastFileName, `north-korea-russia-soldiers_Ada-Lovelace_${today}.json`);
    assert.equal(report.results_format, 1);
    assert.equal(report.student, "Ada Lovelace");
    assert.match(report.quiz_version, /^[0-9a-f]{16}$/);
    assert.ok(Date.parse(report.started) <= Date.parse(report.finished), `${report.started} → ${report.finished}`);
    assert.equal(typeof report.seconds, "number");
    assert.equal(report.score.correct, plannedCorrect);
    assert.equal(report.statements.length, N);

    await results.retryMistakes();
    await question.waitUntilShown();
    assert.equal(await question.position(), `Statement 1 of ${plannedWrong.length}`);
    assert.equal(await question.statement(), plannedWrong[0].text);

    // The retry is practice: answered right this time, it does not replace the score.
    for (const s of plannedWrong) {
      await question.answerByKey(keyFor(s.answers[0]));
      await question.press("Enter");
    }
    await results.waitUntilShown();
    const firstPercent = Math.floor((plannedCorrect * 100) / N);
    assert.equal(await results.find("results-title").textContent(), "Practice round 2: your mistakes again");
    assert.equal(
      await results.score(),
      `Practice round 2: ${plannedWrong.length} of ${plannedWrong.length} right this time. Your score stays ${plannedCorrect} of ${N} (${firstPercent}%), from your first attempt.`,
    );
    // The name is remembered.
    assert.equal(await results.studentName(), "Ada Lovelace");
    const practice = JSON.parse(await readFile(await results.downloadJson(), "utf8"));
    assert.equal(practice.attempt, 2);
    assert.equal(practice.retried, "mistakes");
    assert.equal(practice.score.correct, plannedCorrect);
    assert.equal(practice.score.total, N);
    assert.deepEqual(practice.this_round, { correct: plannedWrong.length, total: plannedWrong.length, percent: 100 });
    const practiceCsv = (await readFile(await results.downloadCsv(), "utf8")).trim().split("\r\n");
    assert.equal(practiceCsv.at(-1), `,,,,,score (first attempt),,,,,${plannedCorrect} of ${N}`);
    assert.match(practiceCsv.at(-2), /^,,,,,this practice round,,,,,.*attempt 2, the mistakes again/);
    // A reload keeps it a practice round.
    await results.reload();
    await results.waitUntilShown();
    assert.match(await results.score(), /^Practice round 2/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("finishing early lists what is unanswered", async () => {
    const { page, problems, context } = await openPage(app.browser);
    const { question } = screens(page);
    await startQuiz(page, "test");
    await question.answerByKey("2");
    for (let i = 1; i < N; i++) await question.next();
    await question.finish();
    assert.match(await question.finishConfirmation(), new RegExp(`not answered ${N - 1} statements`));
    await question.goToFirstUnanswered();
    assert.equal(await question.position(), `Statement 2 of ${N}`);
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
    const boot = new PrerenderedStartPage(page);
    const { start } = screens(page);
    await boot.navigate(app.url);
    await boot.waitForTitle(quiz.title);
    assert.equal(await boot.startButtonText(), "Getting the quiz ready…");
    assert.equal(await boot.inert(), "");
    assert.equal(await boot.isModeChosen("practice"), true);
    const overflow = await boot.horizontalOverflow();
    assert.ok(overflow <= 0, `page is ${overflow}px too wide`);
    await shoot(page, "phone-0-before-the-app");
    release();
    await start.waitUntilShown();
    assert.equal(await boot.count(), 0);
    assert.equal(await start.mainHeadingCount(), 1);
    assert.equal(await start.startButtonText(), "Start the quiz");
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe("looks", () => {
  test("dark theme follows the system setting", async () => {
    const { page, problems, context } = await openPage(app.browser, { viewport: VIEWPORTS.phone });
    const { question } = screens(page);
    await page.emulateMedia({ colorScheme: "dark" });
    await startQuiz(page, "practice");
    await question.answerByKey("3");
    await question.waitForFeedback();
    const background = await question.backgroundColor();
    assert.equal(background, "rgb(21, 23, 26)");
    await shoot(page, "phone-7-dark-feedback");
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("no horizontal scrolling on a 360 px phone", async () => {
    const { page, problems, context } = await openPage(app.browser, { viewport: VIEWPORTS.phone });
    await startQuiz(page, "practice");
    const overflow = await screens(page).question.horizontalOverflow();
    assert.ok(overflow <= 0, `page is ${overflow}px too wide`);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
