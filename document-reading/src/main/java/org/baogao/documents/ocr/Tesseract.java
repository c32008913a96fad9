package org.baogao.documents.ocr;

import org.baogao.documents.LayoutSpaces;
import org.baogao.documents.UnreadableDocumentException;
import org.baogao.documents.UnreadableDocumentException.Problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The {@code tesseract} command (Debian's {@code tesseract-ocr} with {@code -chi-sim} and {@code -chi-tra}), one
 * process per image with a time limit, text and word confidences from one run ({@code txt tsv}). One OpenMP
 * thread per process: the service's consumer threads already use the cores, and timings stay predictable.
 */
public final class Tesseract {
    private final String command;
    private final String version;
    private final Set<String> languages;

    Tesseract(String command, String version, Set<String> languages) {
        this.command = command;
        this.version = version;
        this.languages = Set.copyOf(languages);
    }

    /** The installed Tesseract, or empty when the command is not there (or does not answer). */
    public static Optional<Tesseract> find() {
        return find("tesseract");
    }

    static Optional<Tesseract> find(String command) {
        try {
            List<String> versionLines = run(List.of(command, "--version"));
            List<String> langLines = run(List.of(command, "--list-langs"));
            String version = versionLines.isEmpty() ? "tesseract" : versionLines.get(0).strip();
            Set<String> languages = new LinkedHashSet<>();
            for (String line : langLines) {
                if (!line.isBlank() && !line.startsWith("List of")) {
                    languages.add(line.strip());
                }
            }
            return Optional.of(new Tesseract(command, "Tesseract " + version.replaceFirst("^tesseract\\s*v?", ""), languages));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static List<String> run(List<String> commandLine) throws IOException {
        Process process = new ProcessBuilder(commandLine).redirectErrorStream(true).start();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(commandLine + " did not answer");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }

    /** e.g. {@code Tesseract 5.3.0} */
    public String version() {
        return version;
    }

    public boolean reads(String language) {
        for (String part : language.split("\\+")) {
            if (!languages.contains(part)) {
                return false;
            }
        }
        return true;
    }

    /**
     * OCRs one image file (a multi-page TIFF gives several pages).
     *
     * @param dpi resolution of the image, or 0 to let Tesseract read it from the file
     */
    public List<OcrPage> recognize(Path image, String language, int dpi, Duration timeout) throws UnreadableDocumentException {
        Path outBase = image.resolveSibling(image.getFileName() + "-ocr");
        List<String> commandLine = new ArrayList<>(List.of(command, image.toString(), outBase.toString(), "-l", language, "--psm", "3"));
        if (dpi > 0) {
            commandLine.addAll(List.of("--dpi", Integer.toString(dpi)));
        }
        commandLine.addAll(List.of("txt", "tsv"));
        ProcessBuilder builder = new ProcessBuilder(commandLine).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        try {
            Process process = builder.start();
            try {
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    throw new UnreadableDocumentException(Problem.OVER_LIMIT,
                            "OCR of a page took longer than " + timeout.toSeconds() + " s and was stopped");
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new UnreadableDocumentException(Problem.OVER_LIMIT, "OCR was interrupted", e);
            }
            if (process.exitValue() != 0) {
                throw new UnreadableDocumentException(Problem.DAMAGED, "Tesseract could not read the image (exit "
                        + process.exitValue() + ")");
            }
            String text = Files.readString(outBase.resolveSibling(outBase.getFileName() + ".txt"), StandardCharsets.UTF_8);
            List<String> tsv = Files.readAllLines(outBase.resolveSibling(outBase.getFileName() + ".tsv"), StandardCharsets.UTF_8);
            return pages(text, tsv);
        } catch (IOException e) {
            throw new UnreadableDocumentException(Problem.DAMAGED, "OCR failed: " + e.getMessage(), e);
        }
    }

    /** Tesseract ends each page of its text with a form feed; the TSV numbers the pages. */
    static List<OcrPage> pages(String text, List<String> tsv) {
        String[] pageTexts = text.split("\f", -1);
        int pageCount = Math.max(1, text.endsWith("\f") ? pageTexts.length - 1 : pageTexts.length);
        double[] confidenceSum = new double[pageCount];
        long[] weight = new long[pageCount];
        for (int i = 1; i < tsv.size(); i++) {
            String[] cells = tsv.get(i).split("\t", -1);
            if (cells.length < 12 || !cells[0].equals("5") || cells[11].isBlank()) {
                continue;
            }
            int page = Integer.parseInt(cells[1]) - 1;
            double confidence = Double.parseDouble(cells[10]);
            if (page >= 0 && page < pageCount && confidence >= 0) {
                int length = cells[11].strip().length();
                confidenceSum[page] += confidence * length;
                weight[page] += length;
            }
        }
        List<OcrPage> pages = new ArrayList<>();
        for (int p = 0; p < pageCount; p++) {
            String pageText = p < pageTexts.length ? joinCjk(pageTexts[p]) : "";
            pages.add(new OcrPage(pageText, weight[p] == 0 ? 0 : confidenceSum[p] / weight[p]));
        }
        return pages;
    }

    /** Tesseract sets Chinese characters apart by spaces; Chinese has none. */
    static String joinCjk(String text) {
        return LayoutSpaces.remove(text);
    }

    /**
     * @param text       the page's text, Chinese without spaces between characters
     * @param confidence mean word confidence 0..100, weighted by word length
     */
    public record OcrPage(String text, double confidence) {
    }
}
