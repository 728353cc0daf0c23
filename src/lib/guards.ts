/** Type guards for parsed JSON, shared by the validators and the embed protocol. */

export const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

export const isNonEmptyString = (v: unknown): v is string =>
	typeof v === 'string' && v.trim() !== '';
