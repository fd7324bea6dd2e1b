import { z } from 'zod';

/**
 * The main menu read to every caller, as configuration (VOICE_MENU_FILE, JSON). A key either
 * starts an assistant turn with its `text`, or reads a sub-menu of `items` (each a turn's text).
 * 0 (a person) and * (hear again) are fixed and not configured.
 */
const Item = z.object({ label: z.string().min(1).max(80), text: z.string().min(1).max(200) });
export const MenuSchema = z
  .array(
    z.object({
      key: z.string().regex(/^[1-9]$/),
      label: z.string().min(1).max(80),
      text: z.string().min(1).max(200).optional(),
      items: z.array(Item).min(1).max(8).optional(),
    }),
  )
  .min(1)
  .max(9)
  .refine((menu) => menu.every((m) => Boolean(m.text) !== Boolean(m.items)), 'each key has a text or items, not both')
  .refine((menu) => new Set(menu.map((m) => m.key)).size === menu.length, 'keys are unique');

export type Menu = z.infer<typeof MenuSchema>;
export type MenuEntry = Menu[number];

export const DEFAULT_MENU: Menu = [
  {
    key: '1',
    label: 'căn cước',
    items: [
      { label: 'làm căn cước lần đầu', text: 'cấp thẻ căn cước lần đầu cho người từ đủ 14 tuổi' },
      { label: 'đổi thẻ căn cước', text: 'cấp đổi thẻ căn cước' },
      { label: 'cấp lại thẻ căn cước bị mất', text: 'cấp lại thẻ căn cước' },
    ],
  },
  {
    key: '2',
    label: 'cư trú',
    items: [
      { label: 'đăng ký thường trú', text: 'đăng ký thường trú' },
      { label: 'đăng ký tạm trú', text: 'đăng ký tạm trú' },
      { label: 'khai báo tạm vắng', text: 'khai báo tạm vắng' },
      { label: 'xác nhận thông tin cư trú', text: 'xác nhận thông tin về cư trú' },
    ],
  },
  {
    key: '3',
    label: 'khai sinh và kết hôn',
    items: [
      { label: 'đăng ký khai sinh', text: 'đăng ký khai sinh' },
      { label: 'đăng ký kết hôn', text: 'đăng ký kết hôn' },
      { label: 'xác nhận tình trạng hôn nhân', text: 'cấp giấy xác nhận tình trạng hôn nhân' },
      { label: 'bản sao giấy khai sinh', text: 'cấp bản sao giấy khai sinh' },
    ],
  },
  {
    key: '4',
    label: 'đất đai',
    items: [
      { label: 'cấp sổ đỏ lần đầu', text: 'cấp giấy chứng nhận quyền sử dụng đất lần đầu' },
      { label: 'sang tên, chuyển nhượng đất', text: 'đăng ký biến động khi chuyển nhượng quyền sử dụng đất' },
      { label: 'tách thửa', text: 'tách thửa đất' },
    ],
  },
  { key: '5', label: 'đặt lịch hẹn', text: 'tôi muốn đặt lịch hẹn' },
  {
    key: '6',
    label: 'phản ánh hoặc tra cứu hồ sơ',
    items: [
      { label: 'phản ánh, kiến nghị', text: 'tôi muốn phản ánh kiến nghị' },
      { label: 'tra cứu hồ sơ', text: 'tra cứu hồ sơ' },
    ],
  },
];

/** "1 căn cước, 2 cư trú, …, 0 gặp cán bộ, phím sao nghe lại". */
export function menuKeys(menu: Menu): string {
  return [...menu.map((m) => `${m.key} ${m.label}`), '0 gặp cán bộ', 'phím sao nghe lại'].join(', ');
}

export function subMenuKeys(entry: MenuEntry): string {
  return [...(entry.items ?? []).map((item, i) => `${i + 1} ${item.label}`), '0 gặp cán bộ', 'phím sao về menu chính'].join(', ');
}
