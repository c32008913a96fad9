package org.baogao.cleaning;

/** The bytes are not text we can read (binary, image, archive, unknown charset): nothing to clean. */
public class NotTextException extends Exception {
    public NotTextException(String reason) {
        super(reason);
    }
}
