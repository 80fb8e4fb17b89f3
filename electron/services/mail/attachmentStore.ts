import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../shared/contract/errors';

const shaOf = (content: Buffer) => createHash('sha256').update(content).digest('hex');
const tmpOf = (file: string) => `${file}.${randomBytes(4).toString('hex')}.tmp`;
const exists = (file: string) => fsp.access(file).then(() => true, () => false);
const diskFullOr = (e: unknown) =>
  (e as NodeJS.ErrnoException).code === 'ENOSPC' ? new AppError('DISK_FULL', 'the disk is full; an attachment could not be stored', { cause: e }) : e;

/** Files stored once by their SHA-256 under DATA_DIR/attachments/ab/cd/<hash>. */
export function createAttachmentStore(dataDir: string) {
  const root = path.join(dataDir, 'attachments');
  const pathOf = (sha: string) => path.join(root, sha.slice(0, 2), sha.slice(2, 4), sha);
  return {
    /** Where the store is: the parser thread opens the same one. */
    dataDir,
    pathOf,
    put(content: Buffer): string {
      const sha = shaOf(content);
      const file = pathOf(sha);
      if (fs.existsSync(file)) return sha;
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const tmp = tmpOf(file);
      try {
        fs.writeFileSync(tmp, content, { mode: 0o600 });
        fs.renameSync(tmp, file);
      } catch (e) {
        fs.rmSync(tmp, { force: true });
        throw diskFullOr(e);
      }
      return sha;
    },
    /**
     * `put` off this thread: the file system's work runs on libuv's pool, which matters in a sync,
     * where writing hundreds of attachments one by one took half a second of the services' thread.
     */
    async write(content: Buffer): Promise<string> {
      const sha = shaOf(content);
      const file = pathOf(sha);
      if (await exists(file)) return sha;
      await fsp.mkdir(path.dirname(file), { recursive: true });
      const tmp = tmpOf(file);
      try {
        await fsp.writeFile(tmp, content, { mode: 0o600 });
        await fsp.rename(tmp, file);
      } catch (e) {
        await fsp.rm(tmp, { force: true });
        throw diskFullOr(e);
      }
      return sha;
    },
    read: (sha: string): Buffer => fs.readFileSync(pathOf(sha)),
    has: (sha: string): boolean => /^[0-9a-f]{64}$/.test(sha) && fs.existsSync(pathOf(sha)),
    size: (sha: string): number => fs.statSync(pathOf(sha)).size,
  };
}
export type AttachmentStore = ReturnType<typeof createAttachmentStore>;
