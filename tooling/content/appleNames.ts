// cspell:ignore biphones bipados
/**
 * Apple's product names, cased as Apple writes them. A word that matches a name in any casing but
 * not the exact one ("Iphone", "icloud", "IOS", "MacOS") is a problem; so is "Apple ID" as the
 * current name (it is the Apple Account now).
 */

export interface NameProblem {
  found: string;
  expected: string;
  line: number;
}

interface NameRule {
  /** Finds the name in any casing. */
  pattern: RegExp;
  /** The correct form; a match that starts with it (e.g. "iPhones") is fine. */
  expected: string;
}

const nameRules: readonly NameRule[] = [
  { pattern: /\biphones?\b/gi, expected: 'iPhone' },
  { pattern: /\bipads?\b/gi, expected: 'iPad' },
  { pattern: /\bipados\b/gi, expected: 'iPadOS' },
  { pattern: /\bicloud\b/gi, expected: 'iCloud' },
  { pattern: /\bios\b/gi, expected: 'iOS' },
  { pattern: /\bmac ?os\b/gi, expected: 'macOS' },
  { pattern: /\bitunes\b/gi, expected: 'iTunes' },
  { pattern: /\bairdrop\b/gi, expected: 'AirDrop' },
  { pattern: /\bface id\b/gi, expected: 'Face ID' },
  { pattern: /\btouch id\b/gi, expected: 'Touch ID' },
  { pattern: /\bapple account\b/gi, expected: 'Apple Account' },
  { pattern: /\bwi-?fi\b/gi, expected: 'Wi-Fi' },
];

// "Apple ID" only as the former name: "formerly Apple ID", "(formerly called Apple ID)".
const currentAppleId =
  /(?<!(?:formerly|formerly called|was called|used to be called)\s+)\bApple ID\b/g;

function lineAt(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

export function appleNameProblems(text: string): NameProblem[] {
  const problems: NameProblem[] = [];
  for (const rule of nameRules) {
    for (const match of text.matchAll(rule.pattern)) {
      if (!match[0].startsWith(rule.expected)) {
        problems.push({
          found: match[0],
          expected: rule.expected,
          line: lineAt(text, match.index ?? 0),
        });
      }
    }
  }
  for (const match of text.matchAll(currentAppleId)) {
    problems.push({
      found: match[0],
      expected: 'Apple Account (formerly Apple ID)',
      line: lineAt(text, match.index ?? 0),
    });
  }
  return problems.sort((a, b) => a.line - b.line);
}
