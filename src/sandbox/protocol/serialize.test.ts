import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { stsError } from '../core/errors';
import { serializeError } from './serialize-error';
import { STS_XML_NAMESPACE, isoSeconds, serializeSuccess } from './serialize-success';

const REQUEST_ID = '2b9f5c1e-8a4d-4c7b-9e1f-3a6d0b7c5e21';

function parse(xml: string): Element {
  const root = new DOMParser().parseFromString(xml, 'text/xml').documentElement;
  if (!root) throw new Error('no document element');
  return root;
}

function child(el: Element, name: string): Element {
  const found = Array.from(el.childNodes).find((n): n is Element => n.nodeType === 1 && (n as Element).localName === name);
  if (!found) throw new Error(`no <${name}> in <${el.localName}>`);
  return found;
}

function children(el: Element, name: string): Element[] {
  return Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).localName === name);
}

describe('serializeSuccess', () => {
  const output = {
    Credentials: {
      AccessKeyId: 'ASIAY34FZKBOKMUTVV7A',
      SecretAccessKey: 'secret/with+chars',
      SessionToken: 'IQoJb3JpZ2luX2Vj',
      Expiration: new Date('2026-01-01T13:00:00.123Z'),
    },
    AssumedRoleUser: { AssumedRoleId: 'AROA3XFRBF535PLBIFPI4:alice', Arn: 'arn:aws:sts::609629065308:assumed-role/Deploy/alice' },
    PackedPolicySize: 6,
    SourceIdentity: undefined,
    Audience: ['a', 'b<c'],
    Empty: [],
    $metadata: { httpStatusCode: 200 },
  };
  const xml = serializeSuccess('AssumeRole', output, REQUEST_ID);
  const root = parse(xml);

  it('wraps the result in <XResponse xmlns> / <XResult> with the request id in ResponseMetadata', () => {
    expect(root.localName).toBe('AssumeRoleResponse');
    expect(root.namespaceURI).toBe(STS_XML_NAMESPACE);
    expect(child(child(root, 'ResponseMetadata'), 'RequestId').textContent).toBe(REQUEST_ID);
    expect(xml.startsWith(`<AssumeRoleResponse xmlns="${STS_XML_NAMESPACE}">\n  <AssumeRoleResult>\n    <Credentials>\n`)).toBe(true);
  });

  it('writes nested members in key order, Dates to the second with Z, numbers in decimal', () => {
    const result = child(root, 'AssumeRoleResult');
    const creds = child(result, 'Credentials');
    expect(Array.from(creds.childNodes).filter((n) => n.nodeType === 1).map((n) => (n as Element).localName)).toEqual([
      'AccessKeyId',
      'SecretAccessKey',
      'SessionToken',
      'Expiration',
    ]);
    expect(child(creds, 'Expiration').textContent).toBe('2026-01-01T13:00:00Z');
    expect(child(creds, 'SecretAccessKey').textContent).toBe('secret/with+chars');
    expect(child(result, 'PackedPolicySize').textContent).toBe('6');
  });

  it('writes arrays as <member> items and leaves undefined and $ members out', () => {
    const result = child(root, 'AssumeRoleResult');
    expect(children(child(result, 'Audience'), 'member').map((m) => m.textContent)).toEqual(['a', 'b<c']);
    expect(children(child(result, 'Empty'), 'member')).toEqual([]);
    expect(children(result, 'SourceIdentity')).toEqual([]);
    expect(xml).not.toContain('metadata');
  });

  it('escapes JSON text such as DecodedMessage', () => {
    const decoded = '{"allowed":false,"context":{"principal":{"arn":"arn:aws:iam::1:user/a&b"}}}';
    const doc = parse(serializeSuccess('DecodeAuthorizationMessage', { DecodedMessage: decoded }, REQUEST_ID));
    expect(child(child(doc, 'DecodeAuthorizationMessageResult'), 'DecodedMessage').textContent).toBe(decoded);
  });

  it('refuses values it cannot represent instead of writing garbage', () => {
    expect(() => serializeSuccess('X', { When: new Date(NaN) }, REQUEST_ID)).toThrow(TypeError);
    expect(() => serializeSuccess('X', { 'bad name': 'v' }, REQUEST_ID)).toThrow(TypeError);
    expect(() => serializeSuccess('X', { N: Infinity }, REQUEST_ID)).toThrow(TypeError);
  });

  it('formats seconds precision', () => {
    expect(isoSeconds(new Date(Date.UTC(2026, 0, 1, 0, 0, 0, 999)))).toBe('2026-01-01T00:00:00Z');
  });
});

describe('serializeError', () => {
  it('writes Type, Code, Message and a sibling RequestId', () => {
    const err = stsError('IDPRejectedClaim', 'graph.facebook.com: responded with <400> & closed');
    const root = parse(serializeError(err, REQUEST_ID));
    expect(root.localName).toBe('ErrorResponse');
    expect(root.namespaceURI).toBe(STS_XML_NAMESPACE);
    const error = child(root, 'Error');
    expect(child(error, 'Type').textContent).toBe('Sender');
    expect(child(error, 'Code').textContent).toBe('IDPRejectedClaim');
    expect(child(error, 'Message').textContent).toBe('graph.facebook.com: responded with <400> & closed');
    expect(child(root, 'RequestId').textContent).toBe(REQUEST_ID);
  });

  it('marks server faults Receiver', () => {
    const root = parse(serializeError(stsError('InternalFailure', 'boom'), REQUEST_ID));
    expect(child(child(root, 'Error'), 'Type').textContent).toBe('Receiver');
  });
});
