/**
 * How dependency-cruiser reads TypeScript here. It parses .ts with the `typescript` package, but only below 7.0
 * or from 7.1 on; this project's TypeScript 7.0 has no API it can use. So it reads every file through Babel
 * (@babel/core, a devDependency kept for this alone) with this plugin: Babel's own parser reads TypeScript and JSX,
 * and the plugin hands on nothing but the file's imports, re-exports and `import()` calls, with type-only ones
 * written as `require()` — this ESM code base has no require, so a rule that says `dependencyTypes: ['require']`
 * means "type-only". Remove this file (and `babelConfig` in .dependency-cruiser.cjs) once TypeScript ≥ 7.1 is in.
 */
module.exports = {
  babelrc: false,
  configFile: false,
  parserOpts: { plugins: ['typescript', 'jsx'] },
  plugins: [
    ({ types: t }) => ({
      visitor: {
        Program(path) {
          const kept = [];
          const keep = (source, typeOnly) =>
            kept.push(
              typeOnly
                ? t.expressionStatement(t.callExpression(t.identifier('require'), [t.stringLiteral(source)]))
                : t.importDeclaration([], t.stringLiteral(source)),
            );
          const allTypes = (specifiers, kind) =>
            specifiers.length > 0 && specifiers.every((s) => s[kind] === 'type');
          path.traverse({
            ImportDeclaration({ node }) {
              keep(node.source.value, node.importKind === 'type' || allTypes(node.specifiers, 'importKind'));
            },
            ExportNamedDeclaration({ node }) {
              if (node.source)
                keep(
                  node.source.value,
                  node.exportKind === 'type' || allTypes(node.specifiers, 'exportKind'),
                );
            },
            ExportAllDeclaration({ node }) {
              keep(node.source.value, node.exportKind === 'type');
            },
            CallExpression({ node }) {
              const [source] = node.arguments;
              if (node.callee.type === 'Import' && source?.type === 'StringLiteral')
                kept.push(
                  t.expressionStatement(t.callExpression(t.import(), [t.stringLiteral(source.value)])),
                );
            },
          });
          path.node.body = kept;
          path.node.directives = [];
          path.skip();
        },
      },
    }),
  ],
};
