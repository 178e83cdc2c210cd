import { expect, test, waitsFor, type Browser, type Page } from './test';
import { outcomes, questions } from '../src/selector/model';
import { scenarios as allScenarios } from '../src/selector/scenarios';
import { axeViolations, watchPage, hydrated } from './site';

/**
 * Readers' situations from the one list of selector scenarios (src/selector/scenarios.ts, also used
 * by the model and component tests), with what the browser needs: the label of each answer as the
 * reader sees it and the title of the plan, both from the model.
 */
const scenarios = allScenarios
  .filter((scenario) => scenario.endToEnd)
  .map((scenario) => {
    const labels = scenario.answers.map(
      ([question, option]) =>
        questions.find((q) => q.id === question)!.options.find((o) => o.id === option)!.label,
    );
    return {
      name: scenario.name,
      answers: labels,
      query: scenario.query,
      // Modifier answers: without JavaScript the plan shows their advice for every case instead.
      modifiers: scenario.answers.filter(
        ([question]) => questions.find((q) => q.id === question)!.kind === 'modifier',
      ).length,
      outcome: scenario.outcome,
      title: outcomes.find((o) => o.id === scenario.outcome)!.title,
    };
  });

test("walks the three readers' situations of the scenarios", () => {
  expect(scenarios.map((scenario) => scenario.outcome)).toEqual([
    'icloud-photos-sync',
    'photo-services',
    'nothing-applies',
  ]);
  expect(scenarios[0].modifiers).toBe(2);
});

const planHeading = (page: Page, title: string) =>
  page.getByRole('heading', { level: 2, name: `Your plan: ${title}` });

async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

/**
 * The walks' axe check of a step: once per step and worker. The scenarios share their first answers,
 * so their walks pass through the same steps (the same address, so the same page); a step this worker
 * has already checked is not checked again. `kind` keeps the pages with and without JavaScript apart.
 */
type StepKind = 'with JavaScript' | 'without JavaScript';
const checkedSteps = new Set<string>();
const stepKey = (kind: StepKind, url: string) => `${kind} ${url}`;
async function expectStepPassesAxe(page: Page, kind: StepKind) {
  const step = stepKey(kind, page.url());
  if (checkedSteps.has(step)) return;
  await expectNoAxeViolations(page);
  checkedSteps.add(step);
}

