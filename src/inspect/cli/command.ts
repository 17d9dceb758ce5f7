import { renderCliGroups } from './argv';
import { shellJoin } from './shell-quote';
import type { CliOperation, CliRenderOptions } from './types';

/**
 * The CLI command as one shell line, or with `opts.multiline` one flag per line joined by
 * ` \` continuations (indented two spaces), ready to paste into a POSIX shell.
 */
export function renderCliCommand(spec: CliOperation, input: Record<string, unknown>, opts: CliRenderOptions = {}): string {
  const groups = renderCliGroups(spec, input, opts).map(shellJoin);
  return opts.multiline ? groups.join(' \\\n  ') : groups.join(' ');
}
