import { findHits } from '../understand/phrases.ts';
import { foldText } from '../understand/fold.ts';

/**
 * Procedures worded alike that differ only in what they apply to: "Xóa đăng ký biện pháp bảo đảm
 * bằng tàu bay" and "… bằng tàu biển", "Chấm dứt hoạt động hộ kinh doanh" and "… chi nhánh hợp tác
 * xã", "kiểm dịch động vật" and "… thực vật". Retrieval scores them nearly alike; the citizen's
 * word for the kind of thing decides. Only words that fold into nothing else are listed ("bò"
 * folds like "bỏ", "cá" like "cả").
 */
interface Kind {
  /** How citizens say it (folded phrases). */
  said: readonly string[];
  /** How procedure names say it (folded phrases). */
  named: readonly string[];
}

/** Animals raised on land, said the same way for animal versus plant and for land versus water. */
const LIVESTOCK = ['gia suc', 'gia cam', 'heo', 'bo song', 'lon song'];

const GROUPS: readonly (readonly Kind[])[] = [
  [
    { said: ['tau bay', 'may bay', 'hang bay'], named: ['tau bay'] },
    { said: ['tau bien'], named: ['tau bien'] },
    { said: ['ghe', 'xa lan', 'tau song', 'thuy noi dia', 'cho cat', 'tren song'], named: ['thuy noi dia'] },
    { said: ['tau ca', 'danh bat'], named: ['tau ca'] },
  ],
  [
    { said: ['htx', 'hop tac xa'], named: ['hop tac xa'] },
    { said: ['ho kinh doanh', 'ho kd', 'hkd'], named: ['ho kinh doanh'] },
    { said: ['cong ty', 'cty', 'doanh nghiep'], named: ['doanh nghiep', 'cong ty'] },
  ],
  [
    { said: ['dong vat', 'thit', ...LIVESTOCK], named: ['dong vat'] },
    { said: ['thuc vat', 'cay giong', 'hat giong', 'trai cay', 'rau qua', 'nong san'], named: ['thuc vat'] },
  ],
  // What secures a loan or is handled in a transaction: movable things, land, an aircraft, a ship.
  [
    { said: ['o to', 'xe may', 'chiec xe', 'may moc', 'may cay', 'may xuc', 'thiet bi', 'dong san'], named: ['bang dong san', 'la dong san'] },
    { said: ['so do', 'so hong', 'manh dat', 'thua dat', 'lo dat', 'nha dat', 'dat dai', 'dat vuon', 'dat nong nghiep', 'quyen su dung dat'], named: ['quyen su dung dat'] },
    { said: ['tau bay', 'may bay'], named: ['bang tau bay', 'la tau bay'] },
    { said: ['tau bien'], named: ['bang tau bien', 'la tau bien'] },
  ],
  // Goods coming into the country or leaving it: quarantine and licences are issued per direction.
  [
    { said: ['nhap khau', 'gui ve', 'mang ve', 'nhap ve', 'hang nhap'], named: ['nhap khau'] },
    { said: ['xuat khau', 'gui sang', 'mang sang', 'xuat sang', 'ban sang', 'xuat di', 'gui di nuoc ngoai', 'mang di nuoc ngoai'], named: ['xuat khau'] },
  ],
  // Animals from the sea and rivers, or raised on land.
  [
    { said: ['thuy san', 'hai san', 'ca kho', 'tom kho', 'muc kho', 'kho muc', 'ca ngu', 'ca tra', 'ca basa', 'tom hum', 'ca song', 'ca canh'], named: ['thuy san'] },
    { said: ['tren can', 'thit heo', 'thit bo', 'thit ga', 'ga song', ...LIVESTOCK], named: ['tren can'] },
  ],
  // Social insurance an employer pays for its staff, or one a person without a labour contract pays alone.
  [
    { said: ['nguoi lao dong', 'nhan vien', 'cong nhan', 'lao dong moi'], named: [] },
    { said: ['tu nguyen', 'lao dong tu do', 'tu dong bhxh', 'tu dong bao hiem'], named: ['tu nguyen'] },
  ],
];

/** One lexicon per kind, built once (the phrase matcher compiles each lexicon object). */
const SAID = new Map(GROUPS.flat().map((k) => [k, { kind: k.said }]));

const hasPhrase = (spacedName: string, phrases: readonly string[]) => phrases.some((p) => spacedName.includes(` ${p} `));

/**
 * With a kind of thing named, candidates whose name is about another kind of the same group (and
 * not the one said) are dropped, unless that would drop them all.
 */
export function narrowBySubjectKind<T extends { procedure: { name: string } }>(words: readonly string[], candidates: readonly T[]): T[] {
  let kept = [...candidates];
  for (const kinds of GROUPS) {
    const said = kinds.filter((k) => findHits(words, SAID.get(k)!).length > 0);
    if (said.length === 0 || said.length === kinds.length) continue;
    const other = kinds.filter((k) => !said.includes(k));
    const fits = kept.filter((c) => {
      const name = ` ${foldText(c.procedure.name)} `;
      return said.some((k) => hasPhrase(name, k.named)) || !other.some((k) => hasPhrase(name, k.named));
    });
    if (fits.length > 0) kept = fits;
  }
  return kept;
}
