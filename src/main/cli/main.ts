/** `npx partnerscope <command>`: every command drives the same dispatcher as the app. */
import { parseArgs } from 'node:util';
import { AppError } from '../../shared/errors';
import { UsageError, type Command } from './command';
import { processIo, type CliIo } from './io';
import { commands, type CommandEntry } from './commands';

function help(io: CliIo, list: CommandEntry[]) {
  io.out('Partnerscope — partner performance analytics\n');
  io.out('Usage: npx partnerscope <command> [options]\n');
  const width = Math.max(...list.map((c) => c.name.length));
  for (const c of list) io.out(`  ${c.name.padEnd(width)}  ${c.summary}`);
  io.out('\nRun `npx partnerscope <command> --help` for a command’s options.');
}

export async function main(
  argv: string[],
  io: CliIo = processIo,
  list: CommandEntry[] = commands,
): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    help(io, list);
    return 0;
  }
  const entry = list.find((c) => c.name === name);
  if (!entry) {
    io.err(`partnerscope: unknown command "${name}". Run \`npx partnerscope help\`.`);
    return 2;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`Usage: npx ${command.usage}\n\n${command.summary}`);
    return 0;
  }
  try {
    const parsed = parseArgs({
      args: rest,
      options: command.options,
      allowPositionals: command.allowPositionals ?? false,
      strict: true,
    });
    return await command.run(parsed as Parameters<Command['run']>[0], io);
  } catch (error) {
    if (
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      io.err(`partnerscope ${name}: ${(error as Error).message}\nUsage: npx ${command.usage}`);
      return 2;
    }
    if (error instanceof AppError) {
      io.err(`partnerscope ${name}: ${error.message}`);
      return 1;
    }
    io.err(`partnerscope ${name}: unexpected error: ${(error as Error).stack ?? String(error)}`);
    return 1;
  }
}
