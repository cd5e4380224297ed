import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { moscowDateOf } from '@desk/sla';
import type { Clock } from '../../../common/clock.js';
import { checkPageSize } from '../../../common/cursor.js';
import { NotFound, ProblemList } from '../../../common/errors.js';
import { Certificate } from '../../../entities/info-services/certificate.entity.js';
import { CertificateExpiryAlert } from '../../../entities/info-services/certificate-expiry-alert.entity.js';
import { Product } from '../../../entities/organizations/product.entity.js';
import type { Actor } from '../../../graphql/actor.js';
import { armExpiryAlert, lapsesAt } from './certificate-expiry.js';
import { optionalExistingId, existingId } from '../../../common/ids.js';
import { isIsoDate } from '../../../common/values.js';
import { requireStaff } from '../catalog/release.service.js';
import { knownProduct } from '../known-product.js';

export interface CertificateFields {
  productId?: string;
  number?: string;
  issuer?: string;
  productVersions?: string | null;
  validFrom?: string;
  validUntil?: string;
  description?: string | null;
}

/** "№ 2720", "2720", "no.2720 " are the same certificate number. */
export function normalizeCertificateNumber(value: string): string {
  return value.toUpperCase().replace(/^(№|N[O°]?\.?)/u, '').replace(/[^\p{L}\p{N}]/gu, '');
}

/** SVC-3: certificate numbers and validity per product; public lookup, staff upkeep, expiry alerts. */
export class CertificateService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  /** Valid-until descending (the current one first); lapsed ones only when asked. */
  async list(args: { productId: string | null; number: string | null; includeExpired: boolean }): Promise<Certificate[]> {
    const where: FilterQuery<Certificate> = {};
    const productId = optionalExistingId(args.productId, 'Product');
    if (productId !== null) where.product = productId;
    if (!args.includeExpired) where.validUntil = { $gte: moscowDateOf(this.clock.now()) };
    const certificates = await this.em.find(Certificate, where, { orderBy: { validUntil: 'desc', id: 'desc' } });
    if (!args.number) return certificates;
    const wanted = normalizeCertificateNumber(args.number);
    return wanted ? certificates.filter((c) => normalizeCertificateNumber(c.number) === wanted) : [];
  }

  async create(fields: CertificateFields, actor: Actor): Promise<Certificate> {
    requireStaff(actor, 'Certificates are maintained by support staff');
    const checked = await this.check(fields, null);
    const now = this.clock.now();
    return this.em.transactional(async (tx) => {
      const certificate = tx.create(Certificate, {
        product: tx.getReference(Product, checked.productId!),
        number: checked.number!,
        issuer: checked.issuer!,
        productVersions: checked.productVersions ?? null,
        validFrom: checked.validFrom!,
        validUntil: checked.validUntil!,
        description: checked.description ?? null,
        createdAt: now,
        updatedAt: now,
      });
      await tx.flush();
      await armExpiryAlert(tx, certificate, now);
      return certificate;
    });
  }

  /** A renewal (new validUntil) re-arms the 90/30/7-day alerts for the new date. */
  async update(id: string, fields: CertificateFields, actor: Actor): Promise<Certificate> {
    requireStaff(actor, 'Certificates are maintained by support staff');
    const certificateId = existingId(id, 'Certificate');
    const existing = await this.em.findOne(Certificate, certificateId);
    if (!existing) throw new NotFound('Certificate', id);
    const checked = await this.check(fields, existing);
    const now = this.clock.now();
    return this.em.transactional(async (tx) => {
      const certificate = await tx.findOneOrFail(Certificate, certificateId);
      if (checked.productId !== undefined) certificate.product = tx.getReference(Product, checked.productId, { wrapped: true });
      if (checked.number !== undefined) certificate.number = checked.number;
      if (checked.issuer !== undefined) certificate.issuer = checked.issuer;
      if (checked.productVersions !== undefined) certificate.productVersions = checked.productVersions;
      if (checked.description !== undefined) certificate.description = checked.description;
      if (checked.validFrom !== undefined) certificate.validFrom = checked.validFrom;
      if (checked.validUntil !== undefined && checked.validUntil !== certificate.validUntil) {
        certificate.validUntil = checked.validUntil;
        await armExpiryAlert(tx, certificate, now);
      }
      certificate.updatedAt = now;
      return certificate;
    });
  }

  /** Raised alerts, newest first (SVC-3). */
  alerts(args: { certificateId: string | null; first: number }): Promise<CertificateExpiryAlert[]> {
    checkPageSize(args.first);
    const certificateId = optionalExistingId(args.certificateId, 'Certificate');
    return this.em.find(
      CertificateExpiryAlert,
      certificateId === null ? {} : { certificate: certificateId },
      { orderBy: { raisedAt: 'desc', id: 'desc' }, limit: args.first },
    );
  }

  /** Whole days of validity left today (Moscow); 0 or less once lapsed. */
  daysLeft(certificate: Certificate): number {
    return Math.ceil((lapsesAt(certificate.validUntil).getTime() - this.clock.now().getTime()) / 86_400_000);
  }

  private async check(fields: CertificateFields, existing: Certificate | null): Promise<Partial<Omit<CertificateFields, 'productId'>> & { productId?: number }> {
    const creating = existing === null;
    const problems = new ProblemList();
    const out: Partial<Omit<CertificateFields, 'productId'>> & { productId?: number } = {};
    if (creating || fields.productId !== undefined) {
      const product = await knownProduct(this.em, fields.productId, problems);
      if (product) out.productId = product.id;
    }
    const text = (key: 'number' | 'issuer', max: number) => {
      if (!creating && fields[key] === undefined) return;
      const value = fields[key]?.trim() ?? '';
      if (!value || value.length > max) problems.add(`input.${key}`, `is required, at most ${max} characters`);
      out[key] = value;
    };
    text('number', 100);
    text('issuer', 300);
    if (fields.productVersions !== undefined) {
      out.productVersions = fields.productVersions?.trim() || null;
      if ((out.productVersions?.length ?? 0) > 200) problems.add('input.productVersions', 'must be at most 200 characters');
    }
    if (fields.description !== undefined) out.description = fields.description?.trim() || null;
    for (const key of ['validFrom', 'validUntil'] as const) {
      if (!creating && fields[key] === undefined) continue;
      const value = fields[key]?.trim() ?? '';
      if (!isIsoDate(value)) problems.add(`input.${key}`, 'must be a date YYYY-MM-DD');
      out[key] = value;
    }
    const from = out.validFrom ?? existing?.validFrom;
    const until = out.validUntil ?? existing?.validUntil;
    if (from && until && isIsoDate(from) && isIsoDate(until) && until < from) problems.add('input.validUntil', 'must not be before validFrom');
    problems.throwIfAny();
    return out;
  }
}
