import { useTranslation } from 'react-i18next';

/**
 * A site manager's username and password, asked on a public device (pairing or unpairing a kiosk or a display)
 * for that one act: nothing for the browser to remember, so no autocomplete.
 */
export function StaffCredentialFields(props: {
  username: string;
  password: string;
  onUsername: (value: string) => void;
  onPassword: (value: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <label>
        {t('floor.kiosk.staffUsername')}
        <input
          value={props.username}
          onChange={(e) => props.onUsername(e.target.value)}
          autoComplete="off"
          required
          maxLength={80}
        />
      </label>
      <label>
        {t('floor.kiosk.staffPassword')}
        <input
          type="password"
          value={props.password}
          onChange={(e) => props.onPassword(e.target.value)}
          autoComplete="off"
          required
          maxLength={200}
        />
      </label>
    </>
  );
}
