import { z } from 'zod';

/**
 * The portal's detail API record (portal-api/*.json), reduced to the fields the importer maps.
 * Unknown fields pass through untouched; absent arrays default to empty.
 */

const Named = z.object({ name: z.string().nullish() });

export const PortalFeeSchema = z.object({
  type: z.string().nullish(),
  value: z.number().nullish(),
  currencyName: z.string().nullish(),
  description: z.string().nullish(),
});

export const PortalMethodSchema = z.object({
  submissionMethod: z.string(),
  processingTime: z.number().nullish(),
  processingTimeUnit: z.string().nullish(),
  description: z.string().nullish(),
  fees: z.array(PortalFeeSchema).default([]),
});

export const PortalComponentSchema = z.object({
  name: z.string().nullish(),
  originalQty: z.number().nullish(),
  copyQty: z.number().nullish(),
  attachments: z.array(z.object({ fileName: z.string().nullish() }).nullable()).default([]),
});

export const PortalRecordSchema = z.object({
  id: z.string().nullish(),
  code: z.string().nullish(),
  name: z.string().nullish(),
  executionMethods: z.array(PortalMethodSchema).default([]),
  executionCases: z.array(z.object({ name: z.string().nullish(), profileComponents: z.array(PortalComponentSchema).default([]) })).default([]),
  executionSteps: z.array(z.object({ name: z.string().nullish(), description: z.string().nullish() })).default([]),
  legalBasisesDetails: z.array(z.object({ name: z.string().nullish(), code: z.string().nullish() })).default([]),
  resultsDetails: z.array(z.object({ name: z.string().nullish(), code: z.string().nullish() })).default([]),
  categoriesDetails: z.array(Named).default([]),
  subjectTypesDetails: z.array(Named).default([]),
  departmentsExecuting: z.array(Named).default([]),
  departmentsAuthority: z.array(Named).default([]),
  executingAgencies: z.string().nullish(),
  dossierReceivingAddresses: z.string().nullish(),
  requirementsAndConditions: z.string().nullish(),
  decisionNo: z.string().nullish(),
  procedureProposal: z.object({ proposalNumber: z.string().nullish() }).nullish(),
  isMinistry: z.boolean().nullish(),
  isProvince: z.boolean().nullish(),
  isWard: z.boolean().nullish(),
  isOtherAgency: z.boolean().nullish(),
  updatedAt: z.number().nullish(),
});

export type PortalRecord = z.infer<typeof PortalRecordSchema>;
export type PortalMethod = z.infer<typeof PortalMethodSchema>;
export type PortalFee = z.infer<typeof PortalFeeSchema>;
