// Bundles the extension from src/extension.ts, `vscode` external everywhere:
//   dist/extension.js       CommonJS for the Node extension host (desktop VS Code, code-server):
//                           what activation loads
//   dist/lazy/<part>.js     the Node build's lazy parts, each loaded on first use (below)
//   dist/web/extension.js   CommonJS for the web-worker extension host (vscode.dev, github.dev):
//                           one bundle, libraries included (a worker has no synchronous require);
//                           no Node built-ins; its metafile (dist/web/extension.meta.json) is what
//                           test/unit/webBundle.test.ts checks. The Node build loads four of its
//                           five libraries from it, on their first use (WEB_LIBRARIES)
//   node esbuild.mjs               development builds with source maps
//   node esbuild.mjs --production  minified, no source maps (used by `npm run package`)
//   node esbuild.mjs --watch
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
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
// fflate's browser build: the same unzip without the Node build's worker_threads
const alias = {
  yaml: './node_modules/yaml/browser/index.js',
  fflate: './node_modules/fflate/esm/browser.js',
};

// The Node build's lazy parts, each loaded with require() the first time one of its exports is
// called, constructed, or read from:
// - libraries activation does not need for a file in the plain YAML people write: the import's
//   csv-parse and fflate, the JSON-schema compiler, the `yaml` package (only unusual YAML, posts'
//   front matter and merges use it), minimatch (rules and the file setting's globs). Those whose
//   code is the same in both builds come from the web bundle, which carries them anyway (see
//   WEB_LIBRARIES); csv-parse is bundled alone into dist/lazy/csv-parse.js;
// - our own code that only a command or a request runs (dist/lazy/onDemand.js): the commands'
//   modules, the action table's plans and their dispatcher, the edit applier, the dashboard, the import (reading the export, merging), resolving a merge conflict by
//   person, the hover, completion, Go to Definition, references and rename providers. A part is
//   named by its entries (what code outside it imports); it holds them and every source file only
//   they reach (from the import graph of src/extension.ts, with the other parts' entries cut off);
//   a file more than one part reaches stays in the main bundle.
// In the main bundle an import of a lazy part becomes a module of stand-ins for its exports. A lazy
// part of our own code reads every other module of ours from the main bundle (a registry the
// main bundle fills when it loads), so no source file is in two bundles and every module, with its
// state, exists once (checked after the build).
// `only`: the exports our code uses (the build fails if it imports another), so the bundle leaves
// the rest out; all of them functions or classes, which a stand-in can be.
// `file`: the library's own bundle in dist/lazy/; without it the Node build reads the library from
// the web bundle's `libraries` export. That is the case when both builds carry the same code:
// yaml and fflate are their browser builds in both (`alias`), minimatch and @cfworker/json-schema
// have one code for Node and browsers. Not csv-parse: its browser build brings a Buffer written in
// JavaScript, and in Node parses a 30,000-row export at about half the speed of its Node build
// (measured 2.0 s against 1.2 s), so the Node build keeps its own copy (8 KB of the .vsix).
const LAZY_LIBRARIES = [
  { pkg: 'yaml', only: ['isAlias', 'isMap', 'isScalar', 'isSeq', 'Lexer', 'parseDocument', 'Scalar'] },
  { pkg: 'csv-parse/sync', file: 'csv-parse.js', only: ['parse'] },
  { pkg: '@cfworker/json-schema', only: ['Validator'] },
  { pkg: 'fflate', only: ['unzipSync'] },
  { pkg: 'minimatch', only: ['minimatch', 'Minimatch'] },
];
const WEB_LIBRARIES = LAZY_LIBRARIES.filter(l => !l.file);
const LAZY_SOURCES = [
  // One bundle for all of it: split in five (commands, dashboard, import, merge, providers) the
  // calls across bundles and their runtimes made the .vsix 6 KB larger. The command table is
  // registered at activation from package.json and its handlers made on the first command; the
  // providers are registered at activation and made on their first request (src/extension.ts).
  {
    file: 'onDemand.js',
    entries: [
      ...filesIn('src/commands').filter(f => !f.endsWith('/commandTable.ts')),
      'src/views/dashboardPanel.ts',
      // applying an action's edits (made with the command handlers, src/extension.ts)
      'src/services/editApplier.ts',
      // reading the export, merging it
      ...['importMerge', 'lastMessages', 'linkedinExport'].map(f => `src/model/linkedin/${f}.ts`),
      // resolving a merge conflict by person; finding the markers (conflictMarkers) is the parser's
      ...['resolveConflict', 'resolveFromVersions'].map(f => `src/model/merge/${f}.ts`),
      // the parse of a whole file by the `yaml` package: only for a file the line scan gives up on
      // (unusual YAML), which loads that package too
      'src/model/network/fullParse.ts',
      ...[
        'networkHoverProvider',
        'networkCompletionProvider',
        'mentionCompletionProvider',
        'mentionNavigation',
        'personReferences',
      ].map(f => `src/providers/${f}.ts`),
    ],
  },
];
const REGISTRY = "globalThis[Symbol.for('contractorNetwork.modules')]";
const MODEL_L10N = 'src/services/modelL10n.ts';

