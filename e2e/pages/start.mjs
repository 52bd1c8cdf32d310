// The start screen: the quiz's title, its kinds of statement, the mode, the start button, and the
// teacher's tools (open a quiz by file, paste or link; share; recent quizzes; create a quiz).
import { tabTo } from "../helpers.mjs";
import { Screen } from "./screen.mjs";

/** The modes in the order of their radio buttons. */
const MODES = ["practice", "test"];

export class StartPage extends Screen {
  /** Opens the app at this address and waits until the start screen can be used. */
  async goto(url) {
    await this.navigate(url);
    await this.waitUntilShown();
  }

  async waitUntilShown() {
    await this.find("start").waitFor();
  }

  async title() {
    return this.find("quiz-title").textContent();
  }

  /** Waits until the open quiz is the one with this title (or a title containing it). */
  async waitForTitle(text) {
    await this.find("quiz-title").filter({ hasText: text }).waitFor();
  }

  /** "3 kinds of statement" (as many as the quiz has). */
  async kindsHeading() {
    return this.find("kinds-heading").textContent();
  }

  async categories() {
    return this.find("categories").textContent();
  }

  /** "17 statements in 4 passages · about 9 minutes". */
  async duration() {
    return this.find("duration").textContent();
  }

  // The mode and the start button.

  /** Tabs to the mode choice (one Tab stop) and chooses the mode with the arrow keys. */
  async chooseModeByKeyboard(mode) {
    await tabTo(this.page, `mode-${MODES[0]}`);
    for (let i = 0; i < MODES.indexOf(mode); i++) await this.press("ArrowDown");
  }

  async isModeChosen(mode) {
    return this.find(`mode-${mode}`).isChecked();
  }

  /** Whether the student may choose this mode (a quiz can fix its mode). */
  async offersMode(mode) {
    return (await this.find(`mode-${mode}`).count()) > 0;
  }

  async start() {
    await this.find("start").click();
  }

  async tabToStart() {
    await tabTo(this.page, "start");
  }

  /** Tabs to the start button and presses Enter. */
  async startByKeyboard() {
    await this.tabToStart();
    await this.press("Enter");
  }

  async startButtonText() {
    return this.find("start").textContent();
  }

  // The teacher's quiz loader.

  /** Opens the "open your own quiz" panel. */
  /** Follows the loader's link to the quiz format; resolves to the new tab it opens. */
  async openFormatDocs() {
    const [tab] = await Promise.all([
      this.page.context().waitForEvent("page"),
      this.find("format-link").click(),
    ]);
    await tab.waitForLoadState();
    return tab;
  }

  async openLoader() {
    await this.find("loader").locator("summary").click();
  }

  /** Chooses a file in the picker: a path, or { name, mimeType, buffer }. */
  async openFile(file) {
    await this.find("file-input").setInputFiles(file);
  }

  async pasteQuiz(text) {
    await this.find("paste-input").fill(text);
    await this.find("paste-open").click();
  }

  async openLink(link) {
    await this.find("link-input").fill(link);
    await this.find("link-open").click();
  }

  /** Drops a quiz file on the page (on the title, as a teacher would aim). */
  async dropFile(file, options) {
    await super.dropFile(this.find("quiz-title"), file, options);
  }

  async openBundled() {
    await this.find("open-bundled").click();
  }

  /** "Put the open quiz on your learning platform", in the open-quiz menu. */
  async openPlatformPage() {
    await this.find("platform-link").click();
  }

  async createQuiz() {
    await this.find("create-quiz").and(this.page.getByRole("link", { name: "Create your own quiz" })).click();
  }

  // Sharing.

  async share() {
    await this.find("share").click();
  }

  async waitUntilLinkCopied() {
    await this.find("share-status").filter({ hasText: "Link copied" }).waitFor();
  }

  async sharedLink() {
    return this.find("share-link").inputValue();
  }

  // Recent quizzes.

  async waitForRecent(id) {
    await this.find(`recent-${id}`).waitFor();
  }

  async openRecent(id) {
    await this.find(`recent-${id}`).getByRole("button", { name: /^Open/ }).click();
  }

  async removeRecent(id) {
    await this.find(`recent-${id}`).getByRole("button", { name: /^Remove/ }).click();
  }

  async recentCount(id) {
    return this.find(`recent-${id}`).count();
  }

  // A new version of the app.

  async waitForUpdateOffer() {
    await this.find("update-ready").waitFor();
  }

  async isUpdateOffered() {
    return (await this.find("update-ready").count()) > 0;
  }

  async updateNow() {
    await this.find("update-ready").getByRole("button", { name: "Update now" }).click();
  }
}

/**
 * The copy of the start screen that scripts/post-build.mjs puts into index.html, shown until the
 * app has downloaded. post-build.mjs removes every data-testid (and id) from that copy, so the
 * live app's stay unique: nothing in it can be found by test id. This object is the one place
 * that finds elements otherwise, with the selectors the test has always used.
 */
export class PrerenderedStartPage extends Screen {
  get root() {
    return this.page.locator("#boot");
  }

  async waitForTitle(title) {
    await this.root.getByRole("heading", { level: 1, name: title, includeHidden: true }).waitFor();
  }

  async startButtonText() {
    return this.root.locator("button.primary").textContent();
  }

  /** "" when the copy cannot be used (inert), null otherwise. */
  async inert() {
    return this.root.getAttribute("inert");
  }

  async isModeChosen(mode) {
    return this.root.locator(`input[value=${mode}]`).isChecked();
  }

  /** 0 once the app has replaced the copy. */
  async count() {
    return this.root.count();
  }
}
