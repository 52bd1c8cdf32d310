// Grades reach the school's platform: a teacher makes a SCORM package through the UI (1.2 from the
// open-quiz menu, 2004 from the editor), the test unzips it and serves it to a test platform whose
// run-time is scorm-again (npm), loading the package in an iframe as a platform does. A student
// answers half the quiz, leaves, comes back to where they were, finishes; every value the
// platform received is checked against the answers given and the quiz, worked out here apart from
// the app, and against the score the app shows. The manifest is checked for what SCORM requires.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, before, describe, test } from "node:test";
import { unzipSync } from "fflate";
import { serve } from "../scripts/lib/server.mjs";
import { ROOT, VIEWPORTS, assertAccessible, bundledQuiz, launch, openPage, say, shoot, statementsInOrder } from "./helpers.mjs";
import { screens } from "./pages/index.mjs";

const FRENCH = JSON.parse(readFileSync(join(ROOT, "quizzes", "samples", "elections-municipales-fr.json"), "utf8"));

let app;
before(async () => {
  app = await launch();
});
after(async () => {
  await app?.close();
});

/** Unzips a package into a folder of its own and serves it beside the test platform; resolves to
 * the server, with `dir`, the package's folder. */
async function platformServing(zip) {
  const dir = mkdtempSync(join(tmpdir(), "scorm-"));
  for (const [name, bytes] of Object.entries(unzipSync(zip))) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), bytes);
  }
  const server = await serve(join(ROOT, "e2e", "lms"), {
    mounts: { "/package/": dir, "/scorm-again/": join(ROOT, "node_modules", "scorm-again", "dist") },
  });
  return { ...server, dir };
}

/** What the manifest says, read by the browser's XML parser. */
async function readManifest(page, xml) {
  return page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, "application/xml");
    if (doc.querySelector("parsererror")) return { error: doc.querySelector("parsererror").textContent };
    const all = (name) => [...doc.getElementsByTagNameNS("*", name)];
    const organizations = all("organizations")[0];
    const resource = all("resource")[0];
    return {
      root: doc.documentElement.localName,
      namespace: doc.documentElement.namespaceURI,
      identifier: doc.documentElement.getAttribute("identifier"),
      schema: all("schema")[0]?.textContent,
      schemaversion: all("schemaversion")[0]?.textContent,
      defaultOrganization: organizations?.getAttribute("default"),
      organizations: all("organization").map((o) => o.getAttribute("identifier")),
      title: all("organization")[0] && [...all("organization")[0].children].find((c) => c.localName === "title")?.textContent,
      items: all("item").map((i) => i.getAttribute("identifierref")),
      resources: all("resource").map((r) => r.getAttribute("identifier")),
      scormType: resource?.getAttributeNS("http://www.adlnet.org/xsd/adlcp_rootv1p2", "scormtype") || resource?.getAttributeNS("http://www.adlnet.org/xsd/adlcp_v1p3", "scormType"),
      type: resource?.getAttribute("type"),
      href: resource?.getAttribute("href"),
      files: all("file").map((f) => f.getAttribute("href")),
    };
  }, xml);
}

/** The package is a well-formed zip holding the app's student files, the quiz and a manifest
 * SCORM accepts; never the teachers' module or the service worker. */
