import type { Aspect } from '../reply.ts';
import type { SubmissionMethod } from '../../knowledge/index.ts';
import type { Lexicon } from './phrases.ts';

/** Folded phrases per aspect of a procedure question. Overview is what remains when none match. */
export const ASPECT_LEXICON: Lexicon<Exclude<Aspect, 'overview'>> = {
  documents: [
    'giay to', 'giay to gi', 'ho so gom', 'ho so can', 'ho so gi', 'ho so nhung gi', 'thanh phan ho so', 'bo ho so',
    'can nhung gi', 'can gi', 'can co gi', 'phai co gi', 'can nhung giay', 'can giay', 'giay gi', 'mang gi', 'mang theo',
    'mang nhung gi', 'can mang', 'phai mang', 'chuan bi gi', 'chuan bi nhung gi', 'chuan bi ho so', 'can chuan bi',
    'nop nhung gi', 'nop gi', 'gom nhung gi', 'may ban', 'bao nhieu ban', 'can nhung', 'can nop gi', 'nhung gi', 'nhug gi',
    'can them gi', 'them gi', 'can them', 'nop kem', 'kem theo', 'co can giay', 'co can mang', 'co phai mang', 'co phai nop',
    'co can nop', 'mang theo gi',
    'nhung giay', 'thu tuc gi', 'can thu tuc gi', 'anh the', 'may anh', 'may buc anh', 'bao nhieu anh', 'anh chan dung', 'can anh', 'giay to tuy than',
  ],
  fee: [
    'le phi', 'phi', 'bao nhieu tien', 'may tien', 'nhieu tien', 'mat tien', 'het tien', 'ton tien', 'tra tien', 'dong tien',
    'nop tien', 'tien le phi', 'tien phi', 'chi phi', 'mat phi', 'ton phi', 'mien phi', 'muc thu', 'thu bao nhieu',
    'gia bao nhieu', 'bao nhieu d', 'bao nhieu dong', 'bao nhieu nghin', 'may nghin', 'may ngan', 'nhieu nghin', 'may tram', 'mat bao nhieu', 'het bao nhieu', 'ton bao nhieu',
    'tien gi', 'tien khong', 'co mat tien', 're hon', 'dat hon', 'tiet kiem hon', 'ton kem',
  ],
  duration: [
    'bao lau', 'mat bao lau', 'trong bao lau', 'bao nhieu lau', 'may ngay', 'mat may ngay', 'bao nhieu ngay', 'may hom',
    'bao nhieu hom', 'may tuan', 'bao nhieu tuan', 'may thang', 'bao nhieu thang', 'bao nhieu gio', 'thoi gian',
    'thoi gian giai quyet', 'thoi han', 'thoi han giai quyet', 'lau khong', 'co lau khong', 'nhanh khong', 'nhanh hon',
    'cham hon', 'lau hon', 'bao gio xong', 'khi nao xong', 'may ngay xong', 'mat bao nhieu ngay', 'mat bao nhieu thoi gian',
    'xong trong', 'nhanh nhat', 'lay ngay duoc khong', 'lay luon duoc khong',
  ],
  result: [
    'bao gio co ket qua', 'khi nao co ket qua', 'ngay nao co ket qua', 'bao gio nhan', 'khi nao nhan', 'ngay nao nhan',
    'bao gio lay', 'khi nao lay', 'ngay nao lay', 'ngay nao duoc', 'nhan ket qua', 'lay ket qua', 'ket qua la gi',
    'nhan duoc gi', 'duoc cap gi', 'ket qua gi', 'tra ket qua', 'hen tra', 'den ngay nao', 'vao ngay nao', 'ket qua la',
  ],
  where: [
    'o dau', 'tai dau', 'noi nao', 'cho nao', 'co quan nao', 'nop o dau', 'lam o dau', 'den dau', 'di dau', 'lam tai dau',
    'nop tai dau', 'noi nop', 'noi lam', 'cap nao', 'uy ban nao', 'cong an nao', 'phuong nao', 'xa nao', 'dia chi nop',
    'dia chi co quan', 'dia chi lam', 'o phuong', 'o xa', 'tinh nao', 'noi nao cung duoc',
    'nop the nao', 'nop nhu the nao', 'nop bang cach nao', 'cach nop', 'hinh thuc nop', 'nop online duoc khong',
    'nop truc tuyen duoc khong', 'lam online duoc khong', 'lam truc tuyen duoc khong', 'nop qua mang duoc khong',
    'gui buu dien duoc khong', 'nop qua buu dien duoc khong', 'co nop online duoc khong', 'co lam online duoc khong',
    'gio lam viec', 'thoi gian lam viec', 'vneid duoc khong', 'online duoc khong', 'truc tuyen duoc khong', 'qua mang duoc khong',
    'vneid duoc k', 'online duoc k', 'tren vneid', 'buu dien duoc khong', 'co quan giai quyet', 'ai giai quyet', 'tham quyen',
  ],
  steps: [
    'cac buoc', 'buoc nao', 'trinh tu', 'quy trinh', 'lam the nao', 'lam nhu the nao', 'lam nhu nao', 'lam sao', 'cach lam',
    'huong dan', 'thu tuc nhu the nao', 'thu tuc the nao', 'phai lam gi', 'can lam gi', 'lam gi', 'bat dau tu dau',
    'lam nhung buoc', 'tien hanh', 'the nao', 'nhu the nao', 'nhu nao', 'bang cach nao', 'cach nao', 'ntn', 'thuc hien the nao', 'thuc hien nhu the nao',
  ],
  conditions: [
    'dieu kien', 'ai duoc', 'ai co the', 'co duoc khong', 'duoc khong', 'co duoc lam', 'duoc lam khong', 'doi tuong',
    'yeu cau', 'bat buoc', 'co bat buoc', 'co can cong chung', 'tieu chuan', 'du tuoi', 'bao nhieu tuoi', 'may tuoi',
    'may gio', 'truoc may gio', 'truoc bao nhieu ngay',
    'truoc may ngay', 'han chot', 'muc may', 'muc do may',
  ],
  forms: [
    'mau don', 'to khai', 'mau to khai', 'bieu mau', 'mau gi', 'mau nao', 'mau so', 'mau ct01', 'form', 'file mau', 'tai mau',
    'don mau', 'mau bieu', 'dien don', 'dien to khai', 'dien mau', 'ten mau', 'mau tk01', 'mau don gi',
  ],
};

