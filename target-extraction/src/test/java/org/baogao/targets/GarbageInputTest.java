package org.baogao.targets;

import org.baogao.contracts.Target;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Random strings built from the characters the grammar reacts to: nothing may throw, offsets stay true. */
class GarbageInputTest {

    private static final String[] PIECES = {"0", "1", "2", "5", "9", ".", ",", " ", "%", "‰", "万", "亿", "兆", "千", "百", "十",
            "点", "一", "二", "两", "零", "〇", "年", "个", "家", "人", "元", "美元", "斤", "以上", "左右", "以内", "多", "余",
            "-", "—", "~", "至", "到", "比上年", "增长", "分别", "、", "和", "，", "。", ";", ":", "“", "”", "(", ")", "第",
            "百分之", "千分之", "地区生产总值", "城、乡", "居民人均可支配收入", "新增", "高企", "从", "提高到", "的", "\n",
            "“十四五”期间", "到2025年", "过去一年", "今年", "占", "个百分点", "亩", "PM", "G"};

    @Test
    void neverThrowsAndKeepsOffsets() {
        TargetExtractor extractor = new TargetExtractor();
        Random random = new Random(7);
        for (int i = 0; i < 20000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + random.nextInt(25);
            for (int k = 0; k < n; k++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = sb.toString();
            List<Target> ts = extractor.extract(text, random.nextBoolean() ? 2021 : null, TargetExtractor.SpanFilter.NONE);
            for (Target t : ts) {
                assertThat(text.substring(t.start(), t.end())).as(text).isEqualTo(t.text());
                assertThat(t.value() != null || t.min() != null).as(text).isTrue();
            }
        }
    }
}
