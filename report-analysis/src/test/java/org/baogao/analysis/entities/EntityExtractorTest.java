package org.baogao.analysis.entities;

import org.baogao.analysis.region.DivisionEvidence;
import org.baogao.analysis.region.Divisions;
import org.baogao.analysis.terms.TermSegmenter;
import org.baogao.contracts.Entities;
import org.baogao.contracts.Entity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EntityExtractorTest {
    private final EntityExtractor extractor = new EntityExtractor();
    private final TermSegmenter segmenter = new TermSegmenter();

    private Entities extract(String text) {
        Divisions divisions = Divisions.snapshot();
        return extractor.extract(segmenter.segment(text), new DivisionEvidence(divisions).resolve(divisions.find(text)));
    }

    private static List<String> names(List<Entity> entities) {
        return entities.stream().map(Entity::name).toList();
    }

    @Test
    void peopleAfterTheirPosts() {
        Entities e = extract("会上，市委副书记、代理市长王建国作工作部署。省委书记李明指出，要狠抓落实。市发展改革委主任赵晓燕说，将全力推进。记者 刘洋");
        assertThat(names(e.people())).contains("王建国", "李明", "赵晓燕", "刘洋");
        assertThat(names(e.people())).doesNotContain("作工作", "指出");
    }

    @Test
    void companiesInListsBeforeWhatTheyAre() {
        Entities e = extract("全力服务宁德时代、汇川技术、先导智能等企业扩大投资，支持恒瑞医药、药明康德2家企业上市。加快蔚来、小鹏等接续项目建设。");
        assertThat(names(e.organizations())).contains("宁德时代", "汇川技术", "先导智能", "恒瑞医药", "药明康德", "蔚来", "小鹏");
    }

    @Test
    void placesAndIndustriesInListsAreNotCompanies() {
        Entities e = extract("承接北京、上海、深圳等地产业转移，聚焦新型照明、智能装备制造、生物医药等企业集聚的产业。");
        assertThat(names(e.organizations())).doesNotContain("北京", "上海", "深圳", "新型照明", "智能装备制造");
    }

    @Test
    void organizationsBySuffix() {
        Entities e = extract("支持浙江大学、西湖大学建设高水平实验室，推动杭州银行、华东医药集团做大做强，深化与中国科学院的合作。");
        assertThat(names(e.organizations())).contains("浙江大学", "西湖大学", "杭州银行");
    }

    @Test
    void programsInQuotesOrDocumentTitles() {
        Entities e = extract("深入实施“鲲鹏计划”，实施新一轮“十百千”行动，深化“最多跑一次”改革，深化“揭榜挂帅”，"
                + "贯彻《制造业高质量发展三年行动计划》，推进“两湖”创新区建设，实施“415X”先进制造业集群培育工程。");
        assertThat(names(e.programs())).contains("鲲鹏计划", "十百千行动", "最多跑一次改革", "揭榜挂帅", "制造业高质量发展三年行动计划",
                "415X先进制造业集群培育工程");
        assertThat(names(e.programs())).doesNotContain("两湖");
    }

    @Test
    void namedProjectsNotKindsOfProjects() {
        Entities e = extract("加快推进杭州西站枢纽项目、杭绍甬智慧高速项目建设，招引一批重大项目和科技型项目。");
        assertThat(names(e.projects())).contains("杭州西站枢纽项目");
        assertThat(names(e.projects())).noneMatch(p -> p.contains("重大") || p.equals("科技型项目"));
    }

    @Test
    void placesUnderFullNamesWithMentionsAndFirstOffsets() {
        String text = "成都市锦江区要主动融入成渝地区双城经济圈，锦江将打造春熙路商圈，成都东部新区协同发展。";
        Entities e = extract(text);
        assertThat(names(e.places())).contains("成都市", "锦江区");
        Entity jinjiang = e.places().stream().filter(p -> p.name().equals("锦江区")).findFirst().orElseThrow();
        assertThat(jinjiang.mentions()).isEqualTo(2);
        assertThat(jinjiang.start()).isEqualTo(text.indexOf("锦江区"));
    }

    @Test
    void recurringNamesAreCountedEverywhere() {
        Entities e = extract("全力服务中英科技、盛德鑫泰等企业上市。中英科技将扩大产能。");
        Entity zhongying = e.organizations().stream().filter(o -> o.name().equals("中英科技")).findFirst().orElseThrow();
        assertThat(zhongying.mentions()).isEqualTo(2);
    }

    @Test
    void governmentDepartments() {
        Entities e = extract("市工信局党委书记、局长马建峰表示，市工信局将聚力打造产业体系。（牵头单位：省发展改革委；责任单位：省交通运输厅、国家统计局）"
                + "全市形成发展新格局，市委作出部署，由市发展和改革委员会牵头，区人大常委会委员参加。");
        assertThat(names(e.organizations())).contains("市工信局", "省发展改革委", "省交通运输厅", "国家统计局", "市发展和改革委员会");
        assertThat(names(e.organizations())).noneMatch(n -> n.contains("格局") || n.equals("市委") || n.endsWith("党委"));
        assertThat(names(e.people())).contains("马建峰");
    }

    @Test
    void divisionNamesInsideOrganizationNamesAreNotPlaces() {
        Entities e = extract("支持阿里巴巴、吉利控股等民营企业做强做优，深化与天津大学、浙江大学的合作，杭州要当好排头兵。");
        assertThat(names(e.organizations())).contains("阿里巴巴", "天津大学");
        assertThat(names(e.places())).contains("杭州市").doesNotContain("阿里地区", "天津市");
    }
}