// Stands in for an export of a lazy part: calls, `new`, `instanceof` and property reads go to the
// real export, loaded on the first of them.
const LAZY_RUNTIME = `
export function lazyExport(load, name) {
  const proxy = new Proxy(function () {}, {
    apply: (_, self, args) => Reflect.apply(load()[name], self, args),
    construct: (_, args, newTarget) => {
      const real = load()[name];
      return Reflect.construct(real, args, newTarget === proxy ? real : newTarget);
    },
    get: (_, key) => Reflect.get(load()[name], key),
    has: (_, key) => Reflect.has(load()[name], key),
  });
  return proxy;
}
`;

// media/network.schema.json in the bundles: what the validators read, without the words (titles,
// descriptions) that only VS Code's YAML extension shows, which reads the file itself from media/
const SCHEMA_WORDS = new Set(['title', 'description', 'markdownDescription']);
const SCHEMA_MAPS = new Set(['properties', 'definitions', 'patternProperties']);
function withoutWords(schema) {
  if (Array.isArray(schema)) {
    return schema.map(withoutWords);
  }
  if (!schema || typeof schema !== 'object') {
    return schema;
  }
  const out = {};
  for (const [k, v] of Object.entries(schema)) {
    if (SCHEMA_WORDS.has(k)) {
      continue;
    }
    // a map of names to schemas: the names are data (a field may be called "description")
    out[k] = SCHEMA_MAPS.has(k)
      ? Object.fromEntries(Object.entries(v).map(([name, sub]) => [name, withoutWords(sub)]))
      : ['enum', 'const', 'required', 'default', 'examples'].includes(k)
        ? v
        : withoutWords(v);
  }
  return out;
}
const schemaPlugin = {
  name: 'schema-without-words',
  setup(build) {
    build.onLoad({ filter: /[\\/]media[\\/]network\.schema\.json$/ }, args => ({
      contents: JSON.stringify(withoutWords(JSON.parse(readFileSync(args.path, 'utf8')))),
      loader: 'json',
    }));
  },
};

const abs = f => path.resolve(f);
const rel = f => path.relative(process.cwd(), f).split(path.sep).join('/');
/** The lazy part a source file is in, and each source file's number in the registry (filled by `partition`). */
const parts = new Map();
const registryIds = new Map();
const partOf = file => parts.get(rel(file));

function filesIn(folder) {
  return readdirSync(folder)
    .filter(f => f.endsWith('.ts'))
    .map(f => `${folder}/${f}`);
}

/** The source file a relative import names (our code imports without extensions). */
function resolveSource(args) {
  const base = path.resolve(args.resolveDir, args.path);
  return [base, `${base}.ts`, path.join(base, 'index.ts')].find(f => existsSync(f) && statSync(f).isFile());
}

/** The names a lazy part of our code exports: functions and classes only, which a stand-in can be. */
function sourceExports(files) {
  const names = [];
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    const other = /^export (?!(?:async )?function |class |interface |type |abstract class )/m.exec(text);
    if (other) {
      throw new Error(`esbuild: ${f} is in a lazy part; it may export functions and classes only: "${other[0]}"`);
    }
    names.push(...[...text.matchAll(/^export (?:async )?(?:abstract )?(?:function|class) (\w+)/gm)].map(m => m[1]));
  }
  return names;
}

/**
 * The plugin that puts stand-ins in place of lazy parts. `lazyDir` is where dist/lazy is from the
 * bundle being built (the web bundle is in ../web/ from it); `own` is the lazy part being built
 * (its other imports of our code come from the registry, recorded in `shared`).
 */
