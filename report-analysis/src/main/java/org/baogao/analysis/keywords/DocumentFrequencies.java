package org.baogao.analysis.keywords;

import org.baogao.text.TsvResource;
import java.util.HashMap;
import java.util.Map;

/**
 * In how many of the State Council's work reports (the national corpus) each candidate phrase occurs:
 * resource {@code national-df.tsv}, built by {@code NationalDocumentFrequencyBuilder} (test sources;
 * {@code scripts/regenerate-df.sh}). Phrases every report uses weigh little as keywords; phrases the
 * national reports never use weigh most.
 */
public final class DocumentFrequencies {
    public static final String RESOURCE = "national-df.tsv";
    private static final DocumentFrequencies NATIONAL = load();

    private final int documents;
    private final Map<String, Integer> frequency;

    public DocumentFrequencies(int documents, Map<String, Integer> frequency) {
        this.documents = documents;
        this.frequency = frequency;
    }

    public static DocumentFrequencies national() {
        return NATIONAL;
    }

    /** Smoothed inverse document frequency: ln((N + 1) / (df + 1)) + 1. */
    public double idf(String phrase) {
        return Math.log((documents + 1.0) / (frequency.getOrDefault(phrase, 0) + 1.0)) + 1.0;
    }

    public int documents() {
        return documents;
    }

    private static DocumentFrequencies load() {
        Map<String, Integer> df = new HashMap<>();
        int n = 0;
        for (String line : TsvResource.lines(DocumentFrequencies.class, RESOURCE)) {
            if (line.startsWith("# documents=")) {
                n = Integer.parseInt(line.substring("# documents=".length()).strip());
            } else if (!line.isBlank() && !line.startsWith("#")) {
                int tab = line.indexOf('\t');
                df.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
            }
        }
        return new DocumentFrequencies(n, df);
    }
}
