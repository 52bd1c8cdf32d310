// axe-core (WCAG 2.2 A and AA rules) on every screen, in light and dark themes, at phone and
// desktop width. Zero violations.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { VIEWPORTS, assertAccessible, launch, openPage } from "./helpers.mjs";
import { screens } from "./pages/index.mjs";

let app;
before(async () => {
  app = await launch();
});
after(async () => {
  await app?.close();
});

for (const scheme of ["light", "dark"]) {
  for (const [width, viewport] of Object.entries(VIEWPORTS)) {
    describe(`accessibility, ${scheme} theme, ${width}`, () => {
      test("start, question, feedback, results, loader and error list have no violations", async () => {
        const { page, problems, context } = await openPage(app.browser, { viewport });
        const { start, errors, question, results } = screens(page);
        await page.emulateMedia({ colorScheme: scheme });
        await start.goto(app.url);
        await assertAccessible(page, "start");

        await start.openLoader();
        await assertAccessible(page, "quiz loader");
        await start.pasteQuiz("{ not a quiz");
        await errors.waitUntilShown();
        await assertAccessible(page, "error list");
        await errors.dismiss();

        await start.start();
        await question.waitUntilShown();
        await assertAccessible(page, "question");
        await question.answerByKey("2");
        await question.waitForFeedback();
        await assertAccessible(page, "feedback (wrong answer)");
        await question.next();
        await question.answerByKey("2");
        await question.waitForFeedback();
        await assertAccessible(page, "feedback (right answer)");

        await question.next();
        while (!(await question.isLast())) await question.next();
        await question.finish();
        await question.waitForFinishConfirmation();
        await assertAccessible(page, "finish with unanswered statements");
        await question.finishAnyway();
        await results.waitUntilShown();
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
      const { editor } = screens(page);
      await page.emulateMedia({ colorScheme: scheme });
      await editor.goto(app.url);
      await editor.waitForArticleInput();
      await assertAccessible(page, "article input");
      await editor.writeArticle("A town. It is nice.\n\nIt cost £5.");
      await editor.startEditing();
      await editor.markEverySentence();
      await assertAccessible(page, "editor with problems");
      for (const id of ["p1-s1", "p1-s2", "p2-s1"]) {
        await editor.checkAnswer(id, "claim");
        await editor.writeExplanation(id, "Because.");
      }
      // The article has no headline, so the title is the teacher's to write.
      await editor.setTitle("A town");
      await editor.openPreview();
      await assertAccessible(page, "preview");
      await editor.closePreview();
      await editor.openAnswerKey();
      await assertAccessible(page, "answer key");
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});
