/**
 * The federation inspectors' latest rejection per operation, as the shell keeps it (small, on the first
 * screen); what an error card makes of it is in ./federationCauses.ts, loaded with the cards.
 */
import type { OperationName } from '../catalog/types';
import type { Words } from '../kernel/message';

/** What an inspector rejected, and why. */
export interface JudgedInput {
  input: string;
  code: string | null;
  causeTitle: Words;
  cause: Words;
  fix: Words | null;
}

export type JudgedByOperation = Partial<Record<OperationName, JudgedInput>>;

/** The map with this rejection, or the same map when nothing changed (no re-render). */
export const withJudged = (judged: JudgedByOperation, op: OperationName, j: JudgedInput): JudgedByOperation => (judged[op] && JSON.stringify(judged[op]) === JSON.stringify(j) ? judged : { ...judged, [op]: j });
