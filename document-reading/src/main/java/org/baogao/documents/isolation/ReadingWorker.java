package org.baogao.documents.isolation;

import org.baogao.documents.DirectDocumentReader;
import org.baogao.documents.DocumentReader;
import org.baogao.documents.ReadingLimits;
import org.baogao.documents.UnreadableDocumentException;
import org.baogao.filetypes.FileType;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;

/**
 * The reader process: reads documents one after the other from standard input, answers on standard output,
 * until its input ends. Whatever a library prints goes to standard error, which the service logs. Started by
 * {@link IsolatedDocumentReader}, never by hand.
 *
 * <p>Arguments: OCR page timeout (s), max pages, max OCR pages, max characters, OCR dpi, and optionally the
 * class name of the {@link DocumentReader} to run (tests put a reader that hangs or eats memory there).
 */
public final class ReadingWorker {
    private ReadingWorker() {
    }

    public static void main(String[] args) throws Exception {
        DataOutputStream answers = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        DataInputStream requests = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
        ReadingLimits limits = new ReadingLimits(Duration.ZERO, Duration.ofSeconds(Long.parseLong(args[0])),
                Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]), 0);
        DocumentReader reader = args.length > 5
                ? (DocumentReader) Class.forName(args[5]).getConstructor(ReadingLimits.class).newInstance(limits)
                : new DirectDocumentReader(limits);
        FileType type;
        while ((type = WorkerProtocol.readRequestType(requests)) != null) {
            byte[] bytes = WorkerProtocol.readBytes(requests);
            answer(reader, bytes, type, answers);
        }
    }

    private static void answer(DocumentReader reader, byte[] bytes, FileType type, DataOutputStream answers) throws IOException {
        try {
            WorkerProtocol.writeText(answers, reader.read(bytes, type));
        } catch (UnreadableDocumentException e) {
            WorkerProtocol.writeUnreadable(answers, e);
        } catch (RuntimeException | StackOverflowError e) {
            WorkerProtocol.writeFailed(answers, e);
        }
    }
}
