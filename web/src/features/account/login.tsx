import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError, api, setCsrfToken } from '../../lib/api.ts';
import type { LoginRequest, SessionUser } from '../../lib/types.ts';

export function LoginPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    try {
      const session = await api<SessionUser>('/api/auth/login', {
        method: 'POST',
        body: {
          username: String(form.get('username') ?? ''),
          password: String(form.get('password') ?? ''),
        } satisfies LoginRequest,
      });
      setCsrfToken(session.csrfToken);
      await queryClient.invalidateQueries({ queryKey: ['session'] });
      // Back to the screen that asked for a sign-in (only a path on this site), else the role's home screen.
      const next = params.get('next');
      const home = session.user.role === 'officer' ? '/loket' : '/kelola';
      await navigate(next?.startsWith('/') && !next.startsWith('//') ? next : home);
    } catch (e) {
      setError(
        e instanceof ApiError
          ? i18n.language === 'en'
            ? e.body.message.en
            : e.body.message.id
          : t('error.generic'),
      );
    }
  };
  return (
    <form className="login" onSubmit={(e) => void submit(e)}>
      <h1>{t('login.heading')}</h1>
      <label>
        {t('login.username')}
        <input name="username" autoComplete="username" required />
      </label>
      <label>
        {t('login.password')}
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {error && <p role="alert">{error}</p>}
      <button type="submit">{t('login.submit')}</button>
    </form>
  );
}
