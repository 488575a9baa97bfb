/** Interface text of grants. Danish is the source of keys. */
export const grantsDa = {} as const;

export const grantsEn: Record<keyof typeof grantsDa, string> = {};
