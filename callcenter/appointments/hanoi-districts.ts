/**
 * Approximate centres of Hà Nội's districts (quận, huyện, thị xã), to offer the branch nearest
 * to where a citizen says they are. Data, not logic: another province replaces this list.
 */
export const HANOI_DISTRICTS: readonly { name: string; lat: number; lng: number }[] = [
  { name: 'Ba Đình', lat: 21.034, lng: 105.814 },
  { name: 'Hoàn Kiếm', lat: 21.0288, lng: 105.8525 },
  { name: 'Tây Hồ', lat: 21.07, lng: 105.819 },
  { name: 'Long Biên', lat: 21.036, lng: 105.889 },
  { name: 'Cầu Giấy', lat: 21.032, lng: 105.79 },
  { name: 'Đống Đa', lat: 21.014, lng: 105.824 },
  { name: 'Hai Bà Trưng', lat: 21.006, lng: 105.858 },
  { name: 'Hoàng Mai', lat: 20.974, lng: 105.863 },
  { name: 'Thanh Xuân', lat: 20.993, lng: 105.812 },
  { name: 'Nam Từ Liêm', lat: 21.012, lng: 105.762 },
  { name: 'Bắc Từ Liêm', lat: 21.071, lng: 105.763 },
  { name: 'Hà Đông', lat: 20.956, lng: 105.756 },
  { name: 'Thanh Trì', lat: 20.936, lng: 105.846 },
  { name: 'Gia Lâm', lat: 21.017, lng: 105.938 },
  { name: 'Đông Anh', lat: 21.137, lng: 105.849 },
  { name: 'Hoài Đức', lat: 21.024, lng: 105.701 },
  { name: 'Sóc Sơn', lat: 21.257, lng: 105.849 },
  { name: 'Sơn Tây', lat: 21.138, lng: 105.505 },
];
