import { beforeAll, describe, expect, it } from 'vitest';
import { isOperationLoaded, loadOperation } from '../catalog/load';
import { formOf, textValues, withAttempt, withField, withLoaded, withReset, withTextFields, type Forms } from './forms';

describe('form state per operation', () => {
  beforeAll(async () => {
    await Promise.all([loadOperation('AssumeRole'), loadOperation('GetAccessKeyInfo')]);
  });

  it('reads an operation whose spec is not loaded yet as an empty form, and starts from its defaults once it is', async () => {
    expect(isOperationLoaded('GetSessionToken')).toBe(false);
    expect(formOf({}, 'GetSessionToken').values).toEqual({});
    await loadOperation('GetSessionToken');
    expect(textValues(formOf({}, 'GetSessionToken'))).toMatchObject({ SerialNumber: '', TokenCode: '' });
  });

  it('starts fresh, marks edited fields, keeps each operation\'s form apart', () => {
    let forms: Forms = {};
    expect(formOf(forms, 'AssumeRole')).toMatchObject({ attempted: false });
    expect(formOf(forms, 'AssumeRole').touched.size).toBe(0);
    forms = withField(forms, 'AssumeRole', 'RoleArn', { kind: 'text', text: 'arn:aws:iam::123456789012:role/R' });
    forms = withTextFields(forms, 'GetAccessKeyInfo', { AccessKeyId: 'AKIAIOSFODNN7EXAMPLE' });
    expect([...formOf(forms, 'AssumeRole').touched]).toEqual(['RoleArn']);
    expect(textValues(formOf(forms, 'AssumeRole')).RoleArn).toBe('arn:aws:iam::123456789012:role/R');
    expect(textValues(formOf(forms, 'GetAccessKeyInfo'))).toMatchObject({ AccessKeyId: 'AKIAIOSFODNN7EXAMPLE' });
  });

  it('records an attempted send once, and a load or reset clears it', () => {
    let forms = withAttempt({}, 'AssumeRole');
    expect(formOf(forms, 'AssumeRole').attempted).toBe(true);
    expect(withAttempt(forms, 'AssumeRole')).toBe(forms);
    forms = withLoaded(forms, 'AssumeRole', { RoleArn: { kind: 'text', text: 'x' } }, ['RoleArn']);
    expect(formOf(forms, 'AssumeRole')).toMatchObject({ attempted: false, values: { RoleArn: { kind: 'text', text: 'x' } } });
    expect([...formOf(forms, 'AssumeRole').touched]).toEqual(['RoleArn']);
    forms = withReset(forms, 'AssumeRole');
    expect(textValues(formOf(forms, 'AssumeRole')).RoleArn).toBe('');
  });
});
