import type { Command } from '../command';
import { demoCommand } from './demo';
import { infoCommand } from './info';
import { serveCommand } from './serve';

/** Every CLI command; later capabilities add theirs here. */
export const commands: Command[] = [demoCommand, infoCommand, serveCommand];
