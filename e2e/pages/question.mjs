// The question screen: where the student is, the passage and the statement to sort, the answer
// buttons, the feedback (practice mode) and the way on: next, previous, finish.
import { Screen } from "./screen.mjs";

export class QuestionPage extends Screen {
  async waitUntilShown() {
    await this.find("position").waitFor();
  }

  /** "Statement 3 of 17". */
  async position() {
    return this.find("position").textContent();
  }

  /** "5 of 17 answered…". */
  async progress() {
    return this.find("progress").textContent();
  }

  async passage() {
    return this.find("passage").textContent();
  }

  /** The statement to sort. */
  async statement() {
    return this.find("current-statement").textContent();
  }

  // Answering.

  /** Presses an answer's number key ("1" for the first kind of statement). */
  async answerByKey(key) {
    await this.press(String(key));
  }

  /** Clicks the answer button of this category. */
  async answer(category) {
    await this.find(`answer-${category}`).click();
  }

  /** The answer button's aria-pressed: "true" once it is the chosen answer. */
  async answerPressed(category) {
    return this.find(`answer-${category}`).getAttribute("aria-pressed");
  }

  /** Drops a quiz file on the page while answering. */
  async dropFile(file, options) {
    await super.dropFile(this.find("passage"), file, options);
  }

  // Feedback (practice mode).

  async waitForFeedback() {
    await this.find("feedback").waitFor();
  }

  async hasFeedback() {
    return (await this.find("feedback").count()) > 0;
  }

  /** The feedback's data-correct: "true" or "false". */
  async feedbackCorrect() {
    return this.find("feedback").getAttribute("data-correct");
  }

  /** "✓Right!…" or "✗Not quite…". */
  async verdict() {
    return this.find("verdict").textContent();
  }

  async explanation() {
    return this.find("explanation").textContent();
  }

  async factCheck() {
    return this.find("fact-check").textContent();
  }

  /** The cue words highlighted in the passage. */
  async cues() {
    return this.find("cue").allTextContents();
  }

  async cueCount() {
    return this.find("cue").count();
  }

  // Moving on.

  async next() {
    await this.find("next").click();
  }

  async previous() {
    await this.find("previous").click();
  }

  /** Whether this is the last statement (the way on is Finish, not Next). */
  async isLast() {
    return (await this.find("finish").count()) > 0;
  }

  async finish() {
    await this.find("finish").click();
  }

  /** The question asked on finishing with statements unanswered. */
  async finishConfirmation() {
    return this.find("confirm-finish").textContent();
  }

  async waitForFinishConfirmation() {
    await this.find("confirm-finish").waitFor();
  }

  async goToFirstUnanswered() {
    await this.find("first-unanswered").click();
  }

  async finishAnyway() {
    await this.find("finish-anyway").click();
  }
}
