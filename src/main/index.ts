/**
 * The Electron shell, and the only backend file that imports electron: a window, a menu, the IPC
 * adapter over the shared dispatcher, and native file dialogs. Everything else is plain Node.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  session,
  shell,
  type IpcMainInvokeEvent,
  type WebContents,
} from 'electron';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../shared/transport';
import type { RecentWorkspace } from '../shared/api';
import type { PdfPrinter } from './core/export/pdf/printer';
import { CONTENT_SECURITY_POLICY } from './host/security';
import { CoreClient } from './runtime/core-client';
import {
  isAllowedExternalUrl,
  isAppUrl,
  isTrustedSender,
  parseDialogOptions,
  permissionAllowed,
  type AppOrigin,
} from './shell-guards';

let mainWindow: BrowserWindow | null = null;
const here = dirname(fileURLToPath(import.meta.url));
const appOrigin: AppOrigin = {
  rendererDir: join(here, '../renderer'),
  devServerUrl: process.env.ELECTRON_RENDERER_URL,
};

/**
 * Every window (the main one, the hidden print window, any other): no navigation away from the
 * app's pages, no new windows, no webviews; allow-listed https links open in the browser.
 */
function guardContents(contents: WebContents) {
  const stayInApp = (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url, appOrigin)) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}
app.on('web-contents-created', (_event, contents) => guardContents(contents));

/** IPC from a frame that is not one of our pages is refused. */
function fromApp(event: IpcMainInvokeEvent): boolean {
  return isTrustedSender(event.senderFrame?.url, appOrigin);
}

function loadRoute(win: BrowserWindow, hash = '') {
  if (process.env.ELECTRON_RENDERER_URL)
    return win.loadURL(`${process.env.ELECTRON_RENDERER_URL}#${hash}`);
  return win.loadFile(join(here, '../renderer/index.html'), { hash });
}

/**
 * PDFs with Electron's printToPDF: a hidden window loads the same print layout the CLI and the
 * browser host print with Chromium, waits for its ready token, prints; one job at a time.
 */
function electronPdfPrinter(): PdfPrinter {
  let win: BrowserWindow | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const print = async (route: string, ready: string, timeoutMs = 30_000) => {
    win ??= new BrowserWindow({
      show: false,
      webPreferences: {
        preload: join(here, '../preload/index.cjs'),
        contextIsolation: true,
        sandbox: true,
      },
    });
    await loadRoute(win, route);
    const probe = `(() => { const d = document.documentElement.dataset;
      return d.printReady === ${JSON.stringify(ready)} ? (d.printError || '') : null; })()`;
    for (const deadline = Date.now() + timeoutMs; ;) {
      const state = (await win.webContents.executeJavaScript(probe)) as string | null;
      if (state) throw new Error(state);
      if (state === '') break;
      if (Date.now() > deadline) throw new Error('The print layout did not finish in time.');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return win.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true });
  };
  return {
    concurrency: 1,
    print: (request) => {
      const job = queue.then(() => print(request.route, request.ready, request.timeoutMs));
      queue = job.catch(() => undefined);
      return job;
    },
    close: async () => {
      win?.destroy();
      win = null;
    },
  };
}

const pdfPrinter = electronPdfPrinter();
// The workspace and the engine run on a worker thread; this process keeps the windows, menus
// and dialogs responsive and only routes calls and events. PDFs print here (printToPDF).
const core = new CoreClient({
  homeDir: app.getPath('userData'),
  warmUp: true,
  printer: 'transport',
  print: (request) => pdfPrinter.print(request),
});
const dispatch = core.dispatch;

function createWindow() {
  mainWindow = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    title: 'Partnerscope',
    show: false,
    webPreferences: {
      preload: join(here, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    },
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => void pdfPrinter.close());
  void loadRoute(mainWindow); // navigation and new windows: guardContents (every window)
}

function buildMenu() {
  const send = (hash: string) =>
    mainWindow?.webContents.executeJavaScript(`location.hash = ${JSON.stringify(hash)}`);
  Menu.setApplicationMenu(
    Menu.buildFromTemplate([
      {
        label: 'File',
        submenu: [
          {
            label: 'Open workspace…',
            accelerator: 'CmdOrCtrl+O',
            click: () => void send('#/workspaces'),
          },
          { label: 'Data overview', accelerator: 'CmdOrCtrl+D', click: () => void send('#/data') },
          { type: 'separator' },
          { role: 'quit' },
        ],
      },
      { role: 'editMenu' },
      { role: 'viewMenu' },
      { role: 'windowMenu' },
    ]),
  );
}

app.whenReady().then(async () => {
  // Electron grants permission requests by default; the app needs none.
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(permissionAllowed(permission)),
  );
  session.defaultSession.setPermissionCheckHandler((_contents, permission) =>
    permissionAllowed(permission),
  );
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });
  ipcMain.handle(IPC_INVOKE_CHANNEL, (event, name: unknown, args: unknown) => {
    if (!fromApp(event))
      return { ok: false, error: { code: 'UNAUTHORIZED', message: 'Not a Partnerscope page.' } };
    // The answer's JSON bytes as the worker encoded them; the preload decodes them in the
    // renderer's process, so this process never walks a large result.
    return core.dispatchJson(typeof name === 'string' ? name : '', args);
  });
  ipcMain.handle('partnerscope:dialog', async (event, raw: unknown) => {
    const options = parseDialogOptions(raw);
    if (!fromApp(event) || !options) return null;
    const filters = [
      { name: 'Partnerscope workspace', extensions: ['partnerscope', 'db', 'sqlite'] },
    ];
    if (options?.save) {
      const result = await dialog.showSaveDialog({ title: options.title, filters });
      return result.canceled ? null : (result.filePath ?? null);
    }
    const result = await dialog.showOpenDialog({
      title: options?.title,
      filters,
      properties: ['openFile'],
    });
    return result.canceled ? null : (result.filePaths[0] ?? null);
  });
  core.onEvent((event, payload) =>
    mainWindow?.webContents.send(IPC_EVENT_CHANNEL, { event, payload }),
  );

  // First launch: open the most recent workspace, else the embedded demo.
  const listed = await dispatch('workspace.recent', {});
  const recent = listed.ok ? (listed.value as RecentWorkspace[]).find((r) => r.exists) : undefined;
  const first = recent
    ? await dispatch('workspace.open', { path: recent.path })
    : await dispatch('workspace.openDemo', {});
  if (!first.ok) await dispatch('workspace.openDemo', {});

  buildMenu();
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  // macOS keeps the app (and its engine) running without windows.
  if (process.platform !== 'darwin') void core.close().finally(() => app.quit());
});
