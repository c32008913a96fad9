package org.baogao.cleaning;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import org.baogao.text.ChineseNormalizer;
import org.baogao.text.ScriptConverter;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;

/**
 * Raw bytes in, {@link CleanedText} out. PROVISIONAL minimal version (decode + normalize) so the
 * pipeline runs end to end; the full decoding and the chain of cleaning stages replace its body.
 */
public class ReportCleaner {

    public CleanedText clean(byte[] raw) throws NotTextException {
        if (raw.length == 0) {
            throw new NotTextException("empty file");
        }
        for (byte b : raw) {
            if (b == 0) {
                throw new NotTextException("contains NUL bytes: binary, not text");
            }
        }
        CharsetMatch match = new CharsetDetector().setText(raw).detect();
        if (match == null) {
            throw new NotTextException("no charset matches these bytes");
        }
        String decoded = new String(raw, Charset.forName(match.getName()));
        String text = ChineseNormalizer.normalize(decoded);
        int[] toRaw = new int[text.length() + 1];
        for (int i = 0; i < toRaw.length; i++) {
            toRaw[i] = Math.min(i, decoded.length());
        }
        return new CleanedText(text, decoded, toRaw, ScriptConverter.detectScript(decoded), match.getName(),
                match.getConfidence(), Map.of(), List.of(), List.of(), List.of());
    }
}
