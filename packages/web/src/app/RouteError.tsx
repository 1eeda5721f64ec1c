import { useTranslation } from 'react-i18next';

/** Last resort when a page throws while rendering: no stack trace, a way back. */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <main id="main" className="site-main">
      <div className="page page--narrow">
        <h1 className="page__title">{t('errors.crashTitle')}</h1>
        <p>{t('errors.crashBody')}</p>
        <a className="button button--primary" href="/">
          {t('notFound.home')}
        </a>
      </div>
    </main>
  );
}
