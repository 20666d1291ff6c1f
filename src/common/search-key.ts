/**
 * Name search in SQL. Columns `search_key` hold search_key(name…) (migration NameSearch): NFKC
 * (full-width and half-width forms become one), hiragana as katakana, lower case. A query goes
 * through the same function, trimmed, so 山田, やまだ, ヤマダ, ﾔﾏﾀﾞ and YAMADA all match their person.
 */

/**
 * SQL: the `LIKE` pattern "contains the search key of :param". % _ and \ are escaped after the
 * normalisation, which can make them (％ becomes %).
 */
export const searchKeyPattern = (param: string): string =>
  String.raw`'%' || replace(replace(replace(btrim(search_key(:${param})), '\', '\\'), '%', '\%'), '_', '\_') || '%'`;
