import type { EntityManager } from '@mikro-orm/core';
import { addDays, moscowDateOf } from '@desk/sla';
import { CatalogFile } from '../entities/info-services/catalog-file.entity.js';
import { Certificate } from '../entities/info-services/certificate.entity.js';
import { CatalogFileKind, FeatureRequestStatus } from '../entities/info-services/info-services.enums.js';
import { FaqArticle } from '../entities/info-services/faq-article.entity.js';
import { FeatureRequest } from '../entities/info-services/feature-request.entity.js';
import { Product } from '../entities/organizations/product.entity.js';
import { ProductDocument } from '../entities/info-services/product-document.entity.js';
import { ProductRelease } from '../entities/info-services/product-release.entity.js';
import { armExpiryAlert, knowledgeSearchFor, markdownPlainText, slugify } from '../modules/info-services/index.js';

export const DEMO_PRODUCT_SOFTWARE = 'Dallas Lock 8.0';
export const DEMO_PRODUCT_HARDWARE = 'ПАК «Соболь» 4';

interface DemoArticle {
  title: string;
  body: string;
  tags: string[];
  product: Product | null;
  productVersion?: string;
  published: boolean;
}

/**
 * Demo content of the information services (SVC-1..5) for a fresh database:
 * a few Russian FAQ articles (one about «ошибка аутентификации», one draft),
 * a certified Dallas Lock 8.0 release with a file, its certificate expiring in
 * ~60 days (so the first sweep raises its 90-day alert), current documentation
 * and two feature requests. Does nothing when FAQ articles already exist, or
 * for products the demo data does not have.
 */
