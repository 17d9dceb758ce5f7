/**
 * The part of an operation description the renderers read. It is structural on purpose: `inspect`
 * is a leaf layer and may not import `catalog`, yet a catalog OperationSpec fits this shape as is.
 */
export interface CliStructField {
  /** SDK member name (`Key`, `arn`). */
  name: string;
  /** CLI shorthand key (`Key`, `arn`). */
  cliKey: string;
}

export type CliParamType =
  | { kind: 'string'; sensitive?: boolean }
  | { kind: 'integer' }
  | { kind: 'stringList' }
  | { kind: 'structList'; fields: readonly CliStructField[] }
  | { kind: 'struct'; fields: readonly CliStructField[] };

export interface CliParam {
  name: string;
  cliFlag: string;
  /** `policy` marks the parameter `opts.policyFile` replaces. */
  widget: string;
  type: CliParamType;
}

export interface CliOperation {
  name: string;
  cliName: string;
  /** `none` marks unsigned operations (SAML, WebIdentity). */
  signing?: string;
  params: readonly CliParam[];
}

export interface CliRenderOptions {
  endpointUrl?: string;
  region?: string;
  /** Render `--policy file://<name>` instead of the policy JSON. */
  policyFile?: string;
  /** renderCliCommand only: one flag per line, joined with ` \` continuations. */
  multiline?: boolean;
}

export interface SdkSnippetOptions {
  endpointUrl?: string;
  region?: string;
  /**
   * Sensitive inputs (SAML assertions, web identity and trade-in tokens) are read from environment
   * variables by default so they never land in source; set this to paste them in literally.
   */
  inlineSensitive?: boolean;
}
