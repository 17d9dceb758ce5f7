import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedFile } from '../../../../test/shared-files';
import { isStsError } from '../../core/errors';
import { packedSize } from '../../../inspect/session/packed-policy';
import { packedPolicySize } from './packed-policy';

/** The LocalStack AWS-validated snapshot `assume-role-with-policy` (Python json.dumps spacing): AWS said 16. */
const LOCALSTACK_POLICY =
  '{"Version": "2012-10-17", "Statement": [{"Sid": "RestrictedAccess", "Effect": "Allow", "Action": ["s3:GetObject"], "Resource": ["arn:aws:s3:::example-bucket/*"]}]}';

/** The seed's get-federation-token example: myfile.json plus one managed policy ARN, and the PackedPolicySize its recorded output shows. */
const seed = (JSON.parse(readFileSync(sharedFile('seed/cli-examples.json'), 'utf8')) as { examples: { operation: string; cli: string[]; policyFile?: unknown; sampleOutput?: { PackedPolicySize?: number } }[] }).examples.find(
  (e) => e.operation === 'GetFederationToken',
)!;
const SEED_POLICY = seed.policyFile;
const SEED_ARNS = [{ arn: seed.cli[seed.cli.indexOf('--policy-arns') + 1]!.replace(/^arn=/, '') }];

/** `n` letters that share no beginning with those of another `seed` (a small LCG). */
function letters(seed: number, n: number): string {
  let x = (seed * 2654435761 + 7) >>> 0;
  let out = '';
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out += String.fromCharCode(97 + (x >>> 27) % 26);
  }
  return out;
}

describe('PackedPolicySize model', () => {
  it('reproduces the two recorded data points: 16 and 36', () => {
    expect(packedPolicySize(LOCALSTACK_POLICY, undefined, [])).toBe(16);
    expect(SEED_ARNS).toEqual([{ arn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess' }]);
    expect(seed.sampleOutput?.PackedPolicySize).toBe(36);
    // The CLI reads myfile.json as written (indented or not): whitespace is not packed.
    for (const text of [JSON.stringify(SEED_POLICY), JSON.stringify(SEED_POLICY, null, 4)]) expect(packedPolicySize(text, SEED_ARNS, [])).toBe(36);
  });

  it('is 0 when nothing is packed, and never shrinks when something is added', () => {
    expect(packedPolicySize(undefined, undefined, [])).toBe(0);
    let last = packedSize(LOCALSTACK_POLICY, undefined, []);
    const statements: unknown[] = [];
    for (let i = 0; i < 12; i++) {
      statements.push({ Effect: i % 2 ? 'Deny' : 'Allow', Action: [`s3:Get${i}`, 'ec2:Describe*'], Resource: `arn:aws:s3:::bucket-${i}/*`, Condition: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } } });
      const next = packedSize(JSON.stringify({ Version: '2012-10-17', Statement: statements }), undefined, [{ Key: `k${i}`, Value: 'v' }]);
      expect(next.policyBytes + next.tagBytes).toBeGreaterThanOrEqual(last.policyBytes + last.tagBytes);
      last = next;
    }
  });

  it('packs what repeats cheaply: a string seen before, and a string that begins like one seen before', () => {
    const bucket = (i: number) => ({ Sid: `ReadBucket${i}`, Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: [`arn:aws:s3:::amzn-s3-demo-bucket-${i}`, `arn:aws:s3:::amzn-s3-demo-bucket-${i}/*`] });
    const nine = JSON.stringify({ Version: '2012-10-17', Statement: Array.from({ length: 9 }, (_, i) => bucket(i)) });
    expect(nine.length).toBeGreaterThan(1500);
    // Nine statements that differ only in a digit: the first costs its text, the others a few bytes each.
    const one = packedSize(JSON.stringify({ Version: '2012-10-17', Statement: [bucket(0)] }), undefined, []).policyBytes;
    const all = packedSize(nine, undefined, []).policyBytes;
    expect(all - one).toBeLessThan(8 * 30);
    expect(packedPolicySize(nine, undefined, [])).toBeLessThanOrEqual(100);
  });

  it('counts repeats once: a policy that repeats its actions packs smaller than one that does not', () => {
    const repeated = { Version: '2012-10-17', Statement: Array.from({ length: 8 }, () => ({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' })) };
    const distinct = { Version: '2012-10-17', Statement: Array.from({ length: 8 }, (_, i) => ({ Effect: 'Allow', Action: `s3:GetObject${i}x`, Resource: `arn:aws:s3:::b${i}/*` })) };
    expect(packedSize(JSON.stringify(repeated), undefined, []).percent).toBeLessThan(packedSize(JSON.stringify(distinct), undefined, []).percent);
  });

  it('refuses more than 100% with PackedPolicyTooLarge, naming the larger part', () => {
    const tags = Array.from({ length: 10 }, (_, i) => ({ Key: `key-${i}-${'x'.repeat(100)}`, Value: `${i}`.repeat(200) }));
    const tooMany = (() => {
      try {
        packedPolicySize(undefined, undefined, tags);
        return null;
      } catch (e) {
        return e;
      }
    })();
    expect(isStsError(tooMany) && tooMany.code).toBe('PackedPolicyTooLarge');
    expect((tooMany as Error).message).toMatch(/^Packed size of session tags consumes \d{3,}% of allotted space\.$/);
    // A 2,048-character policy of unrelated actions does not fit either ("plaintext that fits can still fail").
    const actions = Array.from({ length: 80 }, (_, i) => `${letters(i, 4)}:${letters(i + 1000, 12)}`);
    const big = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }] });
    expect(big.length).toBeLessThanOrEqual(2048);
    expect(() => packedPolicySize(big, undefined, [])).toThrow(/^Packed size of session policies consumes \d+% of allotted space\.$/);
    // The boundary: exactly the allowance (510 + 1 bytes of key, 1 of empty value) is 100%, one byte more is refused.
    expect(packedPolicySize(undefined, undefined, [{ Key: 'k'.repeat(510), Value: '' }])).toBe(100);
    expect(() => packedPolicySize(undefined, undefined, [{ Key: 'k'.repeat(511), Value: '' }])).toThrow(/ 101% /);
  });
});
