/** Interface text of grantsPublic. Danish is the source of keys. */
export const grantsPublicDa = {} as const;

export const grantsPublicEn: Record<keyof typeof grantsPublicDa, string> = {};
