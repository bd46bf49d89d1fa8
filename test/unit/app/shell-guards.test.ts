import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  isAllowedExternalUrl,
  isAppUrl,
  isTrustedSender,
  parseDialogOptions,
  permissionAllowed,
} from '../../../src/main/shell-guards';

const rendererDir = '/opt/Partnerscope/resources/app/out/renderer';
const packaged = { rendererDir };
const dev = { rendererDir, devServerUrl: 'http://localhost:5173/' };
const page = `${pathToFileURL(rendererDir).href}/index.html`;

describe('desktop shell guards', () => {
  it('keeps windows on the app’s own pages', () => {
    expect(isAppUrl(`${page}#/portfolio?period=2025-Q1`, packaged)).toBe(true);
    expect(isAppUrl('http://localhost:5173/#/import', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5173/#/import', packaged)).toBe(false);
    expect(isAppUrl('https://evil.example/', dev)).toBe(false);
    expect(isAppUrl('file:///etc/passwd', packaged)).toBe(false);
    expect(isAppUrl(`${pathToFileURL(rendererDir).href}-evil/index.html`, packaged)).toBe(false);
    expect(isAppUrl('javascript:alert(1)', packaged)).toBe(false);
    expect(isAppUrl('not a url', packaged)).toBe(false);
  });

  it('opens only allow-listed https links in the browser', () => {
    const hosts = ['docs.example.org'];
    expect(isAllowedExternalUrl('https://docs.example.org/guide', hosts)).toBe(true);
    expect(isAllowedExternalUrl('https://DOCS.example.org/guide', hosts)).toBe(true);
    expect(isAllowedExternalUrl('http://docs.example.org/guide', hosts)).toBe(false);
    expect(isAllowedExternalUrl('https://evil.example/', hosts)).toBe(false);
    expect(isAllowedExternalUrl('https://docs.example.org.evil.example/', hosts)).toBe(false);
    expect(isAllowedExternalUrl('https://user:pw@docs.example.org/', hosts)).toBe(false);
    expect(isAllowedExternalUrl('file:///etc/passwd', hosts)).toBe(false);
    // The app links to no external site: by default nothing opens.
    expect(isAllowedExternalUrl('https://github.com/')).toBe(false);
  });

  it('answers IPC only from the app’s own frames', () => {
    expect(isTrustedSender(`${page}#/data`, packaged)).toBe(true);
    expect(isTrustedSender('https://evil.example/frame.html', packaged)).toBe(false);
    expect(isTrustedSender(undefined, packaged)).toBe(false);
    expect(isTrustedSender(null, packaged)).toBe(false);
  });

  it('validates the file dialog’s options', () => {
    expect(parseDialogOptions({ save: true, title: 'Save workspace' })).toEqual({
      save: true,
      title: 'Save workspace',
    });
    expect(parseDialogOptions(undefined)).toEqual({});
    expect(parseDialogOptions({ defaultPath: '/etc/passwd' })).toBeNull();
    expect(parseDialogOptions({ save: 'yes' })).toBeNull();
    expect(parseDialogOptions({ title: 'x'.repeat(201) })).toBeNull();
    expect(parseDialogOptions('open')).toBeNull();
  });

  it('denies every permission request', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal'])
      expect(permissionAllowed(p)).toBe(false);
  });
});
