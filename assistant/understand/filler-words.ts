/**
 * Folded words that never name a procedure: pronouns, question words, particles and the generic
 * vocabulary of every procedure ("làm", "đăng ký", "hồ sơ"). A question left with nothing but these
 * after aspect and case phrases are removed is a follow-up on the current procedure.
 */
export const FILLER_WORDS: ReadonlySet<string> = new Set(
  `
  toi minh em anh chi ban bac chu co di duong ong ba con chau ho chung ta nguoi nha ai may
  gi nao sao the vay a ah a nhi nhe nha khong ko k hok hem chua roi duoc phai la thi va hay hoac voi cho cua de
  lam can muon hoi xin vui long giup dum gium oi day nay kia do ay cai nhung cac mot hai ba bon nam sau bay chin muoi
  bao nhieu lau gio khi o dau tai tu den ve ra vao len trong ngoai nua them lai cung deu moi chi thoi
  nhe nha ak uh u o um thua da dung ok okay oke vay ma ne nhe nhi hen admin
  thu tuc ho so giay to dang ky cap xin nop nhan ket qua hanh chinh dich vu truc tuyen truc tiep online
  muon biet hoi thong tin cach nhu nhanh cham hon nhat duoc phep can thiet bay gio hom nay ngay mai
  tien phi le het mat ton tra dong
  thu nhat dau tien cuoi
  `
    .split(/\s+/)
    .filter((w) => w !== ''),
);

/** "còn … thì sao", "thế còn …": the citizen continues the current topic. */
export const FOLLOW_UP_CUES = ['con thi sao', 'thi sao', 'the con', 'vay con', 'con nua', 'con gi nua', 'the thi', 'vay thi', 'neu vay', 'con neu', 'con khi'];

/** Colloquial names made only of filler words ("sổ đỏ" folds to two fillers): always a topic. */
export const TOPIC_PHRASES = ['so do', 'so hong', 'so ho khau', 'so tam tru', 'ho khau', 'giay khai sinh', 'giay dang ky ket hon'];
