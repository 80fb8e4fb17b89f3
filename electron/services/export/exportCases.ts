import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import { getCaseDetail, type CaseDeps } from '../cases/caseCommands';

/**
 * Write every case (with customer, messages and event log) as one JSON array. The file is written
 * beside the target and renamed into place at the end, so a full disk or a crash never leaves a
 * half-written export where a good one was.
 */
export function exportCases(d: CaseDeps, outFile: string): { cases: number; bytes: number } {
  const target = path.resolve(outFile);
  const tmp = `${target}.${process.pid}.partial`;
  let fd: number | null = null;
  let cases = 0;
  let bytes = 0;
  const write = (s: string) => {
    bytes += fs.writeSync(fd!, s);
  };
  try {
    fd = fs.openSync(tmp, 'w', 0o600);
    write('[\n');
    for (const { id } of d.repos.cases.iterateIds()) {
      write(`${cases ? ',\n' : ''}${JSON.stringify(getCaseDetail(d, id))}`);
      cases++;
    }
    write('\n]\n');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = null;
    fs.renameSync(tmp, target);
    return { cases, bytes };
  } catch (e) {
    if (fd !== null) fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC') throw new AppError('DISK_FULL', `the disk is full; the export to ${target} was not written`, { cause: e });
    if (code === 'EACCES' || code === 'EPERM' || code === 'ENOENT' || code === 'EROFS' || code === 'ENOTDIR') {
      throw new AppError('DATA_DIR_NOT_WRITABLE', `cannot write the export to ${target} (${code})`, { cause: e });
    }
    throw e;
  }
}