async function checkPackage(page, zip, quiz, version) {
  const files = unzipSync(zip);
  const names = Object.keys(files).sort();
  assert.ok(names.includes("imsmanifest.xml") && names.includes("index.html") && names.includes("quiz.json") && names.includes("scorm.js"), names.join(", "));
  assert.ok(names.some((n) => /^fact-claim-opinion-[0-9a-f]+_bg\.wasm$/.test(n)), names.join(", "));
  assert.ok(!names.some((n) => /teacher|sw\.js|format\.html|manifest\.webmanifest/.test(n)), names.join(", "));
  assert.deepEqual(JSON.parse(new TextDecoder().decode(files["quiz.json"])).id, quiz.id);
  const launchPage = new TextDecoder().decode(files["index.html"]);
  assert.ok(launchPage.includes(`<script src="scorm.js" data-scorm="${version}"></script>`), "the launch page loads the bridge, for this edition");
  assert.ok(!launchPage.includes("inert aria-busy"), "the launch page does not carry the bundled quiz's start screen");
  const manifest = await readManifest(page, new TextDecoder().decode(files["imsmanifest.xml"]));
  assert.equal(manifest.error, undefined, manifest.error);
  assert.equal(manifest.root, "manifest");
  assert.equal(manifest.namespace, version === "1.2" ? "http://www.imsproject.org/xsd/imscp_rootv1p1p2" : "http://www.imsglobal.org/xsd/imscp_v1p1");
  assert.match(manifest.identifier, /^[A-Za-z_][\w.-]*$/);
  assert.equal(manifest.schema, "ADL SCORM");
  assert.equal(manifest.schemaversion, version === "1.2" ? "1.2" : "2004 4th Edition");
  assert.deepEqual(manifest.organizations, [manifest.defaultOrganization]);
  assert.equal(manifest.title, quiz.title);
  assert.deepEqual(manifest.items, manifest.resources);
  assert.equal(manifest.scormType, "sco");
  assert.equal(manifest.type, "webcontent");
  assert.equal(manifest.href, "index.html");
  assert.deepEqual([...manifest.files].sort(), names.filter((n) => n !== "imsmanifest.xml"));
}

/** A student's answers: right for two statements in three, a wrong one for the third. */
function answerFor(statement, index, categories) {
  return index % 3 === 2 ? categories.find((c) => !statement.answers.includes(c)) : statement.answers[0];
}

/** Answers statements on the question screen (practice mode) until `stop` of them are answered
 * or the quiz ends; returns what was chosen, by statement id. */
async function answer(question, quiz, chosen, stop) {
  const statements = statementsInOrder(quiz);
  const categories = (quiz.categories ?? [{ id: "fact" }, { id: "claim" }, { id: "opinion" }]).map((c) => c.id);
  while (Object.keys(chosen).length < stop) {
    const text = await question.statement();
    const index = statements.findIndex((s) => s.text === text);
    const statement = statements[index];
    const category = answerFor(statement, index, categories);
    await question.answer(category);
    await question.waitForFeedback();
    chosen[statement.id] = category;
    if (await question.isLast()) return chosen;
    await question.next();
  }
  return chosen;
}

/** The last value the platform received for each element. */
const received = (record) => Object.fromEntries(record.set.map(([element, value]) => [element, value]));

