package org.baogao.documents;

import org.baogao.filetypes.FileType;

/** Turns a document (PDF, Word, RTF, ODF, OFD, an image...) into its text and pages. */
public interface DocumentReader extends AutoCloseable {

    /**
     * @param bytes the whole file
     * @param type  what {@link org.baogao.filetypes.FileTypeDetector} said it is ({@code DOCUMENT} or {@code IMAGE})
     */
    DocumentText read(byte[] bytes, FileType type) throws UnreadableDocumentException;

    @Override
    default void close() {
    }
}
