import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError, useFormErrors } from '../../components/use-form-errors.tsx';
import { api } from '../../lib/api.ts';
import type { UserRow } from './types.ts';

type Target = Pick<UserRow, 'id' | 'username' | 'active'>;

/**
 * A user's row actions on /kelola/pengguna: reset the password (the administrator gives a temporary one to pass on)
 * and disable or enable the account. The server checks the scope and ends the user's sessions.
 */
export function UserActions({ user }: { user: Target }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const errors = useFormErrors();
  const [open, setOpen] = useState<'reset' | 'disable' | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const run = async (work: () => Promise<unknown>, message: string) => {
    errors.clear();
    setDone(null);
    try {
      await work();
      setOpen(null);
      setDone(message);
      await queryClient.invalidateQueries({ queryKey: ['users'] });
    } catch (e) {
      errors.setError(e);
    }
  };
  const reset = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const newPassword = new FormData(event.currentTarget).get('newPassword');
    void run(
      () => api(`/api/users/${user.id}/password`, { method: 'POST', body: { newPassword } }),
      t('userActions.resetDone', { username: user.username }),
    );
  };
  const setActive = (active: boolean) =>
    void run(
      () => api(`/api/users/${user.id}/${active ? 'enable' : 'disable'}`, { method: 'POST' }),
      t(active ? 'userActions.enabled' : 'userActions.disabled', { username: user.username }),
    );

  return (
    <div className="user-actions">
      <button type="button" onClick={() => setOpen(open === 'reset' ? null : 'reset')}>
        {t('userActions.reset')}
      </button>
      {user.active ? (
        <button type="button" onClick={() => setOpen(open === 'disable' ? null : 'disable')}>
          {t('userActions.disable')}
        </button>
      ) : (
        <button type="button" onClick={() => setActive(true)}>
          {t('userActions.enable')}
        </button>
      )}
      {open === 'reset' && (
        <form className="editor" onSubmit={reset}>
          <label>
            {t('userActions.newPassword', { username: user.username })}
            <input name="newPassword" type="password" autoComplete="new-password" minLength={10} required />
            <FieldError text={errors.field('body.newPassword')} />
          </label>
          <button type="submit">{t('userActions.resetConfirm')}</button>
        </form>
      )}
      {open === 'disable' && (
        <p>
          {t('userActions.disableQuestion', { username: user.username })}{' '}
          <button type="button" onClick={() => setActive(false)}>
            {t('userActions.disableConfirm')}
          </button>{' '}
          <button type="button" onClick={() => setOpen(null)}>
            {t('userActions.cancel')}
          </button>
        </p>
      )}
      {errors.summary && <p role="alert">{errors.summary}</p>}
      {done && <p role="status">{done}</p>}
    </div>
  );
}
