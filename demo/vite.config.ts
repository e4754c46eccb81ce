// Vite config for the demo host site: an index page and three "ministry" pages that embed gos-elements
// exactly as a webmaster would (a <script type="module"> for the CDN file plus a few tags).
//
// - Dev (`vite`, port 5173): the CDN module is served from packages/elements/dist/cdn at /vendor/.
// - Build (`vite build`): the CDN files are copied to <outDir>/vendor/, the host pages' static files
//   come from public/ unchanged. `vite preview` serves the result.
// - %VITE_GOS_BACKEND% and %VITE_GOS_DEMO_ORIGIN% in the HTML are replaced from demo/.env or the
//   environment (environment wins), so tests can run the backend and the demo on other ports.
import { createReadStream, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, loadEnv, type Plugin } from 'vite';

const demoRoot = path.dirname(fileURLToPath(import.meta.url));
const cdnDir = path.resolve(demoRoot, '../packages/elements/dist/cdn');
const cdnEntry = 'gos-elements.js';
const vendorPrefix = '/vendor/';

/** The pages of the site; each is a Vite HTML entry. */
const pages = ['index', 'mintrud', 'registration', 'szn', 'trudvsem'] as const;

const missingBundleMessage =
  `gos-elements CDN bundle not found: ${path.join(cdnDir, cdnEntry)}\n` +
  'Build it first: run `npm run build` in the repository root ' +
  '(or `npm run build --workspace @gos-elements/elements`).';

/** Files of the CDN build (the entry, its source map, any lazily loaded chunks). */
function cdnFiles(): string[] {
  if (!existsSync(cdnDir)) return [];
  return readdirSync(cdnDir).filter((name) => statSync(path.join(cdnDir, name)).isFile());
}

/**
 * Serves packages/elements/dist/cdn/* at /vendor/* in dev (read fresh on every request, so a rebuild
 * is picked up on reload) and copies the same files to <outDir>/vendor/ on build.
 */
function gosElementsVendor(): Plugin {
  return {
    name: 'gos-elements-vendor',
    configureServer(server) {
      if (!existsSync(path.join(cdnDir, cdnEntry))) server.config.logger.warn(`\n${missingBundleMessage}\n`);
      server.middlewares.use((req, res, next) => {
        const pathname = (req.url ?? '').split(/[?#]/, 1)[0] ?? '';
        if (!pathname.startsWith(vendorPrefix)) return next();
        const name = decodeURIComponent(pathname.slice(vendorPrefix.length));
        // Only plain file names: no sub-folders, no "..".
        if (!/^[\w-][\w.-]*$/.test(name)) return next();
        const file = path.join(cdnDir, name);
        if (!existsSync(file)) {
          if (name !== cdnEntry) return next();
          server.config.logger.error(missingBundleMessage, { timestamp: true });
          res.statusCode = 500;
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          res.end(`500: ${missingBundleMessage}\n`);
          return;
        }
        res.statusCode = 200;
        res.setHeader(
          'Content-Type',
          name.endsWith('.map') ? 'application/json; charset=utf-8' : 'text/javascript; charset=utf-8',
        );
        res.setHeader('Cache-Control', 'no-cache');
        createReadStream(file).pipe(res);
      });
    },
    generateBundle() {
      const files = cdnFiles();
      if (!files.includes(cdnEntry)) this.error(missingBundleMessage);
      for (const name of files) {
        this.emitFile({ type: 'asset', fileName: `vendor/${name}`, source: readFileSync(path.join(cdnDir, name)) });
      }
    },
  };
}

function requireUrl(env: Record<string, string>, key: string): void {
  const value = env[key];
  let ok = false;
  try {
    ok = value !== undefined && /^https?:$/.test(new URL(value).protocol) && !value.endsWith('/');
  } catch {
    ok = false;
  }
  if (!ok) {
    throw new Error(
      `${key} must be an http(s) origin without a trailing slash (got ${JSON.stringify(value)}); ` +
        'set it in demo/.env or the environment.',
    );
  }
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, demoRoot, 'VITE_');
  requireUrl(env, 'VITE_GOS_BACKEND');
  requireUrl(env, 'VITE_GOS_DEMO_ORIGIN');

  return {
    root: demoRoot,
    envDir: demoRoot,
    publicDir: 'public',
    // A multi-page site: unknown URLs are 404, not the index page.
    appType: 'mpa',
    server: { host: 'localhost', port: 5173, strictPort: true },
    preview: { host: 'localhost', port: 5173, strictPort: true },
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      rolldownOptions: {
        input: Object.fromEntries(pages.map((page) => [page, path.join(demoRoot, `${page}.html`)])),
      },
    },
    // The pages import no npm modules: nothing for the dependency optimizer to scan or pre-bundle.
    optimizeDeps: { noDiscovery: true, include: [] },
    plugins: [gosElementsVendor()],
  };
});
