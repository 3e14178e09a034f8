import type { ReadStream } from 'node:fs';
import type { CaseMaterialView, MaterialInput } from '../../../contracts/cases.contract.js';
import { formatByteLimit, type UploadClaims, type UploadRow } from '../../platform/blobs/index.js';
import type { Tx } from '../../platform/db/database.js';
import { newId } from '../../platform/ids.js';
import type { CertificateQuery, CertificateVerifier } from './case-materials.certificates.js';
import { caseMaterialsErrors } from './case-materials.errors.js';
import type { CaseMaterialsRepository } from './case-materials.repository.js';
import {
  checkMaterialCodes,
  materialField,
  type MaterialProblem,
  type MaterialSlot,
} from './case-materials.rules.js';
import type { CaseMaterialRow } from './case-materials.tables.js';

/** Materials checked and ready to be recorded once the case (or the 补正 event) exists. */
export interface MaterialsPlan {
  supplierId: string;
  entries: {
    input: MaterialInput;
    slot: MaterialSlot;
    upload: UploadRow | null;
    certificateType: string | null;
  }[];
}

export function toMaterialView(row: CaseMaterialRow): CaseMaterialView {
  return {
    id: row.id,
    code: row.materialCode,
    name: row.materialName,
    source: row.source,
    displayName: row.displayName,
    size: row.sizeBytes,
    mediaType: row.mediaType,
    certificateType: row.certificateType,
    eventSeq: row.eventSeq,
    suppliedAt: row.createdAt.toISOString(),
  };
}

const certificateProblem = {
  unavailable: 'cases.certificate_service_unavailable',
  not_found: 'cases.certificate_not_found',
  wrong_type: 'cases.certificate_wrong_type',
  not_holder: 'cases.certificate_not_holder',
  expired: 'cases.certificate_expired',
} as const;

/**
 * 申请材料 of a case, checked and recorded inside the caller's transaction: with the application
 * (online or at the window) and with each 补正. Every problem is found before anything is written;
 * uploads are claimed in the same transaction, so a refused request leaves them free to reuse.
 */
export function createCaseMaterials({
  repository,
  uploads,
  certificates,
  maxCaseBytes,
  now = () => new Date(),
}: {
  repository: CaseMaterialsRepository;
  uploads: UploadClaims;
  certificates: CertificateVerifier;
  maxCaseBytes: number;
  now?: () => Date;
}) {
  return {
    /**
     * Checks the supplied materials against the slots: codes, required ones, the supplier's own
     * unclaimed uploads, certificates, and the case's total size (with what it already holds).
     */
    async check(
      tx: Tx,
      {
        slots,
        inputs,
        supplierId,
        holder,
        caseId,
      }: {
        slots: MaterialSlot[];
        inputs: MaterialInput[];
        supplierId: string;
        holder: CertificateQuery['holder'];
        /** The case being supplemented; absent for a new application. */
        caseId?: string;
      },
    ): Promise<MaterialsPlan> {
      const problems: MaterialProblem[] = checkMaterialCodes(slots, inputs);
      const bySlot = new Map(slots.map((s) => [s.code, s]));
      const uploadIds = inputs.flatMap((i) => (i.uploadId ? [i.uploadId] : []));
      const found = new Map((await uploads.findClaimable(tx, supplierId, uploadIds)).map((u) => [u.id, u]));
      let certificatesDown = false;
      const entries: MaterialsPlan['entries'] = [];
      for (const input of inputs) {
        const slot = bySlot.get(input.code);
        if (!slot) continue;
        if (input.uploadId) {
          const upload = found.get(input.uploadId);
          if (!upload)
            problems.push({ field: materialField(input.code), code: 'cases.material_upload_unavailable' });
          else entries.push({ input, slot, upload, certificateType: null });
        } else if (input.certificateRef && slot.replaceableBy) {
          const check = await certificates.verify({
            ref: input.certificateRef,
            certificateType: slot.replaceableBy,
            holder,
          });
          if (check.ok) entries.push({ input, slot, upload: null, certificateType: check.certificateType });
          else {
            certificatesDown ||= check.reason === 'unavailable';
            problems.push({ field: materialField(input.code), code: certificateProblem[check.reason] });
          }
        }
      }
      if (problems.length > 0) {
        const onlyService = problems.every((p) => p.code === certificateProblem.unavailable);
        throw (
          certificatesDown && onlyService
            ? caseMaterialsErrors.certificatesUnavailable
            : caseMaterialsErrors.invalid
        )({
          fieldErrors: problems,
        });
      }
      const held = caseId ? await repository.totalBytes(tx, caseId) : 0;
      const adding = entries.reduce((sum, e) => sum + (e.upload?.sizeBytes ?? 0), 0);
      if (held + adding > maxCaseBytes)
        throw caseMaterialsErrors.tooLarge({ params: { limit: formatByteLimit(maxCaseBytes) } });
      return { supplierId, entries };
    },

    /** Claims the uploads for the case and records every material under the event that supplied them. */
    async record(tx: Tx, plan: MaterialsPlan, { caseId, eventSeq }: { caseId: string; eventSeq: number }) {
      const ids = plan.entries.flatMap((e) => (e.upload ? [e.upload.id] : []));
      const claimed = await uploads.claim(tx, { ownerId: plan.supplierId, ids, claimedBy: caseId });
      // The uploads were locked when checked, so this only fails if something is badly wrong.
      if (claimed.length !== ids.length)
        throw new Error('an upload checked for this case could not be claimed');
      const at = now();
      await repository.insert(
        tx,
        plan.entries.map(({ input, slot, upload, certificateType }) => ({
          id: newId(),
          caseId,
          materialCode: slot.code,
          materialName: slot.name,
          source: upload ? ('upload' as const) : ('certificate' as const),
          uploadId: upload?.id ?? null,
          sha256: upload?.sha256 ?? null,
          sizeBytes: upload?.sizeBytes ?? null,
          mediaType: upload?.mediaType ?? null,
          displayName: upload?.displayName ?? null,
          certificateRef: upload ? null : (input.certificateRef ?? null),
          certificateType: upload ? null : certificateType,
          suppliedBy: plan.supplierId,
          eventSeq,
          createdAt: at,
        })),
      );
    },

    list: async (tx: Tx, caseId: string) => (await repository.listForCase(tx, caseId)).map(toMaterialView),

    /** One uploaded material of the case and its bytes; the caller has checked the case is visible. */
    async open(
      tx: Tx,
      caseId: string,
      materialId: string,
    ): Promise<{ row: CaseMaterialRow; sha256: string }> {
      const row = await repository.find(tx, caseId, materialId);
      if (!row || row.source !== 'upload' || !row.sha256) throw caseMaterialsErrors.notFound();
      return { row, sha256: row.sha256 };
    },

    openContent: (sha256: string): Promise<ReadStream> => uploads.openContent(sha256),
  };
}

export type CaseMaterials = ReturnType<typeof createCaseMaterials>;