function lazyParts({ functionExports, lazyDir, own, shared }) {
  const libraries = new Map(LAZY_LIBRARIES.map(l => [l.pkg, l]));
  const filter = new RegExp(`^(${LAZY_LIBRARIES.map(l => l.pkg.replace(/[/@.-]/g, '\\$&')).join('|')})$`);
  const webBundle = path.posix.join(lazyDir, '../web/extension.js').replace(/^(?!\.)/, './');
  const standIns = (loaded, names) =>
    [
      "import { lazyExport } from 'cn-lazy-runtime';",
      'let part;',
      `const load = () => (part ??= ${loaded});`,
      ...names.map(n => `export const ${n} = /* @__PURE__ */ lazyExport(load, '${n}');`),
    ].join('\n');
  return {
    name: 'lazy-parts',
    setup(build) {
      build.onResolve({ filter }, args =>
        args.importer.includes('node_modules') ? undefined : { path: args.path, namespace: 'cn-lazy' },
      );
      // the model's @vscode/l10n: VS Code's own vscode.l10n (src/services/modelL10n.ts), in the main
      // bundle; a lazy part reads it from the registry like every other module of ours
      build.onResolve({ filter: /^@vscode\/l10n$/ }, args => {
        if (args.importer.includes('node_modules')) {
          return undefined;
        }
        if (own) {
          shared.add(MODEL_L10N);
          return { path: MODEL_L10N, namespace: 'cn-shared' };
        }
        return { path: abs(MODEL_L10N) };
      });
      build.onResolve({ filter: /^\./ }, args => {
        if (args.namespace !== 'file' || args.importer.includes('node_modules')) {
          return undefined;
        }
        const file = resolveSource(args);
        if (!file || !rel(file).startsWith('src/')) {
          return undefined;
        }
        const target = partOf(file);
        if (own) {
          if (target === own) {
            return undefined;
          }
          shared.add(rel(file));
          return { path: rel(file), namespace: 'cn-shared' };
        }
        const from = partOf(args.importer);
        return target && target !== from ? { path: rel(file), namespace: 'cn-lazy-own' } : undefined;
      });
      build.onResolve({ filter: /^cn-lazy-runtime$/ }, () => ({ path: 'runtime', namespace: 'cn-lazy-runtime' }));
      // the stand-ins' require() of their bundle
      for (const namespace of ['cn-lazy', 'cn-lazy-own']) {
        build.onResolve({ filter: /^\./, namespace }, args => ({ path: args.path, external: true }));
      }
      build.onLoad({ filter: /.*/, namespace: 'cn-lazy-runtime' }, () => ({ contents: LAZY_RUNTIME, loader: 'js' }));
      build.onLoad({ filter: /.*/, namespace: 'cn-lazy' }, args => {
        const { file, pkg, only } = libraries.get(args.path);
        const loaded = file
          ? `require('${lazyDir}${file}')`
          : `require('${webBundle}').libraries[${JSON.stringify(pkg)}]`;
        const names = file ? functionExports.get(pkg) : only;
        return { contents: standIns(loaded, names), loader: 'js', resolveDir: process.cwd() };
      });
      build.onLoad({ filter: /.*/, namespace: 'cn-lazy-own' }, args => {
        return {
          contents: standIns(`require('${lazyDir}${partOf(abs(args.path)).file}')`, sourceExports([args.path])),
          loader: 'js',
          resolveDir: process.cwd(),
        };
      });
      build.onLoad({ filter: /.*/, namespace: 'cn-shared' }, args => {
        if (!registryIds.has(args.path)) {
          throw new Error(`esbuild: ${args.path} is not in the import graph of src/extension.ts`);
        }
        return { contents: `module.exports = ${REGISTRY}[${registryIds.get(args.path)}];`, loader: 'js' };
      });
    },
  };
}

/** Our source files and what each imports, as esbuild resolves them from src/extension.ts. */
async function sourceGraph() {
  const result = await esbuild.build({
    ...common,
    entryPoints: ['src/extension.ts'],
    write: false,
    outfile: 'dist/graph.js',
    platform: 'node',
    sourcemap: false,
    external: ['vscode', '@vscode/l10n', ...LAZY_LIBRARIES.map(l => l.pkg)],
  });
  const graph = new Map();
  for (const [f, input] of Object.entries(result.metafile.inputs)) {
    if (f.startsWith('src/')) {
      graph.set(
        f,
        input.imports.filter(i => !i.external && i.path.startsWith('src/')).map(i => i.path),
      );
    }
  }
  return graph;
}

/** The files reachable from `from` without passing through `stop`. */
function reach(graph, from, stop) {
  const seen = new Set();
  const todo = [...from];
  while (todo.length) {
    const f = todo.pop();
    if (!seen.has(f) && !stop.has(f)) {
      seen.add(f);
      todo.push(...(graph.get(f) ?? []));
    }
  }
  return seen;
}

