import { describe, expect, it } from 'vitest';
import { parseFormPairs } from '../protocol/parse-form';
import { parsePresignedQuery } from './parse-presigned-query';

const FULL =
  'Action=GetCallerIdentity&Version=2011-06-15&X-Amz-Algorithm=AWS4-HMAC-SHA256' +
  '&X-Amz-Credential=ASIAEXAMPLE%2F20260101%2Fus-east-1%2Fsts%2Faws4_request&X-Amz-Date=20260101T000000Z' +
  '&X-Amz-Expires=60&X-Amz-SignedHeaders=host%3Bx-k8s-aws-id&X-Amz-Security-Token=IQoJ%2Btoken&X-Amz-Signature=abcd';

function parse(qs: string) {
  return parsePresignedQuery(parseFormPairs(qs));
}

describe('parsePresignedQuery', () => {
  it('reads every X-Amz-* parameter of an EKS-style token URL', () => {
    expect(parse(FULL)).toEqual({
      algorithm: 'AWS4-HMAC-SHA256',
      credential: 'ASIAEXAMPLE/20260101/us-east-1/sts/aws4_request',
      signedHeaders: ['host', 'x-k8s-aws-id'],
      signature: 'abcd',
      date: '20260101T000000Z',
      expiresSeconds: 60,
      securityToken: 'IQoJ+token',
    });
  });

  it('lists the missing parameters in AWS order', () => {
    expect(() => parse('X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20260101T000000Z')).toThrow(
      expect.objectContaining({
        code: 'IncompleteSignature',
        message:
          "AWS query-string parameters must include 'X-Amz-Credential'. AWS query-string parameters must include 'X-Amz-Signature'. " +
          "AWS query-string parameters must include 'X-Amz-SignedHeaders'. Re-examine the query-string parameters.",
      }),
    );
  });

  it('treats another algorithm as no authentication', () => {
    expect(() => parse(FULL.replace('AWS4-HMAC-SHA256', 'AWS4-HMAC-SHA1'))).toThrow(
      expect.objectContaining({ code: 'MissingAuthenticationToken', message: 'Request is missing Authentication Token' }),
    );
  });

  it.each(['0', '604801', 'abc', '-5', '1.5', ''])('refuses X-Amz-Expires=%s', (value) => {
    expect(() => parse(FULL.replace('X-Amz-Expires=60', `X-Amz-Expires=${value}`))).toThrow(
      expect.objectContaining({ code: 'IncompleteSignature', message: expect.stringContaining(`got '${value}'`) }),
    );
  });

  it('accepts the one-week maximum', () => {
    expect(parse(FULL.replace('X-Amz-Expires=60', 'X-Amz-Expires=604800')).expiresSeconds).toBe(604800);
  });
});
