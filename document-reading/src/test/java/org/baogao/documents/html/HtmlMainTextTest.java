package org.baogao.documents.html;

import org.baogao.documents.DocumentText;
import org.baogao.fixtures.PortalPage;
import org.baogao.fixtures.ReportText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlMainTextTest {
    private static final ReportText REPORT = ReportText.of("""
            2024年常州市政府工作报告
            今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，一般公共预算收入增长4%。
            （一）坚持创新驱动，加快建设新能源之都。新增高新技术企业500家以上，研发经费投入占比达3.5%。
            城镇新增就业12万人以上，城镇调查失业率控制在5%以内。
            """);

    @Test
    void thePortalPageAroundTheReportIsLeftBehind() {
        DocumentText main = HtmlMainText.extract(PortalPage.html(REPORT, "常州市人民政府", "utf-8"));
        assertThat(main.text()).startsWith("2024年常州市政府工作报告\n");
        for (String paragraph : REPORT.paragraphs()) {
            assertThat(main.text()).contains(paragraph + "\n");
        }
        assertThat(main.text()).doesNotContain("首页", "政务公开", "当前位置", "分享到", "打印本页", "热点新闻", "相关链接",
                "版权所有", "ICP备", "欢迎访问", "请输入关键字", "showMenu", "发布时间");
        assertThat(main.pageStarts()).isEmpty();
        assertThat(main.parser()).startsWith("jsoup");
    }

    @Test
    void aPageWithoutMetadataTakesItsTitleFromTheTitleTagWithoutTheSiteName() {
        String html = "<html><head><title>关于2024年重点工作的报告_某某区人民政府</title></head><body>"
                + "<ul class=\"menu\"><li><a href=\"/\">首页</a></li><li><a href=\"/a\">机构设置</a></li></ul>"
                + "<div id=\"zoom\"><p>全区地区生产总值增长6%左右，一般公共预算收入增长5%左右，固定资产投资增长7%。</p>"
                + "<p>新增城镇就业1.2万人，城乡居民人均可支配收入与经济增长同步。</p></div></body></html>";
        DocumentText main = HtmlMainText.extract(html);
        assertThat(main.text()).isEqualTo("关于2024年重点工作的报告\n全区地区生产总值增长6%左右，一般公共预算收入增长5%左右，固定资产投资增长7%。\n"
                + "新增城镇就业1.2万人，城乡居民人均可支配收入与经济增长同步。\n");
    }

    @Test
    void lineBreaksAndTableRowsBecomeLines() {
        String html = "<html><body><div class=\"content\"><p>主要预期目标：<br>地区生产总值增长6%左右；<br>一般公共预算收入增长5%。</p>"
                + "<table><tr><td>指标</td><td>目标</td></tr><tr><td>城镇新增就业</td><td>1.2万人</td></tr></table>"
                + "<p>全年实现进出口总额稳中提质，实际使用外资完成省下达目标任务，继续推进高质量发展走在前列。</p></div></body></html>";
        String text = HtmlMainText.extract(html).text();
        assertThat(text).contains("主要预期目标：\n地区生产总值增长6%左右；\n一般公共预算收入增长5%。\n");
        assertThat(text).contains("城镇新增就业\n1.2万人\n");
    }
}
