/** Command-line flags of `npm start -- …` (contracts §1). */
import { parseHostHeader } from '../sandbox/core/base-url';
import { MAX_ATTENDEES } from '../sandbox/room/attendees';

export interface ServerArgs {
  port: number;
  host: string;
  world: string | null;
  stateDir: string | null;
  distDir: string | null;
  /** More host names to answer besides the bound ones (admission.ts), in Host-header form. */
  allowHosts: string[];
  /** Attendees of a room (`--workshop N`), or null for a sandbox of one user. */
  workshop: number | null;
  help: boolean;
}

export const USAGE = `Usage: npm start -- [--port N] [--host H] [--allow-host NAME] [--world FILE] [--state-dir DIR] [--workshop N]

  --port N           port to listen on (default 4173)
  --host H           address to bind (default 127.0.0.1; any other address exposes the sandbox to the network)
  --allow-host NAME  also answer requests for this host name, e.g. a workshop's LAN name (repeatable or
                     comma-separated; 127.0.0.1, localhost, [::1] and the --host address are always answered)
  --world FILE       a sandbox world JSON file (default: the built-in world)
  --state-dir DIR    where the sandbox keeps its keys and clock (default: ~/.cache/sts-workbench)
  --dist DIR         the built workbench to serve (default: ./dist)
  --workshop N       a room of N attendees (1 to 200): each gets an IAM user of their own and their own clock
                     and world edits; prints the instructor token for the instructor page (/#instructor)`;

export function parseArgs(argv: string[]): ServerArgs {
  const args: ServerArgs = { port: 4173, host: '127.0.0.1', world: null, stateDir: null, distDir: null, allowHosts: [], workshop: null, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${flag} needs a value.\n\n${USAGE}`);
      return v;
    };
    switch (flag) {
      case '--port': {
        const v = value();
        const n = Number(v);
        if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`--port must be a whole number from 0 to 65535, not "${v}".`);
        args.port = n;
        break;
      }
      case '--host':
        args.host = value();
        break;
      case '--allow-host':
        for (const name of value().split(',')) args.allowHosts.push(allowedHostName(name));
        break;
      case '--world':
        args.world = value();
        break;
      case '--state-dir':
        args.stateDir = value();
        break;
      case '--workshop': {
        const v = value();
        const n = Number(v);
        if (!/^\d+$/.test(v) || n < 1 || n > MAX_ATTENDEES) throw new Error(`--workshop takes the number of attendees, a whole number from 1 to ${MAX_ATTENDEES}, not "${v}".`);
        args.workshop = n;
        break;
      }
      case '--dist':
        args.distDir = value();
        break;
      case '--help':
      case '-h':
        args.help = true;
        break;
      default:
        throw new Error(`Unknown option "${arg}".\n\n${USAGE}`);
    }
  }
  return args;
}

/** `workshop.lan` → itself, `fe80::1` → `[fe80::1]`; a port, scheme or path is refused with a message. */
function allowedHostName(raw: string): string {
  const name = raw.trim().toLowerCase();
  const colons = name.split(':').length - 1;
  const form = colons > 1 && !name.startsWith('[') ? `[${name}]` : name;
  const parsed = parseHostHeader(form);
  if (!parsed || parsed.port !== null || name === '*') {
    throw new Error(`--allow-host takes a host name or address without a port, scheme or path (for example --allow-host workshop.lan), not "${raw}".`);
  }
  return parsed.name;
}
