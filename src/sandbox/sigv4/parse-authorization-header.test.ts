import { describe, expect, it } from 'vitest';
import { parseAuthorizationHeader } from './parse-authorization-header';

const GOOD =
  'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-east-1/sts/aws4_request, SignedHeaders=host;X-Amz-Date;content-type, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31';

function error(header: string, hasDate = true): { code?: string; message?: string } {
  try {
    parseAuthorizationHeader(header, hasDate);
  } catch (e) {
    return e as { code: string; message: string };
  }
  throw new Error('expected a failure');
}

describe('parseAuthorizationHeader', () => {
  it('reads credential, signature and the signed headers (lower-cased, sorted)', () => {
    expect(parseAuthorizationHeader(GOOD, true)).toEqual({
      algorithm: 'AWS4-HMAC-SHA256',
      credential: 'AKIDEXAMPLE/20260101/us-east-1/sts/aws4_request',
      signedHeaders: ['content-type', 'host', 'x-amz-date'],
      signature: '5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31',
    });
  });

  it('accepts parameters separated by commas without spaces', () => {
    const compact = GOOD.replace(/, /g, ',');
    expect(parseAuthorizationHeader(compact, true).signature).toHaveLength(64);
  });

  it('reports a pasted access key with a stray space exactly as STS does (boto/boto3#2280)', () => {
    const header =
      'AWS4-HMAC-SHA256 Credential= AKIA3E3TXYEALSHHLVWT/20200122/us-east-1/sts/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=cbeed485aed23c03ded6f1ffdefda822d8e22f92ced62d2854947378da569a8e';
    expect(error(header)).toMatchObject({
      code: 'IncompleteSignature',
      message: `'AKIA3E3TXYEALSHHLVWT/20200122/us-east-1/sts/aws4_request' not a valid key=value pair (missing equal-sign) in Authorization header: '${header}'.`,
    });
  });

  it('lists every missing part, then the header (a bare JWT sent as Authorization, aws/chalice#828)', () => {
    expect(error('eyJhbGciOiJIUzI1NiJ9.e30.sig', false)).toMatchObject({
      code: 'IncompleteSignature',
      message:
        "Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter. " +
        "Authorization header requires 'SignedHeaders' parameter. Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. " +
        'Authorization=eyJhbGciOiJIUzI1NiJ9.e30.sig',
    });
  });

  it('names only the parts that are missing', () => {
    expect(error('AWS4-HMAC-SHA256 Credential=a/b/c/d/e, SignedHeaders=host').message).toBe(
      "Authorization header requires 'Signature' parameter. Authorization=AWS4-HMAC-SHA256 Credential=a/b/c/d/e, SignedHeaders=host",
    );
  });

  it('refuses another algorithm once the parameters are complete', () => {
    expect(error(GOOD.replace('AWS4-HMAC-SHA256', 'AWS4-ECDSA-P256-SHA256'))).toMatchObject({
      code: 'IncompleteSignature',
      message: "Unsupported AWS 'algorithm': 'AWS4-ECDSA-P256-SHA256' (only AWS4-HMAC-SHA256 for now). ",
    });
  });

  it('keeps the last value of a repeated parameter', () => {
    expect(parseAuthorizationHeader(`${GOOD}, Signature=ff`, true).signature).toBe('ff');
  });
});
