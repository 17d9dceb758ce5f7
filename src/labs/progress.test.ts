import { describe, expect, it } from 'vitest';
import { parseProgress, parseResets, serializeProgress, serializeResets, withSteps } from './progress';

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
  it('keeps each lab\'s reset time across a reload, and nothing else', () => {
    expect(parseResets(serializeResets({ 'first-assume-role': 1764880000000 }))).toEqual({ 'first-assume-role': 1764880000000 });
    expect(parseResets(JSON.stringify({ lab: 'AKIARZPUZDIKDXT22AAB', 'Not An Id': 5, neg: -1, ok: 7 }))).toEqual({ ok: 7 });
    expect(parseResets('{not json')).toEqual({});
    expect(parseResets(null)).toEqual({});
  });
});
