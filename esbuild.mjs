// Bundles the extension into one file: dist/extension.js (CommonJS, `vscode` external).
//   node esbuild.mjs               development build with source maps
//   node esbuild.mjs --production  minified, no source maps (used by `npm run package`)
//   node esbuild.mjs --watch
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const options = {
  entryPoints: ['src/extension.ts'],
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node18',
  outfile: 'dist/extension.js',
  external: ['vscode'],
  // yaml's ES module build (the same code as its CommonJS one) lets the bundler drop what is unused
  // fflate's browser build: the same unzip without the Node build's worker_threads
  alias: { yaml: './node_modules/yaml/browser/index.js', fflate: './node_modules/fflate/esm/browser.js' },
  sourcemap: production ? false : 'linked',
  minify: production,
  legalComments: production ? 'none' : 'inline',
  metafile: true,
  logLevel: 'warning',
};

if (watch) {
  const ctx = await esbuild.context(options);
  await ctx.watch();
  console.log('esbuild: watching src/ ...');
} else {
  const result = await esbuild.build(options);
  const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
  console.log(`esbuild: dist/extension.js ${(bytes / 1024).toFixed(1)} KiB${production ? ' (production)' : ''}`);
}
