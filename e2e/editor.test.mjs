// A teacher writes a quiz in the browser, previews it, exports it; a student completes it.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { after, before, describe, test } from "node:test";
import { SCREENSHOTS, VIEWPORTS, bundledQuiz, launch, openPage, shoot, statementsInOrder } from "./helpers.mjs";
import { screens } from "./pages/index.mjs";

const ARTICLE = [
  "The library will open until 9 p.m. from March, the council said. Readers will love the longer hours.",
  "",
  "The change cost £20,000. Surely it is the best decision the town has made this year.",
].join("\n");

/** Statement ids the editor gives, the answers the teacher marks, and an explanation each. */
const PLAN = [
  { id: "p1-s1", answers: ["fact"], explanation: "“The council said” names the source." },
  { id: "p1-s2", answers: ["opinion"], explanation: "“Will love” guesses at feelings." },
  { id: "p2-s1", answers: ["claim"], explanation: "A figure with no source." },
  { id: "p2-s2", answers: ["opinion", "claim"], explanation: "“Surely” and “best” judge; debatable." },
];

let app;
before(async () => {
  app = await launch();
});
after(async () => {
  await app?.close();
});

describe("the quiz editor", () => {
  test("a teacher writes, previews and exports a quiz; a student completes it", async () => {
    const started = Date.now();
    const { page, problems, context } = await openPage(app.browser, { acceptDownloads: true });
    const { start, question, editor } = screens(page);
    await start.navigate(app.url);
    await start.createQuiz();
    await editor.writeArticle(ARTICLE);
    await editor.startEditing();
    await editor.markEverySentence();
    assert.equal(await editor.statementCount(), 4);
    // 4 answers, 4 explanations, and the title: the article starts with a sentence, not a
    // headline, so no title is guessed from it.
    assert.equal(await editor.title(), "");
    assert.match(await editor.exportStatus(), /Fix 9 problems/);
    // Named as the cards are, counting from 1 (not the file's passages[0].statements[0]).
    assert.match(await editor.statementProblems("p1-s1"), /^passage 1, statement 1, answer: no answer is given/);
    assert.equal(await editor.isExportDisabled(), true);

    await editor.setTitle("Library Opens Later");
    await editor.setId("library-hours");
    for (const [i, step] of PLAN.entries()) {
      for (const answer of step.answers) await editor.checkAnswer(step.id, answer);
      await editor.writeExplanation(step.id, step.explanation);
      if (i === 1) {
        // Reload in the middle of editing: nothing is lost.
        await editor.reload();
        await editor.waitForStatement(step.id);
        assert.equal(await editor.explanation(step.id), step.explanation);
        assert.equal(await editor.isAnswerChecked(PLAN[0].id, "fact"), true);
        assert.equal(await editor.title(), "Library Opens Later");
        // The undo history is this visit's, and the page says so.
        assert.match(await editor.find("undo-hint").textContent(), /since this page was opened/);
      }
    }
    // At 1280 px the title bar lines up with the editor below it.
    const widths = await page.evaluate(() => [
      document.querySelector("header").getBoundingClientRect().width,
      document.querySelector("main").getBoundingClientRect().width,
    ]);
    assert.ok(Math.abs(widths[0] - widths[1]) < 2, `header ${widths[0]} px, editor ${widths[1]} px`);
    // A debatable statement shows which ticked answer is the main one: the first ticked.
    assert.equal(await editor.find("main-p2-s2-opinion").count(), 1);
    assert.equal(await editor.find("main-p2-s2-claim").count(), 0);
    assert.equal(await editor.find("main-p1-s1-fact").count(), 0);
    assert.equal(await editor.exportStatus(), "The quiz is ready.");

    // Undo and redo a structural edit.
    await editor.remove("p2-s2");
    assert.equal(await editor.statementCount(), 3);
    await editor.undo();
    assert.equal(await editor.statementCount(), 4);
    assert.equal(await editor.explanation("p2-s2"), PLAN[3].explanation);
    await shoot(page, "desktop-11-editor");

    // Preview as a student without leaving the editor.
    await editor.openPreview();
    await start.start();
    await question.answerByKey("1");
    await question.waitForFeedback();
    assert.match(await question.verdict(), /Right!/);
    await shoot(page, "desktop-12-editor-preview");
    await editor.closePreview();
    await editor.waitForExport();

    const file = await editor.exportJson();
    const exported = JSON.parse(await readFile(file, "utf8"));
    assert.equal(exported.title, "Library Opens Later");
    assert.deepEqual(
      exported.passages.flatMap((p) => p.statements.map((s) => [s.id, [s.answer].flat()])),
      PLAN.map((s) => [s.id, s.answers]),
    );
    const authoringSeconds = (Date.now() - started) / 1000;

    // A student opens the exported file and completes it: three right, one wrong on purpose.
    const student = await openPage(app.browser);
    const on = screens(student.page);
    await on.start.navigate(app.url);
    await on.start.openLoader();
    await on.start.openFile(file);
    await on.start.waitForTitle("Library Opens Later");
    await on.start.start();
    for (const key of ["1", "3", "3", "2"]) {
      await on.question.answerByKey(key);
      await on.question.waitForFeedback();
      await on.question.press("Enter");
    }
    await on.results.waitUntilShown();
    assert.equal(await on.results.score(), "You got 3 of 4 right (75%).");
    assert.deepEqual(student.problems, []);
    await student.context.close();
    console.log(`# scripted authoring of a 4-statement quiz: ${authoringSeconds.toFixed(1)} s`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("marking, splitting and merging by selecting text", async () => {
    const { page, problems, context } = await openPage(app.browser);
    const { editor } = screens(page);
    await editor.goto(app.url);
    await editor.writeArticle("One two three. Four five six.");
    await editor.startEditing();
    // Select "two three." with the keyboard-free selection API the textarea offers.
    await editor.select(0, 4, 14);
    await editor.markSelection(0);
    assert.equal(await editor.statementCount(), 1);
    await editor.select(0, 2, 9);
    await editor.markSelection(0);
    assert.match(await editor.message(), /overlaps statement/);
    await editor.markSentences(0);
    assert.deepEqual(await editor.statementTexts(), ["two three.", "Four five six."]);
    // Split "two three." at the cursor before "three", then merge it back.
    // The statement just marked is the chosen one.
    assert.equal(await editor.chosenCount("p1-s1"), 1);
    await editor.select(0, 8, 8);
    await editor.splitAtCursor(0);
    assert.deepEqual(await editor.statementTexts(), ["two", "three.", "Four five six."]);
    await editor.mergeWithNext("p1-s1");
    assert.deepEqual(await editor.statementTexts(), ["two three.", "Four five six."]);
    // Adjust the boundaries of the chosen statement: it becomes "One two three."
    assert.equal(await editor.chosenCount("p1-s1"), 1);
    await editor.select(0, 0, 14);
    await editor.setChosenToSelection(0);
    assert.deepEqual(await editor.statementTexts(), ["One two three.", "Four five six."]);
    await editor.undo();
    assert.deepEqual(await editor.statementTexts(), ["two three.", "Four five six."]);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("words are selected by keyboard in the box or by mouse in the passage itself", async () => {
    const { page, problems, context } = await openPage(app.browser);
    const { editor } = screens(page);
    await editor.goto(app.url);
    await editor.writeArticle("One two three. Four five six.");
    await editor.startEditing();
    // Shift and the arrow keys select in the box (a readonly box ignores them in Chrome).
    await editor.selectByKeyboard(0, 4, 10);
    assert.equal(await editor.selectedWords(0), "Selected: “two three.”");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    assert.deepEqual(await editor.statementTexts(), ["two three."]);
    // The box's text cannot be changed: typing in it does nothing.
    await editor.typeInSelectionBox(0, "xyz");
    assert.equal(await editor.selectionBoxText(0), "One two three. Four five six.");
    // Dragging over the highlighted passage selects the same words in the box.
    await editor.dragOverPassage(0, "Four", "five");
    assert.equal(await editor.selectedWords(0), "Selected: “Four five”");
    await editor.markSelection(0);
    assert.deepEqual(await editor.statementTexts(), ["two three.", "Four five"]);
    // Across a statement's highlight and its number: from "One" to "two" of statement 1.
    await editor.dragOverPassage(0, "One", "two");
    assert.equal(await editor.selectedWords(0), "Selected: “One two”");
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("on a phone the editor opens at its top, folds what is not being edited and leads to the settings", async () => {
    const { page, problems, context } = await openPage(app.browser, { viewport: VIEWPORTS.phone });
    const { start, editor } = screens(page);
    const [first, second] = statementsInOrder(bundledQuiz());
    await start.navigate(app.url);
    await start.createQuiz();
    await editor.editOpenQuiz();
    await editor.waitForEditing();
    // The new page starts at its heading, which has the focus (it used to open scrolled to its
    // bottom, the scroll position of the short page before).
    assert.equal(await editor.focused(), "edit-title");
    assert.equal(await editor.inView("edit-title"), true);
    // Cards show their words and answers; the fields open on request, or when a card is chosen.
    assert.equal(await editor.isExplanationVisible(first.id), false);
    await editor.toggleDetails(first.id);
    assert.equal(await editor.isExplanationVisible(first.id), true);
    await editor.choose(second.id);
    assert.equal(await editor.isExplanationVisible(second.id), true);
    // The marking tools of a passage open on request too.
    assert.equal(await editor.areToolsVisible(0), false);
    await editor.toggleTools(0);
    assert.equal(await editor.areToolsVisible(0), true);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log(`# the bundled quiz in the editor at 360 px: ${height} px long`);
    // "About the quiz" before "Check and share", and the toolbar leads there.
    assert.ok((await editor.top("settings-title")) < (await editor.top("export-title")));
    await editor.goToSettings();
    await page.waitForFunction(() => document.activeElement?.dataset?.testid === "settings-title");
    assert.equal(await editor.inView("settings-title"), true);
    await page.screenshot({ path: `${SCREENSHOTS}/editor-phone-settings.png` });
    await editor.goToExport();
    await page.waitForFunction(() => document.activeElement?.dataset?.testid === "export-title");
    assert.equal(await editor.inView("export-title"), true);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
