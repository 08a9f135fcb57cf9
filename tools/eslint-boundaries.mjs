/**
 * Tandem's layer rules as one ESLint rule, checked on the resolved path of every relative import
 * (and `@tandem/functions/dist/*`): a feature imports the kernel, the platform (`ui/` and `app/` in
 * the tab), its own folder, and another feature only through that feature's public `index.ts`;
 * the kernel imports nothing of the platform or the features; the platform no feature.
 * Test code may also use another feature's `testing/` fakes.
 */
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const rel = (file) => path.relative(root, file).split(path.sep).join('/');

const isTestCode = (file) =>
  /(\.test|-test-[\w-]+|test-fakes|-test-fixtures?|(^|\/)test-[\w-]+)(\.tsx?)?$/.test(file) ||
  /\/testing\//.test(file) ||
  file.startsWith('test/');

/** `{ pkg, layer, feature, rest }` of a repository path, or null outside the checked sources. */
function where(file) {
  const m = /^(functions|addin|shared)\/src\/(.*)$/.exec(file);
  if (!m) return null;
  const [, pkg, inner] = m;
  const parts = inner.split('/');
  if (pkg === 'shared') {
    const features = [
      'requests',
      'approvals',
      'meetings',
      'directory',
      'notifications',
      'card-preview',
    ];
    if (features.includes(parts[0])) {
      return { pkg, layer: 'features', feature: parts[0], rest: parts.slice(1).join('/') };
    }
    if (parts.length === 1) return { pkg, layer: 'root', feature: null, rest: inner };
    return { pkg, layer: parts[0], feature: null, rest: parts.slice(1).join('/') };
  }
  if (parts[0] === 'features' && parts.length >= 2) {
    return { pkg, layer: 'features', feature: parts[1], rest: parts.slice(2).join('/') };
  }
  if (parts.length === 1) return { pkg, layer: 'root', feature: null, rest: inner };
  return { pkg, layer: parts[0], feature: null, rest: parts.slice(1).join('/') };
}

/**
 * The tab's registries, one line per feature each: its page list and the dictionaries that join
 * the features' messages (a feature's index.ts would pull its strings into the first bundle).
 */
const REGISTRIES = new Set([
  'addin/src/app/pages.tsx',
  'addin/src/app/i18n/messages-en.ts',
  'addin/src/app/i18n/messages-ru.ts',
  'addin/src/app/i18n/messages.test.ts',
]);

const isPublicFace = (to) => to.rest === '' || to.rest === 'index';

function problem(fromFile, toFile) {
  const from = where(fromFile);
  const to = where(toFile);
  if (!from || !to || from.pkg !== to.pkg) return null;
  const test = isTestCode(fromFile);
  if (REGISTRIES.has(fromFile)) return null;
  if (to.layer === 'features' && to.feature !== from.feature) {
    if (from.layer === 'root') return null; // the composition root
    if (
      from.pkg === 'functions' &&
      from.layer === 'platform' &&
      fromFile.includes('/platform/local/')
    ) {
      if (!test) return `the local host reaches features only through main.ts`;
    }
    if (isPublicFace(to)) return from.layer === 'kernel' ? 'the kernel knows no feature' : null;
    // Test code may use another feature's fakes and fixtures.
    if (test && (to.rest.startsWith('testing/') || isTestCode(toFile))) return null;
    return `import ${to.feature}'s public index.ts, not its internals`;
  }
  if (from.layer === 'kernel' && !['kernel'].includes(to.layer) && to.layer !== 'features') {
    if (from.pkg === 'functions') return `the kernel imports no ${to.layer}/`;
  }
  if (
    from.pkg === 'addin' &&
    from.layer === 'ui' &&
    to.layer === 'app' &&
    !test &&
    !to.rest.startsWith('i18n/')
  ) {
    return 'ui/ does not depend on the app';
  }
  return null;
}

function resolve(fromFile, spec) {
  if (spec.startsWith('.')) return rel(path.resolve(path.dirname(path.join(root, fromFile)), spec));
  const dist = /^@tandem\/functions\/dist\/(.*)$/.exec(spec);
  if (dist) return `functions/src/${dist[1]}`;
  return null;
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps features, kernel and platform apart' },
    schema: [],
  },
  create(context) {
    const fromFile = rel(context.filename);
    const check = (node) => {
      const spec = node?.value;
      if (typeof spec !== 'string') return;
      const target = resolve(fromFile, spec);
      if (!target) return;
      const message = problem(fromFile, target.replace(/\.(ts|tsx|js)$/, ''));
      if (message) context.report({ node, message: `${message} ('${spec}').` });
    };
    return {
      ImportDeclaration: (n) => check(n.source),
      ExportNamedDeclaration: (n) => check(n.source),
      ExportAllDeclaration: (n) => check(n.source),
      ImportExpression: (n) => check(n.source),
    };
  },
};

export default { rules: { boundaries: rule } };
