// A teacher writes a quiz in the browser, previews it, exports it; a student completes it.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { after, before, describe, test } from "node:test";
import { launch, openPage, shoot } from "./helpers.mjs";

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
    await page.goto(app.url);
    await page.getByTestId("create-quiz").click();
    await page.getByTestId("article-input").fill(ARTICLE);
    await page.getByTestId("start-editing").click();
    await page.getByTestId("propose-all").click();
    assert.equal(await page.locator("[data-testid^=statement-card-]").count(), 4);
    assert.match(await page.getByTestId("export-status").textContent(), /Fix 8 problems/);
    assert.equal(await page.getByTestId("export-json").isDisabled(), true);

    await page.getByTestId("meta-title").fill("Library Opens Later");
    await page.getByTestId("meta-id").fill("library-hours");
    for (const [i, step] of PLAN.entries()) {
      for (const answer of step.answers) await page.getByTestId(`answer-${step.id}-${answer}`).check();
      await page.getByTestId(`explanation-${step.id}`).fill(step.explanation);
      if (i === 1) {
        // Reload in the middle of editing: nothing is lost.
        await page.reload();
        await page.getByTestId(`explanation-${step.id}`).waitFor();
        assert.equal(await page.getByTestId(`explanation-${step.id}`).inputValue(), step.explanation);
        assert.equal(await page.getByTestId(`answer-${PLAN[0].id}-fact`).isChecked(), true);
        assert.equal(await page.getByTestId("meta-title").inputValue(), "Library Opens Later");
      }
    }
    assert.equal(await page.getByTestId("export-status").textContent(), "The quiz is ready.");

    // Undo and redo a structural edit.
    await page.getByTestId("remove-p2-s2").click();
    assert.equal(await page.locator("[data-testid^=statement-card-]").count(), 3);
    await page.getByTestId("undo").click();
    assert.equal(await page.locator("[data-testid^=statement-card-]").count(), 4);
    assert.equal(await page.getByTestId("explanation-p2-s2").inputValue(), PLAN[3].explanation);
    await shoot(page, "desktop-11-editor");

    // Preview as a student without leaving the editor.
    await page.getByTestId("preview").click();
    await page.getByTestId("student-preview").waitFor();
    await page.getByTestId("start").click();
    await page.keyboard.press("1");
    await page.getByTestId("feedback").waitFor();
    assert.match(await page.getByTestId("verdict").textContent(), /Right!/);
    await shoot(page, "desktop-12-editor-preview");
    await page.getByTestId("close-preview").click();
    await page.getByTestId("export-json").waitFor();

    const download = page.waitForEvent("download");
    await page.getByTestId("export-json").click();
    const file = await (await download).path();
    const exported = JSON.parse(await readFile(file, "utf8"));
    assert.equal(exported.title, "Library Opens Later");
    assert.deepEqual(
      exported.passages.flatMap((p) => p.statements.map((s) => [s.id, [s.answer].flat()])),
      PLAN.map((s) => [s.id, s.answers]),
    );
    const authoringSeconds = (Date.now() - started) / 1000;

    // A student opens the exported file and completes it: three right, one wrong on purpose.
    const student = await openPage(app.browser);
    await student.page.goto(app.url);
    await student.page.locator("[data-testid=loader] summary").click();
    await student.page.getByTestId("file-input").setInputFiles(file);
    await student.page.getByTestId("quiz-title").filter({ hasText: "Library Opens Later" }).waitFor();
    await student.page.getByTestId("start").click();
    for (const key of ["1", "3", "3", "2"]) {
      await student.page.keyboard.press(key);
      await student.page.getByTestId("feedback").waitFor();
      await student.page.keyboard.press("Enter");
    }
    await student.page.getByTestId("score").waitFor();
    assert.equal(await student.page.getByTestId("score").textContent(), "You got 3 of 4 right (75%).");
    assert.deepEqual(student.problems, []);
    await student.context.close();
    console.log(`# scripted authoring of a 4-statement quiz: ${authoringSeconds.toFixed(1)} s`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("marking, splitting and merging by selecting text", async () => {
    const { page, problems, context } = await openPage(app.browser);
    await page.goto(`${app.url}#/edit`);
    await page.getByTestId("article-input").fill("One two three. Four five six.");
    await page.getByTestId("start-editing").click();
    const select = page.getByTestId("select-0");
    // Select "two three." with the keyboard-free selection API the textarea offers.
    await select.evaluate((area) => area.setSelectionRange(4, 14));
    await page.getByTestId("mark-0").click();
    assert.equal(await page.locator("[data-testid^=statement-card-]").count(), 1);
    await select.evaluate((area) => area.setSelectionRange(2, 9));
    await page.getByTestId("mark-0").click();
    assert.match(await page.getByTestId("edit-message").textContent(), /overlaps statement/);
    await page.getByTestId("propose-0").click();
    const cards = () => page.locator(".card-text").allTextContents();
    assert.deepEqual(await cards(), ["two three.", "Four five six."]);
    // Split "two three." at the cursor before "three", then merge it back.
    // The statement just marked is the chosen one.
    assert.equal(await page.getByTestId("statement-card-p1-s1").getByRole("button", { pressed: true }).count(), 1);
    await select.evaluate((area) => area.setSelectionRange(8, 8));
    await page.getByTestId("split-0").click();
    assert.deepEqual(await cards(), ["two", "three.", "Four five six."]);
    await page.getByTestId("statement-card-p1-s1").getByRole("button", { name: "Merge with the next statement" }).click();
    assert.deepEqual(await cards(), ["two three.", "Four five six."]);
    // Adjust the boundaries of the chosen statement: it becomes "One two three."
    assert.equal(
      await page.getByTestId("statement-card-p1-s1").getByRole("button", { pressed: true }).count(),
      1,
    );
    await select.evaluate((area) => area.setSelectionRange(0, 14));
    await page.getByTestId("set-range-0").click();
    assert.deepEqual(await cards(), ["One two three.", "Four five six."]);
    await page.getByTestId("undo").click();
    assert.deepEqual(await cards(), ["two three.", "Four five six."]);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
