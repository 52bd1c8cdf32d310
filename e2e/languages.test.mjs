// The interface in every language of locales/: a student completes the bundled quiz in each (at
// phone width for the right-to-left ones), axe finds nothing, the French screens hold no English
// sentence of the interface (nor its CSV), the choice is remembered, and the French sample opens
// in French.
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { generatedClass } from "../scripts/lib/results-files.mjs";
import { CATEGORIES, LANGUAGES, NAMESPACES, ROOT, VIEWPORTS, assertAccessible, bundledQuiz, catalogue, launch, openPage, say, shoot, statementsInOrder } from "./helpers.mjs";
import { PrerenderedStartPage, screens } from "./pages/index.mjs";

const RIGHT_TO_LEFT = new Set(["ar", "fa", "he", "ur"]);

const quiz = bundledQuiz();
const statements = statementsInOrder(quiz);
const N = statements.length;

let app;
before(async () => {
  app = await launch();
});
after(async () => {
  await app?.close();
});

describe("the interface in every language", () => {
  for (const code of LANGUAGES) {
    const width = RIGHT_TO_LEFT.has(code) ? "phone" : "desktop";
    test(`${code}: a student completes the bundled quiz (${width})`, async () => {
      const { page, problems, context } = await openPage(app.browser, { viewport: VIEWPORTS[width] });
      const { start, question, results } = screens(page);
      await start.goto(app.url);
      await start.chooseLanguage(code);
      assert.deepEqual(await start.language(), { lang: code, dir: RIGHT_TO_LEFT.has(code) ? "rtl" : "ltr" });
      assert.equal(await page.title(), say(code, "page_title"));
      assert.equal(await start.find("start").textContent(), say(code, "start_quiz"));
      await assertAccessible(page, `${code} start`);
      await start.start();
      await question.waitUntilShown();
      for (let i = 0; i < N; i++) {
        assert.equal(await question.position(), say(code, "statement_of", { at: i + 1, total: N }));
        await question.answerByKey(String(CATEGORIES.indexOf(statements[i].answers[0]) + 1));
        await question.waitForFeedback();
        if (i === 0) {
          // The quiz's own text keeps its language and direction inside the interface's.
          const statement = page.getByTestId("current-statement");
          assert.equal(await statement.getAttribute("lang"), quiz.language);
          assert.equal(await statement.getAttribute("dir"), "ltr");
          await assertAccessible(page, `${code} question with feedback`);
          await shoot(page, `lang-${code}-question`);
        }
        if (i < N - 1) await question.next();
      }
      await question.finish();
      await results.waitUntilShown();
      assert.equal(await results.score(), say(code, "score_sentence", { correct: N, total: N, percent: 100 }));
      await assertAccessible(page, `${code} results`);
      // Remembered on this device.
      await start.reload();
      await results.waitUntilShown();
      assert.equal((await start.language()).lang, code);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test("French: no sentence of the English interface is left on the start, question and results screens", async () => {
    const english = Object.entries(catalogue("en"));
    const french = Object.values(catalogue("fr")).join("\n");
    // Interface sentences, not words both languages share ("Quiz", "Test", "Opinion").
    const sentences = english
      .map(([, text]) => text.split(/\{\{[^}]*\}\}/).map((part) => part.trim()))
      .flat()
      .filter((part) => part.length >= 8 && !french.includes(part));
    const { page, problems, context } = await openPage(app.browser, { viewport: VIEWPORTS.desktop, acceptDownloads: true });
    const { start, question, results } = screens(page);
    // The interface's text only: the quiz's own (marked with its language) stays English.
    const visibleInterfaceText = () =>
      page.evaluate(() => {
        const body = document.body.cloneNode(true);
        // The live region repeats the screen (with the quiz's explanation in its language).
        body.querySelectorAll("[lang]:not([lang=fr]), [hidden], [aria-live]").forEach((e) => e.remove());
        return body.innerText + " " + [...body.querySelectorAll("[aria-label]")].map((e) => e.getAttribute("aria-label")).join(" ");
      });
    const englishLeft = async (screen) => {
      const text = await visibleInterfaceText();
      return sentences.filter((s) => text.includes(s)).map((s) => `${screen}: “${s}”`);
    };
    await start.goto(app.url);
    await start.chooseLanguage("fr");
    await start.openLoader();
    const left = await englishLeft("start");
    await start.start();
    await question.waitUntilShown();
    await question.answerByKey("1");
    await question.waitForFeedback();
    left.push(...(await englishLeft("question")));
    await question.next();
    while (!(await question.isLast())) await question.next();
    await question.finish();
    await question.waitForFinishConfirmation();
    left.push(...(await englishLeft("finish confirmation")));
    await question.finishAnyway();
    await results.waitUntilShown();
    left.push(...(await englishLeft("results")));
    assert.deepEqual(left, []);
    // The CSV download speaks French too.
    const csv = await readFile(await results.downloadCsv(), "utf8");
    const columns = ["student", "quiz_id", "quiz_version", "attempt", "finished", "number", "id", "statement", "your_answer", "accepted", "correct"];
    assert.equal(csv.split("\r\n")[0], columns.map((c) => say("fr", `csv_${c}`)).join(","));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("the French sample opens in French by itself, and the student's choice outranks it", async () => {
    const { page, problems, context } = await openPage(app.browser, { viewport: VIEWPORTS.phone });
    const { start } = screens(page);
    const link = `${app.url}?quiz=${encodeURIComponent(`${app.url}samples/elections-municipales-fr.json`)}`;
    await start.navigate(link);
    await start.waitForTitle("municipales");
    await page.waitForFunction(() => document.documentElement.lang === "fr");
    assert.equal(await start.find("start").textContent(), say("fr", "start_quiz"));
    await start.chooseLanguage("en");
    await start.reload();
    await start.waitForTitle("municipales");
    assert.equal((await start.language()).lang, "en");
    assert.equal(await start.find("start").textContent(), say("en", "start_quiz"));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("before the app has arrived, the start screen is already in the language the student chose", async () => {
    for (const code of LANGUAGES.filter((code) => code !== "en")) {
      const { page, problems, context } = await openPage(app.browser, { viewport: VIEWPORTS.phone });
      await context.addInitScript((code) => localStorage.setItem("fact-claim-opinion/language", code), code);
      // The app never arrives: what shows is the pre-rendered copy alone.
      await context.route(/_bg\.wasm$/, (route) => route.abort());
      const boot = new PrerenderedStartPage(page);
      await boot.navigate(app.url);
      await boot.waitForTitle(quiz.title);
      assert.equal(await boot.startButtonText(), say(code, "getting_ready"));
      assert.equal(await page.title(), say(code, "page_title"));
      assert.equal(await boot.root.getByText(say(code, "start_eyebrow"), { exact: true }).count(), 1, code);
      assert.deepEqual(await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir })), { lang: code, dir: RIGHT_TO_LEFT.has(code) ? "rtl" : "ltr" });
      // The quiz's own text keeps its language.
      const heading = boot.root.getByRole("heading", { level: 1, includeHidden: true });
      assert.equal(await heading.evaluate((h) => h.closest("[lang]").lang), quiz.language);
      if (code === "ar") await shoot(page, "lang-ar-before-the-app");
      assert.deepEqual(problems.filter((p) => !/wasm|WebAssembly|fetch/i.test(p)), []);
      await context.close();
    }
  });

  test("French: the teachers' pages hold no sentence of the English interface either", async () => {
    // Every part of the interface: the student's screens and the teachers' pages.
    const french = NAMESPACES.map((ns) => Object.values(catalogue("fr", ns)).join("\n")).join("\n");
    const sentences = NAMESPACES.flatMap((ns) => Object.values(catalogue("en", ns)))
      .flatMap((text) => text.split(/\{\{[^}]*\}\}|<\/?strong>/).map((part) => part.trim()))
      // Sentences: single words ("statements") are also the quiz format's field names.
      .filter((part) => part.length >= 8 && part.includes(" ") && !french.includes(part));
    const { page, problems, context } = await openPage(app.browser, { viewport: VIEWPORTS.desktop });
    const { start, editor, errors, classReport, platform } = screens(page);
    const englishLeft = async (where) => {
      const text = await page.evaluate(() => {
        const body = document.body.cloneNode(true);
        // The quiz's own text (marked with its language), fields' contents, what the teacher
        // wrote in the file (paths and names in code) and hidden parts.
        body.querySelectorAll("[lang]:not([lang=fr]), [hidden], textarea, input, code").forEach((e) => e.remove());
        return body.innerText + " " + [...body.querySelectorAll("[aria-label]")].map((e) => e.getAttribute("aria-label")).join(" ");
      });
      return sentences.filter((s) => text.includes(s)).map((s) => `${where}: “${s}”`);
    };
    await start.goto(app.url);
    await start.chooseLanguage("fr");
    // A broken quiz file: the list of its problems.
    await start.openFile(join(ROOT, "quizzes", "samples", "broken", "unknown-fields.json"));
    await errors.waitUntilShown();
    const left = await englishLeft("problems in a quiz file");
    assert.ok((await errors.text()).includes(say("fr", "missing_field", {}, "problems")), await errors.text());
    // The editor, on the quiz open in the app, its answer key, and the learning platform's page.
    await start.goto(app.url);
    await editor.goto(app.url);
    await editor.editOpenQuiz();
    await editor.waitForEditing();
    left.push(...(await englishLeft("editor")));
    await shoot(page, "lang-fr-editor");
    await editor.openAnswerKey();
    left.push(...(await englishLeft("answer key")));
    await platform.navigate(`${app.url}#/platform`);
    await platform.waitUntilShown();
    left.push(...(await englishLeft("learning platform")));
    // The class report with a class's files, and its discussion view.
    const dir = mkdtempSync(join(tmpdir(), "fr-class-"));
    const paths = generatedClass(bundledQuiz(), 12).map((f) => {
      writeFileSync(join(dir, f.name), f.text);
      return join(dir, f.name);
    });
    writeFileSync(join(dir, "notes.txt"), "hello");
    await classReport.navigate(`${app.url}#/class`);
    await classReport.find("class-title").waitFor();
    await classReport.find("results-files").setInputFiles([...paths, join(dir, "notes.txt")]);
    await classReport.waitForStudents(12);
    left.push(...(await englishLeft("class report")));
    await shoot(page, "lang-fr-class-report");
    assert.ok((await classReport.setAsideText()).includes(say("fr", "not_json", {}, "class")), await classReport.setAsideText());
    await classReport.startDiscussion();
    left.push(...(await englishLeft("discussion")));
    assert.deepEqual(left, []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("Arabic: the teachers' pages run right to left at phone width, and axe finds nothing", async () => {
    const { page, problems, context } = await openPage(app.browser, { viewport: VIEWPORTS.phone });
    const { start, editor, errors, classReport, platform } = screens(page);
    await start.goto(app.url);
    await start.chooseLanguage("ar");
    const rightToLeft = async (where) => {
      assert.deepEqual(await start.language(), { lang: "ar", dir: "rtl" }, where);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      assert.ok(overflow <= 0, `${where}: the page is ${overflow}px too wide`);
      await assertAccessible(page, `ar ${where}`);
    };
    await start.openFile(join(ROOT, "quizzes", "samples", "broken", "unknown-fields.json"));
    await errors.waitUntilShown();
    assert.ok((await errors.text()).includes(say("ar", "missing_field", {}, "problems")), await errors.text());
    await rightToLeft("problems in a quiz file");
    await shoot(page, "lang-ar-error-list");
    await start.goto(app.url);
    await editor.goto(app.url);
    await editor.editOpenQuiz();
    await editor.waitForEditing();
    await rightToLeft("editor");
    await platform.navigate(`${app.url}#/platform`);
    await platform.waitUntilShown();
    assert.equal(await platform.title(), say("ar", "page_heading", {}, "platform"));
    await rightToLeft("learning platform");
    const dir = mkdtempSync(join(tmpdir(), "ar-class-"));
    const paths = generatedClass(bundledQuiz(), 8).map((f) => {
      writeFileSync(join(dir, f.name), f.text);
      return join(dir, f.name);
    });
    await classReport.navigate(`${app.url}#/class`);
    await classReport.find("class-title").waitFor();
    await classReport.find("results-files").setInputFiles(paths);
    await classReport.waitForStudents(8);
    assert.ok((await classReport.summary()).startsWith(say("ar", "students", { count: 8 }, "class")), await classReport.summary());
    await rightToLeft("class report");
    await shoot(page, "lang-ar-class-report");
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("the problems in a quiz file follow the language picker while they are shown", async () => {
    const { page, problems, context } = await openPage(app.browser, { viewport: VIEWPORTS.desktop });
    const { start, errors } = screens(page);
    await start.goto(app.url);
    await start.chooseLanguage("en");
    await start.openFile(join(ROOT, "quizzes", "samples", "broken", "unknown-fields.json"));
    await errors.waitUntilShown();
    assert.ok((await errors.text()).includes(say("en", "missing_field", {}, "problems")));
    await start.chooseLanguage("de");
    await page.waitForFunction(() => document.documentElement.lang === "de");
    await page.getByTestId("error-list").getByText(say("de", "missing_field", {}, "problems")).first().waitFor();
    assert.ok(!(await errors.text()).includes(say("en", "missing_field", {}, "problems")));
    assert.deepEqual(problems, []);
    await context.close();
  });
});