test.describe('the selector with JavaScript', () => {
  for (const scenario of scenarios) {
    test(`${scenario.name}: reaches the right plan, and its link opens the same plan`, async ({
      page,
      context,
      baseURL,
    }) => {
      // Per answer: the button, axe, the click and the next question; then the plan and its link.
      test.setTimeout(waitsFor(10 + 4 * scenario.answers.length));
      const watched = watchPage(page, baseURL!);
      await page.goto('/which-option');
      await hydrated(page);
      for (const answer of scenario.answers) {
        await expect(page.getByRole('button', { name: 'Continue' })).toBeVisible();
        await expectStepPassesAxe(page, 'with JavaScript');
        const heading = page.locator('legend h2');
        const question = await heading.textContent();
        await page.getByRole('radio', { name: answer, exact: true }).check();
        await page.getByRole('button', { name: 'Continue' }).click();
        await expect(page.locator('legend h2, h2:has-text("Your plan")').first()).not.toHaveText(
          question!,
        );
      }
      await expect(planHeading(page, scenario.title)).toBeFocused();
      expect(new URL(page.url()).search).toBe(`?${scenario.query}`);
      await expectStepPassesAxe(page, 'with JavaScript');

      // The copied link, opened in a new page, shows the same plan.
      const copied = await page.getByRole('textbox', { name: 'Link to this result' }).inputValue();
      expect(new URL(copied).search).toBe(`?${scenario.query}`);
      const other = await context.newPage();
      await other.goto(`/which-option?${scenario.query}`);
      await expect(planHeading(other, scenario.title)).toBeVisible();

      // So does the permanent page of the outcome.
      await page.getByRole('link', { name: scenario.title, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/which-option/result/${scenario.outcome}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(scenario.title);
      expect(watched.consoleErrors).toEqual([]);
      expect(watched.foreignRequests).toEqual([]);
    });
  }

  test('Back and Forward move between the steps, and focus follows', async ({ page }) => {
    await page.goto('/which-option');
    await hydrated(page);
    await page.getByRole('radio', { name: 'Yes, the same account' }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('radio', { name: "Yes, it's still restoring or downloading" }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    const result = planHeading(
      page,
      'Let the restore finish: keep your iPhone on Wi-Fi and charging',
    );
    await expect(result).toBeFocused();

    await page.goBack();
    await expect(page).toHaveURL(/\?account=same$/);
    await expect(
      page.getByRole('heading', { name: 'Is your iPhone still restoring or downloading photos?' }),
    ).toBeFocused();
    await page.goBack();
    await expect(
      page.getByRole('heading', {
        name: 'Is your iPhone signed in with the same Apple Account as before the restore?',
      }),
    ).toBeVisible();
    await page.goForward();
    await page.goForward();
    await expect(result).toBeVisible();
    await page.reload();
    await expect(result).toBeVisible();
  });

  test('Change keeps the other answers; Start again clears them', async ({ page }) => {
    await page.goto(`/which-option?${scenarios[1].query}`);
    await expect(planHeading(page, scenarios[1].title)).toBeVisible();
    await page
      .getByRole('link', {
        name: 'Change your answer to: Did you ever send, share or post any of the missing photos?',
      })
      .click();
    await expect(page.getByRole('radio', { name: 'No', exact: true })).toBeChecked();
    await page.getByRole('radio', { name: 'Yes, some of them' }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(
      planHeading(page, 'Save the photos from messages, Shared Albums and other people'),
    ).toBeFocused();
    expect(new URL(page.url()).search).toBe(
      '?account=same&restore=finished&icloud-photos=off&deleted-or-hidden=no&other-devices=no&shared=yes',
    );
    await page.getByRole('link', { name: 'Start again' }).click();
    await expect(page).toHaveURL(/\/which-option$/);
    await expect(page.getByRole('heading', { name: 'Your answers' })).toHaveCount(0);
  });

  test('a broken link gets one short notice, never its raw text, and continues', async ({
    page,
  }) => {
    await page.goto('/which-option?account=same&restore=%3Cimg%20src=x%3E&zzz=HOSTILE-TEXT');
    await hydrated(page);
    await expect(
      page.getByText('Part of the link to this page did not make sense, so we left it out.'),
    ).toBeVisible();
    await expect(
      page.getByRole('heading', { name: 'Is your iPhone still restoring or downloading photos?' }),
    ).toBeVisible();
    expect(await page.content()).not.toContain('HOSTILE-TEXT');
    await expectNoAxeViolations(page);
  });

  test('works with the keyboard only, and copies the link', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/which-option');
    await hydrated(page);
    const focusedRole = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        return el?.type === 'radio' ? 'radio' : (el?.textContent ?? '');
      });
    for (let i = 0; i < 80 && (await focusedRole()) !== 'radio'; i++)
      await page.keyboard.press('Tab');
    expect(await focusedRole()).toBe('radio');
    await page.keyboard.press('ArrowDown'); // "No, a different account"
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Continue' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(planHeading(page, 'Sign in with the Apple Account you used before')).toBeFocused();
    const copy = page.getByRole('button', { name: 'Copy link to this result' });
    for (let i = 0; i < 40 && !(await copy.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByText('Link copied.')).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/\/which-option\?account=different$/);
  });

  test('fits a 320 px screen in dark mode, with touch targets of at least 44 by 44 px', async ({
    browser,
  }) => {
    const context = await browser.newContext({
      viewport: { width: 320, height: 640 },
      colorScheme: 'dark',
    });
    const page = await context.newPage();
    for (const url of [
      '/which-option?account=same',
      `/which-option?${scenarios[0].query}`,
      '/which-option/how-it-decides',
    ]) {
      await page.goto(url);
      await hydrated(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        320,
      );
      await expectNoAxeViolations(page);
    }
    await page.goto('/which-option?account=same');
    // The radios replace the plain links once the page is interactive.
    await hydrated(page);
    await expect(page.locator('form input[type=radio]').first()).toBeAttached();
    const targets = page.locator(
      'form label:has(input[type=radio]), form button, form summary, a:text-is("Change"), a:text-is("Start again")',
    );
    expect(await targets.count()).toBeGreaterThan(4);
    for (const box of await targets.evaluateAll((els) =>
      els.map((el) => el.getBoundingClientRect()).map((r) => ({ w: r.width, h: r.height })),
    )) {
      expect(box.w).toBeGreaterThanOrEqual(44);
      expect(box.h).toBeGreaterThanOrEqual(44);
    }
    await context.close();
  });
});

test.describe('the selector without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  /**
   * axe needs JavaScript in the page, so each step is checked in a second page that loads the same
   * URL with the site's scripts blocked: the same HTML a reader without JavaScript gets. One such page
   * per worker, for all its walks: its HTTP and code caches serve axe-core and the stylesheet from the
   * second step on (the browser closes it with the worker).
   */
  let checker: Promise<Page> | undefined;
  async function expectStepPassesAxeWithoutScripts(browser: Browser, url: string) {
    if (checkedSteps.has(stepKey('without JavaScript', url))) return;
    checker ??= (async () => {
      // Tests' default context options (JavaScript off here) also apply to browser.newContext().
      const context = await browser.newContext({ javaScriptEnabled: true });
      await context.route('**/assets/js/**', (route) => route.abort());
      return context.newPage();
    })();
    const page = await checker;
    await page.goto(url);
    await expectStepPassesAxe(page, 'without JavaScript');
  }

  for (const scenario of scenarios) {
    test(`${scenario.name}: every step is a page, and the plan is the same`, async ({
      page,
      browser,
    }) => {
      // Per step: a load and axe in the checker page, and the click; then the plan and its pages.
      test.setTimeout(waitsFor(10 + 3 * scenario.answers.length));
      await page.goto('/which-option');
      const routeAnswers = scenario.answers.slice(0, scenario.answers.length - scenario.modifiers);
      for (const answer of routeAnswers) {
        await expectStepPassesAxeWithoutScripts(browser, page.url());
        await page.getByRole('link', { name: answer, exact: true }).click();
      }
      await expect(planHeading(page, scenario.title)).toBeVisible();
      await expect(page).toHaveURL(/\/which-option\/step\//);
      await expectStepPassesAxeWithoutScripts(browser, page.url());
      // Change goes back to that step, keeping the answers before it.
      await page
        .getByRole('link', {
          name: 'Change your answer to: Before the restore, was iCloud Photos turned on?',
        })
        .click();
      await expect(
        page.getByRole('heading', { name: 'Before the restore, was iCloud Photos turned on?' }),
      ).toBeVisible();
      await expect(page).toHaveURL(/\/which-option\/step\/(same|not-sure)\/finished$/);
      // The permanent result page works without JavaScript too.
      await page.goto(`/which-option/result/${scenario.outcome}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(scenario.title);
    });
  }
});
