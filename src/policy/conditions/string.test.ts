import { describe, expect, it } from 'vitest';
import { cond, holds } from '../test-support/context';

const K = { 'sts:ExternalId': ['Workshop-ID'] };

describe('StringEquals / StringNotEquals', () => {
  it('compares case-sensitively', () => {
    expect(holds('StringEquals', 'sts:ExternalId', 'Workshop-ID', K)).toBe(true);
    expect(holds('StringEquals', 'sts:ExternalId', 'workshop-id', K)).toBe(false);
    expect(holds('StringNotEquals', 'sts:ExternalId', 'workshop-id', K)).toBe(true);
    expect(holds('StringNotEquals', 'sts:ExternalId', 'Workshop-ID', K)).toBe(false);
  });

  it('ORs the policy values', () => {
    expect(holds('StringEquals', 'sts:ExternalId', ['a', 'Workshop-ID'], K)).toBe(true);
    expect(holds('StringEquals', 'sts:ExternalId', ['a', 'b'], K)).toBe(false);
  });

  it('negated: true only when the request value matches none of several policy values', () => {
    expect(holds('StringNotEquals', 'sts:ExternalId', ['a', 'b'], K)).toBe(true);
    expect(holds('StringNotEquals', 'sts:ExternalId', ['a', 'Workshop-ID'], K)).toBe(false);
  });

  it('does not treat * as a wildcard', () => {
    expect(holds('StringEquals', 'sts:ExternalId', 'Workshop-*', K)).toBe(false);
  });

  it('explains the comparison', () => {
    expect(cond('StringEquals', 'sts:ExternalId', 'nope', K).why).toBe(
      'sts:ExternalId is "Workshop-ID": "Workshop-ID" equals none of "nope"; StringEquals needs a request value to match "nope", so it is false',
    );
  });
});

describe('StringEqualsIgnoreCase / StringNotEqualsIgnoreCase', () => {
  it('ignores case', () => {
    expect(holds('StringEqualsIgnoreCase', 'sts:ExternalId', 'WORKSHOP-id', K)).toBe(true);
    expect(holds('StringEqualsIgnoreCase', 'sts:ExternalId', 'other', K)).toBe(false);
    expect(holds('StringNotEqualsIgnoreCase', 'sts:ExternalId', 'WORKSHOP-id', K)).toBe(false);
    expect(holds('StringNotEqualsIgnoreCase', 'sts:ExternalId', 'other', K)).toBe(true);
  });
});

describe('StringLike / StringNotLike', () => {
  const S = { 'sts:RoleSessionName': ['ci-build-42'] };
  it('supports * and ? and is case-sensitive', () => {
    expect(holds('StringLike', 'sts:RoleSessionName', 'ci-*', S)).toBe(true);
    expect(holds('StringLike', 'sts:RoleSessionName', 'ci-build-4?', S)).toBe(true);
    expect(holds('StringLike', 'sts:RoleSessionName', 'ci-build-?', S)).toBe(false);
    expect(holds('StringLike', 'sts:RoleSessionName', 'CI-*', S)).toBe(false);
    expect(holds('StringNotLike', 'sts:RoleSessionName', 'CI-*', S)).toBe(true);
    expect(holds('StringNotLike', 'sts:RoleSessionName', ['x*', 'ci-*'], S)).toBe(false);
  });
});
