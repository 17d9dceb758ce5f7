import type { SamlAssertionInfo, SamlResponseInfo } from './types';

/** The assertion AWS reads: the first one directly under the Response (or the bare root assertion). */
export function primaryAssertion(info: SamlResponseInfo): SamlAssertionInfo | null {
  return info.assertions.find((a) => a.inExpectedPlace) ?? null;
}
