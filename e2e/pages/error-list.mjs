// The list of problems found in a quiz file that cannot be opened (or a link that fails), shown
// above the screen that stays open. Copyable as text, and dismissable.
//
// The list may be rendered a moment after the file is opened (for instance by a module that is
// downloaded when first needed), so every accessor of the list waits for it to appear.
import { Screen } from "./screen.mjs";

export class ErrorListPage extends Screen {
  /** The list, once it is shown. */
  async errorList() {
    const list = this.find("error-list");
    await list.waitFor();
    return list;
  }

  /** Waits until the list is shown. */
  async waitUntilShown() {
    await this.errorList();
  }

  /** All the text of the list, once it is shown. */
  async text() {
    return (await this.errorList()).textContent();
  }

  /** How many problems the list shows, once it is shown. */
  async problemCount() {
    return (await this.errorList()).locator("li").count();
  }

  /** Whether the list is on the page right now (no waiting). */
  async isShown() {
    return (await this.find("error-list").count()) > 0;
  }

  async copy() {
    await (await this.errorList()).getByTestId("copy-errors").click();
  }

  /** Waits until the copy button says the list was copied. */
  async waitUntilCopied() {
    await this.find("copy-errors").filter({ hasText: "Copied" }).waitFor();
  }

  /** Waits for the message shown while the teachers' module (which lists the problems) is missing. */
  async waitForModuleFailure() {
    await this.find("explain-failed").waitFor();
  }

  async moduleFailure() {
    return this.find("explain-failed").textContent();
  }

  async moduleFailureCount() {
    return this.find("explain-failed").count();
  }

  /** Asks for the teachers' module again, after it could not be downloaded. */
  async tryModuleAgain() {
    await this.find("explain-failed").getByRole("button", { name: "Try again" }).click();
  }

  /** Follows the list's link to the quiz format; resolves to the new tab it opens. */
  async openFormatDocs() {
    const [tab] = await Promise.all([
      this.page.context().waitForEvent("page"),
      this.find("format-link-errors").click(),
    ]);
    await tab.waitForLoadState();
    return tab;
  }

  /** Hides the list; the quiz that was open stays open. */
  async dismiss() {
    await this.find("dismiss-errors").click();
  }
}
