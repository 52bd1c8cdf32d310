// The class sees its results: three students complete the quiz in the browser and download their
// results files, 27 more are generated from the documented format; a teacher opens all of them
// (as files, then as one zip) and the report's figures equal those worked out here, independently
// of the app. Files for another quiz or a changed quiz are set aside; the discussion view is
// walked by keyboard; axe finds nothing on the new screens.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { zipSync } from "fflate";
import { generatedClass, resultsFile as fileFor } from "../scripts/lib/results-files.mjs";
import { SCREENSHOTS, VIEWPORTS, assertAccessible, bundledQuiz, launch, openPage, shoot, statementsInOrder } from "./helpers.mjs";
import { screens } from "./pages/index.mjs";

const QUIZ = bundledQuiz();
const STATEMENTS = statementsInOrder(QUIZ);
const N = STATEMENTS.length;
const CATEGORY_IDS = ["fact", "claim", "opinion"];
const PASS_MARK = QUIZ.settings.pass_mark;

let app;
let dir;
before(async () => {
  app = await launch();
  dir = mkdtempSync(join(tmpdir(), "class-"));
});
after(async () => {
  await app?.close();
});

/** A student takes the quiz in test mode in their own browser, answering `choose(statement)`,
 * types their name and downloads the results file; resolves to its name and text. */
async function studentHandsIn(name, choose) {
  const { page, problems, context } = await openPage(app.browser, { acceptDownloads: true });
  const { start, question, results } = screens(page);
  await start.goto(app.url);
  await start.chooseModeByKeyboard("test");
  await start.start();
  for (;;) {
    const text = await question.statement();
    const statement = STATEMENTS.find((s) => s.text === text);
    const answer = choose(statement);
    if (answer) await question.answerByKey(String(CATEGORY_IDS.indexOf(answer) + 1));
    if (await question.isLast()) break;
    await question.next();
  }
  await question.finish();
  // With statements left unanswered the app asks first.
  if (await question.find("confirm-finish").count()) await question.find("finish-anyway").click();
  await results.waitUntilShown();
  await results.setStudentName(name);
  const path = await results.downloadJson();
  const file = { name: results.lastFileName, text: readFileSync(path, "utf8") };
  assert.deepEqual(problems, []);
  await context.close();
  return file;
}

/** What the report must show, worked out from the files' answers alone. */
function expectedFigures(files) {
  const students = files.map((f) => JSON.parse(f.text));
  const correct = students.map((s) => STATEMENTS.filter((st) => st.answers.includes(s.statements.find((r) => r.id === st.id).your_answer)).length);
  const percents = correct.map((c) => Math.floor((c * 100) / N));
  const average = Math.round((percents.reduce((a, b) => a + b, 0) / percents.length) * 10) / 10;
  const sorted = [...percents].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2;
  const passed = percents.filter((p) => p >= PASS_MARK).length;
  const summary = `${students.length} students · average ${average}% · median ${median}% · from ${sorted[0]}% to ${sorted.at(-1)}% · ${passed} of ${students.length} reached the pass mark (${PASS_MARK}%)`;
  const answerOf = (s, id) => s.statements.find((r) => r.id === id).your_answer;
  const right = STATEMENTS.map((st) => students.filter((s) => st.answers.includes(answerOf(s, st.id))).length);
  const percentRight = right.map((r) => `${Math.floor((r * 100) / students.length)}%`);
  const hardest = STATEMENTS.map((st, i) => ({ id: st.id, right: right[i], i }))
    .sort((a, b) => a.right - b.right || a.i - b.i)
    .slice(0, 5)
    .map((h) => h.id);
  const confusion = CATEGORY_IDS.map(() => [0, 0, 0, 0]);
  for (const s of students) {
    for (const st of STATEMENTS) {
      const chosen = answerOf(s, st.id);
      confusion[CATEGORY_IDS.indexOf(st.answers[0])][chosen === null ? 3 : CATEGORY_IDS.indexOf(chosen)] += 1;
    }
  }
  return { summary, percentRight, hardest, confusion, percents };
}

