// The results screen: the score, the pass mark, the breakdown by kind of statement, the
// statements missed with their explanations, retrying, and the downloads.
import { Screen } from "./screen.mjs";

export class ResultsPage extends Screen {
  async waitUntilShown() {
    await this.find("score").waitFor();
  }

  /** "You got 12 of 17 right (70%).". */
  async score() {
    return this.find("score").textContent();
  }

  /** Whether the student passed, when the quiz sets a pass mark. */
  async pass() {
    return this.find("pass").textContent();
  }

  /** The table of what was mistaken for what. */
  async breakdown() {
    return this.find("breakdown").textContent();
  }

  /** How many statements are listed as missed. */
  async missedCount() {
    return this.page.locator("[data-testid^=missed-]").count();
  }

  /** How many times this statement is listed as missed (0 or 1). */
  async missedEntryCount(id) {
    return this.find(`missed-${id}`).count();
  }

  /** The missed statement as listed: its text, the answers, the explanation. */
  async missedEntry(id) {
    return this.find(`missed-${id}`).textContent();
  }

  async retryMistakes() {
    await this.find("retry-mistakes").click();
  }

  /** Whether the quiz lets the student take it all again. */
  async offersRetryAll() {
    return (await this.find("retry-all").count()) > 0;
  }

  /** Downloads the results as CSV; resolves to the downloaded file's path. */
  async downloadCsv() {
    return this.download("download-csv");
  }

  /** Downloads the results as JSON; resolves to the downloaded file's path. */
  async downloadJson() {
    return this.download("download-json");
  }

  /** Drops a file (a class summary) on the results screen, as dragged from the desktop. */
  async dropFile(file, options) {
    await super.dropFile(this.find("score"), file, options);
  }

  /** Opens a class summary with the results screen's file box. */
  async openClassSummary(path) {
    await this.find("class-summary-input").setInputFiles(path);
  }

  /** "You got 17 of 17 (100%). In the class of 30, …" once the comparison is drawn. */
  async comparisonStanding() {
    await this.find("comparison").waitFor();
    return this.find("comparison-standing").textContent();
  }

  /** A statement's row of the comparison: [words, your answer, the class]. */
  async comparedRow(id) {
    return this.find(`compared-${id}`).evaluate((row) => [...row.children].map((c) => c.textContent));
  }

  /** Types the student's name into the box the downloads take it from. */
  async setStudentName(name) {
    await this.find("student-name").fill(name);
  }

  async studentName() {
    return this.find("student-name").inputValue();
  }

}
