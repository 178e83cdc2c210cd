import { headings, sections } from './mdxText';

/** The six sections every guide has, in this order (docs-dev/content.md, "Structure and wording"). */
export const guideSections = [
  { id: 'when-this-works', title: 'When this works' },
  { id: 'when-it-wont', title: "When it won't" },
  { id: 'before-you-start', title: 'Before you start' },
  { id: 'steps', title: 'Steps' },
  { id: 'check-it-worked', title: 'Check that it worked' },
  { id: 'if-this-didnt-work', title: "If this didn't work" },
] as const;

const normalise = (text: string) => text.replace(/[’‘]/g, "'").trim();

/** Problems with a page's headings: every `##` to `######` needs an explicit, unique id. */
export function headingProblems(body: string): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const heading of headings(body)) {
    if (heading.level < 2) continue;
    if (!heading.id) {
      problems.push(`line ${heading.line}: "${heading.text}" has no {/* #id */}`);
      continue;
    }
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(heading.id))
      problems.push(
        `line ${heading.line}: id "${heading.id}" is not lower-case words joined by dashes`,
      );
    if (seen.has(heading.id))
      problems.push(`line ${heading.line}: id "${heading.id}" is used twice`);
    seen.add(heading.id);
  }
  return problems;
}

/** Problems with a guide's structure: the six sections, in order, with their required contents. */
export function guideProblems(body: string): string[] {
  const problems: string[] = [];
  const all = sections(body);
  let previous = -1;
  for (const required of guideSections) {
    const index = all.findIndex((section) => section.heading.id === required.id);
    if (index === -1) {
      problems.push(`missing the section "## ${required.title} {/* #${required.id} */}"`);
      continue;
    }
    const section = all[index];
    if (normalise(section.heading.text) !== normalise(required.title))
      problems.push(
        `section #${required.id} must be titled "${required.title}", not "${section.heading.text}"`,
      );
    if (index < previous) problems.push(`section #${required.id} is out of order`);
    previous = index;

    const content = section.content;
    if (required.id === 'before-you-start' && !/^\s*<SaveFirst\s*\/>/.test(content))
      problems.push('"Before you start" must begin with <SaveFirst />');
    if (required.id === 'steps' && !/^\s*1\.\s+\S/m.test(content))
      problems.push('"Steps" has no numbered list');
    if (
      required.id === 'if-this-didnt-work' &&
      !/\[[^\]]+\]\([^)]+\)|<Link\s[^>]*to=/.test(content)
    )
      problems.push('"If this didn\'t work" links to no other guide');
  }
  return problems;
}