describe("the class report", () => {
  test("30 students' files, as files and as one zip: the figures equal those worked out independently", async () => {
    // Three students in the browser: one gets everything right, one says "claim" throughout, one
    // leaves the second half unanswered.
    const inBrowser = [
      await studentHandsIn("Ana Pérez", (s) => s.answers[0]),
      await studentHandsIn("Ben O'Neil", () => "claim"),
      await studentHandsIn("Chloé Martin", (s) => (STATEMENTS.indexOf(s) < N / 2 ? "fact" : null)),
    ];
    assert.match(inBrowser[0].name, /^north-korea-russia-soldiers_Ana-Pérez_\d{4}-\d\d-\d\d\.json$/);
    // 27 more from the documented format, one with a name that is markup.
    const generated = generatedClass(QUIZ, 27, {
      first: 4,
      name: (i) => (i === 8 ? "<img src=x onerror=alert(1)>" : `Student ${String(i).padStart(2, "0")}`),
    });
    const class30 = [...inBrowser, ...generated];
    const expected = expectedFigures(class30);

    // Files that must be set aside, and an earlier hand-in of a student who handed in again.
    const other = { ...JSON.parse(generated[0].text), quiz_id: "another-quiz", quiz_title: "Another Quiz" };
    const tampered = JSON.parse(generated[1].text);
    tampered.quiz_version = "0000000000000000";
    tampered.student = "Tampered Tom";
    const earlier = JSON.parse(generated[2].text);
    assert.equal(earlier.student, "Student 06");
    earlier.finished = "2026-11-25T08:00:00Z";
    earlier.statements = earlier.statements.map((r) => ({ ...r, your_answer: "opinion" }));
    const extra = [
      { name: "other-quiz.json", text: JSON.stringify(other) },
      { name: "tampered.json", text: JSON.stringify(tampered) },
      { name: "earlier.json", text: JSON.stringify(earlier) },
    ];
    const paths = [...class30, ...extra].map((f) => {
      const path = join(dir, f.name);
      writeFileSync(path, f.text);
      return path;
    });

    const { page, problems, context } = await openPage(app.browser, { acceptDownloads: true });
    page.on("dialog", (dialog) => problems.push(`a dialog opened: ${dialog.message()}`));
    const { start, classReport } = screens(page);
    await start.goto(app.url);
    await classReport.openFromStart();
    assert.match(await classReport.quizLine(), /North Korea May Help Russia/);
    const started = Date.now();
    await classReport.addFiles(paths);
    await classReport.waitForStudents(30);
    console.log(`# 33 files added and reported in ${Date.now() - started} ms (picker to table)`);

    const check = async () => {
      assert.equal(await classReport.summary(), expected.summary);
      for (const [i, s] of STATEMENTS.entries()) {
        assert.equal((await classReport.statementRow(s.id))[2], expected.percentRight[i], s.id);
      }
      assert.deepEqual(await classReport.hardestIds(), expected.hardest);
      assert.deepEqual(await classReport.confusion(), expected.confusion);
    };
    await check();
    const setAside = await classReport.setAsideText();
    assert.equal(await classReport.setAsideCount(), 2);
    assert.match(setAside, /other-quiz\.json: for another quiz: “Another Quiz”/);
    assert.match(setAside, /tampered\.json: for a different version of this quiz/);
    assert.match(await classReport.replacedText(), /earlier\.json/);
    // The markup in a name is shown as text, and ran nothing.
    const rows = await classReport.studentRows();
    assert.ok(rows.some((r) => r[0] === "<img src=x onerror=alert(1)>"), "the name shows literally");
    // Sorted by score, best first.
    await classReport.sortStudentsBy("score", "descending");
    const byScore = (await classReport.studentRows()).map((r) => Number(r[1].match(/\((\d+)%\)/)[1]));
    assert.deepEqual(byScore, [...expected.percents].sort((a, b) => b - a));
    await shoot(page, "1280-class-report");
    await page.evaluate(() => scrollTo(0, 0));
    await page.screenshot({ path: join(SCREENSHOTS, "1280-class-report-top.png") });

    // The gradebook CSV: a row per student, a column per statement.
    const csv = readFileSync(await classReport.downloadCsv(), "utf8").trim().split("\r\n");
    assert.equal(classReport.lastFileName, "north-korea-russia-soldiers_class.csv");
    assert.equal(csv.length, 31);
    assert.equal(csv[0].split(",").length, 8 + N);

    // The summary for the class: no names in it.
    const summary = await classReport.downloadSummary();
    assert.equal(classReport.lastFileName, "north-korea-russia-soldiers_class-summary.json");
    for (const f of class30) assert.ok(!summary.includes(JSON.parse(f.text).student), "a name in the summary");

    // The same class as one zip, as a class platform hands back all submissions.
    const zip = zipSync(Object.fromEntries(class30.map((f, i) => [`submissions/${i}/${f.name}`, Buffer.from(f.text)])));
    const zipPath = join(dir, "all-submissions.zip");
    writeFileSync(zipPath, zip);
    await classReport.clearFiles();
    await classReport.addFiles([zipPath]);
    await classReport.waitForStudents(30);
    await check();

    // Hiding names for the projector.
    await classReport.hideNames();
    const hidden = (await classReport.studentRows()).map((r) => r[0]);
    assert.ok(hidden.every((name) => /^Student \d+$/.test(name)), hidden.join(", "));
    // Numbered by score, best first, not in the order of the class list.
    await classReport.sortStudentsBy("name");
    const numbered = (await classReport.studentRows()).map((r) => [Number(r[0].slice(8)), Number(r[1].match(/\((\d+)%\)/)[1])]);
    assert.deepEqual(numbered.map(([n]) => n), numbered.map((_, i) => i + 1));
    assert.deepEqual(numbered.map(([, p]) => p), [...expected.percents].sort((a, b) => b - a));
    // Files name students: the lists of them are not shown either.
    assert.equal(await classReport.find("set-aside").count(), 0);

    // The discussion view, by keyboard.
    await classReport.startDiscussion();
    assert.equal(await classReport.discussionPosition(), `Statement 1 of ${N}, hardest first`);
    const hardest = STATEMENTS.find((s) => s.id === expected.hardest[0]);
    assert.equal(await classReport.discussedStatement(), hardest.text);
    assert.match(await classReport.discussionBars(), /Sourced fact: \d+ \(\d+%\)/);
    assert.equal(await classReport.isAnswerShown(), false);
    await classReport.press("Space");
    assert.match(await classReport.discussionAnswer(), /^The answer: /);
    await classReport.press("ArrowRight");
    assert.equal(await classReport.discussionPosition(), `Statement 2 of ${N}, hardest first`);
    assert.equal(await classReport.isAnswerShown(), false);
    await classReport.press("PageDown");
    await classReport.press("PageUp");
    assert.equal(await classReport.discussionPosition(), `Statement 2 of ${N}, hardest first`);
    await page.emulateMedia({ colorScheme: "dark" });
    await classReport.press("Enter");
    await page.screenshot({ path: join(SCREENSHOTS, "1280-dark-class-discussion.png") });
    // A key pressed on a button does what the button says (it is not taken for the view's keys).
    await classReport.find("leave-discussion").focus();
    await classReport.press("Enter");
    assert.equal(await classReport.isDiscussing(), false);
    await page.waitForFunction(() => document.activeElement?.dataset?.testid === "discuss");
    await classReport.startDiscussion();
    await classReport.press("Escape");
    assert.equal(await classReport.isDiscussing(), false);
    await page.waitForFunction(() => document.activeElement?.dataset?.testid === "discuss");
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("a student opens the class summary beside their own results", async () => {
    // A class of 20 generated students, and this student, who answers "claim" throughout.
    const paths = generatedClass(QUIZ, 20, { seed: 11 }).map((f) => {
      const path = join(dir, `summary-class-${f.name}`);
      writeFileSync(path, f.text);
      return path;
    });
    const teacher = await openPage(app.browser, { acceptDownloads: true });
    const { start, classReport } = screens(teacher.page);
    await start.goto(app.url);
    await classReport.openFromStart();
    await classReport.addFiles(paths);
    await classReport.waitForStudents(20);
    const summary = await classReport.downloadSummary();
    await teacher.context.close();
    const scores = JSON.parse(summary).scores;

    const { page, problems, context } = await openPage(app.browser, { acceptDownloads: true });
    const { start: studentStart, question, results } = screens(page);
    await studentStart.goto(app.url);
    await studentStart.chooseModeByKeyboard("test");
    await studentStart.start();
    for (let i = 0; i < N; i++) {
      await question.answerByKey("2");
      if (i < N - 1) await question.next();
    }
    await question.finish();
    await results.waitUntilShown();
    // Chosen in the results screen's file box (dropping it on the page works the same way).
    const summaryPath = join(dir, "class-summary.json");
    writeFileSync(summaryPath, summary);
    await results.openClassSummary(summaryPath);
    const mine = STATEMENTS.filter((s) => s.answers.includes("claim")).length;
    const percent = Math.floor((mine * 100) / N);
    const below = scores.filter((s) => s < percent).length;
    const above = scores.filter((s) => s > percent).length;
    assert.equal(
      await results.comparisonStanding(),
      `You got ${mine} of ${N} (${percent}%). In the class of 20, ${below} scored less than you and ${above} more.`,
    );
    const fact = STATEMENTS.find((s) => s.answers[0] === "fact");
    const row = await results.comparedRow(fact.id);
    assert.equal(row[0], fact.text);
    assert.match(row[1], /^✗ Claim \(the answer: Sourced fact/);
    assert.match(row[2], /^Sourced fact \d+% · Claim \d+% · Opinion \d+%/);
    // The comparison is brought into view with the focus on it; the results stay on the screen.
    await page.waitForFunction(() => document.activeElement?.dataset?.testid === "comparison");
    assert.equal(await results.inView("comparison"), true);
    assert.match(await results.score(), /^You got /);
    await assertAccessible(page, "comparison with the class");
    await shoot(page, "1280-comparison-with-the-class");
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("axe finds nothing on the class report and the discussion view, phone and desktop, light and dark", async () => {
    const files = [
      { name: "a.json", answers: (s) => s.answers[0] },
      { name: "b.json", answers: () => "claim" },
    ].map(({ name, answers }, i) => {
      const path = join(dir, `axe-${name}`);
      const text = JSON.stringify(fileFor(QUIZ, `Student ${i + 1}`, Object.fromEntries(STATEMENTS.map((s) => [s.id, answers(s)])), "2026-11-26T09:00:00Z"));
      writeFileSync(path, text);
      return path;
    });
    writeFileSync(join(dir, "broken.json"), "{ not json");
    for (const scheme of ["light", "dark"]) {
      for (const [width, viewport] of Object.entries(VIEWPORTS)) {
        const { page, problems, context } = await openPage(app.browser, { viewport });
        await page.emulateMedia({ colorScheme: scheme });
        const { start, classReport } = screens(page);
        await start.goto(app.url);
        await classReport.openFromStart();
        await assertAccessible(page, `class report, empty, ${scheme}, ${width}`);
        await classReport.addFiles([...files, join(dir, "broken.json")]);
        await classReport.waitForStudents(2);
        await assertAccessible(page, `class report, ${scheme}, ${width}`);
        if (width === "phone") await shoot(page, `360-${scheme}-class-report`);
        await classReport.startDiscussion();
        await classReport.press("Space");
        await assertAccessible(page, `discussion view, ${scheme}, ${width}`);
        assert.deepEqual(problems, []);
        await context.close();
      }
    }
  });
});
