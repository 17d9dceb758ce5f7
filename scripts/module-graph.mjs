// The project's module graph, read syntactically with the TypeScript compiler (no type checking, so it
// takes a second): what each module exports and which names it takes from which module, type-only or not.
// Used by scripts/check-modules.mjs (unused exports, import cycles).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';

const SOURCE = /\.(ts|tsx|mts|mjs|js)$/;
const RESOLVE_SUFFIXES = ['', '.ts', '.tsx', '.mts', '.mjs', '.js', '.json', '/index.ts', '/index.tsx'];

/** Every source file under `dir` (recursively), declaration files and node_modules left out. */
export function listSourceFiles(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listSourceFiles(path));
    else if (SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/**
 * One module's imports and exports.
 * - `exports`: Map of the names it exports ('default' for a default export), re-exports included, to
 *   `{ type }` (true for an interface, a type alias or a type-only export).
 * - `imports`: `{ specifier, names, typeOnly, dynamic }`, where `names` is a Set of imported names
 *   or '*' when the whole module is taken (namespace import, `export *`, a dynamic import whose
 *   members cannot be read off the code). A re-export is also an import of the names it passes on.
 */
export function parseModule(fileName, text) {
  const kind = fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : /\.m?js$/.test(fileName) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind);
  const exports = new Map();
  const imports = [];
  const localTypes = new Set(source.statements.filter((s) => ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s)).map((s) => s.name.text));
  const hasModifier = (node, k) => (ts.canHaveModifiers(node) ? ts.getModifiers(node) ?? [] : []).some((m) => m.kind === k);

  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const clause = statement.importClause;
      const names = new Set();
      let all = false;
      let typeOnly = Boolean(clause?.isTypeOnly);
      if (clause?.name) names.add('default');
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) all = true;
      if (bindings && ts.isNamedImports(bindings)) {
        for (const el of bindings.elements) names.add((el.propertyName ?? el.name).text);
        if (!clause.isTypeOnly && !clause.name && bindings.elements.length > 0 && bindings.elements.every((el) => el.isTypeOnly)) typeOnly = true;
      }
      imports.push({ specifier: statement.moduleSpecifier.text, names: all ? '*' : names, typeOnly, dynamic: false });
    } else if (ts.isExportDeclaration(statement)) {
      const clause = statement.exportClause;
      const from = statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier) ? statement.moduleSpecifier.text : null;
      if (clause && ts.isNamedExports(clause)) {
        const passed = new Set();
        for (const el of clause.elements) {
          const local = (el.propertyName ?? el.name).text;
          exports.set(el.name.text, { type: statement.isTypeOnly || el.isTypeOnly || (!from && localTypes.has(local)) });
          passed.add((el.propertyName ?? el.name).text);
        }
        if (from) imports.push({ specifier: from, names: passed, typeOnly: statement.isTypeOnly, dynamic: false });
      } else if (clause && ts.isNamespaceExport(clause)) {
        exports.set(clause.name.text, { type: statement.isTypeOnly });
        if (from) imports.push({ specifier: from, names: '*', typeOnly: statement.isTypeOnly, dynamic: false });
      } else if (from) {
        // `export * from`: the names are not listed here; treat every export of the target as used.
        imports.push({ specifier: from, names: '*', typeOnly: statement.isTypeOnly, dynamic: false });
      }
    } else if (ts.isExportAssignment(statement)) {
      exports.set('default', { type: false });
    } else if (hasModifier(statement, ts.SyntaxKind.ExportKeyword)) {
      const type = ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement);
      if (hasModifier(statement, ts.SyntaxKind.DefaultKeyword)) exports.set('default', { type });
      else if (ts.isVariableStatement(statement)) for (const d of statement.declarationList.declarations) for (const n of bindingNames(d.name)) exports.set(n, { type });
      else if (statement.name && ts.isIdentifier(statement.name)) exports.set(statement.name.text, { type });
    }
  }

  // Dynamic imports and `import('x').T` types anywhere in the file.
  const visit = (node) => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) {
      imports.push({ specifier: node.arguments[0].text, names: dynamicImportNames(node), typeOnly: false, dynamic: true });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      const q = node.qualifier;
      const first = q ? (ts.isIdentifier(q) ? q.text : leftmost(q)) : null;
      imports.push({ specifier: node.argument.literal.text, names: first ? new Set([first]) : '*', typeOnly: true, dynamic: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { exports, imports };
}

function bindingNames(name) {
  if (ts.isIdentifier(name)) return [name.text];
  return name.elements.flatMap((el) => (ts.isOmittedExpression(el) ? [] : bindingNames(el.name)));
}

function leftmost(q) {
  while (!ts.isIdentifier(q)) q = q.left;
  return q.text;
}

/** `const { a, b } = await import('x')` → {a, b}; `import('x').then((m) => … m.a …)` → {a}; anything else → '*'. */
function dynamicImportNames(call) {
  let up = call.parent;
  if (up && ts.isAwaitExpression(up)) up = up.parent;
  if (up && ts.isVariableDeclaration(up) && ts.isObjectBindingPattern(up.name) && up.name.elements.every((el) => !el.dotDotDotToken)) {
    return new Set(up.name.elements.map((el) => (el.propertyName ?? el.name).text));
  }
  if (call.parent && ts.isPropertyAccessExpression(call.parent) && call.parent.name.text === 'then' && ts.isCallExpression(call.parent.parent)) {
    const fn = call.parent.parent.arguments[0];
    const param = fn && (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) ? fn.parameters[0]?.name : undefined;
    if (param && ts.isIdentifier(param)) {
      const names = new Set();
      let other = false;
      const walk = (node) => {
        if (ts.isIdentifier(node) && node.text === param.text && node !== param) {
          if (ts.isPropertyAccessExpression(node.parent) && node.parent.expression === node) names.add(node.parent.name.text);
          else other = true;
        }
        ts.forEachChild(node, walk);
      };
      walk(fn.body);
      return other ? '*' : names;
    }
  }
  return '*';
}

/** The file a relative specifier names, or null for a package (or a file that does not exist). */
export function resolveSpecifier(fromFile, specifier, isFile = defaultIsFile) {
  if (!specifier.startsWith('.') && !specifier.startsWith('/')) return null;
  const bare = specifier.replace(/\?.*$/, '');
  const base = resolve(dirname(fromFile), bare);
  const candidates = RESOLVE_SUFFIXES.map((s) => base + s);
  if (/\.js$/.test(bare)) candidates.push(base.replace(/\.js$/, '.ts'), base.replace(/\.js$/, '.tsx'));
  return candidates.find(isFile) ?? null;
}

function defaultIsFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The graph of `files` (absolute paths): Map file → { exports, imports: [{ target, names, typeOnly, dynamic }] }
 * with targets resolved (imports of packages left out). `read` returns a file's text.
 */
export function buildGraph(files, read = (f) => readFileSync(f, 'utf8'), isFile = defaultIsFile) {
  const graph = new Map();
  for (const file of files) {
    const { exports, imports } = parseModule(file, read(file));
    const resolved = [];
    for (const imp of imports) {
      const target = resolveSpecifier(file, imp.specifier, isFile);
      if (target) resolved.push({ target, names: imp.names, typeOnly: imp.typeOnly, dynamic: imp.dynamic });
    }
    graph.set(file, { exports, imports: resolved });
  }
  return graph;
}
