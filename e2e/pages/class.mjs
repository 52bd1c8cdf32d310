// The class report (#/class): results files added by the picker (many files, or zips), the set
// aside list, the class summary and histogram, the students', statements' and confusion tables,
// the hardest statements, hiding names, the class CSV, and the discussion view for the projector.
import { readFile } from "node:fs/promises";
import { Screen } from "./screen.mjs";

export class ClassPage extends Screen {
  /** Opens the class report from the start screen's link and waits for it. */
  async openFromStart() {
    await this.find("class-report").click();
    await this.find("class-title").waitFor();
  }

  async quizLine() {
    return this.find("class-quiz").textContent();
  }

  /** Adds files (paths) by the picker, as a teacher choosing many at once; waits until read. */
  async addFiles(paths) {
    await this.find("results-files").setInputFiles(paths);
    await this.find("files-status").filter({ hasText: "added" }).waitFor();
  }

  async studentCount() {
    return this.page.getByTestId("student-row").count();
  }

  /** Waits until the students' table has this many rows. */
  async waitForStudents(count) {
    await this.page.waitForFunction(
      (n) => document.querySelectorAll("[data-testid=student-row]").length === n,
      count,
    );
  }

  /** "30 students · average 58.3% · …" */
  async summary() {
    return this.find("class-summary").textContent();
  }

  async histogramCaption() {
    return this.find("histogram").locator("figcaption").textContent();
  }

  /** The students' rows as text cells: [name, score, (pass), time, finished]. */
  async studentRows() {
    return this.page.getByTestId("student-row").evaluateAll((rows) =>
      rows.map((row) => [...row.children].map((cell) => cell.textContent)),
    );
  }

  /** Sorts the students' table by a column, "ascending" or "descending", as a person would:
   * pressing the column's heading until it says so. */
  async sortStudentsBy(column, direction = "ascending") {
    const heading = this.find(`sort-${column}`);
    for (let i = 0; i < 3; i++) {
      const state = await heading.evaluate((button) => button.closest("th").getAttribute("aria-sort"));
      if (state === direction) return;
      await heading.click();
    }
    throw new Error(`the ${column} column never sorted ${direction}`);
  }

  /** The statement's row as text cells: [number, words, % right, split, most common wrong]. */
  async statementRow(id) {
    return this.find(`statement-row-${id}`).evaluate((row) => [...row.children].map((c) => c.textContent));
  }

  /** The confusion table as numbers: rows of the expected kinds, columns chosen (+ no answer). */
  async confusion() {
    return this.find("confusion-table").evaluate((table) =>
      [...table.tBodies[0].rows].map((row) => [...row.cells].slice(1).map((c) => Number(c.textContent))),
    );
  }

  /** Statement ids of the hardest list, in order. */
  async hardestIds() {
    return this.find("hardest").locator("li").evaluateAll((items) => items.map((li) => li.dataset.testid.replace(/^hardest-/, "")));
  }

  async setAsideText() {
    return this.find("set-aside").textContent();
  }

  async setAsideCount() {
    return this.find("set-aside").locator("li").count();
  }

  async replacedText() {
    return this.find("replaced").textContent();
  }

  async hideNames() {
    await this.find("hide-names").check();
  }

  async clearFiles() {
    await this.find("clear-files").click();
    await this.find("class-empty").waitFor();
  }

  /** Downloads the class CSV; resolves to its path. */
  async downloadCsv() {
    return this.download("class-csv");
  }

  /** Downloads the class summary for students; resolves to its text. */
  async downloadSummary() {
    return readFile(await this.download("class-summary-file"), "utf8");
  }

  // The discussion view.

  async startDiscussion() {
    await this.find("discuss").click();
    await this.find("discussion").waitFor();
  }

  /** "Statement 2 of 17, hardest first". */
  async discussionPosition() {
    return this.find("discussion-position").textContent();
  }

  async discussedStatement() {
    return this.find("discussed-statement").textContent();
  }

  async discussionBars() {
    return this.find("discussion-bars").textContent();
  }

  async isAnswerShown() {
    return (await this.find("discussion-answer").count()) > 0;
  }

  async discussionAnswer() {
    return this.find("discussion-answer").textContent();
  }

  async isDiscussing() {
    return (await this.find("discussion").count()) > 0;
  }
}
