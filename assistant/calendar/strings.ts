/** Vietnamese names shown to citizens for holidays and dates. */
export const HOLIDAY_NAMES = {
  newYear: 'Tết Dương lịch',
  tet: 'Tết Nguyên đán',
  hungKings: 'Giỗ Tổ Hùng Vương',
  reunification: 'Ngày Chiến thắng (30/4)',
  labour: 'Ngày Quốc tế Lao động (1/5)',
  nationalDay: 'Quốc khánh',
  compensatory: (holiday: string): string => `Nghỉ bù ${holiday}`,
} as const;

/** Index = weekday (0 = Sunday). */
export const WEEKDAY_NAMES = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'] as const;
