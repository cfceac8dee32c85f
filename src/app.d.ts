import type { SignedInUser } from '$lib/server/auth/session';
import type { UserSession } from '$lib/server/db/schema';

declare global {
	namespace App {
		interface Locals {
			user: SignedInUser | null;
			session: UserSession | null;
		}
		interface Error {
			message: string;
		}
	}
}

export {};
