/**
 * Builds the add-in with the repository's webpack.config.js into a folder of the test's own (the
 * production build a clerk's Excel would load), so the browser test needs no earlier `npm run build`.
 */
import webpack from 'webpack';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const configFor = require('../../../webpack.config.js') as (env: Record<string, string>, argv: { mode: string }) => Promise<webpack.Configuration>;

export async function buildAddin(outputPath: string): Promise<void> {
  const config = await configFor({ outputPath, quiet: 'true' }, { mode: 'production' });
  await new Promise<void>((resolve, reject) =>
    webpack({ ...config, devtool: false, infrastructureLogging: { level: 'error' } }, (err, stats) => {
      if (err) reject(err);
      else if (stats?.hasErrors()) reject(new Error(stats.toString('errors-only')));
      else resolve();
    }),
  );
}
