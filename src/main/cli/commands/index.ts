import type { Command } from '../command';
import { benchmarkCommand } from './benchmark';
import { demoCommand } from './demo';
import { exportDataCommand } from './export-data';
import { exportPdfCommand } from './export-pdf';
import { exportPptxCommand } from './export-pptx';
import { exportScoresCommand } from './export-scores';
import { importCommand } from './import';
import { importsCommand } from './imports';
import { infoCommand } from './info';
import { methodologyCommand } from './methodology';
import { scoreCommand } from './score';
import { serveCommand } from './serve';
import { risksCommand } from './risks';
import { scenariosCommand } from './scenarios';
import { mdfCommand } from './mdf';

/** Every CLI command; later capabilities add theirs here. */
export const commands: Command[] = [
  demoCommand,
  infoCommand,
  serveCommand,
  scoreCommand,
  methodologyCommand,
  importCommand,
  importsCommand,
  exportDataCommand,
  exportPdfCommand,
  exportPptxCommand,
  exportScoresCommand,
  benchmarkCommand,
  risksCommand,
  scenariosCommand,
  mdfCommand,
];
