package org.baogao.search.targets;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * One page of {@code GET /api/targets}.
 *
 * @param total matching rows in all pages (on the first page only: counting costs a request)
 * @param rows  this page, in the requested order
 * @param next  cursor of the next page ({@code after=}), null on the last page
 */
public record TargetPage(@JsonInclude(JsonInclude.Include.NON_NULL) Long total, List<TargetRow> rows, String next) {
}
