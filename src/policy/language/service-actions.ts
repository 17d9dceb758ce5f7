/** The shape of one service's action table (actions-core.ts, actions-services.ts), read by actions.ts. */
export interface ServiceActions {
  prefix: string;
  title: string;
  /** Every action of the service is listed, so an unknown name is a mistake. */
  complete?: boolean;
  actions: readonly (readonly [name: string, doc: string])[];
}
