/** Citizens served first (elderly, disability, pregnant, người có công); the booking keeps only the group. */
export const PRIORITY_GROUPS = ['elderly', 'disability', 'pregnant', 'merit'] as const;
export type PriorityGroup = (typeof PRIORITY_GROUPS)[number];

export const PRIORITY_LABELS: Record<PriorityGroup, string> = {
  elderly: 'Người cao tuổi',
  disability: 'Người khuyết tật',
  pregnant: 'Phụ nữ mang thai',
  merit: 'Người có công với cách mạng',
};
