// Växel's own ESLint rules. The import layers are the table in check-imports.mjs (one source for
// the rule, its test and the plain script); features-apart keeps renderer/features/X from importing
// renderer/features/Y: what two features share goes to renderer/components or the store.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkFile } from './check-imports.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const relative = (file) => path.relative(root, file).split(path.sep).join('/');

const layering = {
  meta: { type: 'problem', docs: { description: 'imports follow the layers of docs/architecture.md' }, schema: [] },
  create(context) {
    return {
      Program(node) {
        for (const problem of checkFile(relative(context.filename), context.sourceCode.text)) context.report({ node, message: problem });
      },
    };
  },
};

const FEATURE = /^renderer\/features\/([^/]+)\//;
const featuresApart = {
  meta: { type: 'problem', docs: { description: 'a renderer feature does not import another feature' }, schema: [] },
  create(context) {
    const rel = relative(context.filename);
    const own = FEATURE.exec(rel)?.[1];
    if (!own) return {};
    const check = (node, spec) => {
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const other = FEATURE.exec(relative(path.resolve(path.dirname(context.filename), spec)) + '/')?.[1];
      if (other && other !== own) context.report({ node, message: `renderer/features/${own} imports renderer/features/${other}: features stay apart; move what they share to renderer/components or the store` });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

export default { meta: { name: 'vaxel' }, rules: { layering, 'features-apart': featuresApart } };
