import { ChangePasswordPage } from '../../features/account/password.tsx';

/** /akun/kata-sandi — change one's password. */
export function Component() {
  return <ChangePasswordPage />;
}
