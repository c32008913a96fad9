package org.baogao.relevance;

/** A file as an operator would upload it: a name (which becomes the report's source name) and its bytes. */
public record ReportFile(String name, byte[] content) {
}
