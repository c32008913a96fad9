package org.baogao.filetypes;

/** How the pipeline reads a file of a detected type; the one answer ingest and extraction share. */
public enum Reading {
    /** Plain text in some charset: report-cleaning decodes it. */
    TEXT,
    /** A web page: its main text is taken out of the markup, the page's navigation and scripts left behind. */
    HTML,
    /** A document with a text layer (PDF, Word, RTF, ODF, OFD...): parsed; PDF pages without text are OCRed. */
    DOCUMENT,
    /** A picture of a page: OCRed. */
    IMAGE,
    /** Nothing any stage can read (archives, executables, encrypted documents, media): refused, with the reason. */
    REFUSED
}
