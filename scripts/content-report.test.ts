import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentReport, formatReport } from './content-report';

describe('content report', () => {
  it('counts prose words per page and grades guides only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-'));
    mkdirSync(join(dir, 'guides'));
    writeFileSync(
      join(dir, 'guides', 'one.mdx'),
      '---\narticle_id: 102\narticle_type: guide\n---\n\n## Steps {/* #steps */}\n\n1. Open the app.\n2. Tap your name.\n',
    );
    writeFileSync(
      join(dir, 'start.mdx'),
      '---\narticle_id: 101\narticle_type: explainer\n---\n\nFour words of prose.\n',
    );
    const rows = contentReport(dir);
    expect(rows.map((r) => [r.id, r.words, r.grade === undefined])).toEqual([
      [101, 4, true],
      [102, 7, false],
    ]);
    expect(formatReport(rows)).toMatch(/11 {2}total/);
  });
});
