import type { Lexicon } from './phrases.ts';

/**
 * Folded phrases that reveal what the citizen wants beyond a procedure question. Kept as data so
 * that hotline staff can extend it; every phrase is matched on whole words.
 */
export type SpecialIntent =
  | 'human'
  | 'legal_advice'
  | 'complaint'
  | 'frustration'
  | 'book_appointment'
  | 'prefill_form'
  | 'dossier_status'
  | 'out_of_scope';

export const INTENT_LEXICON: Lexicon<SpecialIntent> = {
  human: [
    'gap nhan vien', 'gap nhan vien tong dai', 'noi chuyen voi nhan vien', 'tong dai vien', 'gap tong dai', 'goi tong dai',
    'ket noi tong dai', 'ket noi nhan vien', 'chuyen nhan vien', 'chuyen cho nhan vien', 'chuyen sang nhan vien',
    'gap nguoi that', 'voi nguoi that', 'la nguoi that', 'can nguoi that', 'muon nguoi that', 'nguoi that khong', 'nguoi that a', 'noi chuyen voi nguoi', 'noi voi nguoi', 'gap can bo', 'gap tu van vien',
    'tu van vien', 'nhan vien tu van', 'nhan vien ho tro', 'can nguoi ho tro', 'cho gap nguoi', 'gap nguoi',
    'noi chuyen truc tiep voi', 'khong muon noi chuyen voi may', 'khong noi chuyen voi robot', 'gap ai do',
    'noi chuyen voi can bo', 'can bo tu van', 'can bo ho tro', 'noi chuyen voi tu van', 'gap chuyen vien', 'chuyen vien tu van',
    'cho toi noi chuyen voi', 'muon noi chuyen voi', 'goi cho nhan vien', 'goi nhan vien', 'co ai khong', 'nguoi tu van',
    'noi chuyen voi', 'co chu can bo', 'gap co chu', 'gap chu can bo', 'gap co can bo',
  ],
  legal_advice: [
    'khoi kien', 'kien tung', 'di kien', 'muon kien', 'se kien', 'toi kien', 'kien ra toa', 'kien len toa', 'dua ra toa',
    'dam don kien', 'don kien', 'kien doi', 'kien chu nha', 'kien hang xom', 'kien cong ty', 'kien uy ban', 'thua kien',
    'thang kien', 'tranh chap', 'luat su', 'tu van phap ly', 'tu van luat', 'tu van phap luat', 'to tung', 'hau toa',
    'khang cao', 'co vi pham phap luat khong', 'co phai di tu khong', 'bi phat bao nhieu nam',
    // Questions of rights and liability between people: a lawyer's or a legal aid centre's matter, not a procedure.
    'co quyen doi', 'co quyen khong cho', 'co quyen lam vay', 'ho co quyen', 'co quyen gi', 'theo luat thi', 'theo luat toi',
    'theo luat em', 'theo luat minh', 'luat co cho', 'phap luat co', 'dung luat khong', 'trai luat khong', 'co hop phap khong',
    'co hieu luc khong', 'co gia tri khong', 'pham luat', 'pham toi', 'vi pham phap luat', 'trach nhiem hinh su',
    // Never a bare 'di tu' or 'vu khong': they also spell "đi từ" and "nghĩa vụ không".
    'phai di tu', 'bi di tu', 'co di tu', 'di tu khong', 'di tu bao lau', 'ngoi tu',
    'ai phai den', 'phai den bu', 'phai den tien', 'phai den het', 'phai den bao nhieu', 'phai boi thuong', 'ai phai chiu', 'ai dung ai sai', 'doi lai duoc khong',
    'doi lai dc ko', 'doi lai dc khong', 'co doi duoc', 'het thoi hieu', 'bi vu khong', 'vu khong toi', 'vu khong nguoi', 'lua dao', 'bi lua',
    // Whether someone else acted lawfully ("chủ nhà làm vậy có đúng không"), and disputes over money owed.
    'lam vay co dung khong', 'lam vay co dung ko', 'lam vay co dung k', 'lam the co dung khong', 'vay co dung khong', 'v co dung khong',
    'v co dung ko', 'v co dung k', 'kien duoc khong', 'kien dc khong', 'kien dc ko', 'co kien duoc', 'toa co xu', 'giu luong', 'no luong',
    'khong tra luong', 'tra tien coc', 'khong tra coc', 'doi no', 'khung bo',
  ],
  complaint: [
    'phan anh', 'kien nghi', 'khieu nai', 'to cao', 'gop y', 'nhung nhieu', 'gay kho de', 'hach dich', 'tieu cuc',
    'an hoi lo', 'doi tien boi duong', 'tre hen', 'qua han ma', 'cham tre', 'giai quyet cham', 'xu ly cham', 'lam cham',
    'cham qua', 'qua cham', 'cham the', 'sao cham', 'cham vay', 'mai chua xong', 'mai chua co', 'mai khong xong',
    'van chua co ket qua', 'van chua xong', 'cho mai', 'cho qua lau', 'cho lau qua', 'lau qua roi', 'qua lau roi',
    'thai do can bo', 'thai do nhan vien', 'can bo thai do', 'khong ai giai quyet', 'danh gia khong hai long',
  ],
  frustration: [
    'buc minh', 'buc qua', 'buc xuc', 'buc lam', 'that buc', 'buc the', 'toi buc', 'dang buc', 'chan qua', 'chan that',
    'chan the', 'tuc qua', 'tuc that', 'vo dung', 'vo ich', 'ngu qua', 'may ngu', 'tra loi linh tinh',
    'tra loi lung tung', 'tra loi sai', 'khong hieu gi ca', 'hoi mai khong', 'hoi mai ma', 'noi mai khong', 'phat dien',
    'that vong', 'te qua', 'kem qua', 'khong giup duoc gi', 'chang giup duoc gi', 'khong giup gi', 'mat thoi gian qua',
    'loang ngoang qua', 'rac roi qua',
  ],
  book_appointment: [
    'dat lich', 'dat lich hen', 'hen lich', 'dat hen', 'lich hen', 'lay so thu tu', 'boc so', 'dang ky lich',
    'hen truoc', 'hen gio', 'dat cho truoc', 'hen ngay nop', 'hen ngay den', 'doi lich', 'doi gio hen', 'doi ngay hen',
  ],
  prefill_form: [
    'dien san', 'dien truoc', 'dien giup', 'dien ho', 'dien dum', 'dien gium', 'khai giup', 'khai ho', 'khai dum',
    'dien tu dong', 'tu dong dien', 'dien thong tin giup', 'dien to khai giup', 'dien don giup', 'viet giup to khai',
  ],
  dossier_status: [
    'tra cuu ho so', 'tra cuu tinh trang', 'tinh trang ho so', 'tien do ho so', 'tien do giai quyet', 'ma ho so',
    'kiem tra ho so', 'theo doi ho so', 'ho so den dau', 'ho so da den dau', 'ho so dang o dau', 'ho so xong chua',
    'ho so da xong chua', 'ho so cua toi da', 'ho so cua toi den', 'ho so toi da nop', 'ho so toi nop', 'da co ket qua chua',
    'co ket qua chua', 'ho so the nao roi', 'ho so giai quyet den dau', 'tra cuu ket qua ho so',
  ],
  out_of_scope: [
    'thoi tiet', 'du bao thoi tiet', 'troi mua', 'troi co mua', 'nhiet do ngoai troi', 'gia vang', 'vang sjc', 'ty gia',
    'gia do la', 'gia usd', 'chung khoan', 'co phieu', 'ma co phieu', 'nen dau tu', 'dau tu vao dau', 'bitcoin', 'tien ao',
    'tien dien tu', 'crypto', 'xo so', 'lo de', 'ket qua xo so', 'bong da', 'ty so tran', 'ca si', 'dien vien', 'xem phim',
    'phim hay', 'bai hat', 'nghe nhac', 'tu vi', 'xem boi', 'phong thuy', 'cung hoang dao', 'nguoi yeu', 'tinh yeu',
    'ke chuyen cuoi', 'truyen cuoi', 'lap trinh', 'choi game', 'gia xang', 've may bay', 'dat ve xe',
    // sport
    'doi tuyen', 'tran dau', 'da may gio', 'ty so', 'cau thu', 'world cup', 'sea games',
    // cooking
    'nau an', 'cach nau', 'nau pho', 'nau com', 'cong thuc nau', 'mon an ngon', 'quan an ngon', 'cong thuc lam banh', 'lam banh',
    // homework and writing
    'bai van', 'viet van', 'lam bai tap', 'giai bai tap', 'giai toan', 'bai tap ve nha', 'lam tho', 'viet bai van',
    // shopping advice
    'hang nao tot', 'hang nao ben', 'xe hang nao', 'loai nao tot', 'nen mua xe', 'mua dien thoai', 'nen mua dien thoai',
    // health
    'uong thuoc', 'thuoc gi', 'cam cum', 'bi sot', 'dau bung', 'dau dau', 'benh gi',
  ],
};

