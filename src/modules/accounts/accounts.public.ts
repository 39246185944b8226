/** What other modules may use of accounts (the demo seed creates its users). */
export { createUser } from './accounts.service.ts';
