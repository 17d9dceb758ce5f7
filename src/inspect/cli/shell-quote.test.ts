import { describe, expect, it } from 'vitest';
import { shellJoin, shellQuote } from './shell-quote';

describe('shellQuote', () => {
  it('leaves safe words bare', () => {
    for (const w of ['aws', '--role-arn', 'arn:aws:iam::123456789012:role/a/b', 'Key=k,Value=v', 'file://myfile.json', 'a@b%c+d', '900']) {
      expect(shellQuote(w)).toBe(w);
    }
  });

  it('quotes spaces, shell metacharacters and empties', () => {
    expect(shellQuote('two words')).toBe("'two words'");
    expect(shellQuote('$HOME')).toBe("'$HOME'");
    expect(shellQuote('a;b')).toBe("'a;b'");
    expect(shellQuote('*')).toBe("'*'");
    expect(shellQuote('<token>')).toBe("'<token>'");
    expect(shellQuote('`id`')).toBe("'`id`'");
    expect(shellQuote('line\nbreak')).toBe("'line\nbreak'");
    expect(shellQuote('')).toBe("''");
  });

  it("writes single quotes as '\"'\"'", () => {
    expect(shellQuote("it's")).toBe(`'it'"'"'s'`);
    expect(shellQuote("'")).toBe(`''"'"''`);
  });

  it('quotes JSON policies as one word, double quotes untouched', () => {
    const policy = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}';
    expect(shellQuote(policy)).toBe(`'${policy}'`);
  });

  it('joins argv with single spaces', () => {
    expect(shellJoin(['aws', 'sts', 'assume-role', '--role-session-name', "bob's session"])).toBe(
      `aws sts assume-role --role-session-name 'bob'"'"'s session'`,
    );
  });
});
