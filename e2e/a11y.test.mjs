// axe-core (WCAG 2.2 A and AA rules) on every screen, in light and dark themes, at phone and
// desktop width. Zero violations.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { ROOT, VIEWPORTS, launch, openPage } from "./helpers.mjs";

const AXE = readFileSync(join(ROOT, "node_modules", "axe-core", "axe.min.js"), "utf8");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

let app;
before(async () => {
  app = await launch();
});
after(async () => {
  await app?.close();
});

/** Runs axe on the page as it is now; fails with a readable list of violations. */
async function assertAccessible(page, screen) {
  // Evaluated through the DevTools protocol, so the page's CSP does not apply to axe itself.
  await page.evaluate(AXE);
  const violations = await page.evaluate(
    (tags) => axe.run(document, { runOnly: { type: "tag", values: tags } }).then((r) => r.violations),
    TAGS,
  );
  const summary = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")} — ${v.help}`,
  );
  assert.deepEqual(summary, [], `${screen}: accessibility violations`);
}

for (const scheme of ["light", "dark"]) {
  for (const [width, viewport] of Object.entries(VIEWPORTS)) {
    describe(`accessibility, ${scheme} theme, ${width}`, () => {
      test("start, question, feedback, results, loader and error list have no violations", async () => {
        const { page, problems, context } = await openPage(app.browser, { viewport });
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(app.url);
        await page.getByTestId("start").waitFor();
        await assertAccessible(page, "start");

        await page.locator("[data-testid=loader] summary").click();
        await assertAccessible(page, "quiz loader");
        await page.getByTestId("paste-input").fill("{ not a quiz");
        await page.getByTestId("paste-open").click();
        await page.getByTestId("error-list").waitFor();
        await assertAccessible(page, "error list");
        await page.getByTestId("dismiss-errors").click();

        await page.getByTestId("start").click();
        await page.getByTestId("position").waitFor();
        await assertAccessible(page, "question");
        await page.keyboard.press("2");
        await page.getByTestId("feedback").waitFor();
        await assertAccessible(page, "feedback (wrong answer)");
        await page.getByTestId("next").click();
        await page.keyboard.press("2");
        await page.getByTestId("feedback").waitFor();
        await assertAccessible(page, "feedback (right answer)");

        await page.getByTestId("next").click();
        while ((await page.getByTestId("finish").count()) === 0) await page.getByTestId("next").click();
        await page.getByTestId("finish").click();
        await page.getByTestId("confirm-finish").waitFor();
        await assertAccessible(page, "finish with unanswered statements");
        await page.getByTestId("finish-anyway").click();
        await page.getByTestId("score").waitFor();
        await assertAccessible(page, "results");
        assert.deepEqual(problems, []);
        await context.close();
      });
    });
  }
}

describe("accessibility of the quiz editor", () => {
  for (const scheme of ["light", "dark"]) {
    test(`article input, editor with problems, preview and answer key (${scheme})`, async () => {
      const { page, problems, context } = await openPage(app.browser, { viewport: VIEWPORTS.desktop });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${app.url}#/edit`);
      await page.getByTestId("article-input").waitFor();
      await assertAccessible(page, "article input");
      await page.getByTestId("article-input").fill("A town. It is nice.\n\nIt cost £5.");
      await page.getByTestId("start-editing").click();
      await page.getByTestId("propose-all").click();
      await assertAccessible(page, "editor with problems");
      for (const id of ["p1-s1", "p1-s2", "p2-s1"]) {
        await page.getByTestId(`answer-${id}-claim`).check();
        await page.getByTestId(`explanation-${id}`).fill("Because.");
      }
      await page.getByTestId("preview").click();
      await page.getByTestId("student-preview").waitFor();
      await assertAccessible(page, "preview");
      await page.getByTestId("close-preview").click();
      await page.getByTestId("answer-key").click();
      await page.getByTestId("answer-key-view").waitFor();
      await assertAccessible(page, "answer key");
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});
