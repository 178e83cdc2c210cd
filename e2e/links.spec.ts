import { readFileSync } from 'node:fs';
import { expect, test } from './test';
import type { ArticleIndex, IndexedArticle } from '../plugins/article-links/articleIndex';
import { axeViolations, hydrated } from './site';

// Everything below is driven by the built article index, so it follows the content as it grows.
const index = JSON.parse(readFileSync('build/articles.json', 'utf8')) as ArticleIndex;
const pathOf = (url: string) => {
  const { pathname, hash } = new URL(url);
  return `${pathname}${hash}`;
};
const faq = index.articles.find((article) => article.answers.length > 0);
const withSection = index.articles.find((article) => article.sections.length > 0)!;
const article: IndexedArticle = index.articles.find((a) => a.type === 'guide') ?? withSection;

test.describe('short links', () => {
  test('lead to the article with JavaScript, keeping the query and the anchor', async ({
    page,
  }) => {
    const target = faq ?? withSection;
    const anchor = faq ? faq.answers[0].anchor : withSection.sections[0].anchor;
    await page.goto(`${pathOf(target.shortUrl)}?q=ticket-4711#${anchor}`);
    await page.waitForURL((url) => url.pathname === pathOf(target.url));
    const url = new URL(page.url());
    expect(url.search).toBe('?q=ticket-4711');
    expect(url.hash).toBe(`#${anchor}`);
    await expect(page.locator('h1')).toHaveText(target.title);
    await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();
  });

  test('lead to the article without JavaScript, through the meta refresh', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto(pathOf(article.shortUrl));
    await page.waitForURL((url) => url.pathname === pathOf(article.url));
    await expect(page.locator('h1')).toHaveText(article.title);
    await context.close();
  });
});

test.describe('copy buttons', () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  });

  test('copy the canonical link of an article, without tracking or highlight parameters', async ({
    page,
  }) => {
    await page.goto(`${pathOf(article.url)}?_highlight=backup&utm_source=newsletter`);
    await hydrated(page);
    await expect(page.getByText(`Article ${article.id}`, { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Copy link to this article' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(article.url);
  });

  test('copy an article for a ticket, from the keyboard', async ({ page }) => {
    await page.goto(pathOf(article.url));
    await hydrated(page);
    await page.getByRole('button', { name: 'Copy for ticket (this article)' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Copied for a ticket' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${article.title} (Article ${article.id})\n${article.url}`,
    );
  });

  test('copy a single FAQ answer, with its anchor and its question', async ({ page }) => {
    expect(faq, 'the build has an FAQ page').toBeDefined();
    const answer = faq!.answers[faq!.answers.length - 1];
    await page.goto(pathOf(faq!.url));
    await hydrated(page);
    const subject = `the answer “${answer.question}”`;
    await page.getByRole('button', { name: `Copy link to ${subject}` }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(answer.url);
    await page.getByRole('button', { name: `Copy for ticket (${subject})` }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${answer.question}\n${faq!.title} (Article ${faq!.id})\n${answer.url}`,
    );
    expect(await axeViolations(page)).toEqual([]);
  });

  test('without JavaScript, the buttons stay hidden and the link shows as text', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto(pathOf(article.url));
    await expect(page.getByRole('button', { name: /copy link/i })).toHaveCount(0);
    const link = page.getByRole('link', { name: article.url.replace(/^https?:\/\//, '') });
    await expect(link).toBeVisible();
    await context.close();
  });
});

test.describe('copy buttons where the Clipboard API is missing', () => {
  test('fall back to execCommand("copy")', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    // A second page, with the Clipboard API, to clear the clipboard first and read it afterwards.
    const reader = await context.newPage();
    await reader.goto('/');
    await reader.evaluate(() => navigator.clipboard.writeText('nothing copied yet'));
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: undefined });
    });
    await page.goto(pathOf(article.url));
    await hydrated(page);
    const button = page.getByRole('button', { name: 'Copy link to this article' });
    await button.click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
    await expect(button).toBeFocused();
    expect(await reader.evaluate(() => navigator.clipboard.readText())).toBe(article.url);
  });

  test('show the text selected for a manual copy when every way is blocked', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: undefined });
      document.execCommand = () => false;
    });
    await page.goto(pathOf(article.url));
    await hydrated(page);
    await page.getByRole('button', { name: 'Copy for ticket (this article)' }).click();
    const field = page.getByRole('textbox', { name: 'Text to copy' });
    await expect(field).toBeVisible();
    await expect(field).toBeFocused();
    await expect(field).toHaveValue(`${article.title} (Article ${article.id})\n${article.url}`);
    expect(
      await field.evaluate((el: HTMLTextAreaElement) =>
        el.value.slice(el.selectionStart, el.selectionEnd),
      ),
    ).toBe(`${article.title} (Article ${article.id})\n${article.url}`);
    await expect(page.getByRole('status').filter({ hasText: 'copy it by hand' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('the page for support agents', () => {
  const agents = index.articles.find((a) => a.type === 'agents')!;

  test('lists every article with its ID and short link, and passes axe', async ({ page }) => {
    await page.goto(pathOf(agents.url));
    await hydrated(page);
    for (const listed of index.articles) {
      const section = page.getByRole('region', { name: `Article ${listed.id}: ${listed.title}` });
      await expect(section).toBeVisible();
      await expect(section.getByRole('link', { name: listed.shortUrl, exact: true })).toBeVisible();
      await expect(section.getByRole('link', { name: listed.url, exact: true })).toBeVisible();
    }
    await page.locator('summary').first().click();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('copies a section or answer link for a ticket', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    const target = faq ?? withSection;
    const part = faq
      ? { text: faq.answers[0].question, url: faq.answers[0].url, kind: 'answer' }
      : {
          text: withSection.sections[0].heading,
          url: withSection.sections[0].url,
          kind: 'section',
        };
    await page.goto(pathOf(agents.url));
    await hydrated(page);
    const section = page.getByRole('region', { name: `Article ${target.id}: ${target.title}` });
    await section.getByText(faq ? /^Answers/ : /^Sections/).click();
    await section
      .getByRole('button', { name: `Copy for ticket (the ${part.kind} “${part.text}”)` })
      .click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${part.text}\n${target.title} (Article ${target.id})\n${part.url}`,
    );
  });
});
