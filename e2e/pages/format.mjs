// The quiz format's documentation (format.html, built from quizzes/README.md): a page of its own
// beside the app, opened in a new tab from where teachers open files.
import { Screen } from "./screen.mjs";

export class FormatPage extends Screen {
  async heading() {
    return this.page.getByRole("heading", { level: 1 }).textContent();
  }

  async sectionTitles() {
    return this.page.getByRole("heading", { level: 2 }).allTextContents();
  }

  /** Follows a link by its text (in this tab), e.g. "quiz.schema.json". */
  async follow(name) {
    const [response] = await Promise.all([
      this.page.waitForNavigation(),
      this.page.getByRole("link", { name, exact: true }).first().click(),
    ]);
    return response;
  }

  /** Opens a sample quiz in the app from the "Sample quizzes" list. */
  async openSample(fileName) {
    await this.page.getByRole("link", { name: `Open ${fileName} in the app` }).click();
  }
}
