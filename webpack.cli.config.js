/**
 * Bundles the command line (pipeline/) into build/cli/: the command, the pool's workers, its reading
 * thread and the summary thread, one script each, and each command's code in a chunk of its own that
 * loads when the command runs. `npm run build:node` runs it after tsc (tsc's build/ stays: the tests
 * and the benchmark's stages load its modules one by one).
 *
 * Why: every thread of a run loads the same code again, and Node resolving, reading and wrapping some
 * 120 modules one by one cost each thread more than compiling them (a worker needed 70-85 ms to load
 * tsc's modules, 40-50 ms for the bundle). Packages stay outside the bundle, loaded from node_modules
 * as Node does: they are few files each, and exceljs's optional dependencies are not for a bundler.
 */
const path = require('node:path');
const { typescriptRule } = require('./webpack.config');

const PIPELINE = path.resolve(__dirname, 'pipeline');

/** A thread's script, named by its path under pipeline/ (thread-script.ts finds it by that name). */
const THREADS = ['cli', 'worker', 'reader', 'write/summary-worker'];

module.exports = {
  name: 'cli',
  mode: 'production',
  target: 'node20',
  context: __dirname,
  entry: Object.fromEntries(THREADS.map((name) => [name, path.join(PIPELINE, `${name}.ts`)])),
  output: {
    path: path.resolve(__dirname, 'build', 'cli'),
    filename: '[name].js',
    chunkFilename: 'chunk-[name].js',
    library: { type: 'commonjs2' },
    clean: true,
  },
  // __dirname and __filename as Node gives them: a thread finds the other threads' scripts beside its own.
  node: { __dirname: false, __filename: false },
  // Packages (anything not a relative or absolute path) are required at run time from node_modules.
  externals: [({ request }, callback) => (/^[./]/.test(request) ? callback() : callback(null, `commonjs ${request}`))],
  resolve: { extensions: ['.ts', '.js'] },
  // As ES modules, so that a command's `await import()` becomes a chunk.
  module: { rules: [typescriptRule(path.resolve(__dirname, 'tsconfig.build.json'), { module: 'esnext', sourceMap: true })] },
  // Readable names in stack traces, and source maps that `node --enable-source-maps` reads.
  optimization: { minimize: false },
  devtool: 'source-map',
  performance: { hints: false },
  stats: 'errors-warnings',
};
