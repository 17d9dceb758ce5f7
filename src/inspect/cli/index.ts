export { cliRenderNotes, renderCliArgv } from './argv';
export { renderCliCommand } from './command';
export { shellJoin } from './shell-quote';
export type { CliOperation, CliParam, CliParamType, CliRenderOptions, CliStructField, SdkSnippetOptions } from './types';
