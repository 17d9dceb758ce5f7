export { cliRenderNotes, renderCliArgv, renderCliGroups } from './argv';
export { renderCliCommand } from './command';
export { envVarName, renderSdkSnippet } from './sdk-snippet';
export { shellJoin, shellQuote } from './shell-quote';
export type { CliOperation, CliParam, CliParamType, CliRenderOptions, CliStructField, SdkSnippetOptions } from './types';
