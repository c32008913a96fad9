/**
 * Quantitative statements ("targets") from cleaned, normalized report text.
 * <p>
 * Entry point: {@code new TargetExtractor().extract(text, reportYear, skip)}. The grammar runs over
 * normalized clauses, not segmenter tokens, in these stages (each a sub-package, each tested alone):
 * <ol>
 *   <li>{@code clause} — sentences (。!? line breaks) → segments (，,;: ) → clauses; a segment opening with a
 *       predicate (比上年, 增长, 分别 ...) continues the previous subject. Target.text/start/end is the clause.</li>
 *   <li>{@code number} — quantities: ASCII numbers (6.5, 6 . 5, 200,000), spelled-out Chinese numbers
 *       (一千二百万, 百分之四点五, 千分之五) read strictly by {@code ChineseNumeral} (十四五, 十百千, 第一, 一是 are
 *       not numbers), multipliers, units, ranges (6%-6.5%, 6%~6.5%, 6—6.5%, 5%到5.5%, 百分之四点五至百分之五),
 *       多/余 and the comparator word written after (左右, 以上, 以内). Numbers without a unit are never
 *       targets, which drops years, dates, section, document and phone numbers.</li>
 *   <li>{@code unit} — base units and factors (名→人, 千米→公里, 兆瓦→千瓦×1000) and multipliers
 *       (万, 亿, 万亿; {@code 兆} = 10^12: reports of the traditional-script era write 一點四兆斤 for 1.4万亿斤,
 *       and ICU spells 1.4×10^12 as 一兆四千亿; the 兆 of 兆瓦 stays a unit prefix).</li>
 *   <li>{@code comparator} — approx / gte / lte / eq / range; the word after the number wins over the word before.</li>
 *   <li>{@code indicator} — the noun phrase the number is about, peeled out of the words before it, and the
 *       code table of the core indicators with their written variants; unknown indicators keep code null.</li>
 *   <li>{@code distribution} — shared subjects: 城、乡居民…分别, 城镇调查失业率和登记失业率, A、B、C均….</li>
 *   <li>{@code statement} — pairs quantities with indicators: amounts that qualify a noun (3亿元以上项目),
 *       classifier-first objects (新增5家上市公司), from-to baselines (从10万元提高到15万元), changes against
 *       last year after a level (比上年增加1.6万亿元) and numbers inside quoted names (“三个1亿人”).</li>
 *   <li>{@code kind} — target / achievement / plan and year from cue words and the report part
 *       (review, plan, multi-year) tracked over headings and paragraph openings.</li>
 * </ol>
 * Ranges have {@code value = null} and {@code min}/{@code max} set (no midpoint is invented).
 * Percentages keep the value as written with its direction in the indicator's verb left out
 * (单位GDP能耗下降3% → 3, %).
 */
package org.baogao.targets;
