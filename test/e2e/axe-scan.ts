/**
 * An axe-core scan of what a page shows now, reduced to the violations that block people:
 * impact serious or critical, each with the elements it was found on.
 */
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

const AXE_SCRIPT = require.resolve('axe-core/axe.min.js');

export interface BlockingViolation {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: string[];
}

export async function blockingViolations(page: Page): Promise<BlockingViolation[]> {
  // A dialog fading in has partly transparent text: judge contrast once it is opaque. Spinners
  // run forever, so only animations that end are awaited.
  await page.evaluate(async () => {
    interface Anim {
      readonly finished: Promise<unknown>;
      readonly effect: { getTiming(): { iterations?: number } } | null;
    }
    const { document } = globalThis as unknown as { document: { getAnimations(): Anim[] } };
    const ending = document
      .getAnimations()
      .filter((a) => Number.isFinite(a.effect?.getTiming().iterations ?? 1));
    await Promise.all(ending.map((a) => a.finished.catch(() => undefined)));
  });
  const loaded = await page.evaluate(() => 'axe' in globalThis);
  if (!loaded) await page.addScriptTag({ path: AXE_SCRIPT });
  const results = await page.evaluate(() => {
    const { axe } = globalThis as unknown as { axe: { run(): Promise<AxeResults> } };
    return axe.run();
  });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes
        .filter((n) => !isTabsterSentinel(v.id, n.html))
        .map((n) => n.target.join(' ')),
    }))
    .filter((v) => v.targets.length > 0);
}

/**
 * Fluent UI's focus manager (tabster) puts `<i tabindex="0" aria-hidden="true"
 * data-tabster-dummy>` around focus groups: it hands focus on at once and is hidden from screen
 * readers on purpose. axe flags it as aria-hidden-focus; Fluent lists it as a known false
 * positive and Accessibility Insights drops it (microsoft/accessibility-insights-web#7605).
 * Only that rule on those elements is dropped.
 */
function isTabsterSentinel(ruleId: string, html: string): boolean {
  return ruleId === 'aria-hidden-focus' && /^<i\b[^>]*\bdata-tabster-dummy\b/.test(html);
}
