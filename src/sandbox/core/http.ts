/**
 * The sandbox's HTTP boundary, free of Node: the Node server and the in-page sandbox both
 * translate their own request objects into this one and back.
 */
export interface SandboxRequest {
  method: string;
  /** Path and query exactly as received, e.g. `/?Action=GetCallerIdentity&Version=2011-06-15`. */
  url: string;
  /** Header names in lower case. Repeated headers joined with `,`. */
  headers: Record<string, string>;
  body: Uint8Array;
}

export interface SandboxResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}
