/** Interface text of the organisations module. Danish is the source of keys. */
export const organisationsDa = {} as const;

export const organisationsEn: Record<keyof typeof organisationsDa, string> = {};
