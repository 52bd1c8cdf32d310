// The service worker (generated into dist/sw.js by scripts/post-build.mjs): the app, the bundled
// quiz and quizzes opened from links keep working without a network after the first visit.
const VERSION = "__VERSION__";
const ASSETS = __ASSETS__;
// Build files that only some visitors need (the teachers' module): kept once used, not fetched ahead.
const ON_USE = __ON_USE__;
const APP_CACHE = `fact-claim-opinion-app-${VERSION}`;
const QUIZ_CACHE = "fact-claim-opinion-quizzes-v1";
const INDEX = new URL("./index.html", self.location).href;
const absolute = (asset) => new URL(asset, self.location).href;
const ON_USE_URLS = new Set(ON_USE.map(absolute));
const ASSET_URLS = new Set([...ASSETS.map(absolute), ...ON_USE_URLS]);
// `editor-`: the teachers' module's name until 2026-11-26, so that teachers who used it keep it.
const isTeacherFile = (href) => /\/(teacher|editor)-[^/]*$/.test(new URL(href).pathname);

self.addEventListener("install", (event) => {
  // A new version waits until the page says so ("update available"), unless none was running.
  event.waitUntil(
    (async () => {
      const cache = await caches.open(APP_CACHE);
      await cache.addAll(ASSETS);
      // A teacher who has used the teachers' module keeps it, in this version, across the update.
      if (await usedBefore(isTeacherFile)) await cache.addAll(ON_USE).catch(() => {});
    })(),
  );
});

/** Whether an older version's cache holds a file for which `test` is true. */
async function usedBefore(test) {
  for (const key of await caches.keys()) {
    if (!key.startsWith("fact-claim-opinion-app-") || key === APP_CACHE) continue;
    const requests = await (await caches.open(key)).keys();
    if (requests.some((request) => test(request.url))) return true;
  }
  return false;
}

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith("fact-claim-opinion-app-") && key !== APP_CACHE) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
  // The page has loaded the teachers' module: keep its files (only this build's, only those).
  const keep = Array.isArray(event.data?.keep) ? event.data.keep.map(String) : [];
  const wanted = keep.filter((href) => ON_USE_URLS.has(href));
  if (wanted.length > 0) {
    event.waitUntil(caches.open(APP_CACHE).then((cache) => cache.addAll(wanted)).catch(() => {}));
  }
});

async function networkFirst(request, cacheName) {
  try {
    const response = await fetch(request);
    if (response.ok) {
      const copy = response.clone();
      caches.open(cacheName).then((cache) => cache.put(request, copy));
    }
    return response;
  } catch (error) {
    const hit = await caches.match(request);
    if (hit) return hit;
    throw error;
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  // The format page (kept once used) is a page of its own, not the app: it is served below
  // like the other build files, so that it opens offline too.
  if (request.mode === "navigate" && url.origin === self.location.origin && !ON_USE_URLS.has(url.origin + url.pathname)) {
    // The page itself: fresh when online, the cached app when not (whatever ?quiz= it carries).
    event.respondWith(
      fetch(request).catch(async () => (await caches.match(INDEX)) ?? Response.error()),
    );
    return;
  }
  if (ASSET_URLS.has(url.origin + url.pathname)) {
    // Build files have a hash in their name: the cached copy is always right (a "?retry=" of
    // the teachers' module is the same file).
    event.respondWith(
      (async () => {
        const hit = await caches.match(request, { ignoreSearch: true });
        if (hit) return hit;
        const response = await fetch(request);
        if (response.status === 200) {
          const copy = response.clone();
          const key = url.origin + url.pathname;
          event.waitUntil(caches.open(APP_CACHE).then((cache) => cache.put(key, copy)).catch(() => {}));
        }
        return response;
      })(),
    );
    return;
  }
  if (url.protocol === "https:" || url.origin === self.location.origin) {
    // Quiz files opened from links: fresh when online, remembered for offline.
    event.respondWith(networkFirst(request, QUIZ_CACHE));
  }
});
