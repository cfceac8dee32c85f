import type { User, UserSession } from '$lib/server/db/schema';

declare global {
	namespace App {
		interface Locals {
			user: User | null;
			session: UserSession | null;
		}
		interface Error {
			message: string;
		}
	}
}

export {};