/**
 * How citizens ask for a reading of the law on their own case: whether they may, must or will be
 * punished ("có phải trả nợ thay không", "có bị phạt không", "có hợp pháp không"). Weaker than
 * `legal_advice`: the same words also come with procedures ("khai sinh trễ có bị phạt không"), so
 * they only count when the search found no procedure to answer with (see answer-question.ts).
 */
export const LEGAL_READING = [
  // liability and punishment
  'co bi phat', 'bi phat bao nhieu', 'bi phat tien', 'muc phat', 'co bi xu phat', 'co bi xu ly', 'bi xu ly gi', 'bi xu ly the nao',
  'co bi khoi to', 'bi khoi to', 'truy cuu', 'co bi bat', 'co bi tuoc', 'bi tich thu', 'co bi tich thu', 'co bi kien',
  'co phai tra khong', 'co phai tra no', 'co phai tra lai', 'phai tra no', 'tra no thay', 'co phai boi thuong', 'doi boi thuong',
  'co phai chiu', 'chiu trach nhiem', 'ai phai dong', 'ai phai tra', 'phai dong hay', 'phai tra hay', 'co bi mat dat', 'co bi mat nha',
  // rights between people
  'co quyen', 'quyen nuoi con', 'duoc nuoi con', 'duoc chia', 'chia tai san', 'chia thua ke', 'duoc huong thua ke',
  'duoc thua ke', 'duoc nhan lai', 'doi lai duoc', 'doi duoc khong', 'doi lai tien',
  // lawfulness of what someone did
  'co hop ly khong', 'co hop phap', 'hop phap khong', 'co dung luat', 'dung luat khong', 'co dung khong', 'co sai khong',
  'co vi pham', 'vi pham gi khong', 'co gia tri phap ly', 'co hieu luc', 'vo hieu', 'theo luat', 'theo phap luat', 'luat quy dinh the nao',
];

