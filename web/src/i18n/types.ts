/** The English (or any other) messages: the same keys as zh-CN, each a string. */
export type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
