import { describe, expect, it } from 'vitest';
import { cliErrorText } from './ErrorView';

describe('error helpers', () => {
  it('prints a service error the way the AWS CLI does', () => {
    expect(cliErrorText({ code: 'AccessDenied', message: 'Not allowed' }, 'AssumeRole')).toBe(
      'An error occurred (AccessDenied) when calling the AssumeRole operation: Not allowed',
    );
  });
});
