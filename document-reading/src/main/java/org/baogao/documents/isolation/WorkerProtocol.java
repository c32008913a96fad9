package org.baogao.documents.isolation;

import org.baogao.documents.DocumentText;
import org.baogao.documents.OcrReport;
import org.baogao.documents.UnreadableDocumentException;
import org.baogao.filetypes.FileType;
import org.baogao.filetypes.Reading;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** What the service and its reader process say to each other over the process's standard input and output. */
final class WorkerProtocol {
    static final byte READ = 1;
    static final byte TEXT = 0;
    static final byte UNREADABLE = 1;
    static final byte FAILED = 2;
    private static final int MAX_UTF = 60_000;

    private WorkerProtocol() {
    }

    static void writeRequest(DataOutputStream out, byte[] bytes, FileType type) throws IOException {
        out.writeByte(READ);
        out.writeUTF(type.mediaType());
        out.writeUTF(type.format());
        out.writeUTF(type.description());
        out.writeUTF(type.reading().name());
        out.writeInt(bytes.length);
        out.write(bytes);
        out.flush();
    }

    /** The request's type; the bytes follow, see {@link #readBytes}. Null at the end of input. */
    static FileType readRequestType(DataInputStream in) throws IOException {
        int kind = in.read();
        if (kind < 0) {
            return null;
        }
        if (kind != READ) {
            throw new IOException("unknown request " + kind);
        }
        String mediaType = in.readUTF();
        String format = in.readUTF();
        String description = in.readUTF();
        Reading reading = Reading.valueOf(in.readUTF());
        return new FileType(mediaType, format, description, reading, null);
    }

    static byte[] readBytes(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return bytes;
    }

    static void writeText(DataOutputStream out, DocumentText text) throws IOException {
        out.writeByte(TEXT);
        byte[] utf8 = text.text().getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
        out.writeInt(text.pageStarts().size());
        for (int start : text.pageStarts()) {
            out.writeInt(start);
        }
        out.writeInt(text.pageCount() == null ? -1 : text.pageCount());
        out.writeUTF(cut(text.parser()));
        out.writeBoolean(text.ocr() != null);
        if (text.ocr() != null) {
            out.writeUTF(text.ocr().engine());
            out.writeUTF(text.ocr().language());
            out.writeInt(text.ocr().pages().size());
            for (OcrReport.Page page : text.ocr().pages()) {
                out.writeInt(page.page());
                out.writeDouble(page.confidence());
                out.writeInt(page.characters());
            }
        }
        out.writeInt(text.warnings().size());
        for (String warning : text.warnings()) {
            out.writeUTF(cut(warning));
        }
        out.flush();
    }

    static void writeUnreadable(DataOutputStream out, UnreadableDocumentException e) throws IOException {
        out.writeByte(UNREADABLE);
        out.writeUTF(e.problem().name());
        out.writeUTF(cut(String.valueOf(e.getMessage())));
        out.flush();
    }

    static void writeFailed(DataOutputStream out, Throwable e) throws IOException {
        out.writeByte(FAILED);
        out.writeUTF(cut(e.getClass().getSimpleName() + ": " + e.getMessage()));
        out.flush();
    }

    /** The answer: the text, or the exception the reader process threw. */
    static DocumentText readAnswer(DataInputStream in) throws IOException, UnreadableDocumentException {
        int kind = in.readByte();
        if (kind == UNREADABLE) {
            UnreadableDocumentException.Problem problem = UnreadableDocumentException.Problem.valueOf(in.readUTF());
            throw new UnreadableDocumentException(problem, in.readUTF());
        }
        if (kind == FAILED) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Problem.DAMAGED,
                    "the document could not be read: " + in.readUTF());
        }
        byte[] utf8 = new byte[in.readInt()];
        in.readFully(utf8);
        List<Integer> starts = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            starts.add(in.readInt());
        }
        int pageCount = in.readInt();
        String parser = in.readUTF();
        OcrReport ocr = null;
        if (in.readBoolean()) {
            String engine = in.readUTF();
            String language = in.readUTF();
            List<OcrReport.Page> pages = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                pages.add(new OcrReport.Page(in.readInt(), in.readDouble(), in.readInt()));
            }
            ocr = new OcrReport(engine, language, pages);
        }
        List<String> warnings = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            warnings.add(in.readUTF());
        }
        return new DocumentText(new String(utf8, StandardCharsets.UTF_8), starts, pageCount < 0 ? null : pageCount,
                parser, ocr, warnings);
    }

    private static String cut(String s) {
        return s.length() > MAX_UTF / 3 ? s.substring(0, MAX_UTF / 3) : s;
    }
}
