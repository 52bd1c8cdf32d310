// Students' results files written from the documented format (results/README.md), apart from the
// app's own code: for the class report's end-to-end tests and its benchmark.
import { readFileSync } from "node:fs";

const DEFAULT_CATEGORIES = ["fact", "claim", "opinion"];

/** A quiz file's statements in reading order, each with `answers` (its accepted ids). */
export function statementsOf(quiz) {
  return quiz.passages.flatMap((passage) =>
    passage.statements
      .map((s) => {
        let at = -1;
        for (let i = 0; i < (s.occurrence ?? 1); i++) at = passage.text.indexOf(s.text, at + 1);
        return { ...s, at, answers: [s.answer].flat() };
      })
      .sort((a, b) => a.at - b.at),
  );
}

export function readQuiz(path) {
  return JSON.parse(readFileSync(path, "utf8"));
}

/** The quiz version as results/README.md defines it. */
export function quizVersion(quiz) {
  const MASK = (1n << 64n) - 1n;
  let hash = 0xcbf29ce484222325n;
  const bytes = (buffer) => {
    for (const byte of buffer) hash = ((hash ^ BigInt(byte)) * 0x100000001b3n) & MASK;
  };
  const count = (n) => {
    const buffer = Buffer.alloc(8);
    buffer.writeBigUInt64LE(BigInt(n));
    bytes(buffer);
  };
  const field = (text) => {
    const buffer = Buffer.from(text, "utf8");
    count(buffer.length);
    bytes(buffer);
  };
  for (const passage of quiz.passages) {
    field(passage.text);
    count(passage.statements.length);
    for (const s of passage.statements) {
      field(s.id);
      field(s.text);
      count(s.occurrence ?? 1);
      const accepted = [s.answer].flat();
      count(accepted.length);
      accepted.forEach(field);
    }
  }
  const categories = (quiz.categories ?? DEFAULT_CATEGORIES.map((id) => ({ id }))).map((c) => c.id);
  count(categories.length);
  categories.forEach(field);
  return hash.toString(16).padStart(16, "0");
}

/** A small seeded random number generator (mulberry32): the same class every run. */
export function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A results file for `quiz`: `answers` by statement id (null: not answered). */
export function resultsFile(quiz, student, answers, finished) {
  const statements = statementsOf(quiz);
  const rows = statements.map((s, i) => ({
    number: i + 1,
    id: s.id,
    statement: s.text,
    your_answer: answers[s.id] ?? null,
    accepted: s.answers,
    correct: s.answers.includes(answers[s.id]),
  }));
  const correct = rows.filter((r) => r.correct).length;
  const percent = Math.floor((correct * 100) / rows.length);
  const mark = quiz.settings?.pass_mark;
  return {
    results_format: 1,
    app_version: "0.1.0",
    student,
    quiz_id: quiz.id,
    quiz_title: quiz.title,
    quiz_version: quizVersion(quiz),
    mode: "test",
    attempt: 1,
    started: new Date(Date.parse(finished) - 300_000).toISOString().replace(/\.\d+Z$/, "Z"),
    finished,
    seconds: 300,
    score: { correct, total: rows.length, percent, ...(mark === undefined ? {} : { passed: percent >= mark }) },
    statements: rows,
  };
}

/** `count` students answering at random: three in five right, the rest spread or left out. */
export function generatedClass(quiz, count, { seed = 7, first = 1, name = (i) => `Student ${String(i).padStart(2, "0")}` } = {}) {
  const statements = statementsOf(quiz);
  const categories = (quiz.categories ?? DEFAULT_CATEGORIES.map((id) => ({ id }))).map((c) => c.id);
  const next = random(seed);
  return Array.from({ length: count }, (_, k) => {
    const i = first + k;
    const answers = Object.fromEntries(
      statements.map((s) => {
        const roll = next();
        const answer = roll < 0.6 ? s.answers[0] : roll < 0.95 ? categories[Math.floor(next() * categories.length)] : null;
        return [s.id, answer];
      }),
    );
    const finished = new Date(Date.UTC(2026, 10, 26, 9, 40, 0, 0) + k * 1000).toISOString().replace(/\.\d+Z$/, "Z");
    return { name: `gen-${i}.json`, text: JSON.stringify(resultsFile(quiz, name(i), answers, finished), null, 2) };
  });
}
