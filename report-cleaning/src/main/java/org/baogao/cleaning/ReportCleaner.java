package org.baogao.cleaning;

import org.baogao.cleaning.decoding.DecodedText;
import org.baogao.cleaning.decoding.UndecodableBytes;
import org.baogao.cleaning.decoding.ReportDecoder;
import org.baogao.cleaning.edit.CleaningStage;
import org.baogao.cleaning.edit.EditableText;
import org.baogao.cleaning.header.BylineRemoval;
import org.baogao.cleaning.header.MetadataHeaderExtraction;
import org.baogao.cleaning.junk.InjectedJunkRemoval;
import org.baogao.cleaning.layout.BlankLines;
import org.baogao.cleaning.layout.BrokenLineJoining;
import org.baogao.cleaning.layout.FooterRemoval;
import org.baogao.cleaning.layout.PageFurnitureRemoval;
import org.baogao.cleaning.layout.RunningHeaderRemoval;
import org.baogao.cleaning.model.CharModel;
import org.baogao.cleaning.model.ChineseScore;
import org.baogao.cleaning.mojibake.GbkShiftRepair;
import org.baogao.cleaning.normalize.HtmlRemnants;
import org.baogao.cleaning.normalize.InvisibleCharacters;
import org.baogao.cleaning.normalize.SimplifiedScript;
import org.baogao.cleaning.normalize.WidthFoldingStage;
import org.baogao.cleaning.pinyin.CensoredPinyinRestoration;
import org.baogao.cleaning.pinyin.PinyinAnnotationRemoval;
import org.baogao.cleaning.pinyin.PinyinIndex;
import org.baogao.text.ScriptConverter;

import java.util.ArrayList;
import java.util.List;

/**
 * Raw bytes in, {@link CleanedText} out: decode, then the cleaning stages in order, like a Lucene analysis
 * chain. The order matters: byte-level repair needs the text as decoded (before widths are folded or the
 * script converted); readings are dropped before folding turns their parentheses into ASCII; line-level
 * stages run on simplified, folded text so their patterns are written once; the model-based stages run
 * last, on text whose layout noise is gone.
 */
public class ReportCleaner {
    private final ReportDecoder decoder;
    private final List<CleaningStage> stages;

    public ReportCleaner() {
        this(CharModel.standard());
    }

    public ReportCleaner(CharModel model) {
        ChineseScore score = new ChineseScore(model);
        this.decoder = new ReportDecoder(c -> model.isCommon((char) c));
        this.stages = List.of(
                new UndecodableBytes(),
                new InvisibleCharacters(),
                new HtmlRemnants(),
                new GbkShiftRepair(score),
                new PinyinAnnotationRemoval(),
                new WidthFoldingStage(),
                new SimplifiedScript(),
                new MetadataHeaderExtraction(),
                new BylineRemoval(),
                new PageFurnitureRemoval(),
                new RunningHeaderRemoval(),
                new FooterRemoval(),
                new BrokenLineJoining(),
                new CensoredPinyinRestoration(score, PinyinIndex.of(model)),
                new InjectedJunkRemoval(model),
                new BlankLines());
    }

    public CleanedText clean(byte[] raw) throws NotTextException {
        return cleanDecoded(decode(raw));
    }

    /** The bytes decoded, not cleaned (a web page is decoded, then its main text is taken out, then cleaned). */
    public DecodedText decode(byte[] raw) throws NotTextException {
        return decoder.decode(raw);
    }

    /** Cleans text that is already decoded (what {@link #clean(byte[])} does after decoding). */
    public CleanedText cleanDecoded(DecodedText decoded) {
        EditableText text = new EditableText(decoded.text());
        for (CleaningStage stage : stages) {
            stage.apply(text);
            text.commit();
        }
        List<CleanedText.Span> unreliable = new ArrayList<>();
        for (int[] span : text.unreliableSpans()) {
            unreliable.add(new CleanedText.Span(span[0], span[1]));
        }
        String script = text.sourceScript() != null ? text.sourceScript() : ScriptConverter.detectScript(decoded.text());
        return new CleanedText(text.text(), decoded.text(), text.toRaw(), script,
                decoded.charset(), decoded.confidence(), text.header(), text.repairs(), text.flags(), unreliable);
    }

    /** The stages in the order they run. */
    public List<CleaningStage> stages() {
        return stages;
    }
}
