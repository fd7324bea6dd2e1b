import { foldText } from '../../assistant/index.ts';
import { HANOI_DISTRICTS } from './hanoi-districts.ts';
import type { Branch } from './read-places.ts';

const PREFIXES = /^(quan|huyen|thi xa|q|h|o|tai|gan|khu|khu vuc|phuong|toi o|em o|nha o|nha)\s+/;

/** The district a citizen names ("quận Cầu Giấy", "cau giay", "ở Hà Đông"), or null. */
export function findDistrict(text: string): (typeof HANOI_DISTRICTS)[number] | null {
  let folded = foldText(text);
  for (let i = 0; i < 3; i++) folded = folded.replace(PREFIXES, '');
  const padded = ` ${folded} `;
  return HANOI_DISTRICTS.find((d) => padded.includes(` ${foldText(d.name)} `)) ?? null;
}

function kilometres(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 12_742 * Math.asin(Math.sqrt(h));
}

/** Branches nearest first to the named district; a branch in that district always comes first. */
export function nearestBranches(branches: readonly Branch[], districtText: string): { district: string | null; branches: Branch[] } {
  const district = findDistrict(districtText);
  if (!district) return { district: null, branches: [...branches] };
  const distance = (b: Branch) => {
    if (foldText(b.district) === foldText(district.name)) return -1;
    if (b.lat === null || b.lng === null) return Number.MAX_SAFE_INTEGER;
    return kilometres(district, { lat: b.lat, lng: b.lng });
  };
  return { district: district.name, branches: [...branches].sort((a, b) => distance(a) - distance(b)) };
}
