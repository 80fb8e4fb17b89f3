import fs from 'node:fs';
import type { Page } from 'playwright-core';

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

/**
 * axe-core's WCAG 2.1 A and AA rules run in the page as it is now; the violations, each with the
 * elements that break it, in a line a test failure can print.
 */
export async function axeViolations(page: Page, context?: string): Promise<AxeViolation[]> {
  // evaluated over the DevTools protocol: the page's own CSP (no inline scripts) stays as it is
  // the page's globals, typed here: this file is compiled without the DOM's types
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async (ctx) => {
    const { axe, document } = globalThis as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: AxeViolation[] }> }; document: unknown };
    const wcag = await axe.run(ctx ?? document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    // and the structure a screen-reader user moves by: headings in order, one main landmark
    const structure = await axe.run(ctx ?? document, { runOnly: { type: 'rule', values: ['heading-order', 'landmark-one-main', 'landmark-no-duplicate-main', 'page-has-heading-one'] }, resultTypes: ['violations'] });
    return [...wcag.violations, ...structure.violations].map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  }, context ?? null);
}

export const describeViolations = (vs: AxeViolation[]) => vs.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`).join('\n');
