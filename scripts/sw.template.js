// The service worker (generated into dist/sw.js by scripts/post-build.mjs): the app, the bundled
// quiz and quizzes opened from links keep working without a network after the first visit.
const VERSION = "__VERSION__";
const ASSETS = __ASSETS__;
// Build files that only some visitors need (the quiz editor): kept once used, not fetched ahead.
const ON_USE = __ON_USE__;
const APP_CACHE = `fact-claim-opinion-app-${VERSION}`;
const QUIZ_CACHE = "fact-claim-opinion-quizzes-v1";
const INDEX = new URL("./index.html", self.location).href;
const ASSET_URLS = new Set(
  [...ASSETS, ...ON_USE].map((asset) => new URL(asset, self.location).href),
);

self.addEventListener("install", (event) => {
  // A new version waits until the page says so ("update available"), unless none was running.
  event.waitUntil(caches.open(APP_CACHE).then((cache) => cache.addAll(ASSETS)));
});

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
  if (request.mode === "navigate" && url.origin === self.location.origin) {
    // The page itself: fresh when online, the cached app when not (whatever ?quiz= it carries).
    event.respondWith(
      fetch(request).catch(async () => (await caches.match(INDEX)) ?? Response.error()),
    );
    return;
  }
  if (ASSET_URLS.has(url.origin + url.pathname)) {
    // Build files have a hash in their name: the cached copy is always right.
    event.respondWith(
      caches.match(request).then(
        (hit) =>
          hit ??
          fetch(request).then((response) => {
            if (response.ok) {
              const copy = response.clone();
              caches.open(APP_CACHE).then((cache) => cache.put(request, copy));
            }
            return response;
          }),
      ),
    );
    return;
  }
  if (url.protocol === "https:" || url.origin === self.location.origin) {
    // Quiz files opened from links: fresh when online, remembered for offline.
    event.respondWith(networkFirst(request, QUIZ_CACHE));
  }
});
