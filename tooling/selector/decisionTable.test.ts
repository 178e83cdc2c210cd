import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decisionTableMarkdown } from './decisionTable';

describe('the committed decision table', () => {
  it('matches the model (after a deliberate change, run `npm run selector:table` and review the diff)', () => {
    const committed = readFileSync(
      join(import.meta.dirname, '..', '..', 'src', 'selector', 'decision-table.md'),
      'utf8',
    );
    expect(decisionTableMarkdown()).toBe(committed);
  });
});
