// Bundles the extension twice from src/extension.ts, `vscode` external in both:
//   dist/extension.js       CommonJS for the Node extension host (desktop VS Code, code-server)
//   dist/web/extension.js   CommonJS for the web-worker extension host (vscode.dev, github.dev):
//                           no Node built-ins; its metafile (dist/web/extension.meta.json) is what
//                           test/unit/webBundle.test.ts checks
//   node esbuild.mjs               development builds with source maps
//   node esbuild.mjs --production  minified, no source maps (used by `npm run package`)
//   node esbuild.mjs --watch
import * as esbuild from 'esbuild';
import { writeFileSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  entryPoints: ['src/extension.ts'],
  bundle: true,
  format: 'cjs',
  external: ['vscode'],
  sourcemap: production ? false : 'linked',
  minify: production,
  legalComments: production ? 'none' : 'inline',
  metafile: true,
  logLevel: 'warning',
};

// yaml's ES module build (the same code as its CommonJS one) lets the bundler drop what is unused;
// fflate's browser build: the same unzip without the Node build's worker_threads; the model's
// @vscode/l10n is VS Code's own vscode.l10n in the extension (src/services/modelL10n.ts)
const alias = {
  yaml: './node_modules/yaml/browser/index.js',
  fflate: './node_modules/fflate/esm/browser.js',
  '@vscode/l10n': './src/services/modelL10n.ts',
};

const bundles = [
  { ...common, platform: 'node', target: 'node18', outfile: 'dist/extension.js', alias },
  {
    ...common,
    platform: 'browser',
    target: 'es2022',
    outfile: 'dist/web/extension.js',
    // csv-parse's Node entry uses the global Buffer, which a web worker lacks; its browser build
    // carries its own
    alias: { ...alias, 'csv-parse/sync': './node_modules/csv-parse/dist/esm/sync.js' },
    // @cfworker/json-schema makes its base URI from self.location: in VS Code's blob: worker served
    // with a port that is an invalid URL, and activation fails. Without it the library takes the
    // base the Node build uses (our schema has only local #/definitions references).
    define: { 'self.location': 'undefined' },
  },
];

if (watch) {
  for (const options of bundles) {
    const ctx = await esbuild.context(options);
    await ctx.watch();
  }
  console.log('esbuild: watching src/ ...');
} else {
  const sizes = [];
  for (const options of bundles) {
    const result = await esbuild.build(options);
    const bytes = Object.entries(result.metafile.outputs)
      .filter(([file]) => file.endsWith('.js'))
      .reduce((n, [, o]) => n + o.bytes, 0);
    if (options.platform === 'browser') {
      writeFileSync(options.outfile.replace(/\.js$/, '.meta.json'), JSON.stringify(result.metafile));
    }
    sizes.push(`${options.outfile} ${(bytes / 1024).toFixed(1)} KiB`);
  }
  console.log(`esbuild: ${sizes.join(', ')}${production ? ' (production)' : ''}`);
}
