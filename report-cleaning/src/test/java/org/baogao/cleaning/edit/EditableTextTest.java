package org.baogao.cleaning.edit;

import org.baogao.contracts.QualityEntry;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EditableTextTest {

    @Test
    void deletionKeepsRawOffsetsOfWhatRemains() {
        EditableText t = new EditableText("扎套粒既实做好");
        t.delete(1, 4, "injected_junk");
        t.commit();
        assertThat(t.text()).isEqualTo("扎实做好");
        assertThat(t.rawOffset(0)).isZero();
        assertThat(t.rawOffset(1)).isEqualTo(4);
        assertThat(t.rawOffset(4)).isEqualTo(7);
        assertThat(t.repairs()).containsExactly(new QualityEntry("injected_junk", 1, 4, "套粒既", ""));
    }

    @Test
    void sameLengthReplacementMapsOneToOne() {
        EditableText t = new EditableText("發展經濟");
        t.normalize(0, 4, "发展经济");
        t.commit();
        for (int i = 0; i <= 4; i++) {
            assertThat(t.rawOffset(i)).isEqualTo(i);
        }
        assertThat(t.repairs()).isEmpty();
    }

    @Test
    void longerReplacementMapsToStartOfReplacedSpan() {
        EditableText t = new EditableText("力争diyi方阵");
        t.replace(2, 6, "第一", "censored_pinyin");
        t.commit();
        assertThat(t.text()).isEqualTo("力争第一方阵");
        assertThat(t.rawOffset(2)).isEqualTo(2);
        assertThat(t.rawOffset(3)).isEqualTo(2);
        assertThat(t.rawOffset(4)).isEqualTo(6);
    }

    @Test
    void composesAcrossCommits() {
        EditableText t = new EditableText("AB\r\nCD\r\nEF");
        t.normalize(2, 4, "\n");
        t.normalize(6, 8, "\n");
        t.commit();
        assertThat(t.text()).isEqualTo("AB\nCD\nEF");
        t.delete(3, 6, "page_furniture");
        t.commit();
        assertThat(t.text()).isEqualTo("AB\nEF");
        assertThat(t.rawOffset(3)).isEqualTo(8);
        assertThat(t.repairs().get(0).rawStart()).isEqualTo(4);
        assertThat(t.repairs().get(0).rawEnd()).isEqualTo(8);
        assertThat(t.repairs().get(0).before()).isEqualTo("CD\r\n");
    }

    @Test
    void unreliableSpansFollowLaterEdits() {
        EditableText t = new EditableText("前文XX坏掉的段落YY后文");
        t.markUnreliable(4, 9, "gbk_shift_mojibake_unrepaired");
        t.delete(2, 4, "injected_junk");
        t.commit();
        t.delete(7, 9, "injected_junk");
        t.commit();
        assertThat(t.text()).isEqualTo("前文坏掉的段落后文");
        assertThat(t.unreliableSpans()).singleElement().satisfies(span -> {
            assertThat(t.text().substring(span[0], span[1])).isEqualTo("坏掉的段落");
        });
        assertThat(t.flags()).hasSize(1);
    }

    @Test
    void refusesOverlappingOrOutOfOrderEdits() {
        EditableText t = new EditableText("一二三四五");
        t.delete(2, 4, "x");
        assertThatThrownBy(() -> t.delete(3, 5, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> t.delete(0, 9, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Property: after any sequence of random edits over several commits, every character that no edit
     * produced is the raw character at its mapped offset, and the map is monotonic and ends at the raw end.
     */
    @RepeatedTest(200)
    void everyKeptCharacterComesFromItsRawOffset() {
        Random random = new Random(System.nanoTime());
        StringBuilder raw = new StringBuilder();
        String alphabet = "政府工作报告发展经济建设改革创新，。\n abc123";
        int length = random.nextInt(200);
        for (int i = 0; i < length; i++) {
            raw.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        EditableText t = new EditableText(raw.toString());
        String inserted = "①②③④⑤⑥⑦⑧⑨";
        int commits = 1 + random.nextInt(5);
        for (int c = 0; c < commits; c++) {
            int pos = 0;
            while (pos < t.length() && random.nextInt(4) > 0) {
                int start = pos + random.nextInt(Math.max(1, (t.length() - pos) / 3 + 1));
                if (start > t.length()) {
                    break;
                }
                int end = Math.min(t.length(), start + random.nextInt(5));
                StringBuilder replacement = new StringBuilder();
                int replacementLength = random.nextInt(4);
                for (int k = 0; k < replacementLength; k++) {
                    replacement.append(inserted.charAt(random.nextInt(inserted.length())));
                }
                if (random.nextBoolean()) {
                    t.replace(start, end, replacement.toString(), "random");
                } else {
                    t.normalize(start, end, replacement.toString());
                }
                pos = end + 1;
            }
            t.commit();
        }
        int[] toRaw = t.toRaw();
        assertThat(toRaw).hasSize(t.length() + 1);
        assertThat(toRaw[t.length()]).isEqualTo(raw.length());
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < t.length(); i++) {
            if (i > 0 && toRaw[i] < toRaw[i - 1]) {
                problems.add("not monotonic at " + i);
            }
            char ch = t.text().charAt(i);
            if (inserted.indexOf(ch) < 0 && raw.charAt(toRaw[i]) != ch) {
                problems.add("char " + i + " '" + ch + "' maps to raw '" + raw.charAt(toRaw[i]) + "'");
            }
        }
        assertThat(problems).isEmpty();
    }
}
