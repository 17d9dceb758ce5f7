import { useEffect, useRef } from 'react';
import { commandForKey, isEnabled, type Command, type CommandContext, type CommandRun } from '../state/commands';

/** Where a command was run from: the palette and the narrow screens' menu hand the keyboard to what they open. */
export type CommandSource = 'palette' | 'menu' | 'nav' | 'key';
export type CommandHandlers = { [K in CommandRun['kind']]: (run: Extract<CommandRun, { kind: K }>, from: CommandSource) => void };

/**
 * The one command manager: runs a command of the registry (src/state/commands.ts) by its `run` kind, and
 * catches the registry's shortcuts page-wide, in the capture phase so they work inside the Monaco editor too.
 */
export function useCommands(handlers: CommandHandlers, context: CommandContext): (command: Command, from: CommandSource) => void {
  const latest = useRef({ handlers, context });
  latest.current = { handlers, context };
  const run = useRef((command: Command, from: CommandSource) => {
    const h = latest.current.handlers[command.run.kind] as (r: CommandRun, f: CommandSource) => void;
    h(command.run, from);
  }).current;
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const command = commandForKey(e);
      if (!command) return;
      // The key is the workbench's even when the command cannot run now (Ctrl+Enter never reaches a field).
      e.preventDefault();
      e.stopPropagation();
      if (isEnabled(command, latest.current.context)) run(command, 'key');
    }
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [run]);
  return run;
}
