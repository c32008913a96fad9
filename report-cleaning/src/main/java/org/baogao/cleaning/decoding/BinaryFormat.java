package org.baogao.cleaning.decoding;

import org.baogao.cleaning.NotTextException;

/** File formats recognised by their first bytes: documents and images that must be converted, not read as text. */
enum BinaryFormat {
    PDF("PDF document", new int[]{'%', 'P', 'D', 'F', '-'}),
    ZIP("ZIP archive (or DOCX/XLSX/ODT)", new int[]{'P', 'K', 3, 4}),
    OLE("OLE2 document (DOC/XLS/WPS)", new int[]{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}),
    PNG("PNG image", new int[]{0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    JPEG("JPEG image", new int[]{0xFF, 0xD8, 0xFF}),
    GIF("GIF image", new int[]{'G', 'I', 'F', '8'}),
    GZIP("gzip archive", new int[]{0x1F, 0x8B}),
    SEVEN_ZIP("7z archive", new int[]{'7', 'z', 0xBC, 0xAF, 0x27, 0x1C}),
    RAR("RAR archive", new int[]{'R', 'a', 'r', '!', 0x1A, 0x07}),
    TIFF_LE("TIFF image", new int[]{'I', 'I', '*', 0}),
    TIFF_BE("TIFF image", new int[]{'M', 'M', 0, '*'}),
    ELF("ELF executable", new int[]{0x7F, 'E', 'L', 'F'});

    private final String description;
    private final int[] magic;

    BinaryFormat(String description, int[] magic) {
        this.description = description;
        this.magic = magic;
    }

    static void refuseKnownBinary(byte[] raw) throws NotTextException {
        for (BinaryFormat format : values()) {
            if (format.matches(raw)) {
                throw new NotTextException("binary file: " + format.description);
            }
        }
    }

    private boolean matches(byte[] raw) {
        if (raw.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((raw[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
