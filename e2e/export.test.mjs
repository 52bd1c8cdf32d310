// Quiz banks: every sample quiz, and one full of the characters GIFT, HTML and XML treat
// specially, goes through the editor's export buttons; the GIFT file is read back by a real GIFT
// parser (gift-pegjs) and the QTI package's XML by the browser's own XML parser.
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { unzipSync } from "fflate";
import { parse as parseGift } from "gift-pegjs";
import { statementsOf } from "../scripts/lib/results-files.mjs";
import { ROOT, launch, openPage } from "./helpers.mjs";
import { screens } from "./pages/index.mjs";

const SAMPLES = join(ROOT, "quizzes", "samples");
const DEFAULT_CATEGORIES = [
  { id: "fact", name: "Sourced fact" },
  { id: "claim", name: "Claim" },
  { id: "opinion", name: "Opinion" },
];

const SPECIAL = {
  format_version: 1,
  id: "special-chars",
  title: 'Braces {x}, tildes ~y, equals = z: & <b>bold</b> "quoted" #1',
  categories: [
    { id: "fact", name: "Fact {=}", definition: "d", example: "e" },
    { id: "opinion", name: "Opinion ~#:", definition: "d", example: "e" },
  ],
  passages: [
    {
      text: "A = B: {sure} ~ maybe #1 & <script>alert(1)</script> \\ done.",
      statements: [
        {
          id: "s1",
          text: "A = B: {sure} ~ maybe #1 & <script>alert(1)</script> \\ done.",
          answer: ["opinion", "fact"],
          explanation: "It says {sure}: a <judgement> & ~guess = #opinion.",
          cues: ["{sure}"],
        },
      ],
    },
  ],
};

const html = (text) => text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

const quizzes = [
  ["the bundled quiz", readFileSync(join(ROOT, "quizzes", "north-korea-russia-soldiers.json"), "utf8")],
  ...readdirSync(SAMPLES)
    .filter((name) => name.endsWith(".json"))
    .map((name) => [name, readFileSync(join(SAMPLES, name), "utf8")]),
  ["a quiz full of special characters", JSON.stringify(SPECIAL)],
];

let app;
before(async () => {
  app = await launch();
});
after(async () => {
  await app?.close();
});

describe("quiz banks", () => {
  for (const [name, text] of quizzes) {
    test(`${name}: GIFT for Moodle and QTI 1.2 for Canvas and Blackboard, read back by real parsers`, async () => {
      const quiz = JSON.parse(text);
      const statements = statementsOf(quiz);
      const categories = quiz.categories ?? DEFAULT_CATEGORIES;
      const { page, problems, context } = await openPage(app.browser, { acceptDownloads: true });
      const { start, editor } = screens(page);
      await start.goto(app.url);
      await start.openLoader();
      await start.pasteQuiz(text);
      await start.waitForTitle(quiz.title.slice(0, 20));
      // A teacher who works in English (a French quiz would otherwise open in French).
      await start.chooseLanguage("en");
      await start.createQuiz();
      await editor.editOpenQuiz();
      await editor.waitForExport();

      const gift = await editor.exportGift();
      assert.equal(editor.lastFileName, `${quiz.id}.gift.txt`);
      const questions = parseGift(gift).filter((q) => q.type !== "Category");
      assert.equal(questions.length, statements.length);
      for (const statement of statements) {
        const question = questions.find((q) => q.title === statement.id);
        assert.ok(question, `no question for ${statement.id}`);
        assert.equal(question.type, "MC");
        assert.ok(question.stem.text.includes(`<strong>${html(statement.text)}</strong>`), question.stem.text);
        assert.deepEqual(question.choices.map((c) => c.text.text), categories.map((c) => html(c.name)));
        for (const [i, choice] of question.choices.entries()) {
          const id = categories[i].id;
          if (id === statement.answers[0]) assert.equal(choice.isCorrect, true, `${statement.id}: ${id}`);
          else if (statement.answers.includes(id)) assert.equal(choice.weight, 50, `${statement.id}: ${id}`);
          else assert.equal(choice.isCorrect || choice.weight > 0, false, `${statement.id}: ${id}`);
        }
        assert.ok(question.globalFeedback.text.includes(html(statement.explanation)), question.globalFeedback.text);
      }

      const zip = unzipSync(new Uint8Array(await editor.exportQti()));
      assert.equal(editor.lastFileName, `${quiz.id}_qti.zip`);
      assert.deepEqual(Object.keys(zip).sort(), [`${quiz.id}/${quiz.id}.xml`, "imsmanifest.xml"].sort());
      const xml = new TextDecoder().decode(zip[`${quiz.id}/${quiz.id}.xml`]);
      const read = await page.evaluate((xml) => {
        const doc = new DOMParser().parseFromString(xml, "application/xml");
        if (doc.querySelector("parsererror")) return { error: doc.querySelector("parsererror").textContent };
        return {
          root: doc.documentElement.localName,
          items: [...doc.getElementsByTagName("item")].map((item) => ({
            ident: item.getAttribute("ident"),
            labels: [...item.getElementsByTagName("response_label")].map((l) => l.getAttribute("ident")),
            stem: item.getElementsByTagName("mattext")[0].textContent,
            right: [...item.getElementsByTagName("respcondition")]
              .filter((c) => c.getElementsByTagName("varequal").length)
              .map((c) => [c.getElementsByTagName("varequal")[0].textContent, c.getElementsByTagName("setvar")[0].textContent]),
            feedback: item.getElementsByTagName("itemfeedback").length,
          })),
        };
      }, xml);
      assert.equal(read.error, undefined, read.error);
      assert.equal(read.root, "questestinterop");
      assert.equal(read.items.length, statements.length);
      for (const item of read.items) {
        const statement = statements.find((s) => s.id === item.ident);
        assert.deepEqual(item.labels, categories.map((c) => c.id));
        assert.ok(item.stem.includes(`<strong>${html(statement.text)}</strong>`), item.stem);
        assert.deepEqual(
          Object.fromEntries(item.right),
          Object.fromEntries(statement.answers.map((a, i) => [a, i === 0 ? "100" : "50"])),
        );
        assert.equal(item.feedback, 1);
      }
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});
