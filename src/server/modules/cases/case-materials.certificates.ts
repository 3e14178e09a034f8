/**
 * The hook for electronic certificates (电子证照): a material whose implementation says it may be
 * replaced by a certificate type (replaceableBy, e.g. resident_id_card) can be supplied as a
 * reference to such a certificate instead of a file. Whether the reference is real, current, of
 * that type and the applicant's own is for the certificate service to say; until it is connected
 * every reference is refused with a clear problem, and applicants upload a scan instead.
 */

export interface CertificateQuery {
  /** The reference the applicant or clerk gave. */
  ref: string;
  /** The certificate type that may stand in for the material (the material's replaceableBy). */
  certificateType: string;
  /** Whose certificate it must be: the applicant of the case. */
  holder: {
    kind: 'citizen' | 'enterprise';
    name: string;
    idNumber: string | null;
    creditCode: string | null;
  };
}

export type CertificateCheck =
  | { ok: true; certificateType: string }
  | {
      ok: false;
      /** unavailable: the service cannot be asked (not connected, or down). */
      reason: 'unavailable' | 'not_found' | 'wrong_type' | 'not_holder' | 'expired';
    };

export interface CertificateVerifier {
  verify(query: CertificateQuery): Promise<CertificateCheck>;
}

/** Until the certificate service is connected: every reference is refused as unavailable. */
export const certificatesNotConnected: CertificateVerifier = {
  verify: async () => ({ ok: false, reason: 'unavailable' }),
};
