import { headings, sections } from './mdxText';

/**
 * The sections every guide has, in this order (docs-dev/content.md, "Structure and wording"). Issue 12
 * puts "Do this first" above the six, so that the first screen of a guide is something to do.
 */
export const guideSections = [
  { id: 'do-this-first', title: 'Do this first' },
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

/** At most this many actions in "Do this first". */
export const maxFirstActions = 3;

/** The top-level list items (numbered or bulleted) of a section, without nested items. */
function topLevelItems(content: string): string[] {
  return content.split('\n').filter((line) => /^(?:\d+\.|[-*])\s+\S/.test(line));
}

/** Problems with a guide's structure: the sections, in order, with their required contents. */
export function guideProblems(body: string): string[] {
  const problems: string[] = [];
  const all = sections(body);
  if (all.length > 0 && all[0].heading.id !== guideSections[0].id)
    problems.push(
      `the first section must be "## ${guideSections[0].title} {/* #${guideSections[0].id} */}", not "${all[0].heading.text}"`,
    );
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
    if (required.id === 'do-this-first') {
      const actions = topLevelItems(content).length;
      if (actions < 1 || actions > maxFirstActions)
        problems.push(
          `"Do this first" must list one to ${maxFirstActions} actions (it lists ${actions})`,
        );
    }
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
