/**
 * Builds the Excel add-in (addin/) into dist/: taskpane.html with its bundle, the stylesheet, the
 * icons, and both manifests. Office.js is not bundled: taskpane.html loads it from Microsoft's CDN.
 *
 *   npx webpack --mode production                          → dist/, manifests for https://localhost:3000/
 *   ADDIN_URL=https://example.go.th/sujarit/ npx webpack --mode production
 *   npx webpack --mode production --env url=https://…/     → manifests pointing at where dist/ is hosted
 *   npx webpack serve --mode development                   → https://localhost:3000/ (office-addin-dev-certs)
 *
 * `--env outputPath=DIR` builds elsewhere (the browser test builds into a temporary folder);
 * `--env quiet` leaves out the reminder about the production URL.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

/** Where the manifests in manifests/ point: the dev server. */
const DEV_URL = 'https://localhost:3000/';
const DEV_PORT = 3000;

function normaliseUrl(url) {
  const u = new URL(url);
  if (u.protocol !== 'https:') throw new Error(`The add-in URL must be https (Office loads nothing else): ${url}`);
  return u.href.endsWith('/') ? u.href : `${u.href}/`;
}

/**
 * The manifests with the dev server's address replaced by the one the pane is served from. The XML
 * manifest's comments go: they describe the dev copy ("URLs point at the dev server").
 */
function retarget(content, url) {
  const u = new URL(url);
  return content
    .toString()
    .replace(/<!--[\s\S]*?-->\s*/g, '')
    .split(DEV_URL)
    .join(url)
    .split('https://localhost:3000')
    .join(u.origin)
    .split('localhost:3000')
    .join(u.host);
}

/**
 * HTTPS for the dev server. office-addin-dev-certs creates a development CA and installs it as
 * trusted (Windows and macOS ask once; Linux runs `sudo update-ca-certificates`). Where it cannot
 * install it (Linux without sudo or as root in a container), the certificate files it generated
 * are used as they are, and the way to trust the CA by hand is printed (README, "For clerks").
 */
async function httpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    const dir = path.join(os.homedir(), '.office-addin-dev-certs');
    const files = { ca: path.join(dir, 'ca.crt'), cert: path.join(dir, 'localhost.crt'), key: path.join(dir, 'localhost.key') };
    if (!fs.existsSync(files.cert) || !fs.existsSync(files.key)) await devCerts.generateCertificates(files.ca, files.cert, files.key, 30, ['127.0.0.1', 'localhost']);
    console.warn(
      [
        `office-addin-dev-certs could not install its CA as trusted (${String(error.message || error).split('\n')[0]}).`,
        `Serving with the generated certificate anyway. To trust it on Debian/Ubuntu, as root:`,
        `  cp ${files.ca} /usr/local/share/ca-certificates/office-addin-dev-certs.crt && update-ca-certificates`,
        `and for Chromium/Edge (NSS): certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n office-addin-dev-ca -i ${files.ca}`,
      ].join('\n'),
    );
    return { ca: fs.readFileSync(files.ca), cert: fs.readFileSync(files.cert), key: fs.readFileSync(files.key) };
  }
}

/**
 * How a bundle takes TypeScript: transpiled only, each file on its own. Type checking is tsc's job
 * (`npm run typecheck`, and `tsc -p addin/tsconfig.json` for the pane), not the bundle's.
 */
function typescriptRule(configFile, compilerOptions = {}) {
  return { test: /\.ts$/, exclude: /node_modules/, loader: 'ts-loader', options: { configFile, transpileOnly: true, compilerOptions } };
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const url = normaliseUrl(env.url || process.env.ADDIN_URL || DEV_URL);
  if (production && url === DEV_URL && !env.quiet) {
    console.warn(`dist/ manifests point at ${DEV_URL}; set ADDIN_URL (or --env url=…) to where dist/ will be hosted.`);
  }
  const serving = process.env.WEBPACK_SERVE === 'true' || Boolean(env.WEBPACK_SERVE);
  const addin = path.resolve(__dirname, 'addin');
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'eval-source-map',
    context: __dirname,
    entry: { taskpane: path.join(addin, 'taskpane', 'index.ts') },
    output: {
      path: env.outputPath ? path.resolve(env.outputPath) : path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.js'] },
    module: { rules: [typescriptRule(path.join(addin, 'tsconfig.json'))] },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        template: path.join(addin, 'taskpane', 'taskpane.html'),
        filename: 'taskpane.html',
        chunks: ['taskpane'],
        scriptLoading: 'defer',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: path.join(addin, 'taskpane', 'taskpane.css'), to: 'taskpane.css' },
          { from: 'addin/assets/{icon-*,color-*,outline-*}.png', to: 'assets/[name][ext]' },
          {
            from: 'manifests/manifest.{xml,json}',
            to: '[name][ext]',
            transform: (content) => (url === DEV_URL ? content : retarget(content, url)),
          },
        ],
      }),
    ],
    devServer: serving
      ? {
          port: DEV_PORT,
          host: 'localhost',
          server: { type: 'https', options: await httpsOptions() },
          headers: { 'Access-Control-Allow-Origin': '*' },
          static: false,
          client: { overlay: { warnings: false } },
          hot: false,
        }
      : undefined,
  };
};

module.exports.retarget = retarget;
module.exports.typescriptRule = typescriptRule;
module.exports.DEV_URL = DEV_URL;
