import type { FindingInput } from '../findings';
import { defineRule } from './rule';

/** An item whose mission belongs to another dimension than the one it sits under. */
export const missionDimensionMismatch = defineRule({
  code: 'mission-dimension-mismatch',
  severity: 'error',
  title: { th: 'ภารกิจไม่อยู่ในมิติ', en: 'Mission under the wrong dimension' },
  message: {
    th: 'ภารกิจ {value} อยู่ในมิติที่ {missionDimension} แต่รายการ {ref} อยู่ใต้มิติที่ {expected}',
    en: 'Mission {value} belongs to dimension {missionDimension} but item {ref} sits under dimension {expected}',
  },
  check: ({ doc }) => {
    const out: FindingInput[] = [];
    const seen = new Set<string>();
    for (const item of doc.items) {
      if (!item.mission || !item.dimension) continue;
      const missionDimension = item.mission.split('.')[0];
      if (missionDimension === item.dimension) continue;
      const key = `${item.mission}@${item.dimension}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ source: item.source, value: item.mission, expected: item.dimension, params: { ref: item.ref, missionDimension } });
    }
    return out;
  },
});
