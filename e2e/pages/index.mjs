// Page objects, one per screen of the app. `screens(page)` gives all of them for one page.
import { ClassPage } from "./class.mjs";
import { EditorPage } from "./editor.mjs";
import { ErrorListPage } from "./error-list.mjs";
import { FormatPage } from "./format.mjs";
import { PlatformPage } from "./platform.mjs";
import { QuestionPage } from "./question.mjs";
import { ResultsPage } from "./results.mjs";
import { PrerenderedStartPage, StartPage } from "./start.mjs";

export { ClassPage, EditorPage, ErrorListPage, FormatPage, PlatformPage, PrerenderedStartPage, QuestionPage, ResultsPage, StartPage };

export function screens(page) {
  return {
    start: new StartPage(page),
    question: new QuestionPage(page),
    results: new ResultsPage(page),
    errors: new ErrorListPage(page),
    editor: new EditorPage(page),
    classReport: new ClassPage(page),
    platform: new PlatformPage(page),
  };
}
