import { describe, expect, it } from 'vitest';
import { cliErrorText, encodedAuthorizationMessage } from './ErrorView';

describe('error helpers', () => {
  it('finds the encoded authorization message in an AccessDenied message', () => {
    const msg = 'User: arn:aws:iam::123456789012:user/Dev is not authorized to perform: sts:TagSession on resource: arn:aws:iam::123456789012:role/R Encoded authorization failure message: ab-CD_ef0123456789xyzXYZ';
    expect(encodedAuthorizationMessage(msg)).toBe('ab-CD_ef0123456789xyzXYZ');
    expect(encodedAuthorizationMessage('User: x is not authorized to perform: sts:AssumeRole')).toBeNull();
  });

  it('prints a service error the way the AWS CLI does', () => {
    expect(cliErrorText({ code: 'AccessDenied', message: 'Not allowed' }, 'AssumeRole')).toBe(
      'An error occurred (AccessDenied) when calling the AssumeRole operation: Not allowed',
    );
  });
});
