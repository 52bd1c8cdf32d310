// The bridge between the app and a learning platform, in a SCORM package only: the package's
// launch page (scorm/index.html, written by scripts/post-build.mjs) loads it before the app, and
// the teachers' module zips it with the app's release files and the quiz. It defines
// window.fcoPlatform, which the app reads in src/shared/platform.rs.
//
// It finds the platform's run-time API as the standard describes (this window's parents, then
// the opener's), the edition the package was made for first (data-scorm on its script tag,
// written by src/quiz/scorm.rs), the other if the platform only has that one, and turns what the
// app says into the data model:
// - at start: initialise, mark the attempt incomplete, hand the app the kept attempt (suspend data);
// - on every change: keep the attempt in the suspend data, and commit (at most every few seconds);
// - when a first attempt is finished: the score (raw, min, max and scaled, the app's percent),
//   passed or failed against the quiz's pass mark (completed when it has none), every statement
//   as an interaction, the time spent; commit. Once per attempt on the platform: an attempt the
//   platform has graded already (a student coming back to their results, or starting over) is
//   not graded again, as a retry in the app never replaces the first score;
// - on leaving: the time spent, exit "suspend" while there is an attempt to come back to, commit,
//   terminate.
// The score is worked out by the app (src/quiz/score.rs): this file only copies it across.
(() => {
  "use strict";
  const QUIZ = "quiz.json";
  const EDITION = document.currentScript?.dataset.scorm === "1.2" ? "1.2" : "2004";
  const COMMIT_EVERY_MS = 3000;

  const MODELS = {
    "2004": {
      init: "Initialize", get: "GetValue", set: "SetValue", commit: "Commit", end: "Terminate",
      time: "cmi.session_time", exit: "cmi.exit", suspend: "cmi.suspend_data",
      raw: "cmi.score.raw", min: "cmi.score.min", max: "cmi.score.max", scaled: "cmi.score.scaled",
      response: "learner_response", right: "correct", wrong: "incorrect", normalExit: "normal",
      interaction: "choice",
      duration: (seconds) => `PT${Math.floor(seconds / 3600)}H${Math.floor((seconds % 3600) / 60)}M${seconds % 60}S`,
      started(get, set) {
        if (get("cmi.completion_status") !== "completed") set("cmi.completion_status", "incomplete");
      },
      graded: (get) => get("cmi.completion_status") === "completed",
      finished(set, passed) {
        set("cmi.completion_status", "completed");
        set("cmi.success_status", passed === undefined ? "unknown" : passed ? "passed" : "failed");
      },
    },
    "1.2": {
      init: "LMSInitialize", get: "LMSGetValue", set: "LMSSetValue", commit: "LMSCommit", end: "LMSFinish",
      time: "cmi.core.session_time", exit: "cmi.core.exit", suspend: "cmi.suspend_data",
      raw: "cmi.core.score.raw", min: "cmi.core.score.min", max: "cmi.core.score.max", scaled: null,
      response: "student_response", right: "correct", wrong: "wrong", normalExit: "",
      // SCORM 1.2's "choice" answers are single characters: "fill-in" keeps the category ids,
      // which a teacher reads in the platform's report.
      interaction: "fill-in",
      duration: (seconds) =>
        [Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60), seconds % 60]
          .map((n) => String(n).padStart(2, "0"))
          .join(":"),
      started(get, set) {
        if (["not attempted", ""].includes(get("cmi.core.lesson_status"))) set("cmi.core.lesson_status", "incomplete");
      },
      graded: (get) => ["passed", "failed", "completed"].includes(get("cmi.core.lesson_status")),
      finished(set, passed) {
        set("cmi.core.lesson_status", passed === undefined ? "completed" : passed ? "passed" : "failed");
      },
    },
  };

  // The standard's search: up the frames from `win` (a platform may nest the package deeply).
  // A frame of another site cannot be read, but its parent may be the platform's again.
  function search(win, name) {
    for (let depth = 0; win && depth < 500; depth++) {
      try {
        if (win[name]) return win[name];
      } catch {
        // another site's frame: keep climbing
      }
      if (win.parent === win) break;
      win = win.parent;
    }
    return null;
  }

  function discover() {
    const editions = [["API_1484_11", "2004"], ["API", "1.2"]];
    if (EDITION === "1.2") editions.reverse();
    for (const [name, version] of editions) {
      let api = search(window, name);
      if (!api) {
        try {
          if (window.opener) api = search(window.opener, name);
        } catch {
          api = null;
        }
      }
      if (api) return { api, model: MODELS[version], version };
    }
    return null;
  }

  const found = discover();
  let connected = false;
  let graded = false;
  let progress = null;
  const startedAt = Date.now();

  // A platform's API answers in strings; one that throws is taken as having said no.
  function call(method, ...args) {
    try {
      return String(found.api[found.model[method]](...args));
    } catch {
      return "";
    }
  }
  const get = (element) => call("get", element);
  const set = (element, value) => call("set", element, String(value)) === "true";

  if (found && call("init", "") === "true") {
    connected = true;
    found.model.started(get, set);
    progress = get(found.model.suspend) || null;
    graded = found.model.graded(get);
  }

  let lastCommit = 0;
  let pendingCommit = null;
  function commit() {
    clearTimeout(pendingCommit);
    pendingCommit = null;
    lastCommit = Date.now();
    call("commit", "");
  }
  // At most one commit every few seconds: each is a request to the platform's server.
  function commitSoon() {
    const wait = lastCommit + COMMIT_EVERY_MS - Date.now();
    if (wait <= 0) commit();
    else if (!pendingCommit) pendingCommit = setTimeout(commit, wait);
  }

  function spentTime() {
    set(found.model.time, found.model.duration(Math.round((Date.now() - startedAt) / 1000)));
  }

  function finish(text) {
    if (graded) return;
    const results = JSON.parse(text);
    const model = found.model;
    const score = results.score;
    set(model.raw, score.percent);
    set(model.min, 0);
    set(model.max, 100);
    if (model.scaled) set(model.scaled, score.percent / 100);
    model.finished(set, score.passed);
    const base = Number(get("cmi.interactions._count")) || 0;
    results.statements.forEach((statement, i) => {
      const at = `cmi.interactions.${base + i}.`;
      set(`${at}id`, statement.id);
      set(`${at}type`, model.interaction);
      if (found.version === "2004") {
        // 250 characters, not 250 UTF-16 halves of them.
        set(`${at}description`, Array.from(statement.statement).slice(0, 250).join(""));
        // SCORM 2004 writes the time zone only after a fraction of a second.
        if (results.finished) set(`${at}timestamp`, results.finished.replace(/Z$/, ".0Z"));
      }
      set(`${at}weighting`, 1);
      statement.accepted.forEach((answer, n) => set(`${at}correct_responses.${n}.pattern`, answer));
      if (statement.your_answer !== null) set(`${at}${model.response}`, statement.your_answer);
      set(`${at}result`, statement.correct ? model.right : model.wrong);
    });
    graded = true;
    spentTime();
    commit();
  }

  let ended = false;
  function leave() {
    if (!connected || ended) return;
    ended = true;
    spentTime();
    // "suspend" keeps the attempt for the student's return (their results, once finished); a
    // graded attempt is never ended here, or starting over would earn a new one.
    set(found.model.exit, progress || graded ? "suspend" : found.model.normalExit);
    commit();
    call("end", "");
  }
  // Not on beforeunload: the page may yet stay (another handler can cancel leaving).
  window.addEventListener("pagehide", leave);
  // Phones close background tabs without a word: what is kept is committed when the page hides.
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden" && connected && !ended) commit();
  });

  window.fcoPlatform = {
    quiz: QUIZ,
    // After terminating, the app keeps its attempt on the device again.
    get connected() {
      return connected && !ended;
    },
    resume: () => progress,
    // Whether the platform took it (SCORM 1.2 platforms may refuse more than 4,096 characters).
    save(text) {
      if (!connected || ended) return false;
      progress = text ?? null;
      const kept = set(found.model.suspend, progress ?? "");
      commitSoon();
      return kept;
    },
    finish(text) {
      if (!connected || ended) return;
      try {
        finish(text);
      } catch (error) {
        console.error("fcoPlatform: the results could not be reported", error);
      }
    },
  };
})();
