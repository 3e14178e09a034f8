import { useState } from 'react';
import { Button, Popconfirm, Result, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OidcClientView } from '../../../../contracts/oidc.contract.js';
import { formatDateTime } from '../../../i18n/format.js';
import { DocumentTitle } from '../../../shared/components/DocumentTitle.js';
import { QueryState } from '../../../shared/components/QueryState.js';
import { useLanguage } from '../../../shared/preferences/use-language.js';
import { useSession } from '../../identity/identity.api.js';
import { useDeleteOidcClient, useOidcClients, useRotateSigningKeys, useSigningKeys } from '../oidc.api.js';
import { RegisterClientForm } from './RegisterClientForm.js';
import '../oidc.css';

function ClientRow({ client, onRemoved }: { client: OidcClientView; onRemoved: (name: string) => void }) {
  const { t } = useTranslation();
  const remove = useDeleteOidcClient();
  return (
    <tr data-client-id={client.clientId}>
      <th scope="row">{client.name}</th>
      <td>
        <code>{client.clientId}</code>
      </td>
      <td>{t(`oidc.admin.types.${client.type}`)}</td>
      <td>
        <ul className="oidc-uri-list">
          {client.redirectUris.map((uri) => (
            <li key={uri}>{uri}</li>
          ))}
        </ul>
      </td>
      <td>
        {(['openid', ...client.scopes] as const)
          .map((scope) => t(`oidc.scopes.${scope}`))
          .join(t('common.listSeparator'))}
      </td>
      <td>
        <Popconfirm
          title={t('oidc.admin.removeConfirm', { name: client.name })}
          okText={t('oidc.admin.removeOk')}
          cancelText={t('oidc.admin.removeCancel')}
          okButtonProps={{ danger: true }}
          onConfirm={() => remove.mutateAsync(client.clientId).then(() => onRemoved(client.name))}
        >
          <Button danger size="small" loading={remove.isPending}>
            {t('oidc.admin.remove')}
            <span className="visually-hidden">{client.name}</span>
          </Button>
        </Popconfirm>
      </td>
    </tr>
  );
}

function ClientsSection() {
  const { t } = useTranslation();
  const clients = useOidcClients(true);
  const [removed, setRemoved] = useState<string | null>(null);
  return (
    <section className="page-panel" aria-labelledby="oidc-clients">
      <h2 id="oidc-clients">{t('oidc.admin.clientsTitle')}</h2>
      <p role="status">{removed ? t('oidc.admin.removed', { name: removed }) : ''}</p>
      <QueryState query={clients}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('oidc.admin.noClients')}</p>
          ) : (
            <div>
              <table className="oidc-table">
                <caption className="visually-hidden">{t('oidc.admin.clientsCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('oidc.admin.columns.name')}</th>
                    <th scope="col">{t('oidc.admin.columns.clientId')}</th>
                    <th scope="col">{t('oidc.admin.columns.type')}</th>
                    <th scope="col">{t('oidc.admin.columns.redirectUris')}</th>
                    <th scope="col">{t('oidc.admin.columns.scopes')}</th>
                    <th scope="col">{t('oidc.admin.columns.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((client) => (
                    <ClientRow key={client.clientId} client={client} onRemoved={setRemoved} />
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryState>
    </section>
  );
}

function SigningKeysSection() {
  const { t } = useTranslation();
  const language = useLanguage();
  const keys = useSigningKeys(true);
  const rotate = useRotateSigningKeys();
  // The theme's status colours are the ones checked for contrast; antd's named colours are not.
  const statusColour = { next: 'processing', active: 'success', previous: 'default' } as const;
  const next = rotate.data?.items.find((k) => k.status === 'next');
  return (
    <section className="page-panel" aria-labelledby="oidc-keys">
      <h2 id="oidc-keys">{t('oidc.admin.keysTitle')}</h2>
      <p>{t('oidc.admin.keysIntro')}</p>
      <QueryState query={keys}>
        {({ items }) => (
          <div>
            <table className="oidc-table">
              <caption className="visually-hidden">{t('oidc.admin.keysCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('oidc.admin.keyColumns.kid')}</th>
                  <th scope="col">{t('oidc.admin.keyColumns.status')}</th>
                  <th scope="col">{t('oidc.admin.keyColumns.activatesAt')}</th>
                  <th scope="col">{t('oidc.admin.keyColumns.publishedUntil')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((key) => (
                  <tr key={key.kid} data-kid={key.kid}>
                    <th scope="row">
                      <code>{key.kid}</code>
                    </th>
                    <td>
                      <Tag color={statusColour[key.status]}>{t(`oidc.admin.keyStatus.${key.status}`)}</Tag>
                    </td>
                    <td>{formatDateTime(key.activatesAt, language)}</td>
                    <td>
                      {key.publishedUntil ? formatDateTime(key.publishedUntil, language) : t('common.none')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryState>
      <Button style={{ marginTop: 16 }} onClick={() => rotate.mutate()} loading={rotate.isPending}>
        {t('oidc.admin.rotate')}
      </Button>
      <p role="status">
        {next ? t('oidc.admin.rotated', { time: formatDateTime(next.activatesAt, language) }) : ''}
      </p>
    </section>
  );
}

/** /admin/oidc — the system administrator registers the cities' sites and rotates the signing key. */
export function OidcAdminPage() {
  const { t } = useTranslation();
  const session = useSession();
  const isSystemAdmin = (session.data?.account.roles ?? []).some((r) => r.role === 'system_admin');
  return (
    <>
      <DocumentTitle title={t('oidc.admin.title')} />
      <div className="page-panel">
        <h1>{t('oidc.admin.title')}</h1>
        {isSystemAdmin ? (
          <p>{t('oidc.admin.intro')}</p>
        ) : (
          <Result status="403" subTitle={t('oidc.admin.forbidden')} />
        )}
      </div>
      {isSystemAdmin && (
        <>
          <ClientsSection />
          <RegisterClientForm />
          <SigningKeysSection />
        </>
      )}
    </>
  );
}