/**
 * "Có phải … không", "có cần … không": a yes/no question about the rules, counted as conditions
 * only when nothing more specific was asked.
 */
export const WEAK_CONDITIONS = ['co phai', 'co can', 'phai khong', 'can khong', 'co duoc', 'co the', 'co nen', 'duoc k', 'co bat buoc'];

/** "If I apply today, when is it ready?": the answer includes the expected date. */
export const EXPECTED_DATE_CUES = [
  'hom nay', 'bay gio', 'ngay mai', 'bao gio', 'khi nao', 'ngay nao', 'ngay may', 'den ngay', 'vao ngay', 'tuan nay',
  'sang nay', 'chieu nay',
];

/** The citizen compares methods ("online có nhanh hơn không"). */
export const COMPARE_CUES = ['nhanh hon', 'cham hon', 'lau hon', 're hon', 'dat hon', 'tiet kiem hon', 'khac gi', 'khac nhau', 'so voi'];

export const METHOD_LEXICON: Lexicon<SubmissionMethod> = {
  in_person: ['truc tiep', 'den noi', 'tai cho', 'den tan noi', 'tai quay', 'den tru so', 'den co quan', 'ra uy ban', 'ra phuong', 'ra xa', 'mang den'],
  online: [
    'truc tuyen', 'online', 'onl', 'qua mang', 'tren mang', 'qua internet', 'dich vu cong', 'cong dich vu cong', 'vneid',
    'qua app', 'tren app', 'ung dung', 'tren dien thoai', 'qua dien thoai', 'dvc',
  ],
  post: ['buu dien', 'buu chinh', 'gui qua buu', 'chuyen phat', 'gui thu', 'qua duong buu', 'gui ho so qua'],
};
