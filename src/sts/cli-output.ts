/** Moved to the pure layer (src/inspect/cli/cli-output.ts) so src/credentials can use it; kept here for existing imports. */
export { formatAsCliOutput, formatCliTimestamp, type CliOutputOptions, type CliTimestampFormat } from '../inspect/cli/cli-output';
