package org.baogao.ingest.upload;

import org.baogao.filetypes.FileTypeDetector;

/** One detector for the tests of this package: building one loads Tika's registry. */
final class SharedDetector {
    static final FileTypeDetector DETECTOR = new FileTypeDetector();

    private SharedDetector() {
    }
}
