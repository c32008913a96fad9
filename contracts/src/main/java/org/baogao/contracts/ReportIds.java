package org.baogao.contracts;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** A report's id is the sha256 of its raw bytes: the same file sent twice is one report. */
public final class ReportIds {
    private static final Pattern SHAPE = Pattern.compile("[0-9a-f]{64}");

    public static String of(byte[] rawBytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(rawBytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    public static boolean isWellFormed(String id) {
        return id != null && SHAPE.matcher(id).matches();
    }

    private ReportIds() {
    }
}
