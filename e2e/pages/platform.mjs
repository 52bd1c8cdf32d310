// "Put this quiz on your learning platform" (#/platform, in the teachers' module): the SCORM
// package and the question-bank files. The editor's "Check and share" offers the same controls.
import { readFile } from "node:fs/promises";
import { Screen } from "./screen.mjs";

export class PlatformPage extends Screen {
  async waitUntilShown() {
    await this.find("platform-title").waitFor();
  }

  async title() {
    return this.find("platform-title").textContent();
  }

  /** Which quiz the page is for ("For the quiz open in the app: …"). */
  async quizName() {
    return this.find("platform-quiz").textContent();
  }

  /** Chooses "12" (SCORM 1.2) or "2004" (SCORM 2004 4th Edition). */
  async chooseScorm(version) {
    await this.find(`scorm-${version}`).check();
  }

  async isScormChosen(version) {
    return this.find(`scorm-${version}`).isChecked();
  }

  /** Downloads the SCORM package; resolves to its bytes. */
  async downloadScorm() {
    return new Uint8Array(await readFile(await this.download("export-scorm")));
  }

  /** "Downloaded … Upload it to your learning platform as a … package." */
  async scormStatus() {
    return this.find("scorm-status").textContent();
  }

  /** What the question-bank buttons said last ("Downloaded …"). */
  async bankStatus() {
    return this.find("bank-status").textContent();
  }

  async downloadGift() {
    return readFile(await this.download("export-gift"), "utf8");
  }

  async downloadQti() {
    return readFile(await this.download("export-qti"));
  }
}
