import { param } from '../params';
import { tradeInTokenType } from '../shapes';
import type { OperationSpec } from '../types';

export const getDelegatedAccessToken: OperationSpec = {
  name: 'GetDelegatedAccessToken',
  cliName: 'get-delegated-access-token',
  group: 'tokens',
  summary: 'Trade an IAM temporary-delegation token for credentials in a customer account.',
  doc:
    'Part of IAM temporary delegation for AWS Partners: a partner creates a delegation request, the customer approves it, ' +
    'and IAM sends an exchange ("trade-in") token to the partner. The partner, signing with its own credentials, trades ' +
    'that token here for temporary credentials in the customer\'s account, with the permissions the customer approved.',
  signing: 'any',
  globalEndpoint: true,
  returnsCredentials: true,
  params: [
    param({
      name: 'TradeInToken',
      cliFlag: 'trade-in-token',
      label: 'Trade-in token',
      type: tradeInTokenType,
      required: true,
      doc: 'The exchange token IAM delivered after the customer approved the delegation request. It must be valid and unexpired.',
      widget: 'secret',
    }),
  ],
  rules: [],
  notes: [
    {
      id: 'trade-in-token-expiry',
      param: 'TradeInToken',
      text: 'An expired trade-in token fails with ExpiredTradeInTokenException.',
    },
  ],
};
