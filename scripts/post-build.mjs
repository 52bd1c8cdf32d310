// Trunk post_build hook, run on the staged build before it is copied to dist/:
// 0. puts a content hash into the names of the teachers' module's files;
// 1. writes the sha256 of every inline <script> into the CSP <meta> of index.html, so the policy
//    allows Trunk's start-up script without 'unsafe-inline';
// 2. writes sw.js, the service worker that keeps the app working offline;
// 3. writes a brotli-compressed copy (.br) of every text and wasm file, for static hosts that serve
//    precompressed files and for measuring the real transfer size.
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";

const PLACEHOLDER = "'inline-script-hashes'";
const STYLE_PLACEHOLDER = "'inline-style-hashes'";
const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("post-build: TRUNK_STAGING_DIR is not set (Trunk runs this script)");
  process.exit(1);
}

const file = join(dir, "index.html");

// 0. The teachers' module (Trunk builds it as a "worker", without a hash in its name): named by its
//    content like every other build file, so hosts and the service worker can keep it for good.
const teacherFiles = hashTeacherModule();

const html = readFileSync(file, "utf8");
const inlineHashes = (tag) =>
  [...new Set([...html.matchAll(new RegExp(`<${tag}(?![^>]*\\bsrc=)[^>]*>([\\s\\S]*?)<\\/${tag}>`, "g"))].map(
    ([, body]) => `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`,
  ))];
const hashes = inlineHashes("script");
const styleHashes = inlineHashes("style");
for (const placeholder of [PLACEHOLDER, STYLE_PLACEHOLDER]) {
  if (!html.includes(placeholder)) {
    console.error(`post-build: ${placeholder} not found in the CSP of index.html`);
    process.exit(1);
  }
}
const withCsp = html.replace(PLACEHOLDER, hashes.join(" ")).replace(STYLE_PLACEHOLDER, styleHashes.join(" "));
writeFileSync(file, withCsp);
console.log(`post-build: CSP allows ${styleHashes.length} inline style sheet(s) by hash`);
console.log(`post-build: CSP allows ${hashes.length} inline script(s) by hash`);

// 1b. The quiz format's documentation (quizzes/README.md and its changelog) as a page of the app,
//     format.html, with the schema and the sample quizzes beside it in quizzes/: the app links it
//     where teachers open files, and it works wherever the app is hosted.
const docFiles = await writeFormatPage();

// 1c. The launch page of the SCORM packages teachers make (src/quiz/scorm.rs): this index.html
//     with the bridge to the learning platform (public/scorm.js) loaded before the app, the plain
//     "Loading the quiz…" line (not the bundled quiz's start screen) and no web-app manifest;
//     and scorm/files.json, which says where each file of the package comes from.
const scormFiles = writeScormLaunchPage();

// 2. The service worker, listing this build's files so it can cache them for offline use. Its
//    cache name changes with the build, so a new deployment replaces the old files.
//    The teachers' module is not fetched in advance (students never need it): it is kept once used.
const files = readdirSync(dir).filter((name) => !name.endsWith(".br") && name !== "sw.js" && statSync(join(dir, name)).isFile());
// By content, not only by name: index.html (with the styles inline) keeps its name from build to build.
const version = [...new Set([...files, ...docFiles, ...scormFiles])]
  .sort()
  .reduce((hash, name) => hash.update(name).update(readFileSync(join(dir, name))), createHash("sha256"))
  .digest("hex")
  .slice(0, 16);
// The teachers' module and the format page are kept once used, not fetched for every student.
const onUse = [...teacherFiles, ...docFiles, ...scormFiles, ...files.filter((name) => name === "teacher-styles.css")];
const assets = files.filter((name) => !onUse.includes(name));
const template = readFileSync(new URL("./sw.template.js", import.meta.url), "utf8");
const urls = (names) => JSON.stringify(names.map((name) => `./${name}`));
writeFileSync(
  join(dir, "sw.js"),
  template
    .replace("__VERSION__", version)
    .replace("__ASSETS__", urls(["", ...assets]))
    .replace("__ON_USE__", urls(onUse)),
);
console.log(`post-build: sw.js caches ${assets.length + 1} files (+${onUse.length} when used) as version ${version}`);

// 3. The start screen, rendered by the app itself in headless Chromium and put into index.html,
//    so students see the article and the instructions before the app has downloaded. It is
//    inert (nothing in it can be clicked or focused) and the app replaces it as it starts.
await prerenderStartScreen();

for (const name of readdirSync(dir)) {
  if (!/\.(html|js|css|wasm|svg|json|webmanifest)$/.test(name)) continue;
  const raw = readFileSync(join(dir, name));
  const br = brotliCompressSync(raw, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
  });
  writeFileSync(join(dir, `${name}.br`), br);
  console.log(`post-build: ${name} ${raw.length} bytes, ${br.length} brotli`);
}

