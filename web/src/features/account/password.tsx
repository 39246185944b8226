import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../components/layout.tsx';
import { FieldError, useFormErrors } from '../../components/use-form-errors.tsx';
import { api } from '../../lib/api.ts';

/**
 * /akun/kata-sandi — every signed-in user changes their own password: the current one is asked again, the new one
 * twice. The server ends the user's other sessions; this one stays signed in.
 */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const session = useSession();
  const errors = useFormErrors();
  const [mismatch, setMismatch] = useState(false);
  const [done, setDone] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const f = new FormData(form);
    errors.clear();
    setDone(false);
    const newPassword = String(f.get('newPassword') ?? '');
    setMismatch(newPassword !== String(f.get('confirmPassword') ?? ''));
    if (newPassword !== String(f.get('confirmPassword') ?? '')) return;
    try {
      await api('/api/auth/password', {
        method: 'POST',
        body: { currentPassword: f.get('currentPassword'), newPassword },
      });
      form.reset();
      setDone(true);
    } catch (e) {
      errors.setError(e);
    }
  };

  if (!session.isLoading && !session.data) return <p>{t('account.signIn')}</p>;
  return (
    <section className="site-admin">
      <h1>{t('account.heading')}</h1>
      <p>{t('account.intro')}</p>
      <form className="editor" onSubmit={(e) => void submit(e)}>
        <label>
          {t('account.current')}
          <input name="currentPassword" type="password" autoComplete="current-password" required />
          <FieldError text={errors.field('body.currentPassword')} />
        </label>
        <label>
          {t('account.new')}
          <input name="newPassword" type="password" autoComplete="new-password" minLength={10} required />
          <FieldError text={errors.field('body.newPassword')} />
        </label>
        <label>
          {t('account.confirm')}
          <input name="confirmPassword" type="password" autoComplete="new-password" minLength={10} required />
          <FieldError text={mismatch ? t('account.mismatch') : null} />
        </label>
        {errors.summary && <p role="alert">{errors.summary}</p>}
        {done && <p role="status">{t('account.changed')}</p>}
        <button type="submit">{t('account.submit')}</button>
      </form>
    </section>
  );
}
