package org.baogao.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file as an operator uploads it: a name (which becomes the report's source name) and its bytes, read only
 * when it is sent, so a folder of fifty thousand reports is never in memory at once.
 */
public interface ReportFile {

    String name();

    /** Size in bytes, for batching and progress. */
    long size();

    byte[] read() throws IOException;

    static ReportFile of(Path path) throws IOException {
        return new OnDisk(path, path.getFileName().toString(), Files.size(path));
    }

    static ReportFile of(String name, byte[] content) {
        return new InMemory(name, content);
    }

    record OnDisk(Path path, String name, long size) implements ReportFile {
        @Override
        public byte[] read() throws IOException {
            return Files.readAllBytes(path);
        }
    }

    record InMemory(String name, byte[] content) implements ReportFile {
        @Override
        public long size() {
            return content.length;
        }

        @Override
        public byte[] read() {
            return content;
        }
    }
}
