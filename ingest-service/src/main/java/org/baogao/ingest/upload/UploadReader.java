package org.baogao.ingest.upload;

import org.baogao.ingest.web.Problems;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads what an operator sent into a {@link ReportUpload}, never more than the size limit allows:
 * a too-large file is refused by its declared size before its bytes are read.
 */
final class UploadReader {
    static final int MAX_NAME_LENGTH = 255;

    private final UploadRules rules;

    UploadReader(UploadRules rules) {
        this.rules = rules;
    }

    /** A multipart file part; {@code nameOverride} wins over the part's own file name if given. */
    ReportUpload fromPart(MultipartFile part, String nameOverride, OperatorMetadata metadata) {
        String name = nameOf(nameOverride != null && !nameOverride.isBlank() ? nameOverride : part.getOriginalFilename());
        rules.checkSize(name, part.getSize());
        try {
            return new ReportUpload(name, part.getContentType(), part.getBytes(), metadata.toMap());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the uploaded part '" + name + "'", e);
        }
    }

    /** A whole request body; its length is taken from the header if sent, else counted while reading. */
    ReportUpload fromBody(InputStream body, long declaredLength, String name, String contentType,
                          OperatorMetadata metadata) throws IOException {
        String checkedName = nameOf(name);
        if (declaredLength >= 0) {
            rules.checkSize(checkedName, declaredLength);
        }
        long limit = rules.maxReportBytes();
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (bytes.length > limit) {
            throw rules.tooLarge(checkedName); // we stopped reading one byte past the limit
        }
        return new ReportUpload(checkedName, contentType, bytes, metadata.toMap());
    }

    /** The last path segment (some clients send a whole local path), trimmed; 400 if there is none. */
    static String nameOf(String given) {
        if (given == null || given.isBlank()) {
            throw new RejectedUploadException(Problems.INVALID_NAME, null,
                    "the report needs a file name: send it as the multipart file name or as ?name=report.txt");
        }
        String name = given.strip();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1).strip();
        if (name.isEmpty()) {
            throw new RejectedUploadException(Problems.INVALID_NAME, null, "'" + given + "' names a folder, not a file");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new RejectedUploadException(Problems.INVALID_NAME, null,
                    "the file name has " + name.length() + " characters; at most " + MAX_NAME_LENGTH + " are accepted");
        }
        return name;
    }
}
