/** Writes src/selector/decision-table.md from the selector model. Run: npm run selector:table */
import { writeFileSync } from 'node:fs';
import { decisionTableMarkdown } from '../tooling/selector/decisionTable';

const file = new URL('../src/selector/decision-table.md', import.meta.url);
writeFileSync(file, decisionTableMarkdown());
console.log(`Wrote ${file.pathname}`);
