// A generated quiz for the e2e tests and the benchmarks.

/** 10,000 statements in 2,000 passages, about 4.7 MB of JSON: the realistic worst case. */
export function largeQuiz(id = "large", title = "A very large quiz") {
  const kinds = ["fact", "claim", "opinion"];
  const passages = [];
  for (let p = 0; p < 2000; p++) {
    const sentences = [];
    for (let s = 0; s < 5; s++) {
      sentences.push(`In passage ${p}, sentence ${s} reports that the committee met on day ${s + 1} and decided ${p * 5 + s} things.`);
    }
    passages.push({
      text: sentences.join(" "),
      statements: sentences.map((text, s) => ({
        id: `p${p}-s${s}`,
        text,
        answer: kinds[(p + s) % 3],
        explanation: `Statement ${p * 5 + s}: an explanation of realistic length, naming the words that give it away, why they matter, and how a reader could check them in a public record such as official minutes or statistics.`,
        cues: ["reports that"],
      })),
    });
  }
  return JSON.stringify({ format_version: 1, id, title, passages });
}
