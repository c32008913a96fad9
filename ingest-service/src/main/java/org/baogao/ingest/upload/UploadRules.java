package org.baogao.ingest.upload;

import org.baogao.ingest.IngestProperties;
import org.baogao.ingest.web.Problems;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * What an upload must be before it is published: non-empty, not larger than the configured limit,
 * and text. Each failed rule is a {@link RejectedUploadException} with the HTTP status the operator
 * should see (400, 413, 415).
 */
@Component
public class UploadRules {
    private final long maxReportBytes;

    @Autowired
    public UploadRules(IngestProperties properties) {
        this(properties.maxReportBytes());
    }

    UploadRules(long maxReportBytes) {
        this.maxReportBytes = maxReportBytes;
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
        TextSniffer.whyNotText(upload.content()).ifPresent(why -> {
            throw new RejectedUploadException(Problems.NOT_TEXT, upload.name(),
                    "'" + upload.name() + "' is not accepted: " + why);
        });
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
