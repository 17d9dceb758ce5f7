import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/test-support/translate';
import { englishOf, type Message } from './message';
import { fromWire, readRelayed, readWireMessage, relay, relayWith, toWire, wireIds } from './relayed';

const reason: Message = /*i18n*/ { id: 'policy.cond.null.absent', message: 'absent' };
const sentence: Message = /*i18n*/ { id: 'policy.cond.or', message: '{a} or {b}', values: { a: reason, b: /*i18n*/ { id: 'policy.cond.null.present', message: 'present' } } };

describe('relayed text: a Message sent over the network without its English source', () => {
  it('sends the English and the Message, and the receiver renders the same Message in French', () => {
    const sent = JSON.parse(JSON.stringify(relay(sentence))) as unknown;
    const got = readRelayed((sent as { english: string }).english, (sent as { message: unknown }).message);
    expect(got.english).toBe('absent or present');
    expect(got.message).not.toBeNull();
    expect(wireIds(got.message!)).toEqual(['policy.cond.or', 'policy.cond.null.absent', 'policy.cond.null.present']);
    expect(translator('fr')(fromWire(got.message!))).toBe('absente ou présente');
  });

  it('carries lists and verbatim values', () => {
    const listed: Message = /*i18n*/ { id: 'policy.statement.doesNotApply', message: '{effect} {ref} does not apply: {parts}', values: { effect: 'Allow', ref: /*i18n*/ { id: 'policy.statementRef', message: 'statement {index} of {policy}', values: { index: 0, policy: 'p' } }, parts: [reason, reason] }, verbatim: ['effect'] };
    const wire = readWireMessage(JSON.parse(JSON.stringify(toWire(listed))));
    expect(wire).toEqual(toWire(listed));
    expect(englishOf(listed)).toBe('Allow statement 0 of p does not apply: absent; absent');
    expect(translator('fr')(fromWire(wire!))).toBe("l'instruction 0 de p (Allow) ne s'applique pas : absente ; absente");
  });

  it('refuses what is not a wire Message: the receiver then shows the English', () => {
    expect(readWireMessage({ id: 'no spaces allowed' })).toBeNull();
    expect(readWireMessage({ id: 'a.b', values: { x: null } })).toBeNull();
    expect(readWireMessage({ id: 'a.b', values: { x: [1] } })).toBeNull();
    expect(readWireMessage({ id: 'a.b', verbatim: 'x' })).toBeNull();
    expect(readWireMessage({ id: 'a.b', values: { x: Array.from({ length: 65 }, () => ({ id: 'c' })) } })).toBeNull();
    let deep: unknown = { id: 'leaf' };
    for (let i = 0; i < 12; i++) deep = { id: 'n', values: { x: deep } };
    expect(readWireMessage(deep)).toBeNull();
    expect(readRelayed(42, { id: 'a.b' })).toEqual({ english: '', message: { id: 'a.b' } });
    expect(readRelayed('text', 'junk')).toEqual({ english: 'text', message: null });
  });

  it('quotes an answer already relayed inside a new sentence', () => {
    const live = relay(/*i18n*/ { id: 'policy.label.session', message: 'session policy {number}', values: { number: 2 } });
    const wrapped = relayWith(/*i18n*/ { id: 'policy.closest', message: ' Closest: {why}.', values: {} }, 'why', live);
    expect(wrapped.english).toBe(' Closest: session policy 2.');
    expect(translator('fr')(fromWire(wrapped.message!))).toBe(' La plus proche : politique de session 2.');
  });
});
