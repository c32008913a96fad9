package org.baogao.analysis.region;

import org.baogao.contracts.Region;
import org.baogao.text.ChineseNormalizer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegionResolverTest {
    private final RegionResolver resolver = new RegionResolver();

    @Test
    void districtReportThatNamesItsCityOftenIsAboutTheDistrict() {
        String text = """
                各位代表：现在，我代表西湖区人民政府向大会报告工作。
                过去一年，在杭州市委、市政府和区委的坚强领导下，全区上下坚决落实杭州市决策部署。
                西湖区地区生产总值增长6.5%，杭州市下达的各项任务全面完成。紫金港科技城、之江实验室建设提速，
                全区新增高新技术企业120家。今年，我们将紧扣杭州市“十四五”规划，推动西湖区高质量发展。
                """;
        Region r = resolver.resolve(text, "", null);
        assertThat(r).isEqualTo(new Region("西湖区", "district", "杭州市", "330106"));
    }

    @Test
    void cityReportNamingItsDistrictsIsAboutTheCity() {
        String text = """
                深圳市2023年政府工作报告。全市地区生产总值增长6%左右。支持南山区、福田区建设科技创新中心，
                推动宝安区、龙岗区先进制造业集群发展。深圳要在粤港澳大湾区建设中走在前列，市政府将持续优化营商环境。
                广东省委要求深圳当好排头兵，我市将全力以赴。
                """;
        Region r = resolver.resolve(text, "", null);
        assertThat(r.name()).isEqualTo("深圳市");
        assertThat(r.level()).isEqualTo("city");
        assertThat(r.parent()).isEqualTo("广东省");
    }

    @Test
    void provinceReportSpeaksAsProvince() {
        String text = """
                四川省人民政府工作报告。过去一年，全省经济运行稳中加固，成都、绵阳、宜宾等地发展势头良好。
                省委、省政府坚持以成渝地区双城经济圈建设为总牵引，全省地区生产总值突破5.6万亿元。
                我省将支持成都建设践行新发展理念的公园城市示范区，推动四川高质量发展。
                """;
        Region r = resolver.resolve(text, "", null);
        assertThat(r).isEqualTo(new Region("四川省", "province", null, "510000"));
    }

    @Test
    void countyLevelCitySpeaksAsCityAndKeepsItsPrefectureAsParent() {
        String text = "义乌市委十五届全会强调，全市要打造世界小商品之都。金华市委要求义乌争当排头兵，义乌将深化国际贸易综合改革，全市上下奋力拼搏。";
        Region r = resolver.resolve(text, "", null);
        assertThat(r).isEqualTo(new Region("义乌市", "county", "金华市", "330782"));
    }

    @Test
    void countyReportSpeaksAsCounty() {
        String text = "安吉县人民政府工作报告。全县上下践行“两山”理念，县委县政府带领全县人民奋力推进共同富裕。湖州市、浙江省对安吉给予大力支持，安吉白茶品牌价值再创新高。";
        Region r = resolver.resolve(text, "", null);
        assertThat(r).isEqualTo(new Region("安吉县", "county", "湖州市", "330523"));
    }

    @Test
    void ambiguousDistrictNameIsResolvedByItsCoMentionedCity() {
        String text = "鼓楼区委召开全会，全区上下贯彻落实南京市委部署。鼓楼区将建设南京主城核心区，区政府推动鼓楼高质量发展，全区经济稳步增长。";
        Region r = resolver.resolve(text, "", null);
        assertThat(r.code()).isEqualTo("320106");
        assertThat(r.parent()).isEqualTo("南京市");

        String fuzhou = "鼓楼区委召开全会，全区上下贯彻落实福州市委部署。鼓楼区将打造福州中心城区，区政府推动三坊七巷保护，全区经济稳步增长。";
        assertThat(resolver.resolve(fuzhou, "", null).code()).isEqualTo("350102");
    }

    @Test
    void stateCouncilReportIsNational() {
        String text = "各位代表：现在，我代表国务院，向大会报告政府工作。过去一年，全国各族人民团结奋斗，我国经济回升向好，"
                + "党中央统揽全局，全国城镇新增就业1244万人，我国粮食产量再创新高，广东、江苏、浙江等地经济大省挑大梁。";
        assertThat(resolver.resolve(text, "", null)).isEqualTo(RegionResolver.NATIONAL);
    }

    @Test
    void titleAndPublisherCountMoreThanBodyMentions() {
        String text = "全市上下要学习借鉴上海、深圳的先进经验，上海在营商环境方面走在前列，上海的做法值得全市学习。";
        Region r = resolver.resolve(text, "合肥市人民政府关于印发2024年重点工作的通知\n合肥市人民政府", null);
        assertThat(r.name()).isEqualTo("合肥市");
    }

    @Test
    void traditionalScriptIsResolvedAfterNormalization() {
        String text = ChineseNormalizer.normalize("廣州市天河區委召開全會，全區上下落實廣州市委部署，天河區將建設中央商務區，區政府推動天河高質量發展。");
        Region r = resolver.resolve(text, "", null);
        assertThat(r.name()).isEqualTo("天河区");
        assertThat(r.parent()).isEqualTo("广州市");
    }

    @Test
    void everydayWordsThatAreAlsoCountyNamesDoNotMakeARegion() {
        // 惠民 (惠民县, Shandong) and 太湖 (太湖县, Anhui) are ordinary words here; the report is Wuxi's.
        String text = "无锡市委全会强调，全市要推进文化惠民工程，加快太湖综合治理，惠民政策直达快享，全市人民共享发展成果。";
        assertThat(resolver.resolve(text, "", null).name()).isEqualTo("无锡市");
    }

    @Test
    void operatorHintDecidesWhenTheTextNamesNoPlace() {
        String text = "全区上下要认真贯彻全会精神，区委将带领全区干部群众奋力拼搏。";
        assertThat(resolver.resolve(text, "", "杭州市西湖区").name()).isEqualTo("西湖区");
    }

    @Test
    void municipalityReportIsTheProvinceLevelCity() {
        String text = "北京市人民政府工作报告。全市地区生产总值增长5%，市委市政府坚持首都城市战略定位。朝阳区、海淀区、丰台区协同发展，"
                + "北京城市副中心建设加快，全市上下奋力拼搏，北京将建设国际科技创新中心。";
        assertThat(resolver.resolve(text, "", null)).isEqualTo(new Region("北京市", "province", null, "110000"));
    }

    @Test
    void municipalityDistrictWithAnAmbiguousShortName() {
        String text = "朝阳区委全会强调，全区要落实北京市委部署，朝阳将建设国际消费中心城市主承载区，区政府推动朝阳高质量发展，全区经济稳步增长。";
        Region r = resolver.resolve(text, "", null);
        assertThat(r.code()).isEqualTo("110105");
        assertThat(r.parent()).isEqualTo("北京市");
    }

    @Test
    void autonomousRegionSpeaksAsQu() {
        String text = "广西壮族自治区人民政府工作报告。全区地区生产总值增长4.5%，自治区党委、政府团结带领全区各族人民奋力拼搏。"
                + "南宁市青秀区、柳州市城中区发展势头良好，广西将深度融入粤港澳大湾区，全区上下建设壮美广西。";
        assertThat(resolver.resolve(text, "", null).name()).isEqualTo("广西壮族自治区");
    }

    @Test
    void shortNamesMustBeWordsOfTheirOwn() {
        var divisions = Divisions.snapshot();
        String text = "甘肃积石山地震灾后重建有序推进，完善相关财税和政策支持体系。";
        var edges = new org.baogao.analysis.terms.TermSegmenter().segment(text).wordEdges();
        var resolved = new DivisionEvidence(divisions).resolve(divisions.find(text), edges);
        // 和政 (和政县, Gansu) occurs only inside 和政策.
        assertThat(resolved).noneMatch(r -> r.division() != null && r.division().name().equals("和政县"));
        assertThat(resolved).anyMatch(r -> r.division() != null && r.division().name().equals("甘肃省"));
    }

    @Test
    void anAutonomousRegionsReportFullOfThePartyCentreIsAboutTheRegion() {
        String text = "各位代表：现在，我代表自治区人民政府，向大会报告工作。以习近平同志为核心的党中央始终对新疆工作高度重视，"
                + "党中央亲切关怀，中央代表团出席庆祝活动，全国人民大力支持。全国对口援疆深入推进，我们牢记党中央嘱托，"
                + "自治区党委团结带领全区各族干部群众，全区地区生产总值增长6%。";
        Region r = resolver.resolve(text, "2026年新疆维吾尔自治区政府工作报告", null);
        assertThat(r.name()).isEqualTo("新疆维吾尔自治区");
    }

    @Test
    void theCityASessionMeetsInIsNotWhoseSessionItIs() {
        String text = "1月18日上午，青海省第十三届人民代表大会第七次会议在西宁隆重开幕。省长作政府工作报告。全省地区生产总值增长5.7%。";
        Region r = resolver.resolve(text, "省十三届人大七次会议在西宁隆重开幕", null);
        assertThat(r.name()).isEqualTo("青海省");
    }
}
