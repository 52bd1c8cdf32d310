// A small static server for the release build (dist/), used by the e2e tests, the benchmarks,
// the post-build hook (to pre-render the start screen) and scripts/serve.sh.
// Serves precompressed .br files when the browser accepts brotli, with the wasm MIME type.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
};

/**
 * Starts serving `root` on 127.0.0.1; resolves to { url, close }. `mounts` maps a path prefix
 * (such as "/samples/") to another folder; `transform` ({ path, body(bytes) }) rewrites one file
 * on every request (tests use it to deploy a "new build" of the service worker); `routes` maps a
 * path to a request handler.
 */
export function serve(root, { port = 0, mounts = {}, transform = null, routes = {} } = {}) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, "http://localhost");
    if (routes[url.pathname]) return routes[url.pathname](req, res);
    if (transform && url.pathname === transform.path) {
      const body = transform.body(await readFile(join(resolve(root), transform.path)));
      res.writeHead(200, { "content-type": TYPES[extname(transform.path)], "cache-control": "no-cache" }).end(body);
      return;
    }
    const prefix = Object.keys(mounts).find((p) => url.pathname.startsWith(p));
    const base = resolve(prefix ? mounts[prefix] : root);
    const rest = prefix ? url.pathname.slice(prefix.length - 1) : url.pathname;
    let path = normalize(join(base, decodeURIComponent(rest)));
    if (!path.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(path)).isDirectory()) path = join(path, "index.html");
      const headers = {
        "content-type": TYPES[extname(path)] ?? "application/octet-stream",
        "cache-control": /-[0-9a-f]{16}/.test(path) ? "public, max-age=31536000, immutable" : "no-cache",
      };
      let body;
      if (/\bbr\b/.test(req.headers["accept-encoding"] ?? "")) {
        try {
          body = await readFile(path + ".br");
          headers["content-encoding"] = "br";
          headers["vary"] = "accept-encoding";
        } catch {
          body = undefined;
        }
      }
      body ??= await readFile(path);
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  return new Promise((done) => {
    server.listen(port, "127.0.0.1", () => {
      const { port } = server.address();
      done({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((ok) => server.close(ok)) });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 8080);
  const { url } = await serve(process.argv[2] ?? "dist", { port });
  console.log(`Serving the app at ${url}`);
}
