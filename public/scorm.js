// The bridge between the app and a learning platform, in a SCORM package only: the package's
// launch page (scorm/index.html, written by scripts/post-build.mjs) loads it before the app, and
// the teachers' module zips it with the app's release files and the quiz. It defines
// window.fcoPlatform, which the app reads in src/shared/platform.rs.
//
// It finds the platform's run-time API as the standard describes (this window's parents, then
// the opener's), speaks SCORM 2004 (API_1484_11) or SCORM 1.2 (API), whichever the platform
// offers, and turns what the app says into the data model:
// - at start: initialise, mark the attempt incomplete, hand the app the kept attempt (suspend data);
// - on every change: keep the attempt in the suspend data, and commit (at most every few seconds);
// - when the first attempt is finished: the score (raw, min, max and scaled, the app's percent),
//   passed or failed against the quiz's pass mark (completed when it has none), every statement
//   as an interaction, the time spent; commit;
// - on leaving: the time spent, exit "suspend" while there is an attempt to come back to, commit,
//   terminate.
// The score is worked out by the app (src/quiz/score.rs): this file only copies it across.
(() => {
  "use strict";
  const QUIZ = "quiz.json";
  const COMMIT_EVERY_MS = 3000;

  const MODELS = {
    "2004": {
      init: "Initialize", get: "GetValue", set: "SetValue", commit: "Commit", end: "Terminate",
      time: "cmi.session_time", exit: "cmi.exit", suspend: "cmi.suspend_data",
      raw: "cmi.score.raw", min: "cmi.score.min", max: "cmi.score.max", scaled: "cmi.score.scaled",
      response: "learner_response", right: "correct", wrong: "incorrect", normalExit: "normal",
      duration: (seconds) => `PT${Math.floor(seconds / 3600)}H${Math.floor((seconds % 3600) / 60)}M${seconds % 60}S`,
      started(get, set) {
        if (get("cmi.completion_status") !== "completed") set("cmi.completion_status", "incomplete");
      },
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
      duration: (seconds) =>
        [Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60), seconds % 60]
          .map((n) => String(n).padStart(2, "0"))
          .join(":"),
      started(get, set) {
        if (["not attempted", ""].includes(get("cmi.core.lesson_status"))) set("cmi.core.lesson_status", "incomplete");
      },
      finished(set, passed) {
        set("cmi.core.lesson_status", passed === undefined ? "completed" : passed ? "passed" : "failed");
      },
    },
  };

  // The standard's search: up the frames from `win` (a platform may nest the package deeply),
  // stopping at a frame of another site, which cannot be read.
  function search(win, name) {
    for (let depth = 0; win && depth < 500; depth++) {
      try {
        if (win[name]) return win[name];
      } catch {
        return null;
      }
      if (win.parent === win) break;
      win = win.parent;
    }
    return null;
  }

  function discover() {
    for (const [name, version] of [["API_1484_11", "2004"], ["API", "1.2"]]) {
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
  let replayedFinish = false;
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
    // A finished attempt comes back finished: the app reports it again as it restores it, and
    // the platform has it already.
    try {
      replayedFinish = progress !== null && JSON.parse(progress).finished === true;
    } catch {
      replayedFinish = false;
    }
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
    if (replayedFinish) {
      replayedFinish = false;
      return;
    }
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
      set(`${at}type`, "choice");
      if (found.version === "2004") {
        set(`${at}description`, statement.statement.slice(0, 250));
        // SCORM 2004 writes the time zone only after a fraction of a second.
        if (results.finished) set(`${at}timestamp`, results.finished.replace(/Z$/, ".0Z"));
      }
      set(`${at}weighting`, 1);
      statement.accepted.forEach((answer, n) => set(`${at}correct_responses.${n}.pattern`, answer));
      if (statement.your_answer !== null) set(`${at}${model.response}`, statement.your_answer);
      set(`${at}result`, statement.correct ? model.right : model.wrong);
    });
    spentTime();
    commit();
  }

  let ended = false;
  function leave() {
    if (!connected || ended) return;
    ended = true;
    spentTime();
    // "suspend" keeps the attempt for the student's return (their results, once finished).
    set(found.model.exit, progress ? "suspend" : found.model.normalExit);
    commit();
    call("end", "");
  }
  window.addEventListener("pagehide", leave);
  window.addEventListener("beforeunload", leave);
  // Phones close background tabs without a word: what is kept is committed when the page hides.
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden" && connected && !ended) commit();
  });

  window.fcoPlatform = {
    quiz: QUIZ,
    connected,
    resume: () => progress,
    save(text) {
      if (!connected || ended) return;
      progress = text ?? null;
      set(found.model.suspend, progress ?? "");
      commitSoon();
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
