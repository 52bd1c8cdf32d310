// The quiz editor (#/edit): the article input, the statement cards, the passage tools for marking,
// splitting and re-bounding statements by selecting text, the quiz settings, undo, the student
// preview, the answer key and the export. Also the message shown when the editor module cannot be
// downloaded.
import { readFile } from "node:fs/promises";
import { Screen } from "./screen.mjs";

export class EditorPage extends Screen {
  /** Goes to the editor's address (without waiting: the editor module downloads first). */
  async goto(url) {
    await this.navigate(`${url}#/edit`);
  }

  // The article.

  async waitForArticleInput() {
    await this.find("article-input").waitFor();
  }

  async articleInputCount() {
    return this.find("article-input").count();
  }

  async writeArticle(text) {
    await this.find("article-input").fill(text);
  }

  async startEditing() {
    await this.find("start-editing").click();
  }

  /** Opens an existing quiz (the one open in the app) for editing. */
  async editOpenQuiz() {
    await this.find("edit-open-quiz").click();
  }

  async backToQuiz() {
    await this.find("back-to-quiz").click();
  }

  // Statements.

  /** Marks every sentence of the article as a statement. */
  async markEverySentence() {
    await this.find("propose-all").click();
  }

  async waitForEditing() {
    await this.find("propose-all").waitFor();
  }

  /** The problems listed on a statement's card. */
  async statementProblems(id) {
    return this.find(`errors-${id}`).textContent();
  }

  async statementCount() {
    return this.page.locator("[data-testid^=statement-card-]").count();
  }

  /** The text of every statement card, in order. */
  async statementTexts() {
    return this.page.locator("[data-testid^=statement-card-]").getByRole("blockquote").allTextContents();
  }

  async checkAnswer(id, category) {
    await this.find(`answer-${id}-${category}`).check();
  }

  async isAnswerChecked(id, category) {
    return this.find(`answer-${id}-${category}`).isChecked();
  }

  async writeExplanation(id, text) {
    await this.find(`explanation-${id}`).fill(text);
  }

  async waitForStatement(id) {
    await this.find(`explanation-${id}`).waitFor();
  }

  async explanation(id) {
    return this.find(`explanation-${id}`).inputValue();
  }

  async remove(id) {
    await this.find(`remove-${id}`).click();
  }

  /** How many buttons of this card are pressed (1 when it is the statement chosen for the passage tools). */
  async chosenCount(id) {
    return this.find(`statement-card-${id}`).getByRole("button", { pressed: true }).count();
  }

  async mergeWithNext(id) {
    await this.find(`statement-card-${id}`).getByRole("button", { name: "Merge with the next statement" }).click();
  }

  /** Opens or folds a card's explanation, cue words and fact check. */
  async toggleDetails(id) {
    await this.find(`details-${id}`).click();
  }

  async isExplanationVisible(id) {
    return this.find(`explanation-${id}`).isVisible();
  }

  async choose(id) {
    await this.find(`statement-card-${id}`).getByRole("button", { name: "Choose" }).click();
  }

  /** Opens or folds a passage's selection box and buttons. */
  async toggleTools(passage) {
    await this.find(`tools-${passage}`).click();
  }

  async areToolsVisible(passage) {
    return this.find(`select-${passage}`).isVisible();
  }

  /** The toolbar's way down to "About the quiz" (shown on one column only). */
  async goToSettings() {
    await this.find("go-to-settings").click();
  }

  async goToExport() {
    await this.find("go-to-export").click();
  }

  /** Vertical position of an element on the page (for the order of sections). */
  async top(testId) {
    return this.find(testId).evaluate((e) => e.getBoundingClientRect().top + scrollY);
  }

  async undo() {
    await this.find("undo").click();
  }

  // The passage tools: select words in a passage's selection box, then act on them.

  /** Selects characters [start, end) of passage `passage`'s text (start = end: puts the cursor there). */
  async select(passage, start, end) {
    await this.find(`select-${passage}`).evaluate((area, [start, end]) => area.setSelectionRange(start, end), [start, end]);
  }

