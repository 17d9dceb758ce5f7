/**
 * The error envelope of the Query protocol. RequestId is a sibling of <Error>, not inside
 * ResponseMetadata (reference §5.3, verbatim from a real STS response).
 */
import type { StsError } from '../core/errors';
import { STS_XML_NAMESPACE } from './serialize-success';
import { escapeXmlText } from './xml';

export function serializeError(err: StsError, requestId: string): string {
  const lines = [
    `<ErrorResponse xmlns="${STS_XML_NAMESPACE}">`,
    '  <Error>',
    `    <Type>${err.senderFault ? 'Sender' : 'Receiver'}</Type>`,
    `    <Code>${escapeXmlText(err.code)}</Code>`,
    `    <Message>${escapeXmlText(err.message)}</Message>`,
    '  </Error>',
    `  <RequestId>${escapeXmlText(requestId)}</RequestId>`,
    '</ErrorResponse>',
  ];
  return `${lines.join('\n')}\n`;
}