describe("SCORM package", () => {
  for (const [version, quiz, via] of [
    ["1.2", bundledQuiz(), "the open-quiz menu"],
    ["2004", FRENCH, "the editor"],
  ]) {
    test(`SCORM ${version} from ${via}: the platform gets the app's score, every answer and the time; a student who leaves comes back where they were`, async () => {
      const statements = statementsInOrder(quiz);
      const N = statements.length;
      const { page, problems, context } = await openPage(app.browser, { acceptDownloads: true });
      const { start, editor, platform } = screens(page);
      await start.goto(app.url);
      if (quiz.id !== bundledQuiz().id) {
        await start.openLoader();
        await start.pasteQuiz(JSON.stringify(quiz));
        await start.waitForTitle(quiz.title.slice(0, 20));
      }
      let zip;
      if (via === "the open-quiz menu") {
        // Three clicks: the menu, the page, the download (SCORM 1.2 is chosen already).
        await start.openLoader();
        await start.openPlatformPage();
        await platform.waitUntilShown();
        // The page opens at its heading, with the keyboard there.
        await page.waitForFunction(() => document.activeElement?.dataset.testid === "platform-title");
        assert.match(await platform.quizName(), new RegExp(quiz.title.slice(0, 20)));
        assert.equal(await platform.isScormChosen("12"), true);
        zip = await platform.downloadScorm();
        assert.equal(await platform.focused(), "export-scorm", "the focus stays on the button");
        assert.match(await platform.scormStatus(), /^Downloaded [\w-]+_scorm12\.zip \([\d.]+ (kB|MB)\)\. Upload it to your learning platform as a SCORM 1\.2 package\.$/);
      } else {
        // A teacher who works in English (the French quiz would otherwise open in French).
        await start.chooseLanguage("en");
        await start.createQuiz();
        await editor.editOpenQuiz();
        await editor.waitForExport();
        // At phone width the editor's panel is long: the outcome is brought into view.
        await page.setViewportSize(VIEWPORTS.phone);
        await platform.chooseScorm("2004");
        zip = await platform.downloadScorm();
        assert.match(await platform.scormStatus(), /SCORM 2004 4th Edition package/);
        assert.equal(await platform.inView("scorm-status"), true);
      }
      assert.equal(platform.lastFileName, `${quiz.id}_scorm${version.replace(".", "")}.zip`);
      await checkPackage(page, zip, quiz, version);
      // The edition chosen is the one offered next time on this device.
      await platform.navigate(`${app.url}#/platform`);
      await platform.waitUntilShown();
      assert.equal(await platform.isScormChosen(version === "1.2" ? "12" : "2004"), true);
      assert.deepEqual(problems, []);
      await context.close();

      // The student, inside the platform.
      const lms = await platformServing(zip);
      try {
        const student = await openPage(app.browser, { viewport: VIEWPORTS.desktop });
        const { page: lmsPage } = student;
        await lmsPage.goto(lms.url);
        // The platform offers both editions' run-times; the package talks to its own.
        await lmsPage.evaluate((version) => window.launch(version, null, true), version);
        const frame = lmsPage.frameLocator("#sco");
        const inside = screens(frame);
        await inside.start.waitUntilShown();
        assert.equal(await inside.start.title(), quiz.title);
        // The package opens its quiz and nothing else: no other quizzes, no teachers' tools.
        assert.equal(await inside.start.find("loader").count(), 0);
        assert.equal(await inside.start.find("create-quiz").count(), 0);
        await inside.start.start();
        const half = Math.ceil(N / 2);
        const chosen = await answer(inside.question, quiz, {}, half);
        const where = await inside.question.position();
        let record = await lmsPage.evaluate(() => window.lms);
        assert.equal(record.initialised, 1);
        assert.equal(await lmsPage.evaluate(() => window.other.initialised), 0);
        assert.deepEqual(record.refused, []);

        // Leaving half way: the attempt stays with the platform.
        await lmsPage.evaluate(() => window.leave());
        await lmsPage.waitForFunction(() => window.lms.ended === 1);
        record = await lmsPage.evaluate(() => window.lms);
        let values = received(record);
        assert.deepEqual(record.refused, []);
        const v12 = version === "1.2";
        assert.equal(values[v12 ? "cmi.core.lesson_status" : "cmi.completion_status"], "incomplete");
        assert.equal(values[v12 ? "cmi.core.exit" : "cmi.exit"], "suspend");
        const suspended = values["cmi.suspend_data"];
        assert.ok(suspended.length > 0 && suspended.length <= (v12 ? 4096 : 64000), `${suspended.length} characters`);
        assert.ok(record.commits >= 1);
        assert.equal(Object.keys(values).filter((e) => e.startsWith("cmi.interactions")).length, 0, "nothing is graded before the end");

        // Coming back, maybe on another computer: the platform hands the attempt back.
        const kept = v12
          ? { core: { entry: "resume", lesson_status: "incomplete" }, suspend_data: suspended }
          : { entry: "resume", completion_status: "incomplete", suspend_data: suspended };
        await lmsPage.reload();
        await lmsPage.evaluate(([version, kept]) => window.launch(version, kept), [version, kept]);
        await inside.question.waitUntilShown();
        // Each quiz opens in its own language (the French one in French).
      assert.equal(await inside.start.notice(), say(quiz.language, "welcome_back") + say(quiz.language, "dismiss"));
        assert.equal(await inside.question.position(), where);
        await answer(inside.question, quiz, chosen, N);
        await inside.question.finish();
        await inside.results.waitUntilShown();
        const shown = await inside.results.score();
        assert.equal(await inside.results.find("platform-note").isVisible(), true);
        await shoot(lmsPage, `1280-scorm-${version}-results-in-a-platform`);

        // Worked out here: the answers against the quiz.
        const right = statements.filter((s) => s.answers.includes(chosen[s.id])).length;
        const percent = Math.floor((right * 100) / N);
        assert.equal(shown, say(quiz.language, "score_sentence", { correct: right, total: N, percent }));
        const passMark = quiz.settings?.pass_mark;
        const passed = passMark === undefined ? undefined : percent >= passMark;
        await lmsPage.waitForFunction(() => window.lms.set.some(([element]) => element.includes("interactions")));
        await lmsPage.evaluate(() => window.leave());
        await lmsPage.waitForFunction(() => window.lms.ended === 1);
        record = await lmsPage.evaluate(() => window.lms);
        values = received(record);
        assert.deepEqual(record.refused, []);
        const score = v12 ? "cmi.core.score" : "cmi.score";
        assert.equal(values[`${score}.raw`], String(percent));
        assert.equal(values[`${score}.min`], "0");
        assert.equal(values[`${score}.max`], "100");
        if (v12) {
          assert.equal(values["cmi.core.lesson_status"], passed === undefined ? "completed" : passed ? "passed" : "failed");
          assert.match(values["cmi.core.session_time"], /^\d{2,4}:\d{2}:\d{2}$/);
        } else {
          assert.equal(values["cmi.score.scaled"], String(percent / 100));
          assert.equal(values["cmi.completion_status"], "completed");
          assert.equal(values["cmi.success_status"], passed === undefined ? "unknown" : passed ? "passed" : "failed");
          assert.match(values["cmi.session_time"], /^PT\d+H\d+M\d+S$/);
        }
        // Every statement, once, as an interaction.
        const response = v12 ? "student_response" : "learner_response";
        const ids = Object.entries(values).filter(([e]) => /^cmi\.interactions\.\d+\.id$/.test(e));
        assert.equal(ids.length, N);
        for (const [element, id] of ids) {
          const at = element.replace(/id$/, "");
          const statement = statements.find((s) => s.id === id);
          assert.ok(statement, id);
          // SCORM 1.2's "choice" allows one-character answers only: "fill-in" keeps the ids.
          assert.equal(values[`${at}type`], v12 ? "fill-in" : "choice");
          assert.equal(values[`${at}${response}`], chosen[id]);
          statement.answers.forEach((answer, n) => assert.equal(values[`${at}correct_responses.${n}.pattern`], answer));
          const isRight = statement.answers.includes(chosen[id]);
          assert.equal(values[`${at}result`], isRight ? "correct" : v12 ? "wrong" : "incorrect", id);
          if (!v12) {
            assert.equal(values[`${at}description`], statement.text.slice(0, 250));
            assert.match(values[`${at}timestamp`], /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.0Z$/);
          }
        }
        // What the platform keeps (scorm-again's own data model) is what it received.
        const stored = await lmsPage.evaluate(() => window.cmi().cmi);
        assert.equal(String((v12 ? stored.core : stored).score.raw), String(percent), JSON.stringify(stored));
        assert.equal(Object.keys(stored.interactions).length, N);

        // Coming back to a graded attempt: the results again, and nothing graded twice, not even
        // after starting over and finishing again (the first finished attempt is the grade, as a
        // retry in the app never replaces the first score).
        const graded = v12
          ? { core: { entry: "resume", lesson_status: values["cmi.core.lesson_status"] }, suspend_data: values["cmi.suspend_data"] }
          : { entry: "resume", completion_status: "completed", success_status: values["cmi.success_status"], suspend_data: values["cmi.suspend_data"] };
        await lmsPage.reload();
        await lmsPage.evaluate(([version, kept]) => window.launch(version, kept), [version, graded]);
        await inside.results.waitUntilShown();
        assert.equal(await inside.results.score(), shown);
        await inside.start.find("start-over").click();
        await inside.start.find("start-over-confirm").click();
        await inside.start.start();
        await answer(inside.question, quiz, {}, N);
        await inside.question.finish();
        await inside.results.waitUntilShown();
        await lmsPage.evaluate(() => window.leave());
        await lmsPage.waitForFunction(() => window.lms.ended === 1);
        record = await lmsPage.evaluate(() => window.lms);
        assert.deepEqual(record.refused, []);
        const again = Object.keys(received(record));
        assert.deepEqual(again.filter((e) => /score|interactions|status/.test(e)), [], again.join(", "));
        assert.deepEqual(student.problems, []);
        await student.context.close();
      } finally {
        await lms.close();
      }
    });
  }

  test("a package opened without a platform runs as the app does, with its quiz only and no service worker", async () => {
    const { page, problems, context } = await openPage(app.browser, { acceptDownloads: true, viewport: VIEWPORTS.phone });
    const { start, platform } = screens(page);
    await start.goto(app.url);
    await start.openLoader();
    await start.pasteQuiz(JSON.stringify(FRENCH));
    await start.waitForTitle(FRENCH.title.slice(0, 20));
    await start.openLoader();
    await start.openPlatformPage();
    await platform.waitUntilShown();
    // At 360 px the choice and the download button are in view as the page opens.
    assert.equal(await platform.inView("scorm-2004"), true);
    assert.equal(await platform.find("export-scorm").evaluate((e) => e.getBoundingClientRect().bottom <= innerHeight), true);
    for (const scheme of ["light", "dark"]) {
      await page.emulateMedia({ colorScheme: scheme });
      await assertAccessible(page, `the learning platform's page at 360 px, ${scheme}`);
      await shoot(page, `360-${scheme}-platform-page`);
    }
    await page.setViewportSize(VIEWPORTS.desktop);
    for (const scheme of ["light", "dark"]) {
      await page.emulateMedia({ colorScheme: scheme });
      await assertAccessible(page, `the learning platform's page at 1280 px, ${scheme}`);
      await shoot(page, `1280-${scheme}-platform-page`);
    }
    await page.setViewportSize(VIEWPORTS.phone);
    const zip = await platform.downloadScorm();
    assert.equal(await platform.inView("scorm-status"), true);
    await platform.downloadGift();
    // The French quiz opened the interface in French: the page speaks it.
    assert.equal(await platform.bankStatus(), say("fr", "gift_downloaded", { name: `${FRENCH.id}.gift.txt` }, "platform"));
    await context.close();
    const lms = await platformServing(zip);
    try {
      const student = await openPage(app.browser, { viewport: VIEWPORTS.phone });
      const inside = screens(student.page);
      await inside.start.goto(`${lms.url}package/index.html`);
      assert.equal(await inside.start.title(), FRENCH.title);
      assert.equal(await inside.start.find("loader").count(), 0);
      await inside.start.start();
      await inside.question.answer(FRENCH.categories[0].id);
      const where = await inside.question.position();
      await inside.start.reload();
      await inside.question.waitUntilShown();
      // The French quiz opens in French for its students.
      assert.equal(await inside.start.notice(), say("fr", "welcome_back") + say("fr", "dismiss"));
      assert.equal(await inside.question.position(), where);
      assert.equal(await student.page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0);
      // The teachers' addresses lead to the quiz: a package holds no teachers' tools.
      await inside.start.navigate(`${lms.url}package/index.html#/edit`);
      await inside.question.waitUntilShown();
      assert.equal(await inside.start.find("editor-failed").count(), 0);
      assert.deepEqual(student.problems, []);
      await student.context.close();

      // A platform that will not keep the attempt: the student is told, as when a browser will not.
      const strict = await openPage(app.browser, { viewport: VIEWPORTS.phone });
      await strict.page.goto(lms.url);
      await strict.page.evaluate(() => window.launch("1.2", null, false, ["cmi.suspend_data"]));
      const { start: strictStart, question: strictQuestion } = screens(strict.page.frameLocator("#sco"));
      await strictStart.waitUntilShown();
      await strictStart.start();
      await strictQuestion.answer(FRENCH.categories[0].id);
      assert.equal(await strictStart.notice(), say("fr", "cannot_save") + say("fr", "dismiss"));
      await strict.context.close();

      // A package whose quiz cannot be fetched says so, and shows no other quiz in its place.
      rmSync(join(lms.dir, "quiz.json"));
      const broken = await openPage(app.browser, { viewport: VIEWPORTS.phone });
      const { errors, start: brokenStart } = screens(broken.page);
      await brokenStart.navigate(`${lms.url}package/index.html`);
      await errors.waitUntilShown();
      assert.match(await errors.text(), /could not be fetched/);
      assert.equal(await brokenStart.find("start").count(), 0);
      assert.equal(await brokenStart.find("dismiss-errors").count(), 0);
      await broken.context.close();
    } finally {
      await lms.close();
    }
  });
});