function writeScormLaunchPage() {
  mkdirSync(join(dir, "scorm"), { recursive: true });
  const launch = withCsp
    .replace(/<link[^>]*\brel="?(manifest|apple-touch-icon)\b[^>]*>/g, "")
    .replace(/<meta[^>]*\bname="?theme-color\b[^>]*>/, "")
    .replace(/(<title>[^<]*<\/title>)/, '$1<script src="scorm.js"></script>');
  if (!launch.includes('<script src="scorm.js">')) throw new Error("post-build: no <title> in index.html for the SCORM launch page");
  writeFileSync(join(dir, "scorm", "index.html"), launch);
  cpSync(new URL("../public/scorm.js", import.meta.url).pathname, join(dir, "scorm", "scorm.js"));
  // The student module and the page's icon; never the teachers' module, the service worker or docs.
  const appFiles = readdirSync(dir).filter((name) => /^(fact-claim-opinion-[0-9a-f]+(\.js|_bg\.wasm)|favicon-[0-9a-f]+\.svg)$/.test(name));
  for (const name of appFiles) {
    if (!launch.includes(name)) throw new Error(`post-build: the SCORM launch page does not load ${name}`);
  }
  const sources = { "index.html": "scorm/index.html", "scorm.js": "scorm/scorm.js" };
  for (const name of appFiles) sources[name] = name;
  writeFileSync(join(dir, "scorm", "files.json"), JSON.stringify(sources, null, 2));
  console.log(`post-build: SCORM launch page written; packages hold ${Object.keys(sources).join(", ")}`);
  return ["scorm/index.html", "scorm/scorm.js", "scorm/files.json"];
}

async function writeFormatPage() {
  const { Marked } = await import("marked");
  const quizzes = new URL("../quizzes/", import.meta.url).pathname;
  const samples = readdirSync(join(quizzes, "samples")).filter((name) => name.endsWith(".json")).sort();
  mkdirSync(join(dir, "quizzes", "samples"), { recursive: true });
  for (const name of ["quiz.schema.json", "north-korea-russia-soldiers.json"]) {
    cpSync(join(quizzes, name), join(dir, "quizzes", name));
  }
  for (const name of samples) cpSync(join(quizzes, "samples", name), join(dir, "quizzes", "samples", name));

  // Links between the docs' files, as they are laid out in the page and beside it.
  const where = {
    "CHANGELOG.md": "#changelog",
    "samples/": "#samples",
    "quiz.schema.json": "quizzes/quiz.schema.json",
    "north-korea-russia-soldiers.json": "quizzes/north-korea-russia-soldiers.json",
  };
  const slug = (text) => text.toLowerCase().replace(/<[^>]*>/g, "").replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "");
  const marked = new Marked({
    renderer: {
      heading({ tokens, depth }) {
        const text = this.parser.parseInline(tokens);
        return `<h${depth} id="${slug(text)}">${text}</h${depth}>\n`;
      },
      link({ href, tokens }) {
        const target = where[href] ?? (href.startsWith("samples/") ? `quizzes/${href}` : href);
        return `<a href="${target}">${this.parser.parseInline(tokens)}</a>`;
      },
      // The docs are ours, but nothing in them is meant to run.
      html: () => "",
    },
  });
  const readme = marked.parse(readFileSync(join(quizzes, "README.md"), "utf8"));
  const changelog = marked.parse(readFileSync(join(quizzes, "CHANGELOG.md"), "utf8").replace(/^# .*$/m, ""));
  const title = (readFileSync(join(quizzes, "README.md"), "utf8").match(/^# (.*)$/m) ?? [, "The quiz format"])[1];
  const escape = (text) => text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
  const sampleList = samples
    .map((name) => {
      const path = `quizzes/samples/${name}`;
      return `<li><a href="./?quiz=${encodeURIComponent(path)}">Open <code>${escape(name)}</code> in the app</a> · <a href="${path}" download>download it</a></li>`;
    })
    .join("\n");
  const style = readFileSync(new URL("./format.css", import.meta.url), "utf8");
  const styleHash = createHash("sha256").update(style, "utf8").digest("base64");
  const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-${styleHash}'; img-src 'self'; base-uri 'none'; form-action 'none'">
<meta name="color-scheme" content="light dark">
<link rel="icon" href="icon.svg" type="image/svg+xml">
<title>${escape(title)} · Fact, claim or opinion?</title>
<style>${style}</style>
</head>
<body>
<header><a href="./">← Fact, claim or opinion?</a></header>
<main>
${readme}
<h2 id="samples">Sample quizzes</h2>
<ul>
${sampleList}
</ul>
<h2 id="changelog">Changes to the format</h2>
${changelog.replace(/<h2 /g, "<h3 ").replace(/<\/h2>/g, "</h3>")}
</main>
</body>
</html>
`;
  writeFileSync(join(dir, "format.html"), page);
  console.log(`post-build: format.html written from quizzes/README.md (${page.length} bytes), ${samples.length} samples beside it`);
  return ["format.html"];
}

function hashTeacherModule() {
  const html = readFileSync(file, "utf8");
  const renamed = [];
  let updated = html;
  const wasm = readFileSync(join(dir, "teacher_bg.wasm"));
  const hash = createHash("sha256").update(wasm).update(readFileSync(join(dir, "teacher.js"))).digest("hex").slice(0, 16);
  for (const [from, to] of [
    ["teacher.js", `teacher-${hash}.js`],
    ["teacher_bg.wasm", `teacher-${hash}_bg.wasm`],
  ]) {
    // Whatever the public URL: './teacher.js', '/app/teacher.js'…
    if (!updated.includes(`/${from}'`)) throw new Error(`index.html does not load ${from}`);
    updated = updated.replaceAll(`/${from}'`, `/${to}'`);
    renameSync(join(dir, from), join(dir, to));
    renamed.push(to);
  }
  writeFileSync(file, updated);
  return renamed;
}

// Text as an HTML attribute's value.
function attribute(text) {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

// The start screen as the app drew it, made inert: runs in the page.
function snapshot(ready) {
  // The app sets which mode is chosen as a property; the copy needs it as an attribute.
  document.querySelectorAll("input[type=radio]:checked").forEach((e) => e.setAttribute("checked", ""));
  document.querySelectorAll("select option:checked").forEach((e) => e.setAttribute("selected", ""));
  const body = document.body.cloneNode(true);
  body.querySelectorAll("script, noscript, template, [aria-live]").forEach((e) => e.remove());
  const start = body.querySelector("[data-testid=start]");
  if (start) start.textContent = ready;
  // The live app's test ids and element ids must stay unique once it mounts beside this.
  body.querySelectorAll("[data-testid]").forEach((e) => e.removeAttribute("data-testid"));
  body.querySelectorAll("[id]").forEach((e) => e.removeAttribute("id"));
  body.querySelectorAll("[for]").forEach((e) => e.removeAttribute("for"));
  body.querySelectorAll("[aria-labelledby]").forEach((e) => e.removeAttribute("aria-labelledby"));
  return body.innerHTML.trim();
}

async function prerenderStartScreen() {
  if (process.env.TRUNK_PROFILE !== "release") return;
  let chromium;
  try {
    ({ chromium } = await import("playwright-core"));
  } catch {
    console.warn("post-build: playwright-core missing, start screen not pre-rendered (run scripts/setup.sh)");
    return;
  }
  const { serve } = await import("./lib/server.mjs");
  const { CHROMIUM_ARGS } = await import("./lib/chromium.mjs");
  const server = await serve(dir);
  let browser;
  try {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
      args: CHROMIUM_ARGS,
    });
    // One start screen per interface language: English (what the bundled English quiz opens in)
    // in the page, the others in <template>s that index.html's inline script swaps in, before
    // the first paint, for a student who chose that language on this device.
    const locales = new URL("../locales/", import.meta.url).pathname;
    // Until the app has arrived the button cannot start anything: it says so instead, in the
    // screen's language.
    const [namespace, key] = "student.getting_ready".split(".");
    const languages = readdirSync(locales, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort((a, b) => (a === "en" ? -1 : b === "en" ? 1 : a.localeCompare(b)));
    const screens = {};
    for (const language of languages) {
      // English unless chosen, whatever the build machine's own language.
      const page = await browser.newPage({ serviceWorkers: "block", locale: "en-US" });
      if (language !== "en") {
        await page.addInitScript((code) => localStorage.setItem("fact-claim-opinion/language", code), language);
      }
      await page.goto(server.url);
      await page.waitForSelector("[data-testid=start]");
      await page.waitForFunction((code) => document.documentElement.lang === code, language);
      const ready = JSON.parse(readFileSync(join(locales, language, `${namespace}.json`), "utf8"))[key];
      screens[language] = {
        dir: await page.evaluate(() => document.documentElement.dir || "ltr"),
        title: await page.title(),
        markup: await page.evaluate(snapshot, ready),
      };
      await page.close();
    }
    const html = readFileSync(file, "utf8");
    // Minified or not: <p class=boot id=boot>…</p> or <p id="boot" class="boot">…</p>.
    const boot = /<p(?=[^>]*\bid="?boot\b)[^>]*>[^<]*<\/p>/;
    if (!boot.test(html)) throw new Error("the boot paragraph was not found in index.html");
    const others = languages
      .filter((language) => language !== "en")
      .map((language) => `<template data-boot-lang="${language}" data-dir="${screens[language].dir}" data-title="${attribute(screens[language].title)}">${screens[language].markup}</template>`)
      .join("");
    writeFileSync(file, html.replace(boot, `<div id="boot" inert aria-busy="true">${screens.en.markup}</div>${others}`));
    console.log(`post-build: start screen pre-rendered into index.html in ${languages.join(", ")} (${screens.en.markup.length} bytes in English)`);
  } catch (error) {
    console.warn(`post-build: start screen not pre-rendered: ${error.message}`);
  } finally {
    await browser?.close();
    await server.close();
  }
}
