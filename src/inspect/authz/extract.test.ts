import { inEnglish, translator } from '../../i18n/test-support/translate';
import { describe, expect, it } from 'vitest';
import { encodedMessageInError, extractEncodedMessage } from './extract';

const BLOB = 'Ez1m0lx9SgSlgZ8bCq7fWG2BpYgAUEW9Qh7X_-0aRBv3LcGv8TB3Bx6WmS1HhgEXAMPLE';

const encoded = (text: string) => {
  const r = extractEncodedMessage(text);
  if (!r.ok) throw new Error(inEnglish(r.error));
  return r.value;
};
const problem = (text: string) => {
  const r = extractEncodedMessage(text);
  if (r.ok) throw new Error(`expected a problem, got ${r.value.encoded}`);
  return inEnglish(r.error);
};

describe('extractEncodedMessage', () => {
  it('finds the blob in an EC2 error as the AWS CLI prints it', () => {
    const text = `An error occurred (UnauthorizedOperation) when calling the RunInstances operation: You are not authorized to perform this operation. Encoded authorization failure message: ${BLOB}`;
    expect(encoded(text)).toEqual({ encoded: BLOB, foundIn: 'error-text' });
  });

  it("finds it in the sandbox's AccessDenied, in XML and in JSON error bodies", () => {
    expect(encoded(`User: arn:aws:iam::123456789012:user/DevAdmin is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/MfaProtectedAdmin. Encoded authorization failure message: ${BLOB}`).encoded).toBe(BLOB);
    expect(encoded(`<Message>Denied. Encoded authorization failure message: ${BLOB}</Message>`).encoded).toBe(BLOB);
    expect(encoded(`{"message":"Denied. Encoded authorization failure message: ${BLOB}"}`).encoded).toBe(BLOB);
  });

  it('joins a blob that a terminal wrapped over several lines', () => {
    const text = `... Encoded authorization failure message: ${BLOB.slice(0, 30)}\n${BLOB.slice(30, 50)}\n  ${BLOB.slice(50)}\n\nNext prompt $`;
    expect(encoded(text).encoded).toBe(BLOB);
  });

  it('takes the blob alone, or from the decode command', () => {
    expect(encoded(`  ${BLOB}\n`)).toEqual({ encoded: BLOB, foundIn: 'whole-input' });
    expect(encoded(`aws sts decode-authorization-message --encoded-message ${BLOB} --query DecodedMessage`)).toEqual({ encoded: BLOB, foundIn: 'cli-command' });
    expect(encoded(`aws sts decode-authorization-message --encoded-message "${BLOB}"`).encoded).toBe(BLOB);
  });

  it('names the problem when there is no message', () => {
    expect(problem('')).toBe('Paste the error text or the encoded message.');
    expect(problem('User: arn:aws:iam::1:user/x is not authorized to perform: s3:GetObject')).toMatch(/carries no encoded authorization message/);
    expect(problem('Encoded authorization failure message: ')).toMatch(/nothing follows it/);
    expect(problem('{"allowed":false}')).toMatch(/decoded message, not an encoded one/);
    expect(problem('abc')).toMatch(/too short/);
    expect(problem('hello, world')).toMatch(/“,” is not one of its characters/);
    expect(problem('A'.repeat(10241))).toMatch(/10,241 characters; DecodeAuthorizationMessage accepts at most 10,240/);
    const tooLong = extractEncodedMessage('A'.repeat(10241));
    expect(!tooLong.ok && translator('fr')(tooLong.error)).toMatch(/^Le message encodé compte 10\u202f241 caractères ; DecodeAuthorizationMessage en accepte au plus 10\u202f240\./);
  });

  it('finds the message in an error shown in a result only after the marker', () => {
    const denied = `User: arn:aws:iam::123456789012:user/Dev is not authorized to perform: sts:TagSession on resource: arn:aws:iam::123456789012:role/R Encoded authorization failure message: ${BLOB}`;
    expect(encodedMessageInError(denied)).toBe(BLOB);
    expect(encodedMessageInError('Not authorized to perform sts:AssumeRoleWithSAML')).toBeNull();
    // A bare blob is a message when pasted into the tool, but an error text that is only letters is not one.
    expect(encodedMessageInError(BLOB)).toBeNull();
    expect(encodedMessageInError('Encoded authorization failure message: ')).toBeNull();
  });
});
