import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, waitsFor } from './test';
import {
  describeMessage,
  pageKind,
  parseExceptions,
  unexpectedErrors,
  type VnuMessage,
} from '../scripts/htmlValidation';

// The Nu Html Checker (vnu-jar, needs Java 11 or later) over every HTML file in build/. Errors fail,
// except the Docusaurus ones listed with their reasons in html-validation-exceptions.json.
const vnuJar = require.resolve('vnu-jar/build/dist/vnu.jar');

// A short run: the JVM's quick compiler only and one garbage collector thread, so the checker does
// not spend a core on optimising code it runs for a few seconds (measured, 214 files on 2 cores:
// 8.6 s of CPU by default, 4.1 s with these, the same messages). Code from the quick compiler needs
// more stack for the checker's deep schema recursion, hence -Xss4m (it fails under 1 MB).
const jvmFlags = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xss4m'];

test('every built HTML file is valid HTML', async () => {
  // One run of the checker (a JVM start, then every file): about 12 s alone, a minute on a busy
  // 2-core machine. The limit follows the shared wait limit like every other.
  test.setTimeout(waitsFor(12));
  const files = readdirSync('build', { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
  expect(files.length).toBeGreaterThan(2);

  const { stdout } = await promisify(execFile)(
    'java',
    [...jvmFlags, '-jar', vnuJar, '--format', 'json', '--stdout', '--exit-zero-always', ...files],
    { maxBuffer: 64 * 1024 * 1024 },
  ).catch((error: NodeJS.ErrnoException) => {
    throw error.code === 'ENOENT'
      ? new Error('Java is needed for vnu-jar: sudo apt-get install -y default-jre-headless')
      : error;
  });
  const { messages } = JSON.parse(stdout) as { messages: VnuMessage[] };
  const kindOf = (url: string) =>
    pageKind(readFileSync(decodeURIComponent(url.replace(/^file:(\/\/)?/, '')), 'utf8'));
  const exceptions = parseExceptions(readFileSync('html-validation-exceptions.json', 'utf8'));
  expect(unexpectedErrors(messages, kindOf, exceptions).map(describeMessage)).toEqual([]);
});
