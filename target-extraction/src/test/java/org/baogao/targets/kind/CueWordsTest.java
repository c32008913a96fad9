package org.baogao.targets.kind;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The guarded cue patterns find exactly what the bare ones find, on the seeds and the genre sets of the project. */
class CueWordsTest {

    private static final List<CueWords> CUES = List.of(KindResolver.TARGET_CUES, KindResolver.STRONG_TARGET,
            KindResolver.RESULT_CUES, KindResolver.COMPARISON_CUES);

    @Test
    void guardedCuesMatchWhatTheBareWordsMatch() throws IOException {
        List<String> texts = texts();
        assertThat(texts).hasSizeGreaterThan(20);
        for (CueWords cue : CUES) {
            for (String text : texts) {
                assertThat(matches(cue.matcher(text))).isEqualTo(matches(cue.unguarded().matcher(text)));
            }
        }
    }

    @Test
    void everyKindOfCueIsFound() {
        String sample = "今年力争确保争取目标计划拟预期明年全年要要实现；过去一年一年来去年上年预计已经创历史首次增长了提高了下降了"
                + "截至目前截止3月连续第三年开放了建成了完成了实现了新增了达到了突破了建立了设立了推出了出台了取得了培育了引进了"
                + "1-2月一至五月前两个月一季度上半年前三季度今年以来比上年较上年比去年较去年同比主要目标预期目标";
        for (CueWords cue : CUES) {
            assertThat(matches(cue.matcher(sample))).isEqualTo(matches(cue.unguarded().matcher(sample))).isNotEmpty();
        }
    }

    private static List<String> matches(Matcher m) {
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.start() + ":" + m.group());
        }
        return out;
    }

    private static List<String> texts() throws IOException {
        Path root = Path.of(System.getProperty("user.dir")).getParent();
        List<String> out = new ArrayList<>();
        for (String dir : List.of("seeds", "eval")) {
            try (Stream<Path> files = Files.walk(root.resolve(dir))) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                    out.add(Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }
}
