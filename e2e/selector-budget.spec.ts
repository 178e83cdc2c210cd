import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { expect, test, waitsFor } from './test';
import { outcomes, questions } from '../src/selector/model';
import { gzipSize } from '../tooling/site/siteFiles';
import { budgets, controlPath, selectorOnlyFiles, selectorOnlyFilesWaits } from './selectorFiles';

/**
 * The selector's JavaScript budget (budgets.json, selectorExtraJsGzipBytes): what it adds to the
 * page that embeds it, and nothing to the files every page loads. Sizes are gzip at zlib's default
 * level, like every budget in budgets.json. That pages without the selector load none of its files is
 * checked by the every-page walk, on the load that runs its other checks. Run alone with
 * `npm run selector:js-cost`; the numbers go to reports/.
 */
const marker = budgets.selectorMarker;
const budgetBytes = budgets.selectorExtraJsGzipBytes;
const control = controlPath;

const builtFile = (file: string) => readFileSync(`build${file}`);

/** Texts of the selector model, as they appear in a script (those without quotes or escapes). */
const modelTexts = [...questions.map((q) => q.text), ...outcomes.map((o) => o.summary)].filter(
  (text) => !/['"\\]/.test(text),
);
const hasModelText = (file: string) => modelTexts.some((text) => builtFile(file).includes(text));
const gzipBytes = (file: string) => gzipSize(builtFile(file));

test(`the selector adds at most ${budgetBytes} bytes of gzip JavaScript to its page, and nothing to others`, async ({
  browser,
}) => {
  test.setTimeout(waitsFor(selectorOnlyFilesWaits));
  expect(control).toBeDefined();
  const { controlScripts, extra } = await selectorOnlyFiles(browser);
  const extraBytes = extra.reduce((sum, file) => sum + gzipBytes(file), 0);

  mkdirSync('reports', { recursive: true });
  writeFileSync(
    'reports/selector-js-cost.json',
    `${JSON.stringify({ page: '/which-option', control, extra: extra.map((f) => ({ file: f, gzip: gzipBytes(f) })), extraBytes }, null, 2)}\n`,
  );
  console.log(`Selector JavaScript on /which-option beyond ${control}: ${extraBytes} bytes gzip`);
  expect(extraBytes).toBeLessThanOrEqual(budgetBytes);

  // The marker and the model's texts find the selector's code among what only /which-option loads:
  // if they did not, the check below would prove nothing.
  expect(
    extra.filter((file) => builtFile(file).includes(marker)),
    `no script that only /which-option loads contains the selector marker "${marker}"`,
  ).not.toEqual([]);
  expect(modelTexts.length).toBeGreaterThan(0);
  expect(
    extra.filter(hasModelText),
    'no script that only /which-option loads has the model',
  ).not.toEqual([]);
  // The files every page loads hold no selector code: neither the component nor the model.
  for (const file of controlScripts) {
    expect(builtFile(file).includes(marker), file).toBe(false);
    expect(hasModelText(file), file).toBe(false);
  }
});
