/**
 * POSIX shell quoting, only where needed: words made of safe characters stay bare, everything
 * else is single-quoted, with embedded single quotes written as '"'"'. The same rules as
 * Python's shlex.quote, so output matches what most people expect to see.
 */
const SAFE = /^[A-Za-z0-9@%+=:,./_-]+$/;

export function shellQuote(word: string): string {
  if (word === '') return "''";
  if (SAFE.test(word)) return word;
  return `'${word.replace(/'/g, `'"'"'`)}'`;
}

export const shellJoin = (argv: readonly string[]): string => argv.map(shellQuote).join(' ');
