import { useState } from 'react';
import type { MethodOutput } from '../../../shared/contract/api';
import { useT } from '../../components/useT';
import { useAppStore } from '../../store/useAppStore';
import { formatBytes } from '../../components/formatBytes';

export type Staged = MethodOutput<'stageAttachment'>;

const MAX_BYTES = 25 * 1024 * 1024;

function toBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result).replace(/^data:[^,]*,/, ''));
    r.onerror = () => reject(r.error);
    r.readAsDataURL(file);
  });
}

/** Files for the e-mail being written, handed to the services (stored by content) as they are chosen. */
export function AttachmentPicker({ staged, onChange }: { staged: Staged[]; onChange(s: Staged[]): void }) {
  const t = useT();
  const stage = useAppStore((s) => s.stageAttachment);
  const [problem, setProblem] = useState<string | null>(null);
  async function add(files: FileList | null) {
    setProblem(null);
    const added: Staged[] = [];
    for (const f of Array.from(files ?? [])) {
      if (f.size > MAX_BYTES) {
        setProblem(t('composer.tooBig', { name: f.name }));
        continue;
      }
      const a = await stage({ filename: f.name, contentType: f.type || 'application/octet-stream', dataBase64: await toBase64(f) });
      if (a) added.push(a);
    }
    onChange([...staged, ...added]);
  }
  return (
    <div className="attachments-picker">
      <label className="link">
        {t('composer.attach')}
        <input type="file" multiple hidden onChange={(e) => void add(e.target.files)} />
      </label>
      {staged.map((a, i) => (
        <span key={`${a.sha256}${i}`} className="chip">
          {a.filename} · {formatBytes(a.size)}
          <button type="button" className="link" aria-label={t('composer.removeAttachment', { name: a.filename })} onClick={() => onChange(staged.filter((_, j) => j !== i))}>
            ×
          </button>
        </span>
      ))}
      {problem && <span className="error-text">{problem}</span>}
    </div>
  );
}
