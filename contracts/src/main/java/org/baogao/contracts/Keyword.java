package org.baogao.contracts;

/** A ranked key phrase. */
public record Keyword(String text, double score) {
}
