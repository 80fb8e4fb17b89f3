import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/contract/errors';

/** Files stored once by their SHA-256 under DATA_DIR/attachments/ab/cd/<hash>. */
export function createAttachmentStore(dataDir: string) {
  const root = path.join(dataDir, 'attachments');
  const pathOf = (sha: string) => path.join(root, sha.slice(0, 2), sha.slice(2, 4), sha);
  return {
    pathOf,
    put(content: Buffer): string {
      const sha = createHash('sha256').update(content).digest('hex');
      const file = pathOf(sha);
      if (fs.existsSync(file)) return sha;
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const tmp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
      try {
        fs.writeFileSync(tmp, content, { mode: 0o600 });
        fs.renameSync(tmp, file);
      } catch (e) {
        fs.rmSync(tmp, { force: true });
        if ((e as NodeJS.ErrnoException).code === 'ENOSPC') throw new AppError('DISK_FULL', 'the disk is full; an attachment could not be stored', { cause: e });
        throw e;
      }
      return sha;
    },
    read: (sha: string): Buffer => fs.readFileSync(pathOf(sha)),
    has: (sha: string): boolean => /^[0-9a-f]{64}$/.test(sha) && fs.existsSync(pathOf(sha)),
    size: (sha: string): number => fs.statSync(pathOf(sha)).size,
  };
}
export type AttachmentStore = ReturnType<typeof createAttachmentStore>;