  /** Selects by keyboard in the selection box: `skip` characters in from the start, then `count` more with Shift+→. */
  async selectByKeyboard(passage, skip, count) {
    await this.find(`select-${passage}`).focus();
    await this.page.keyboard.press("Control+Home");
    for (let i = 0; i < skip; i++) await this.page.keyboard.press("ArrowRight");
    for (let i = 0; i < count; i++) await this.page.keyboard.press("Shift+ArrowRight");
  }

  /** Drags the mouse over the highlighted passage from the first letter of `from` to the last of `to`. */
  async dragOverPassage(passage, from, to) {
    const area = this.find(`edit-passage-${passage}`).locator(".passage-text");
    const [start, end] = await area.evaluate((p, [from, to]) => {
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      const spot = (words, last) => {
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.data.indexOf(words);
          if (at < 0) continue;
          const range = document.createRange();
          const i = last ? at + words.length - 1 : at;
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const r = range.getBoundingClientRect();
          return { x: last ? r.right - 1 : r.left + 1, y: r.top + r.height / 2 };
        }
        throw new Error(`“${words}” is not in the passage`);
      };
      const a = spot(from, false);
      walker.currentNode = p;
      return [a, spot(to, true)];
    }, [from, to]);
    await this.page.mouse.move(start.x, start.y);
    await this.page.mouse.down();
    await this.page.mouse.move(end.x, end.y, { steps: 5 });
    await this.page.mouse.up();
  }

  /** "Selected: “…”" under a passage's selection box. */
  async selectedWords(passage) {
    return this.find(`selected-${passage}`).textContent();
  }

  async typeInSelectionBox(passage, text) {
    await this.find(`select-${passage}`).focus();
    await this.page.keyboard.type(text);
  }

  async selectionBoxText(passage) {
    return this.find(`select-${passage}`).inputValue();
  }

  async markSelection(passage) {
    await this.find(`mark-${passage}`).click();
  }

  async markSentences(passage) {
    await this.find(`propose-${passage}`).click();
  }

  async splitAtCursor(passage) {
    await this.find(`split-${passage}`).click();
  }

  async setChosenToSelection(passage) {
    await this.find(`set-range-${passage}`).click();
  }

  async message() {
    return this.find("edit-message").textContent();
  }

  // Quiz settings.

  async setTitle(title) {
    await this.find("meta-title").fill(title);
  }

  async title() {
    return this.find("meta-title").inputValue();
  }

  async setId(id) {
    await this.find("meta-id").fill(id);
  }

  // Preview, answer key, export.

  /** "The quiz is ready." or what to fix first. */
  async exportStatus() {
    return this.find("export-status").textContent();
  }

  async isExportDisabled() {
    return this.find("export-json").isDisabled();
  }

  async waitForExport() {
    await this.find("export-json").waitFor();
  }

  /** Opens the student preview and waits for it. */
  async openPreview() {
    await this.find("preview").click();
    await this.find("student-preview").waitFor();
  }

  async closePreview() {
    await this.find("close-preview").click();
  }

  /** Opens the answer key and waits for it. */
  async openAnswerKey() {
    await this.find("answer-key").click();
    await this.find("answer-key-view").waitFor();
  }

  /** Exports the quiz as JSON; resolves to the downloaded file's path. */
  async exportJson() {
    return this.download("export-json");
  }

  /** Downloads the quiz for Moodle (GIFT); resolves to the file's text. */
  async exportGift() {
    return readFile(await this.download("export-gift"), "utf8");
  }

  /** Downloads the QTI 1.2 package (a zip); resolves to its bytes. */
  async exportQti() {
    return readFile(await this.download("export-qti"));
  }


  // When the editor module cannot be downloaded.

  async waitForDownloadFailure() {
    await this.find("editor-failed").waitFor();
  }

  async downloadFailure() {
    return this.find("editor-failed").textContent();
  }

  async downloadFailureCount() {
    return this.find("editor-failed").count();
  }

  async tryDownloadAgain() {
    await this.find("editor-failed").getByRole("button", { name: "Try again" }).click();
  }
}
