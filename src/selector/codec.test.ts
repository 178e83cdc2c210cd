import { describe, expect, it } from 'vitest';
import {
  answersFromStepPath,
  outcomeFromResultPath,
  parseAnswers,
  resultPath,
  selectorHref,
  serializeAnswers,
  stepPath,
} from './codec';
import { walk } from './decide';
import { questions } from './model';

const knownIds = new Set([
  'change',
  ...questions.map((q) => q.id),
  ...questions.flatMap((q) => q.options.map((o) => o.id)),
]);

/** A small seeded random generator, so the fuzzing is the same on every run. */
function random(seed: number) {
  let t = seed >>> 0;
  return () => {
    t += 0x6d2b79f5;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r ^= r + Math.imul(r ^ (r >>> 7), 61 | r);
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

const hostile = [
  '<script>alert(1)</script>',
  'account=<img src=x onerror=alert(1)>',
  '?account=same&account=different',
  'account=%E0%A4%A',
  '%',
  '%%%%',
  '&&&&==&=',
  'account',
  '=same',
  'account=same;restore=finished',
  'account=SAME',
  'Account=same',
  'account= same',
  'account=same%00',
  '__proto__=x',
  'constructor=prototype',
  '__proto__[polluted]=1&account=same',
  'toString=same',
  'hasOwnProperty=1',
  'change=__proto__',
  'change=change',
  'change=account&change=restore',
  'javascript:alert(1)',
  'account=javascript%3Aalert(1)',
  `account=${'a'.repeat(5000)}`,
  `${'account=same&'.repeat(200)}`,
  'x'.repeat(100_000),
  '\u0000\u0001\u0002',
  '\uD800',
  'account=\uD83D',
  '😀=😀',
  'restore=running&account=different',
  'icloud-photos=on&deleted=last-30-days&account=same&restore=finished',
  '?',
  '??account=same',
  '#account=same',
  'account=same#x',
  'account[]=same',
  'account.same',
  '/which-option/step/account-same',
  '../../etc/passwd',
  '%3Cscript%3E=1',
  'account=same&utm_source=mail',
];

function fuzzInputs(): string[] {
  const next = random(20261126);
  const alphabet =
    'abcdefghijklmnopqrstuvwxyz-=&?%#;+/<>"\'\\ 0123456789ABCDEF\u00e9\u4e2d\ud83d\ude00';
  const pieces = [...knownIds, '=', '&', '%', '%2', '%ZZ', '<', '>', '"', 'change', '__proto__'];
  const inputs: string[] = [];
  for (let i = 0; i < 400; i++) {
    const length = Math.floor(next() * 80);
    let text = '';
    for (let j = 0; j < length; j++) {
      text +=
        next() < 0.5
          ? alphabet[Math.floor(next() * alphabet.length)]
          : pieces[Math.floor(next() * pieces.length)];
    }
    inputs.push(text);
  }
  return [...hostile, ...inputs];
}

describe('parseAnswers', () => {
  it('reads readable answers in any order', () => {
    expect(parseAnswers('?restore=finished&account=same')).toEqual({
      answers: { account: 'same', restore: 'finished' },
      change: undefined,
      dropped: false,
    });
    expect(parseAnswers('')).toEqual({ answers: {}, dropped: false });
  });

  it('drops unknown questions and options, repeats and overlong input, and says so', () => {
    expect(parseAnswers('account=same&colour=blue')).toMatchObject({
      answers: { account: 'same' },
      dropped: true,
    });
    expect(parseAnswers('account=maybe&restore=finished')).toMatchObject({
      answers: { restore: 'finished' },
      dropped: true,
    });
    expect(parseAnswers('account=same&account=different&restore=finished')).toMatchObject({
      answers: { restore: 'finished' },
      dropped: true,
    });
    expect(parseAnswers(`account=same&x=${'y'.repeat(2000)}`)).toEqual({
      answers: {},
      dropped: true,
    });
    expect(parseAnswers('change=account&account=same')).toMatchObject({
      change: 'account',
      dropped: false,
    });
    expect(parseAnswers('change=nonsense')).toMatchObject({ change: undefined, dropped: true });
  });

  it('survives hundreds of random and hostile strings: no throw, no raw text, only known ids', () => {
    const inputs = fuzzInputs();
    expect(inputs.length).toBeGreaterThan(400);
    for (const input of inputs) {
      let parsed!: ReturnType<typeof parseAnswers>;
      expect(() => (parsed = parseAnswers(input)), input).not.toThrow();
      for (const [key, value] of Object.entries(parsed.answers)) {
        expect(knownIds.has(key), key).toBe(true);
        expect(knownIds.has(value), value).toBe(true);
      }
      if (parsed.change !== undefined) expect(knownIds.has(parsed.change)).toBe(true);
      expect(Object.getPrototypeOf(parsed.answers)).toBe(Object.prototype);
      // Round trip: what we keep serializes to a clean link that parses to the same answers.
      const again = parseAnswers(serializeAnswers(parsed.answers, parsed.change));
      expect(again.answers).toEqual(parsed.answers);
      expect(again.dropped).toBe(false);
      // The walk never throws on what the parser kept.
      expect(() => walk(parsed.answers, parsed.change)).not.toThrow();
      // Anything that is not made only of known ids was reported as dropped.
      const clean = input.replace(/^\?/, '');
      const onlyKnown =
        clean === '' ||
        clean.split('&').every((pair) => {
          const [k, v, extra] = pair.split('=');
          return extra === undefined && knownIds.has(k) && v !== undefined && knownIds.has(v);
        });
      if (!onlyKnown) expect(parsed.dropped, input).toBe(true);
    }
  });

  it('never throws on values that are not strings', () => {
    for (const value of [undefined, null, 42, {}, [], () => 'x', Symbol('x')]) {
      expect(parseAnswers(value)).toEqual({ answers: {}, dropped: false });
    }
  });
});

describe('serializeAnswers and the paths', () => {
  it('writes answers in the order the questions are asked, skipping invalid ones', () => {
    expect(serializeAnswers({ 'icloud-photos': 'on', account: 'same', junk: 'x' })).toBe(
      'account=same&icloud-photos=on',
    );
    expect(serializeAnswers({ account: 'same' }, 'account')).toBe('account=same&change=account');
    expect(selectorHref({})).toBe('/which-option');
    expect(selectorHref({ account: 'same' })).toBe('/which-option?account=same');
  });

  it('builds step and result paths', () => {
    const walked = walk({ account: 'same', restore: 'finished' });
    expect(stepPath(walked.answered)).toBe('/which-option/step/same/finished');
    expect(answersFromStepPath('/help/which-option/step/same/finished')).toEqual({
      account: 'same',
      restore: 'finished',
    });
    expect(answersFromStepPath('/which-option/step/same/sideways/on')).toEqual({ account: 'same' });
    expect(answersFromStepPath('/which-option')).toEqual({});
    expect(outcomeFromResultPath('/which-option/result/nothing-applies')).toBe('nothing-applies');
    expect(outcomeFromResultPath('/which-option/result/nope')).toBeUndefined();
    expect(stepPath([])).toBe('/which-option');
    expect(resultPath('nothing-applies')).toBe('/which-option/result/nothing-applies');
    expect(outcomeFromResultPath('/help/which-option/result/nothing-applies')).toBe(
      'nothing-applies',
    );
    expect(outcomeFromResultPath('/which-option/result/nothing-applies/extra')).toBeUndefined();
  });
});
