import { compileMessage } from '@lingui/message-utils/compileMessage';
import { describe, expect, it } from 'vitest';
import { englishOf, plainValues, type Message } from './message';

/** The Message as a build carries it: its English compiled by scripts/vite-i18n-compile.ts. */
const built = (m: Message): Message => ({ ...m, message: compileMessage(m.message) as unknown as string });

describe('englishOf', () => {
  it('fills the placeholders of the ICU source (tests, dev server) and passes plain strings through', () => {
    expect(englishOf({ id: 'x', message: 'Nothing is listening at {host}.', values: { host: '127.0.0.1:9' } })).toBe('Nothing is listening at 127.0.0.1:9.');
    expect(englishOf('plain')).toBe('plain');
  });

  it("renders a build's compiled English whole: placeholders, plurals with #, selects, nested", () => {
    expect(englishOf(built({ id: 'a', message: 'Nothing is listening at {host}: refused.', values: { host: 'localhost:4566' } }))).toBe('Nothing is listening at localhost:4566: refused.');
    const expired = { id: 'b', message: 'The token expired {n, plural, one {# hour} other {# hours}} before STS received it.' };
    expect(englishOf(built({ ...expired, values: { n: 1 } }))).toBe('The token expired 1 hour before STS received it.');
    expect(englishOf(built({ ...expired, values: { n: 22 } }))).toBe('The token expired 22 hours before STS received it.');
    const sent = { id: 'c', message: 'Sent to {dest, select, aws {AWS at {url}} other {the custom endpoint {url}}}{tls, select, yes { over HTTPS} other {}}.' };
    expect(englishOf(built({ ...sent, values: { dest: 'aws', url: 'https://sts.us-east-1.amazonaws.com', tls: 'yes' } }))).toBe('Sent to AWS at https://sts.us-east-1.amazonaws.com over HTTPS.');
    expect(englishOf(built({ ...sent, values: { dest: 'custom', url: 'http://localhost:4566', tls: 'no' } }))).toBe('Sent to the custom endpoint http://localhost:4566.');
    expect(englishOf(built({ id: 'd', message: 'No placeholder at all' }))).toBe('No placeholder at all');
  });
  it('renders the ICU source the same way (tests, npm start), plurals, selects and nested Messages included', () => {
    const cases: Message[] = [
      { id: 'a', message: 'Nothing is listening at {host}: refused.', values: { host: 'localhost:4566' } },
      { id: 'b', message: 'The token expired {n, plural, one {# hour} other {# hours}} before STS received it.', values: { n: 1 } },
      { id: 'b', message: 'The token expired {n, plural, one {# hour} other {# hours}} before STS received it.', values: { n: 22 } },
      { id: 'c', message: 'Sent to {dest, select, aws {AWS at {url}} other {the custom endpoint {url}}}{tls, select, yes { over HTTPS} other {}}.', values: { dest: 'custom', url: 'http://x', tls: 'no' } },
      { id: 'd', message: "The role's {count, plural, =0 {no key} one {# key} other {# keys}}, '{'literal'}' and ''quoted''.", values: { count: 0 } },
      { id: 'e', message: '{kind, select, array {an array} null {null} other {a {kind}}}', values: { kind: 'bigint' } },
      { id: 'f', message: 'Sum: {n, number} items', values: { n: 3 } },
    ];
    for (const m of cases) expect(englishOf(m), m.message).toBe(englishOf(built(m)));
    expect(englishOf(cases[4] as Message)).toBe("The role's no key, {literal} and 'quoted'.");
    const kind = { id: 'k', message: '{kind, select, array {an array} other {a {kind}}}', values: { kind: 'array' } };
    expect(englishOf({ id: 'p', message: 'Part 2 (payload) is {kind}; a JWT payload must be a JSON object.', values: { kind } })).toBe('Part 2 (payload) is an array; a JWT payload must be a JSON object.');
  });
});

describe('nested Messages', () => {
  const reason = { id: 'test.reason', message: 'the digest is {state}', values: { state: 'wrong' } };
  const sentence = { id: 'test.sentence', message: 'Invalid: {reason}.', values: { reason } };
  it('englishOf renders a Message value in place', () => {
    expect(englishOf(sentence)).toBe('Invalid: the digest is wrong.');
  });
  it("plainValues renders each nested Message with the caller's renderer and keeps the rest", () => {
    expect(plainValues({ a: 1, b: 'x', c: reason }, (m) => `<${m.id}>`)).toEqual({ a: 1, b: 'x', c: '<test.reason>' });
  });
});
