package org.baogao.analysis.header;

import java.time.LocalDate;

/**
 * What a report says about its own publication.
 *
 * @param headline       the title the metadata gives ({@code 信息名称}, {@code 标题}), or null
 * @param publisher      issuing body, or null
 * @param publishedAt    publication date, or null
 * @param documentNumber 文号 (常政发〔2021〕1号) or, lacking one, the portal's 索引号; null if neither is stated
 * @param writtenAt      the best date for when the text was written (publication, generation or a dateline);
 *                       relative words such as 今年 and 明年 are read against it; null if unknown
 */
public record PublicationFacts(String headline, String publisher, LocalDate publishedAt, String documentNumber,
                               LocalDate writtenAt) {
}
