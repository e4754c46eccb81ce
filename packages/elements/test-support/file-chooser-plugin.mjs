// A web-test-runner command for keyboard tests that reach a file input: the test focuses the input with Tab, this
// presses the key that opens the browser's file chooser and answers the chooser with a generated scan, as a person
// picking a file in the system dialog would. Pressing the key for real keeps the keyboard path honest: a file input
// that Space does not open fails the test.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A PNG whose header says `width` × `height` (servers read the size, not the pixels). */
function png(width, height) {
  const bytes = Buffer.alloc(64);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  bytes.writeUInt32BE(width, 16);
  bytes.writeUInt32BE(height, 20);
  return bytes;
}

export function fileChooserPlugin() {
  let folder;
  return {
    name: 'choose-file-with-key',
    async executeCommand({ command, payload, session }) {
      if (command !== 'choose-file-with-key') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('choose-file-with-key needs the Chrome launcher');
      const { key = 'Space', name = 'scan.png', width = 1200, height = 800 } = payload ?? {};
      folder ??= await mkdtemp(join(tmpdir(), 'gos-file-chooser-'));
      const path = join(folder, name);
      await writeFile(path, png(width, height));
      const page = session.browser.getPage(session.id);
      // Straight over CDP: the chooser's input is answered by its backend node, whatever frame or shadow root it is in.
      const client = await page.createCDPSession();
      try {
        await client.send('Page.enable');
        await client.send('Page.setInterceptFileChooserDialog', { enabled: true });
        const opened = new Promise((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`${key} opened no file chooser`)), 3000);
          client.once('Page.fileChooserOpened', (event) => {
            clearTimeout(timer);
            resolve(event);
          });
        });
        await page.keyboard.press(key);
        const { backendNodeId } = await opened;
        await client.send('DOM.setFileInputFiles', { files: [path], backendNodeId });
      } finally {
        await client.send('Page.setInterceptFileChooserDialog', { enabled: false }).catch(() => undefined);
        await client.detach().catch(() => undefined);
      }
      return true;
    },
  };
}
