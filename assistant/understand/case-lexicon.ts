/**
 * Situations that select one document case (trường hợp) of a record. `citizen` phrases are how
 * people say it; `label` phrases are how the official case labels say it; `unless` phrases in a
 * label cancel the match ("không thuộc quyền sở hữu" is the opposite of one's own house).
 */
export interface CaseCue {
  id: string;
  citizen: readonly string[];
  label: readonly string[];
  unless?: readonly string[];
}

export const CASE_CUES: readonly CaseCue[] = [
  {
    id: 'child',
    citizen: [
      'con toi', 'con cua toi', 'cho con', 'con minh', 'con nho', 'con trai', 'con gai', 'dua con', 'dua nho', 'tre em',
      'tre con', 'em be', 'chau toi', 'chau nho', 'cho chau', 'duoi # tuoi', 'chua du # tuoi', 'chua thanh nien', 'tre so sinh',
      'be nha toi', 'con so sinh', 'con moi sinh',
    ],
    label: ['duoi #', 'chua du #', 'chua thanh nien', 'tre em', 'tre duoi', 'con chua thanh nien'],
  },
  {
    id: 'own_home',
    citizen: [
      'nha rieng', 'nha minh', 'nha cua minh', 'nha cua toi', 'nha toi', 'nha chinh chu', 'chinh chu', 'dung ten toi',
      'nha dung ten', 'so huu', 'nha tu mua', 'nha moi mua', 'mua nha', 'so do cua toi', 'so hong cua toi',
    ],
    label: ['quyen so huu cua minh', 'so huu cua minh', 'chu so huu'],
    unless: ['khong thuoc quyen so huu', 'khong phai cua minh'],
  },
  {
    id: 'rented',
    citizen: [
      'nha thue', 'thue nha', 'di thue', 'o thue', 'thue phong', 'phong tro', 'nha tro', 'o tro', 'thue tro', 'muon nha',
      'o nho', 'nha nguoi quen', 'o ghep', 'chung cu thue', 'can ho thue',
    ],
    label: ['thue', 'muon', 'o nho'],
  },
  {
    id: 'relative',
    citizen: [
      'nha bo me', 'nha ong ba', 'nha nguoi than', 'nha ho hang', 'nha chong', 'nha vo', 've nha chong', 'o voi bo me',
      'o cung bo me', 'nha ba noi', 'nha ong noi', 'nha ngoai', 'nha anh trai', 'nha chi gai', 'nhap vao ho', 'vao ho cua',
    ],
    label: ['nguoi than', 'chu ho dong y', 'quan he nhan than', 've o voi'],
  },
  {
    id: 'list',
    citizen: ['theo danh sach', 'lam danh sach', 'nhieu nguoi', 'ca nhom', 'tap the', 'cho cong nhan', 'cho nhan vien', 'ca cong ty'],
    label: ['theo danh sach'],
  },
  {
    id: 'military',
    citizen: ['bo doi', 'quan doi', 'quan nhan', 'si quan', 'chien si', 'don vi dong quan', 'cong an nhan dan', 'nghia vu quan su'],
    label: ['don vi dong quan', 'quan doi', 'cong an nhan dan'],
  },
  {
    id: 'lost',
    citizen: ['bi mat', 'danh mat', 'lam mat', 'danh roi', 'that lac', 'mat roi', 'mat cap', 'bi trom', 'mat the', 'mat ho chieu', 'mat giay'],
    label: ['bi mat', 'mat'],
  },
  {
    id: 'damaged',
    citizen: ['bi hong', 'hu hong', 'hong roi', 'bi rach', 'rach', 'mo chu', 'bong troc', 'bi uot'],
    label: ['hu hong', 'bi hong', 'hong'],
  },
  {
    id: 'first_time',
    citizen: ['lan dau', 'chua co', 'chua tung', 'moi lam', 'lam moi', 'cap moi', 'chua lam bao gio'],
    label: ['lan dau'],
  },
  {
    id: 'renewal',
    citizen: ['het han', 'sap het han', 'cap doi', 'doi the', 'doi sang', 'doi moi', 'thay doi thong tin', 'sai thong tin', 'doi ho chieu'],
    label: ['cap doi', 'het han', 'thay doi'],
  },
  {
    id: 'divorced',
    citizen: ['ly hon', 'ly di', 'bo nhau'],
    label: ['ly hon'],
  },
  {
    id: 'long_absence',
    citizen: ['di xa', 'di lam xa', 'di lau', 'dai ngay', 'vang lau', 'di nuoc ngoai', 'di lam an xa'],
    label: ['dai ngay', 'di khoi noi cu tru'],
  },
  {
    id: 'sentence',
    citizen: ['chap hanh an', 'quan che', 'an treo', 'cai tao', 'giao duc bat buoc'],
    label: ['chap hanh an', 'quan che', 'giao duc'],
  },
];
