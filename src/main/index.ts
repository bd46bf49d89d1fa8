/**
 * The Electron shell, and the only backend file that imports electron: a window, a menu, the IPC
 * adapter over the shared dispatcher, and native file dialogs. Everything else is plain Node.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../shared/transport';
import { AppContext } from './core/app/context';
import { createDispatcher } from './core/api/dispatcher';
import { CONTENT_SECURITY_POLICY } from './host/security';

const ctx = new AppContext(app.getPath('userData'));
const dispatch = createDispatcher(ctx);
let mainWindow: BrowserWindow | null = null;
const here = dirname(fileURLToPath(import.meta.url));

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
  // No navigation away from the app and no new windows; external links open in the browser.
  mainWindow.webContents.on('will-navigate', (event) => event.preventDefault());
  mainWindow.webContents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
  if (process.env.ELECTRON_RENDERER_URL) void mainWindow.loadURL(process.env.ELECTRON_RENDERER_URL);
  else void mainWindow.loadFile(join(here, '../renderer/index.html'));
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
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });
  ipcMain.handle(IPC_INVOKE_CHANNEL, (_event, name: unknown, args: unknown) =>
    dispatch(typeof name === 'string' ? name : '', args),
  );
  ipcMain.handle(
    'partnerscope:dialog',
    async (_event, options: { save?: boolean; title?: string }) => {
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
    },
  );
  ctx.onEvent((event, payload) =>
    mainWindow?.webContents.send(IPC_EVENT_CHANNEL, { event, payload }),
  );

  // First launch: open the most recent workspace, else the embedded demo.
  const recent = ctx.recent.list().find((r) => r.exists);
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
  ctx.close();
  if (process.platform !== 'darwin') app.quit();
});
