import { describe, expect, it } from 'vitest';
import { OPERATION_DIRECTORY, OPERATION_HEADINGS, findHeading, isUnsignedOperation } from './directory';
import { isOperationLoaded, loadedOperation, loadOperation, validateShownInput } from './load';
import { validateInput } from './validate';
import { operations } from './operations';
import { OPERATION_NAMES } from './types';

describe('the operation directory and the specs loaded one by one', () => {
  it('lists every operation once, in the catalog order, with the heading its spec starts from', () => {
    expect(OPERATION_HEADINGS.map((h) => h.name)).toEqual(operations.map((o) => o.name));
    expect([...OPERATION_HEADINGS.map((h) => h.name)].sort()).toEqual([...OPERATION_NAMES].sort());
    for (const spec of operations) expect(OPERATION_DIRECTORY[spec.name]).toEqual({ name: spec.name, cliName: spec.cliName, group: spec.group, summary: spec.summary, signing: spec.signing });
  });

  it('finds a name from outside only when STS has it, and knows which operations are unsigned', () => {
    expect(findHeading('AssumeRole')?.cliName).toBe('assume-role');
    expect(findHeading('assumerole')).toBeNull();
    expect(findHeading('tools/labs')).toBeNull();
    expect(OPERATION_NAMES.filter(isUnsignedOperation)).toEqual(['AssumeRoleWithSAML', 'AssumeRoleWithWebIdentity']);
  });

  it('has the first screen\'s GetCallerIdentity from the start and fetches the others when asked', async () => {
    expect(loadedOperation('GetCallerIdentity').name).toBe('GetCallerIdentity');
    expect(isOperationLoaded('AssumeRoot')).toBe(false);
    expect(() => loadedOperation('AssumeRoot')).toThrow(/AssumeRoot's spec is not loaded yet/);
    const [a, b] = await Promise.all([loadOperation('AssumeRoot'), loadOperation('AssumeRoot')]);
    expect(a).toBe(b);
    expect(a).toBe(operations.find((o) => o.name === 'AssumeRoot'));
    expect(loadedOperation('AssumeRoot')).toBe(a);
  });

  it('validates a shown form as the catalog does, and GetCallerIdentity (nothing to check) without the validator', async () => {
    expect(validateShownInput(loadedOperation('GetCallerIdentity'), {})).toEqual([]);
    const spec = await loadOperation('GetFederationToken');
    const input = { Name: 'has space', DurationSeconds: 5 };
    expect(validateShownInput(spec, input)).toEqual(validateInput(spec, input));
    expect(validateShownInput(spec, input).map((i) => i.param)).toEqual(expect.arrayContaining(['Name', 'DurationSeconds']));
  });
});
