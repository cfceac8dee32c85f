export const ROLES = ['learner', 'educator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const PROFESSIONS = ['doctor', 'nurse', 'student', 'other'] as const;
export type Profession = (typeof PROFESSIONS)[number];

export const PROFESSION_LABELS: Record<Profession, string> = {
	doctor: 'Doctor',
	nurse: 'Nurse',
	student: 'Student',
	other: 'Other'
};

export const ROLE_LABELS: Record<Role, string> = {
	learner: 'Learner',
	educator: 'Educator',
	admin: 'Administrator'
};

/** How long a password may be, in characters. */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

/** The desired retention a learner may choose, in percent. */
export const RETENTION_MIN_PERCENT = 80;
export const RETENTION_MAX_PERCENT = 95;
