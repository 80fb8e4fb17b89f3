import type { Priority } from '../../shared/domain/cases';
import { useT } from './useT';

export function PriorityBadge({ priority }: { priority: Priority }) {
  const t = useT();
  if (priority === 'normal') return null;
  return <span className={`priority priority-${priority}`}>{t(`priority.${priority}`)}</span>;
}
