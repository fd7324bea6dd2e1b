/** One citizen's CT01, as the tests type it in the chat and expect it back from the PDF's fields. */
export const CT01_SAMPLE = {
  fullName: 'Nguyễn Thị Hồng Nhung',
  birthDate: '05/03/1990',
  gender: 'Nữ',
  personalId: '001190012345',
  phone: '0912345678',
  relationToHead: 'Con',
  headName: 'Trần Văn Đức',
  headPersonalId: '001060098765',
  request: 'Đăng ký tạm trú tại số 12 ngõ 34 phố Trần Thái Tông, phường Dịch Vọng, Hà Nội',
};
