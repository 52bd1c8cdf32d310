// What the SCORM tests' platform does: `launch(version, kept)` puts scorm-again's API for that
// version on this window, with what a platform keeps from an earlier session (`kept`, as
// scorm-again's loadFromJSON takes it), then opens the package in the frame. Every value the
// package sets is recorded, and every one the run-time refused. With `both`, the other edition's
// API is there too (some platforms offer both), and whether the package started it is recorded.
// The elements in `refuse` are refused, as a strict platform refuses a value it will not keep.
window.launch = (version, kept, both = false, refuse = []) => {
  const v12 = version === "1.2";
  const settings = { autocommit: false, logLevel: 5 };
  const api = v12 ? new window.Scorm12API(settings) : new window.Scorm2004API(settings);
  if (kept) api.loadFromJSON(kept);
  const names = v12
    ? { init: "LMSInitialize", set: "LMSSetValue", commit: "LMSCommit", end: "LMSFinish", error: "LMSGetLastError", diagnostic: "LMSGetDiagnostic" }
    : { init: "Initialize", set: "SetValue", commit: "Commit", end: "Terminate", error: "GetLastError", diagnostic: "GetDiagnostic" };
  const record = { version, initialised: 0, commits: 0, ended: 0, set: [], refused: [] };
  for (const [event, counter] of [[names.init, "initialised"], [names.commit, "commits"], [names.end, "ended"]]) {
    const original = api[event].bind(api);
    api[event] = (...args) => {
      const answer = original(...args);
      if (answer === "true" || answer === true) record[counter]++;
      else record.refused.push([event, api[names.error](), api[names.diagnostic]()]);
      return answer;
    };
  }
  const set = api[names.set].bind(api);
  api[names.set] = (element, value) => {
    if (refuse.includes(element)) return "false";
    const answer = set(element, value);
    if (answer === "true" || answer === true) record.set.push([element, value]);
    else record.refused.push([element, value, api[names.error](), api[names.diagnostic](api[names.error]())]);
    return answer;
  };
  window[v12 ? "API" : "API_1484_11"] = api;
  window.other = { initialised: 0 };
  if (both) {
    const other = v12 ? new window.Scorm2004API(settings) : new window.Scorm12API(settings);
    const init = v12 ? "Initialize" : "LMSInitialize";
    const original = other[init].bind(other);
    other[init] = (...args) => {
      window.other.initialised++;
      return original(...args);
    };
    window[v12 ? "API_1484_11" : "API"] = other;
  }
  window.lms = record;
  window.cmi = () => JSON.parse(JSON.stringify(api.renderCMIToJSONObject()));
  document.getElementById("sco").src = "/package/index.html";
};

// The student leaves the activity: the platform takes the frame away.
window.leave = () => {
  document.getElementById("sco").remove();
};