export async function seedInformationDemo(em: EntityManager, now: Date): Promise<void> {
  if ((await em.count(FaqArticle)) > 0) return;
  await em.transactional(async (tx) => {
    const software = await tx.findOne(Product, { name: DEMO_PRODUCT_SOFTWARE });
    const hardware = await tx.findOne(Product, { name: DEMO_PRODUCT_HARDWARE });
    const today = moscowDateOf(now);

    const articles: DemoArticle[] = [
      {
        title: 'Ошибка аутентификации при входе в систему',
        product: software,
        productVersion: '8.0',
        tags: ['вход', 'аутентификация', 'домен'],
        published: true,
        body: [
          'Сообщение «Ошибка аутентификации» при входе доменного пользователя обычно означает одно из следующего:',
          '',
          '1. **Время на компьютере расходится с контроллером домена** более чем на 5 минут — синхронизируйте время (`w32tm /resync`).',
          '2. **Учётная запись заблокирована** политикой Dallas Lock после нескольких неверных попыток — разблокируйте её в оболочке администратора.',
          '3. **Нет связи с контроллером домена** — проверьте сеть и DNS; для входа без сети включите кэширование учётных данных.',
          '',
          'Если ошибка повторяется, приложите к заявке журнал входов и отчёт `msinfo32 /nfo C:\\server.nfo`.',
        ].join('\n'),
      },
      {
        title: 'Как установить сертифицированное обновление Dallas Lock 8.0',
        product: software,
        productVersion: '8.0',
        tags: ['обновление', 'установка', 'сертификация'],
        published: true,
        body: [
          'Сертифицированные обновления доступны в личном кабинете при действующей технической поддержке.',
          '',
          '- Сверьте контрольную сумму (SHA-256) загруженного файла с указанной в кабинете.',
          '- Сделайте резервную копию конфигурации.',
          '- Запустите установку от имени администратора и перезагрузите компьютер.',
          '',
          'После установки проверьте номер сборки в окне «О программе».',
        ].join('\n'),
      },
      {
        title: 'Где узнать срок действия сертификата ФСТЭК на продукт',
        product: null,
        tags: ['сертификат', 'ФСТЭК'],
        published: true,
        body:
          'Номера сертификатов и сроки их действия опубликованы в разделе «Продукты» личного кабинета. ' +
          'Можно также зарегистрировать обращение с категорией «Сроки действия сертификатов» — ответим в рабочее время.',
      },
      {
        title: 'Режимы загрузки UEFI и Legacy для ПАК «Соболь»',
        product: hardware,
        productVersion: '4',
        tags: ['UEFI', 'Legacy', 'загрузка'],
        published: true,
        body:
          'ПАК «Соболь» 4 поддерживает оба режима. Режим загрузки ОС должен совпадать с режимом, выбранным при инициализации комплекса; ' +
          'при смене режима выполните повторную инициализацию.',
      },
      {
        title: 'Восстановление доступа администратора безопасности',
        product: software,
        productVersion: '8.0',
        tags: ['администратор', 'пароль'],
        published: false,
        body: 'Черновик: порядок восстановления доступа по коду восстановления из формуляра.',
      },
    ];
    const saved: FaqArticle[] = [];
    for (const article of articles) {
      saved.push(
        tx.create(FaqArticle, {
          slug: slugify(article.title),
          title: article.title,
          body: article.body,
          bodyText: markdownPlainText(article.body),
          tags: article.tags,
          product: article.product,
          productVersion: article.productVersion ?? null,
          published: article.published,
          publishedAt: article.published ? now : null,
          createdAt: now,
          updatedAt: now,
        }),
      );
    }
    await tx.flush();
    const search = knowledgeSearchFor(tx);
    for (const article of saved) await search.index(tx, article);

    if (software) {
      const release = tx.create(ProductRelease, {
        product: software,
        version: '8.0',
        build: '8.0.565',
        certified: true,
        releaseNotes: [
          'Сборка прошла инспекционный контроль.',
          '',
          '- Исправлена ошибка аутентификации доменных пользователей при расхождении времени.',
          '- Поддержка Windows 11 24H2.',
          '- Ускорен запуск оболочки администратора.',
        ].join('\n'),
        releasedOn: addDays(today, -30),
        publishedAt: now,
        // Published before anyone could subscribe: nobody to notify.
        subscribersNotifiedAt: now,
        createdAt: now,
      });
      tx.create(CatalogFile, {
        product: software,
        release,
        kind: CatalogFileKind.UPDATE,
        fileName: 'DallasLock80-8.0.565-update.zip',
        contentType: 'application/zip',
        url: 'https://updates.dallaslock.example/dl80/8.0.565/DallasLock80-8.0.565-update.zip',
        description: 'Сертифицированное обновление до сборки 8.0.565',
        createdAt: now,
      });
      tx.create(ProductRelease, {
        product: software,
        version: '8.0',
        build: '8.0.570',
        certified: false,
        releaseNotes: 'Предварительная сборка для тестирования; на сертифицированных системах не устанавливать.',
        releasedOn: addDays(today, -5),
        publishedAt: now,
        createdAt: now,
      });

      const certificate = tx.create(Certificate, {
        product: software,
        number: '№ 2720',
        issuer: 'ФСТЭК России',
        productVersions: '8.0',
        validFrom: addDays(today, -3 * 365),
        validUntil: addDays(today, 60),
        description: 'Сертификат соответствия требованиям по безопасности информации',
        createdAt: now,
        updatedAt: now,
      });
      await tx.flush();
      await armExpiryAlert(tx, certificate, now);

      const document = (title: string, productVersion: string, edition: string, publishedOn: string, path: string) =>
        tx.create(ProductDocument, {
          product: software,
          title,
          productVersion,
          edition,
          publishedOn,
          url: `https://docs.dallaslock.example/dl80/${path}`,
          createdAt: now,
        });
      document('Руководство администратора', '8.0.565', 'ред. 3', addDays(today, -30), '8.0.565/admin-guide.pdf');
      document('Руководство пользователя', '8.0.565', 'ред. 2', addDays(today, -30), '8.0.565/user-guide.pdf');
      document('Руководство администратора', '8.0.500', 'ред. 2', addDays(today, -400), '8.0.500/admin-guide.pdf');

      tx.create(FeatureRequest, {
        product: software,
        title: 'Вход по смарт-картам Рутокен ЭЦП 3.0',
        description: 'Поддержка аутентификации по смарт-картам Рутокен ЭЦП 3.0 при входе в ОС.',
        status: FeatureRequestStatus.UNDER_REVIEW,
        statusChangedAt: now,
        createdAt: now,
        updatedAt: now,
      });
    }
    if (hardware) {
      const certificate = tx.create(Certificate, {
        product: hardware,
        number: '№ 4043',
        issuer: 'ФСТЭК России',
        productVersions: '4',
        validFrom: addDays(today, -365),
        validUntil: addDays(today, 2 * 365),
        createdAt: now,
        updatedAt: now,
      });
      await tx.flush();
      // Two years away: its first (90-day) alert is armed for later.
      await armExpiryAlert(tx, certificate, now);
      tx.create(FeatureRequest, {
        product: hardware,
        title: 'Журнал событий ПАК в формате syslog',
        description: 'Передавать журнал событий комплекса на внешний syslog-сервер.',
        status: FeatureRequestStatus.REGISTERED,
        statusChangedAt: now,
        createdAt: now,
        updatedAt: now,
      });
    }
  });
}
