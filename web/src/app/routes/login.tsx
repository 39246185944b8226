import { LoginPage } from '../../features/account/login.tsx';

/** /masuk — sign in. */
export function Component() {
  return <LoginPage />;
}
