import type { Procedure } from '../model/procedure.ts';

/** For tests: a province's published variant of a national procedure (its own code, agency and address). */
export const variantOf = (national: Procedure, code: string, province: string): Procedure => ({
  ...national,
  code,
  nationalCode: national.code,
  agency: `${national.agency ?? 'Cơ quan có thẩm quyền'} ${province}`,
  address: province,
});