/**
 * Gives each lazy part of our code its files (its entries and what only they reach) and its
 * exposed files (those a file outside it imports: they get stand-ins, so they may export
 * functions and classes only, each name once in the part).
 */
async function partition() {
  const graph = await sourceGraph();
  const entries = new Set(LAZY_SOURCES.flatMap(p => p.entries));
  const eagerRoots = ['src/extension.ts'];
  for (;;) {
    const eager = reach(graph, eagerRoots, entries);
    const owners = new Map();
    for (const part of LAZY_SOURCES) {
      part.files = [
        ...reach(graph, part.entries, new Set([...eager, ...[...entries].filter(e => !part.entries.includes(e))])),
      ];
      part.files.forEach(f => owners.set(f, [...(owners.get(f) ?? []), part]));
    }
    const several = [...owners].filter(([, o]) => o.length > 1).map(([f]) => f);
    if (several.length === 0) {
      break;
    }
    eagerRoots.push(...several); // reached by more than one part: stays in the main bundle
  }
  parts.clear();
  registryIds.clear();
  [...new Set([...graph.keys(), MODEL_L10N])].sort().forEach((f, i) => registryIds.set(f, i));
  for (const part of LAZY_SOURCES) {
    part.files.forEach(f => parts.set(f, part));
  }
  for (const part of LAZY_SOURCES) {
    part.exposed = part.files.filter(f =>
      [...graph].some(([from, imports]) => parts.get(from) !== part && imports.includes(f)),
    );
    const names = sourceExports(part.exposed);
    const twice = names.filter((n, i) => names.indexOf(n) !== i);
    if (twice.length) {
      throw new Error(`esbuild: lazy/${part.file} exports ${twice.join(', ')} from more than one file`);
    }
  }
}

/** Builds the lazy parts; returns each library's function exports and the modules they share. */
async function buildLazyParts() {
  rmSync('dist/lazy', { recursive: true, force: true });
  mkdirSync('dist/lazy', { recursive: true });
  const functionExports = new Map();
  const inputs = new Map();
  const require = createRequire(import.meta.url);
  for (const { pkg, file, only } of LAZY_LIBRARIES.filter(l => l.file)) {
    const outfile = `dist/lazy/${file}`;
    const contents = only ? `export { ${only.join(', ')} } from '${pkg}';` : `export * from '${pkg}';`;
    const result = await esbuild.build({
      ...common,
      stdin: { contents, resolveDir: process.cwd(), sourcefile: `lazy-${file}` },
      platform: 'node',
      target: 'node18',
      outfile,
      alias,
    });
    const lib = require(abs(outfile));
    functionExports.set(
      pkg,
      Object.keys(lib).filter(k => typeof lib[k] === 'function'),
    );
    inputs.set(outfile, Object.keys(result.metafile.inputs));
  }
  const shared = new Set();
  for (const part of LAZY_SOURCES) {
    const outfile = `dist/lazy/${part.file}`;
    const result = await esbuild.build({
      ...common,
      stdin: {
        contents: part.exposed.map(f => `export * from './${f.replace(/\.ts$/, '')}';`).join('\n'),
        resolveDir: process.cwd(),
        sourcefile: `lazy-${part.file}`,
        loader: 'ts',
      },
      platform: 'node',
      target: 'node18',
      outfile,
      plugins: [lazyParts({ functionExports, lazyDir: './', own: part, shared })],
    });
    inputs.set(outfile, Object.keys(result.metafile.inputs));
  }
  return { functionExports, inputs, shared };
}

/** No source file in two bundles of the Node build: one copy of every module and of its state. */
function checkNoSharedInputs(inputs) {
  const owner = new Map();
  for (const [bundle, files] of inputs) {
    for (const f of files.filter(f => !f.startsWith('cn-') && !f.startsWith('<stdin>'))) {
      if (owner.has(f)) {
        throw new Error(`esbuild: ${f} is in both ${owner.get(f)} and ${bundle}`);
      }
      owner.set(f, bundle);
    }
  }
}

