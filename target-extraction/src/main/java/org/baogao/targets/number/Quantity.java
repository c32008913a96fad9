package org.baogao.targets.number;

/**
 * A number with its unit as found in the text, already in base units.
 *
 * @param start       first char of the number (or of 百分之)
 * @param unitEnd     end of the unit
 * @param end         end including a comparator word written after it (左右, 以上 ...)
 * @param value       the value in base units; null for a range
 * @param min         lower bound of a range (else null)
 * @param max         upper bound of a range (else null)
 * @param unit        base unit ({@code %}, {@code 人}, {@code 元} ...)
 * @param writtenUnit the unit as written ({@code 名} for a base unit {@code 人})
 * @param suffix      comparator written after it, or null
 * @param moreThan    written with 多/余 (300多家: more than 300)
 * @param spelled     written in Chinese numerals
 */
public record Quantity(int start, int unitEnd, int end, Double value, Double min, Double max, String unit,
                       String writtenUnit, String suffix, boolean moreThan, boolean spelled) {

    public boolean isRange() {
        return min != null && max != null;
    }
}
