package org.baogao.analysis;

import org.baogao.cleaning.CleanedText;
import org.baogao.text.ChineseNormalizer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The seeds as analysis would get them, standing in for cleaning: normalized (widths folded,
 * simplified), pinyin glosses after characters removed, and a leading "key:value |" metadata header
 * taken out of the body into {@link CleanedText#header()}. Other noise stays, as it may in real input.
 */
final class SeedTexts {
    static final Path SEEDS = locate();
    private static final Pattern PINYIN = Pattern.compile("\\([a-zāáǎàōóǒòēéěèīíǐìūúǔùǖǘǚǜü]{1,7}\\)");
    private static final Pattern HEADER_LINE = Pattern.compile("^\\s*([^:|\\n]{2,12})\\s*:\\s*([^|\\n]*?)\\s*\\|\\s*$");

    static CleanedText cleaned(String fileName) {
        try {
            String raw = Files.readString(SEEDS.resolve(fileName), StandardCharsets.UTF_8);
            String text = PINYIN.matcher(ChineseNormalizer.normalize(raw)).replaceAll("");
            Map<String, String> header = new LinkedHashMap<>();
            StringBuilder body = new StringBuilder();
            boolean inHeader = true;
            for (String line : text.split("\n", -1)) {
                Matcher m = HEADER_LINE.matcher(line);
                if (inHeader && m.matches()) {
                    header.put(m.group(1).replaceAll("\\s+", ""), m.group(2));
                } else if (inHeader && line.strip().equals("|")) {
                    continue;
                } else {
                    inHeader = false;
                    body.append(line).append('\n');
                }
            }
            return CleanedText.of(body.toString()).withHeader(header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path locate() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("seeds"))) {
                return p.resolve("seeds");
            }
        }
        throw new IllegalStateException("seeds/ not found above " + Path.of("").toAbsolutePath());
    }

    private SeedTexts() {
    }
}
