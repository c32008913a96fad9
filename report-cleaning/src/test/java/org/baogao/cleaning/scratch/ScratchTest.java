package org.baogao.cleaning.scratch;

import org.baogao.cleaning.edit.CleaningStage;
import org.baogao.cleaning.edit.EditableText;
import org.baogao.cleaning.model.CharModel;
import org.baogao.cleaning.model.ChineseScore;
import org.baogao.cleaning.mojibake.GbkShiftRepair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.file.Files;
import java.nio.file.Path;

@EnabledIfSystemProperty(named = "scratch", matches = ".+")
class ScratchTest {
    @Test
    void run() throws Exception {
        String s = Files.readString(Path.of("../seeds/003_f5ab8c29433f7e08.txt"));
        EditableText t = CleaningStage.runAlone(new GbkShiftRepair(new ChineseScore(CharModel.standard())), s);
        t.repairs().forEach(System.out::println);
        t.flags().forEach(System.out::println);
        ChineseScore sc = new ChineseScore(CharModel.standard());
        for (String w : new String[]{"“誓五”", "“十四五”", "“十四五”開"}) System.out.println(w + " " + sc.score('保', w));
        System.out.println(CharModel.standard().count('十') + " " + CharModel.standard().count('十','四')+ " " + CharModel.standard().count('誓'));
    }
}
