// The size budgets of the release build (docs/PERFORMANCE.md), checked on dist/ after
// `trunk build --release`: sizes are deterministic, so CI fails the moment a change breaks one.
// Sizes are brotli (quality 11, the .br files scripts/post-build.mjs writes), in bytes; kB = 1000 B.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const DIST = new URL("../dist/", import.meta.url).pathname;

/** What every student downloads before Start works: the app's wasm and its JS glue. Raised from
 * 200,000 to 201,000 on 2026-11-26 for the results file students hand in and the way to open a
 * class summary, and to 203,000 the same evening for the app's side of a SCORM package (the
 * learning platform keeps the attempt and gets the grade) and the door to the platform's page
 * (docs/PERFORMANCE.md says why); to 273,000 on 2026-11-26 for the interface in five languages
 * (leptos_i18n with CLDR plurals, all five compiled in), the CSV in the student's language and
 * why a quiz did not open or saved progress was cleared, in the student's language:
 * docs/PERFORMANCE.md, "The interface in five languages", has the measurements and what would
 * bring it down. */
const STUDENT_MODULE_BUDGET = 273_000;
/** What the first paint waits for: the page, with the pre-rendered start screen and its styles
 * inline (a separate stylesheet, if there ever is one again, counts too). */
const FIRST_PAINT_BUDGET = 10_000;

const files = readdirSync(DIST);
const brotli = (pattern, { optional = false } = {}) => {
  const matched = files.filter((name) => pattern.test(name) && !name.endsWith(".br"));
  if (matched.length === 0 && !optional) throw new Error(`no file in dist/ matches ${pattern}`);
  return matched.map((name) => {
    const br = `${name}.br`;
    if (!files.includes(br)) throw new Error(`dist/${br} is missing (scripts/post-build.mjs writes it)`);
    return { name, bytes: statSync(join(DIST, br)).size };
  });
};

const checks = [
  ["student module", brotli(/^fact-claim-opinion-[0-9a-f]+(_bg\.wasm|\.js)$/), STUDENT_MODULE_BUDGET],
  ["first paint", [...brotli(/^index\.html$/), ...brotli(/^(?!teacher-).*\.css$/, { optional: true })], FIRST_PAINT_BUDGET],
  ["teachers' module (no budget: only teachers download it)", brotli(/^teacher-[0-9a-f]+(_bg\.wasm|\.js)$/), Infinity],
];

let over = false;
for (const [what, parts, budget] of checks) {
  const total = parts.reduce((sum, part) => sum + part.bytes, 0);
  const detail = parts.map((part) => `${part.name} ${part.bytes}`).join(", ");
  const fits = total <= budget;
  over ||= !fits;
  const limit = Number.isFinite(budget) ? ` of ${budget}` : "";
  console.log(`${fits ? "ok  " : "OVER"} ${what}: ${total} bytes brotli${limit} (${detail})`);
}
if (over) {
  console.error("A size budget is exceeded: see docs/PERFORMANCE.md for the budgets and how to raise one.");
  process.exit(1);
}