/**
 * How to file a lawsuit or get a copy of a judgment is itself a procedure ("nộp đơn khởi kiện qua
 * mạng"): with these words a legal term is a procedure question, not a request for legal advice.
 */
export const PROCEDURAL_CONTEXT = [
  'nop don', 'thu tuc', 'qua mang', 'truc tuyen', 'online', 'nop ho so', 'xin sao', 'ban sao', 'dang ky', 'giay phep', 'hanh nghe', 'thanh lap', 'gia han',
];

/** The citizen only greets or thanks: answered as small talk when nothing else is asked. */
export const GREETINGS = ['xin chao', 'chao ban', 'chao em', 'chao anh', 'chao chi', 'chao', 'hello', 'hi', 'alo', 'a lo', 'chao buoi sang'];
export const THANKS = ['cam on', 'cam on ban', 'cam on nhieu', 'cam on em', 'thank', 'thanks', 'thank you', 'camon'];

/** Pressing or saying 0 asks for an operator, as on every hotline menu. */
export const HUMAN_DIGITS = ['0', 'so 0', 'bam 0', 'phim 0', 'bam so 0', 'so khong', 'phim khong'];

/**
 * Words of public administration. An unclear message with none of them is not a procedure
 * question that was missed but something else altogether: declined politely, not escalated.
 */
export const DOMAIN_WORDS = [
  'thu tuc', 'ho so', 'giay', 'dang ky', 'cap', 'le phi', 'phi', 'to khai', 'mau', 'xac nhan', 'chung thuc', 'cong chung', 'cong an',
  'uy ban', 'phuong', 'xa', 'can cuoc', 'cccd', 'cmnd', 'dinh danh', 'vneid', 'ho chieu', 'khai sinh', 'khai tu', 'ket hon',
  'hon nhan', 'doc than', 'tam tru', 'thuong tru', 'ho khau', 'kt3', 'tam vang', 'luu tru', 'cu tru', 'bang lai', 'gplx',
  'giay phep', 'kinh doanh', 'cong ty', 'doanh nghiep', 'bao hiem', 'bhxh', 'bhyt', 'thue', 'dat', 'so do', 'so hong', 'nha o',
  'xe', 'bien so', 'ly lich', 'tu phap', 'con dau', 'chi nhanh', 'nop', 'hanh chinh', 'dich vu cong', 'mot cua', 'tro cap',
  'luong huu', 'ho tich', 'trich luc', 'ban sao', 'uy quyen', 'xuat nhap canh',
  // Writing to an office: "làm đơn gửi ai", "nộp đơn ở đâu".
  'lam don', 'viet don', 'gui don', 'don de nghi', 'co quan',
];