// The web bundle's entry. The extension's modules are made when VS Code first calls activate (a
// require() of src/extension: esbuild wraps each module it reaches in an initializer), so that the
// Node build can load the bundle for the libraries it exports (`libraries`) and run none of our
// code: loaded, the bundle makes only those libraries and requires nothing, not even vscode
// (checked after the build, and by test/unit/webBundle.test.ts)
const webEntry = [
  ...WEB_LIBRARIES.map((l, i) => `import { ${l.only.map(n => `${n} as l${i}_${n}`).join(', ')} } from '${l.pkg}';`),
  `export const libraries = { ${WEB_LIBRARIES.map(
    (l, i) => `${JSON.stringify(l.pkg)}: { ${l.only.map(n => `${n}: l${i}_${n}`).join(', ')} }`,
  ).join(', ')} };`,
  "export function activate(context) { return require('./src/extension').activate(context); }",
  "export function deactivate() { return require('./src/extension').deactivate(); }",
].join('\n');

/** The web bundle, loaded as the Node build loads it: it requires nothing and exports WEB_LIBRARIES. */
function checkWebLibraries(file) {
  const module = { exports: {} };
  const requireNothing = id => {
    throw new Error(`esbuild: ${file} requires ${id} when loaded; the Node build loads it for its libraries`);
  };
  new Function('module', 'exports', 'require', readFileSync(file, 'utf8'))(module, module.exports, requireNothing);
  for (const { pkg, only } of WEB_LIBRARIES) {
    const missing = only.filter(n => typeof module.exports.libraries?.[pkg]?.[n] !== 'function');
    if (missing.length) {
      throw new Error(`esbuild: ${file} does not export ${pkg}'s ${missing.join(', ')} in \`libraries\``);
    }
  }
}

const web = {
  ...common,
  stdin: { contents: webEntry, resolveDir: process.cwd(), sourcefile: 'web-entry.js', loader: 'js' },
  platform: 'browser',
  target: 'es2022',
  outfile: 'dist/web/extension.js',
  // csv-parse's Node entry uses the global Buffer, which a web worker lacks; its browser build
  // carries its own
  // the model's @vscode/l10n is VS Code's own vscode.l10n in the extension (src/services/modelL10n.ts;
  // the Node build's lazyParts plugin does the same)
  alias: {
    ...alias,
    'csv-parse/sync': './node_modules/csv-parse/dist/esm/sync.js',
    '@vscode/l10n': `./${MODEL_L10N}`,
  },
  // @cfworker/json-schema makes its base URI from self.location: in VS Code's blob: worker served
  // with a port that is an invalid URL, and activation fails. Without it the library takes the
  // base the Node build uses (our schema has only local #/definitions references).
  define: { 'self.location': 'undefined' },
  plugins: [schemaPlugin],
};

await partition();
const { functionExports, inputs, shared } = await buildLazyParts();
// the main bundle: the extension, and the registry of the modules the lazy parts read from it
const registry = [...shared].sort();
const node = {
  ...common,
  stdin: {
    contents: [
      "export * from './src/extension';",
      ...registry.map((f, i) => `import * as m${i} from './${f.replace(/\.ts$/, '')}';`),
      `${REGISTRY} = { ${registry.map((f, i) => `${registryIds.get(f)}: m${i}`).join(', ')} };`,
    ].join('\n'),
    resolveDir: process.cwd(),
    sourcefile: 'src/extension.ts (with the registry)',
    loader: 'ts',
  },
  platform: 'node',
  target: 'node18',
  outfile: 'dist/extension.js',
  plugins: [lazyParts({ functionExports, lazyDir: './lazy/' }), schemaPlugin],
};

if (watch) {
  for (const options of [node, web]) {
    const ctx = await esbuild.context(options);
    await ctx.watch();
  }
  console.log('esbuild: watching src/ ...');
} else {
  const sizes = [];
  for (const options of [node, web]) {
    const result = await esbuild.build(options);
    const bytes = Object.entries(result.metafile.outputs)
      .filter(([file]) => file.endsWith('.js'))
      .reduce((n, [, o]) => n + o.bytes, 0);
    writeFileSync(options.outfile.replace(/\.js$/, '.meta.json'), JSON.stringify(result.metafile));
    if (options.platform !== 'browser') {
      checkNoSharedInputs(new Map([...inputs, [options.outfile, Object.keys(result.metafile.inputs)]]));
    } else {
      checkWebLibraries(options.outfile);
    }
    sizes.push(`${options.outfile} ${(bytes / 1024).toFixed(1)} KiB`);
  }
  const lazy = readdirSync('dist/lazy').filter(f => f.endsWith('.js'));
  sizes.push(`dist/lazy/ ${lazy.join(' ')}`);
  console.log(`esbuild: ${sizes.join(', ')}${production ? ' (production)' : ''}`);
}
