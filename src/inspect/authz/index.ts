/** Authorization failure messages: find the encoded one in pasted text, read the decoded one as a report. */
export { encodedMessageInError, extractEncodedMessage, SANDBOX_AUTHORIZATION_MESSAGE_HEADER, type ExtractedMessage } from './extract';
export { buildAuthorizationReport, filterContext, type AuthorizationReport, type ContextEntry, type ReportPrincipal, type ReportStatement, type Verdict } from './report';
