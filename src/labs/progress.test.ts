import { describe, expect, it } from 'vitest';
import { parseProgress, serializeProgress, withSteps } from './progress';

describe('lab progress in storage', () => {
  it('round-trips lab and step ids', () => {
    const p = withSteps(withSteps({}, 'first-assume-role', ['who-am-i', 'assume']), 'mfa', ['no-mfa']);
    expect(parseProgress(serializeProgress(p))).toEqual({ 'first-assume-role': ['who-am-i', 'assume'], mfa: ['no-mfa'] });
  });
  it('a reset removes the lab', () => {
    expect(withSteps({ a: ['x'], b: ['y'] }, 'a', [])).toEqual({ b: ['y'] });
  });
  it('keeps nothing but ids: a key, a secret or a token written there by anything is dropped', () => {
    const text = JSON.stringify({
      lab: ['ok-step', 'AKIARZPUZDIKDXT22AAB', 'devadmin/Sandbox/EXAMPLEKEY+000000000000', { secret: 'x' }],
      'Not An Id': ['a'],
      other: 'not a list',
    });
    expect(parseProgress(text)).toEqual({ lab: ['ok-step'] });
    expect(withSteps({}, 'lab', ['IQoJb3JpZ2luX2VjEXAMPLE/TOKEN=='])).toEqual({});
  });
  it('forgives damaged storage', () => {
    expect(parseProgress(null)).toEqual({});
    expect(parseProgress('{not json')).toEqual({});
    expect(parseProgress('[1,2]')).toEqual({});
  });
});
