package org.baogao.filetypes;

/**
 * What a file is, as far as the pipeline is concerned.
 *
 * @param mediaType   the IANA media type Tika detected, e.g. {@code application/pdf}
 * @param format      the short name reports carry in {@code source.document.format}: {@code text}, {@code html},
 *                    {@code pdf}, {@code docx}, {@code doc}, {@code wps}, {@code rtf}, {@code odt}, {@code ofd},
 *                    {@code image}, ... (for other types the media type's subtype)
 * @param description the type in words, for people: {@code PDF document}, {@code ZIP archive}
 * @param reading     how it is read, or {@link Reading#REFUSED}
 * @param refusal     why no stage can read it (null unless refused)
 */
public record FileType(String mediaType, String format, String description, Reading reading, String refusal) {

    static FileType readable(String mediaType, String format, String description, Reading reading) {
        return new FileType(mediaType, format, description, reading, null);
    }

    static FileType refused(String mediaType, String format, String description, String why) {
        return new FileType(mediaType, format, description, Reading.REFUSED, why);
    }

    public boolean isRefused() {
        return reading == Reading.REFUSED;
    }

    /** One line naming the type, e.g. {@code PDF document (application/pdf)}. */
    public String named() {
        return description + " (" + mediaType + ")";
    }
}
