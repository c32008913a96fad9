package org.baogao.ingest.upload;

import org.baogao.contracts.SourceInfo;
import org.baogao.ingest.web.Problems;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The hints an operator may add to an upload: where it came from, which region and which year it is
 * about. Extraction treats them as hints, so they are only checked for shape here.
 *
 * @param source where the file came from (a portal, a newspaper), {@link SourceInfo#META_SOURCE}
 * @param region region hint such as {@code 常州市}, {@link SourceInfo#META_REGION}
 * @param year   four-digit year hint, {@link SourceInfo#META_YEAR}
 */
public record OperatorMetadata(String source, String region, String year) {
    static final int MAX_VALUE_LENGTH = 200;
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    public static OperatorMetadata none() {
        return new OperatorMetadata(null, null, null);
    }

    /** Metadata map for {@link SourceInfo}, blank values left out; throws 400 on a malformed value. */
    public Map<String, String> toMap() {
        Map<String, String> map = new LinkedHashMap<>();
        put(map, SourceInfo.META_SOURCE, source);
        put(map, SourceInfo.META_REGION, region);
        String y = put(map, SourceInfo.META_YEAR, year);
        if (y != null && !YEAR.matcher(y).matches()) {
            throw new RejectedUploadException(Problems.INVALID_METADATA, null,
                    "year hint '" + y + "' is not a four-digit year such as 2021");
        }
        return map;
    }

    private static String put(Map<String, String> map, String key, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > MAX_VALUE_LENGTH) {
            throw new RejectedUploadException(Problems.INVALID_METADATA, null,
                    "metadata '" + key + "' has " + trimmed.length() + " characters; at most " + MAX_VALUE_LENGTH + " are kept");
        }
        map.put(key, trimmed);
        return trimmed;
    }
}
