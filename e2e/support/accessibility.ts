import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

/**
 * Waits for running finite CSS animations and transitions to end: a message fading in is measured
 * by its resting colours, as a reader sees it. Endless ones (spinners) are not waited for, and a
 * page that never settles is scanned as it is after a few seconds.
 */
async function settleAnimations(page: Page): Promise<void> {
  await page
    .waitForFunction(
      () =>
        document
          .getAnimations()
          .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity),
      undefined,
      { timeout: 5000 },
    )
    .catch(() => undefined);
}

/**
 * Collects axe-core findings page by page so one run reports every page's problems, then
 * fails once at the end on anything serious or critical.
 */
export class AccessibilityAudit {
  private readonly findings: string[] = [];

  /** Scans the page once its fades have finished; `label` names it in the report. */
  async scan(page: Page, label: string): Promise<void> {
    await settleAnimations(page);
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    for (const violation of results.violations) {
      if (!BLOCKING_IMPACTS.has(violation.impact ?? '')) continue;
      const nodes = violation.nodes
        .slice(0, 5)
        .map(
          (node) =>
            `      at ${node.target.join(' ')}\n        ${node.failureSummary?.replace(/\n/g, '\n        ')}`,
        )
        .join('\n');
      const more = violation.nodes.length > 5 ? `\n      … and ${violation.nodes.length - 5} more` : '';
      this.findings.push(
        `[${label}] ${violation.impact}: ${violation.id} — ${violation.help}\n    ${violation.helpUrl}\n${nodes}${more}`,
      );
    }
  }

  /** Throws with a readable list if any scanned page had a serious or critical violation. */
  assertClean(): void {
    if (this.findings.length === 0) return;
    const report = `Accessibility violations (serious or critical):\n\n${this.findings.join('\n\n')}`;
    console.error(report);
    throw new Error(report);
  }
}
