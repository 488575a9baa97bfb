/** Interface text of the accounts module. Danish is the source of keys. */
export const accountsDa = {} as const;

export const accountsEn: Record<keyof typeof accountsDa, string> = {};
