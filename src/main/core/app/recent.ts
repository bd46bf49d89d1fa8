/** The recently opened workspaces, kept as JSON in the app's home folder. */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { RecentWorkspace } from '../../../shared/api';

const MAX_RECENT = 10;

export class RecentList {
  private readonly file: string;

  constructor(homeDir: string) {
    this.file = join(homeDir, 'recent-workspaces.json');
  }

  list(): RecentWorkspace[] {
    let items: Omit<RecentWorkspace, 'exists'>[] = [];
    try {
      items = JSON.parse(readFileSync(this.file, 'utf8')) as typeof items;
    } catch {
      items = [];
    }
    return items.map((item) => ({ ...item, exists: existsSync(item.path) }));
  }

  touch(path: string, name: string) {
    if (path === ':memory:') return;
    const rest = this.list()
      .filter((item) => item.path !== path)
      .map(({ path: p, name: n, openedAt }) => ({ path: p, name: n, openedAt }));
    const items = [{ path, name, openedAt: new Date().toISOString() }, ...rest].slice(
      0,
      MAX_RECENT,
    );
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      // Written aside, then renamed: a reader on another thread never sees half a file.
      const aside = `${this.file}.${process.pid}-${Date.now()}.tmp`;
      writeFileSync(aside, JSON.stringify(items, null, 2));
      renameSync(aside, this.file);
    } catch {
      // A read-only home folder must not stop a workspace from opening.
    }
  }
}
