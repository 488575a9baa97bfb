/** Interface text of the areas module. Danish is the source of keys. */
export const areasDa = {} as const;

export const areasEn: Record<keyof typeof areasDa, string> = {};
