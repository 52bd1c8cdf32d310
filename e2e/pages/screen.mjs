// What every screen of the app shares, and the base of the page objects in this folder.
// Page objects find the app's elements by data-testid only (never by CSS class): `find` is the one
// way in. Within an element found that way, a control without a test id of its own is found by
// its role and accessible name, as a person would name it ("Update now", "Try again").
import { focusedTestId } from "../helpers.mjs";

export class Screen {
  /** @param {import("playwright-core").Page} page */
  constructor(page) {
    this.page = page;
  }

  /** The element with this test id. */
  find(testId) {
    return this.page.getByTestId(testId);
  }

  /** Goes to an address, without waiting for any screen. */
  async navigate(url) {
    await this.page.goto(url);
  }

  async reload() {
    await this.page.reload();
  }

  /** Presses one key (a digit, Enter, an arrow…) wherever the focus is. */
  async press(key) {
    await this.page.keyboard.press(key);
  }

  /** The test id of the control that has the keyboard focus, or null. */
  async focused() {
    return focusedTestId(this.page);
  }

  /** Chooses the interface language in the title bar's picker (`fr`, `ar`…). */
  async chooseLanguage(code) {
    await this.find("language").selectOption(code);
    await this.page.waitForFunction((code) => document.documentElement.lang === code, code);
  }

  /** The interface language and direction on `<html>`: `{ lang: "ar", dir: "rtl" }`. */
  async language() {
    return this.page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
  }

  /** The message at the top of the page ("Welcome back", "could not be read"…). */
  async notice() {
    return this.find("notice").textContent();
  }

  async noticeCount() {
    return this.find("notice").count();
  }

  /** The name the browser was given for the last download (see `download`). */
  lastFileName = null;

  /** Presses the control with this test id and waits for the file it downloads; resolves to its path. */
  async download(testId) {
    const download = this.page.waitForEvent("download");
    await this.find(testId).click();
    this.lastFileName = (await download).suggestedFilename();
    return (await download).path();
  }

  /** Whether the element with this test id is (at least partly) inside the visible part of the page. */
  async inView(testId) {
    return this.find(testId).evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.bottom > 0 && box.top < innerHeight && box.height > 0;
    });
  }

  /** What the screen reader was last told (the live region). */
  async announcement() {
    return this.find("announcer").textContent();
  }

  /** Starts over, confirming that the answers may go. */
  async startOver() {
    await this.find("start-over").click();
    await this.find("start-over-confirm").click();
  }

  /** What the clipboard holds (the context must be granted clipboard-read). */
  async clipboardText() {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /**
   * Drops a quiz file as if dragged from the desktop. The app listens on the window, so the
   * element it is dropped on only has to be on the screen.
   */
  async dropFile(target, { name, text, type = "application/json" }, { dragOver = false } = {}) {
    const files = await this.page.evaluateHandle(
      ({ text, name, type }) => {
        const data = new DataTransfer();
        data.items.add(new File([text], name, { type }));
        return data;
      },
      { text, name, type },
    );
    if (dragOver) await target.dispatchEvent("dragover", { dataTransfer: files });
    await target.dispatchEvent("drop", { dataTransfer: files });
  }

  // Facts about the whole document, which no test id can stand for: they are read from the
  // document itself.

  /** How many pixels the page is wider than the window (0 or less: no horizontal scrolling). */
  async horizontalOverflow() {
    return this.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  }

  async backgroundColor() {
    return this.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  }

  /** Level-one headings in the page's accessibility tree. */
  async mainHeadingCount() {
    return this.page.getByRole("heading", { level: 1 }).count();
  }

  /** All the text of the page's main region. */
  async mainText() {
    return this.page.locator("main").textContent();
  }

  /** Images, scripts, SVG and frames inside the main region (the app itself renders none). */
  async injectedElementCount() {
    return this.page.evaluate(
      () => document.querySelectorAll("main img, main script, main svg, main iframe").length,
    );
  }

  /** The Content-Security-Policy the page declares in its <meta>. */
  async contentSecurityPolicy() {
    return this.page.locator("meta[http-equiv=Content-Security-Policy]").getAttribute("content");
  }
}
