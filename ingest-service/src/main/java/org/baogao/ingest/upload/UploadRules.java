package org.baogao.ingest.upload;

import org.baogao.filetypes.FileType;
import org.baogao.filetypes.FileTypeDetector;
import org.baogao.filetypes.Reading;
import org.baogao.ingest.IngestProperties;
import org.baogao.ingest.web.Problems;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * What an upload must be before it is published: non-empty, not larger than the configured limit,
 * and of a type some stage can read, decided by the {@link FileTypeDetector} extraction uses too. Only what
 * no stage reads is refused: archives, programs, encrypted documents, media, and images when extraction
 * runs without OCR. Each failed rule is a {@link RejectedUploadException} with the HTTP status the operator
 * should see (400, 413, 415).
 */
@Component
public class UploadRules {
    private final long maxReportBytes;
    private final FileTypeDetector detector;
    private final boolean ocr;

    @Autowired
    public UploadRules(IngestProperties properties, FileTypeDetector detector) {
        this(properties.maxReportBytes(), detector, properties.ocr());
    }

    UploadRules(long maxReportBytes, FileTypeDetector detector, boolean ocr) {
        this.maxReportBytes = maxReportBytes;
        this.detector = detector;
        this.ocr = ocr;
    }

    public long maxReportBytes() {
        return maxReportBytes;
    }

    /** Rejects a file by its declared size, before its bytes are read into memory. */
    public void checkSize(String name, long sizeBytes) {
        if (sizeBytes == 0) {
            throw new RejectedUploadException(Problems.EMPTY_REPORT, name,
                    "'" + name + "' is empty (0 bytes); nothing to publish");
        }
        if (sizeBytes > maxReportBytes) {
            throw tooLarge(name, Long.toString(sizeBytes));
        }
    }

    /** For a body whose length was not declared and whose reading stopped past the limit. */
    public RejectedUploadException tooLarge(String name) {
        return tooLarge(name, "more than " + maxReportBytes);
    }

    private RejectedUploadException tooLarge(String name, String size) {
        return new RejectedUploadException(Problems.REPORT_TOO_LARGE, name, "'" + name + "' has " + size
                + " bytes; the largest report accepted has " + maxReportBytes + " bytes");
    }

    public void check(ReportUpload upload) {
        checkSize(upload.name(), upload.content().length);
        if (isBlank(upload.content())) {
            throw new RejectedUploadException(Problems.EMPTY_REPORT, upload.name(),
                    "'" + upload.name() + "' holds only white space; nothing to publish");
        }
        FileType type = detector.detect(upload.content(), upload.name());
        if (type.isRefused()) {
            throw RejectedUploadException.unreadable(upload.name(), type,
                    "'" + upload.name() + "' is a " + type.named() + " and is not accepted: " + type.refusal());
        }
        if (type.reading() == Reading.IMAGE && !ocr) {
            throw RejectedUploadException.unreadable(upload.name(), type, "'" + upload.name() + "' is an "
                    + type.named() + ": images are read by OCR, which this pipeline runs without");
        }
    }

    /** Only ASCII white space and byte-order marks: an empty file in everything but name. */
    private static boolean isBlank(byte[] content) {
        int i = content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb
                && (content[2] & 0xff) == 0xbf ? 3 : 0;
        for (; i < content.length; i++) {
            byte b = content[i];
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                return false;
            }
        }
        return true;
    }
}
