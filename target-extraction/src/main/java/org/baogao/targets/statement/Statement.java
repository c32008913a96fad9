package org.baogao.targets.statement;

import org.baogao.targets.number.Quantity;

/**
 * One indicator paired with one quantity inside a clause.
 *
 * @param indicator  normalized indicator phrase
 * @param code       core indicator code or null
 * @param quantity   the quantity
 * @param comparator approx / gte / lte / eq / range
 * @param direction  increase / decrease / null (a level)
 */
public record Statement(String indicator, String code, Quantity quantity, String comparator, String direction) {
}
