import { useEffect, useId, useRef, useState } from 'react';
import { Alert, Button, Checkbox, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { restrictedOidcScopes, type OidcInteraction } from '../../../../contracts/oidc.contract.js';
import { ApiError } from '../../../shared/api/api-error.js';
import { DocumentTitle } from '../../../shared/components/DocumentTitle.js';
import { LinkButton } from '../../../shared/components/LinkButton.js';
import { useSession } from '../../identity/identity.api.js';
import { useInteraction, useInteractionStep } from '../oidc.api.js';
import '../oidc.css';

type Step = ReturnType<typeof useInteractionStep>;

function Busy({ label }: { label: string }) {
  return (
    <div role="status" className="oidc-busy">
      <Spin />
      <span>{label}</span>
    </div>
  );
}

function StepError({ step }: { step: Step }) {
  const { t } = useTranslation();
  if (!step.error) return null;
  const title = step.error instanceof ApiError ? step.error.title : t('errors.unexpected');
  return <Alert type="error" showIcon title={title} style={{ marginBottom: 16 }} />;
}

/** A staff account is signed in: sites are for personal and business accounts. */
function StaffAccount({
  details,
  step,
  loginPath,
}: {
  details: OidcInteraction;
  step: Step;
  loginPath: string;
}) {
  const { t } = useTranslation();
  const site = details.client.name;
  return (
    <>
      <h1>{t('oidc.authorize.staffTitle')}</h1>
      <StepError step={step} />
      <p>{t('oidc.authorize.staffExplain', { name: details.account?.displayName ?? '', site })}</p>
      <div className="oidc-actions">
        <LinkButton to={loginPath}>{t('oidc.authorize.otherAccount')}</LinkButton>
        <Button onClick={() => step.mutate({ kind: 'abort' })} disabled={step.isPending || step.isSuccess}>
          {t('oidc.authorize.cancel')}
        </Button>
      </div>
    </>
  );
}

/** What the site will receive, and the separate agreement for the ID number when it asks for it. */
function Consent({ details, step, loginPath }: { details: OidcInteraction; step: Step; loginPath: string }) {
  const { t } = useTranslation();
  const [shareIdNumber, setShareIdNumber] = useState(false);
  const listId = useId();
  const site = details.client.name;
  const ordinary = details.scopes.filter((s) => !restrictedOidcScopes.includes(s));
  const asksIdNumber = details.scopes.includes('id_number');
  const busy = step.isPending || step.isSuccess;
  return (
    <>
      <h1>{t('oidc.authorize.title')}</h1>
      <StepError step={step} />
      {details.account && (
        <p className="oidc-account">
          {t('oidc.authorize.signedInAs', {
            name: details.account.displayName,
            kind: t(`identity.accountKinds.${details.account.kind}`),
          })}{' '}
          <Link to={loginPath}>{t('oidc.authorize.otherAccount')}</Link>
        </p>
      )}
      <p id={listId}>{t('oidc.authorize.lead', { site })}</p>
      <ul className="oidc-scopes" aria-labelledby={listId}>
        {ordinary.map((scope) => (
          <li key={scope}>{t(`oidc.scopes.${scope}`)}</li>
        ))}
      </ul>
      {asksIdNumber && (
        <fieldset className="oidc-restricted">
          <legend>{t('oidc.authorize.restrictedLegend')}</legend>
          <p>{t('oidc.authorize.restrictedExplain', { site })}</p>
          <Checkbox
            checked={shareIdNumber}
            onChange={(e) => setShareIdNumber(e.target.checked)}
            disabled={busy}
          >
            {t('oidc.authorize.restrictedAgree', { site })}
          </Checkbox>
          <p className="oidc-hint">{t('oidc.authorize.restrictedNotGiven')}</p>
        </fieldset>
      )}
      <div className="oidc-actions">
        <Button
          type="primary"
          loading={step.isPending && step.variables?.kind === 'consent'}
          disabled={busy}
          onClick={() => step.mutate({ kind: 'consent', consent: { shareIdNumber } })}
        >
          {t('oidc.authorize.agree')}
        </Button>
        <Button
          loading={step.isPending && step.variables?.kind === 'abort'}
          disabled={busy}
          onClick={() => step.mutate({ kind: 'abort' })}
        >
          {t('oidc.authorize.decline')}
        </Button>
      </div>
      <p className="oidc-hint">{t('oidc.authorize.note')}</p>
    </>
  );
}

/**
 * /oidc/interaction/:uid — a city's site asked Tongcheng to sign someone in. Nobody signed in:
 * off to the sign-in page and back. Signed in: the login step completes by itself, then the
 * person sees what the site asks for and agrees or declines.
 */
export function AuthorizePage() {
  const { t } = useTranslation();
  const { uid = '' } = useParams();
  const navigate = useNavigate();
  // The session query also hands the API client the CSRF token the steps must echo.
  const session = useSession();
  const interaction = useInteraction(uid);
  const step = useInteractionStep(uid);
  const started = useRef(false);
  const details = interaction.data;
  const loginPath = `/login?next=${encodeURIComponent(`/oidc/interaction/${uid}`)}`;
  const autoStep = details?.prompt === 'login' && (!details.account || details.account.eligible);

  useEffect(() => {
    if (!details || session.isPending || started.current || details.prompt !== 'login') return;
    if (!details.account) {
      started.current = true;
      void navigate(loginPath, { replace: true });
    } else if (details.account.eligible) {
      started.current = true;
      step.mutate({ kind: 'login' });
    }
  }, [details, session.isPending, navigate, loginPath, step]);

  const title = details
    ? t('oidc.authorize.signingIn', { site: details.client.name })
    : t('oidc.authorize.title');
  let body;
  if (interaction.error) {
    const message = interaction.error instanceof ApiError ? interaction.error.title : t('errors.unexpected');
    body = <Result status="warning" title={<h1>{t('oidc.authorize.expiredTitle')}</h1>} subTitle={message} />;
  } else if (!details || (autoStep && !step.error)) {
    body = <Busy label={details ? title : t('common.loading')} />;
  } else if (details.prompt === 'login') {
    body = autoStep ? (
      <>
        <h1>{t('oidc.authorize.title')}</h1>
        <StepError step={step} />
      </>
    ) : (
      <StaffAccount details={details} step={step} loginPath={loginPath} />
    );
  } else {
    body = <Consent details={details} step={step} loginPath={loginPath} />;
  }

  return (
    <section className="page-panel oidc-panel">
      <DocumentTitle
        title={
          details ? t('oidc.authorize.pageTitle', { site: details.client.name }) : t('oidc.authorize.title')
        }
      />
      {body}
    </section>
  );
}
