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
