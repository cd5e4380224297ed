import type { EntityManager } from '@mikro-orm/core';
import { Channel } from '../../../entities/tickets/ticket.enums.js';
import { NotificationKind } from '../../../entities/notifications/notification.enums.js';
import type { Product } from '../../../entities/organizations/product.entity.js';
import type { ProductRelease } from '../../../entities/info-services/product-release.entity.js';
import { ReleaseSubscription } from '../../../entities/info-services/release-subscription.entity.js';
import { actorOf } from '../../auth/index.js';
import { writeOutbox } from '../../notifications/index.js';
import { markdownPlainText } from '../markdown.js';
import { Entitlements } from './entitlement.js';

/**
 * The outbox kind of a "new certified version" notice. NotificationKind has no
 * value of its own for it yet (adding one needs its RU/EN templates in
 * notifications/notification-templates.ts, which render ticket notices): until
 * then these ticket-less messages go out as AGENT_MESSAGE — a message from
 * support — with their own subject and text.
 */
export const RELEASE_NOTICE_KIND = NotificationKind.AGENT_MESSAGE;

const SIGNATURE = '\n\nС уважением,\nслужба технической поддержки\nhelpdesk@confident.ru';

/**
 * SVC-2, LVL-3 "information on updated product versions": one e-mail per
 * subscriber of the product whose support is active today (staff always),
 * written into the outbox in the caller's transaction. Returns how many.
 */
export async function queueReleaseNotices(em: EntityManager, release: ProductRelease, product: Product, now: Date): Promise<number> {
  const subscriptions = await em.find(
    ReleaseSubscription,
    { product: product.id, user: { active: true } },
    { populate: ['user'], orderBy: { id: 'asc' } },
  );
  let queued = 0;
  for (const subscription of subscriptions) {
    const user = subscription.user.getEntity();
    const entitled = await new Entitlements(em, await actorOf(em, user), now).mayDownload(product.id);
    if (!entitled) continue;
    const text = releaseNoticeText(release, product, user.fullName);
    writeOutbox(em, { ticket: null, kind: RELEASE_NOTICE_KIND, channel: Channel.EMAIL, recipient: user.email, ...text, at: now });
    queued += 1;
  }
  return queued;
}

export function releaseNoticeText(release: ProductRelease, product: Product, recipientName: string): { subject: string; body: string } {
  const notes = markdownPlainText(release.releaseNotes);
  const [year, month, day] = release.releasedOn.split('-');
  return {
    subject: `Новая сертифицированная версия ${product.name}: сборка ${release.build}`,
    body:
      `Здравствуйте, ${recipientName}!\n\n` +
      `Опубликована новая сертифицированная версия продукта ${product.name}: версия ${release.version}, сборка ${release.build} от ${day}.${month}.${year}.` +
      (notes ? `\n\nЧто нового:\n${notes}` : '') +
      '\n\nДистрибутивы и обновления доступны для загрузки в личном кабинете технической поддержки в рамках действующей технической поддержки.' +
      `\n\nВы получили это письмо, потому что подписаны на уведомления о новых сертифицированных версиях ${product.name}. ` +
      'Отписаться можно в личном кабинете.' +
      SIGNATURE,
  };
}
