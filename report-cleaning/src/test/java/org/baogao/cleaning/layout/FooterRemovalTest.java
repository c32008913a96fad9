package org.baogao.cleaning.layout;

import org.baogao.cleaning.edit.CleaningStage;
import org.baogao.cleaning.edit.EditableText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FooterRemovalTest {
    private final FooterRemoval stage = new FooterRemoval();

    @Test
    void removesCopyrightAndContactLines() {
        String text = """
                让我们团结奋斗，再创新的辉煌！
                主办：某某市人民政府办公室  承办：某某市大数据管理局
                版权所有 © 2021 某某市人民政府 苏ICP备05009012号
                地址：人民路1号 邮编：213000
                联系电话：0519-85681234
                如有疑问请致电 13800138000
                """;
        EditableText t = CleaningStage.runAlone(stage, text);
        assertThat(t.text()).isEqualTo("让我们团结奋斗，再创新的辉煌！\n");
        assertThat(t.repairs()).hasSize(5).allSatisfy(r -> assertThat(r.kind()).isEqualTo(FooterRemoval.KIND));
    }

    @Test
    void removesAReprintNoticeWithPhoneNumbers() {
        String text = "推动应急管理体系现代化。\n版权声明:本文由某某网发布,如需转载请注明出处。如有不妥之处请联系我们删除 400-0123-021 或 13912345678";
        assertThat(CleaningStage.runAlone(stage, text).text()).isEqualTo("推动应急管理体系现代化。\n");
    }

    @Test
    void keepsReportSentencesAboutCopyrightOrPhones() {
        String text = "加强知识产权保护，完善版权登记服务，全年版权登记量增长15%，开通12345政务服务便民热线，群众诉求办结率达到98%以上，切实提高政务服务效能。\n";
        assertThat(CleaningStage.runAlone(stage, text).text()).isEqualTo(text);
    }
}
