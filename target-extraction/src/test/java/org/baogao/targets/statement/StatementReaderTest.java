package org.baogao.targets.statement;

import org.baogao.targets.clause.Clause;
import org.baogao.targets.clause.ClauseSplitter;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StatementReaderTest {

    private final ClauseSplitter splitter = new ClauseSplitter();
    private final StatementReader reader = new StatementReader();

    private List<Statement> read(String text) {
        List<Statement> out = new ArrayList<>();
        for (Clause c : splitter.split(text)) {
            out.addAll(reader.read(text, c));
        }
        return out;
    }

    private static String show(Statement s) {
        Double v = s.quantity().value();
        return s.indicator() + "=" + (v == null ? s.quantity().min() + "~" + s.quantity().max() : v) + s.quantity().unit()
                + ":" + s.comparator();
    }

    @Test
    void subjectVerbNumber() {
        assertThat(read("地区生产总值增长6%左右")).extracting(StatementReaderTest::show)
                .containsExactly("地区生产总值=6.0%:approx");
    }

    @Test
    void verbObjectNumber() {
        assertThat(read("新增高新技术企业40家")).extracting(StatementReaderTest::show).containsExactly("高新技术企业=40.0家:eq");
    }

    @Test
    void classifierBeforeTheNoun() {
        assertThat(read("新增5家上市公司")).extracting(StatementReaderTest::show).containsExactly("上市公司=5.0家:eq");
        assertThat(read("建成荆川公园等5条第二代智能健身步道")).extracting(Statement::indicator).containsExactly("第二代智能健身步道");
    }

    @Test
    void amountsQualifyingANounAreNotStatements() {
        assertThat(read("招引总投资10亿元以上项目20个")).extracting(StatementReaderTest::show).containsExactly("项目=20.0个:eq");
        assertThat(read("力争总投资30亿元或3亿美元以上重大项目持续突破")).isEmpty();
        assertThat(read("新实施5000万元以上科技成果转化项目30个")).extracting(Statement::indicator)
                .containsExactly("科技成果转化项目");
    }

    @Test
    void valueFollowedByAVerbIsStillAValue() {
        assertThat(read("今年赤字率拟按4%左右安排")).extracting(StatementReaderTest::show).containsExactly("赤字率=4.0%:approx");
        assertThat(read("安排超长期特别国债3000亿元支持消费品以旧换新")).extracting(Statement::indicator)
                .containsExactly("超长期特别国债");
    }

    @Test
    void moneyPutInWithoutASubjectIsFunding() {
        assertThat(read("投入5000万元提高社会保障水平")).extracting(Statement::indicator).containsExactly("投入资金");
    }

    @Test
    void aPauseBeforeTheNextCountEndsTheNoun() {
        assertThat(read("培育50家智能工厂、新建90家绿色工厂")).extracting(StatementReaderTest::show)
                .containsExactly("智能工厂=50.0家:eq", "绿色工厂=90.0家:eq");
        assertThat(read("新增1个国家级优势特色产业集群、新入规加工企业20家以上")).extracting(Statement::indicator)
                .containsExactly("国家级优势特色产业集群", "新入规加工企业");
        // one character before the pause is a modifier of the noun after it, not a noun of its own
        assertThat(read("帮扶5个县、区建设项目20个")).extracting(Statement::indicator).containsExactly("区建设项目");
    }

    @Test
    void shortModifiersJoinedByPausesShareTheirHeadNoun() {
        assertThat(read("加快推进103个省、市、区重点项目建设")).extracting(Statement::indicator).containsExactly("省、市、区重点项目建设");
        assertThat(read("为超20000名视力、听力、肢体等残疾儿童提供康复救助")).extracting(Statement::indicator)
                .containsExactly("残疾儿童");
        assertThat(read("惠及超50万名3岁以下婴幼儿")).extracting(Statement::indicator).containsExactly("婴幼儿");
    }

    @Test
    void numbersWithoutSubjectAreDropped() {
        assertThat(read("我们一定要下力气也完全有能力保障好14亿人的粮食安全")).isEmpty();
    }

    @Test
    void levelAndGrowthShareTheSubject() {
        assertThat(read("国内生产总值达到134.9万亿元、增长5%")).extracting(StatementReaderTest::show)
                .containsExactly("国内生产总值=1.349E14元:eq", "国内生产总值=5.0%:eq");
        assertThat(read("财政收入6.85万亿元,增长11.7%")).extracting(Statement::code)
                .containsExactly("fiscal_revenue_total", "fiscal_revenue_total");
    }

    @Test
    void changesAgainstLastYearAfterALevelAreNotSeparateStatements() {
        assertThat(read("赤字规模5.66万亿元、比上年增加1.6万亿元")).extracting(StatementReaderTest::show)
                .containsExactly("赤字规模=5.66E12元:eq");
        assertThat(read("今年赤字率拟按4%左右安排、比上年提高1个百分点")).hasSize(1);
    }

    @Test
    void wordsGluedToAValueDoNotStartTheNextSubject() {
        assertThat(read("粮食产量首次跃上1.4万亿斤新台阶、亩产提升10.1斤")).extracting(StatementReaderTest::show)
                .containsExactly("粮食产量=1.4E12斤:eq", "亩产=10.1斤:eq");
        assertThat(read("可再生能源新增装机3.7亿千瓦")).extracting(Statement::indicator).containsExactly("可再生能源新增装机");
    }

    @Test
    void percentagesBeforeAGoalNounAreValues() {
        assertThat(read("实现地区生产总值增长6.5%左右的预期目标")).extracting(StatementReaderTest::show)
                .containsExactly("地区生产总值=6.5%:approx");
        assertThat(read("将制造业等行业现行16%的税率降至13%")).extracting(StatementReaderTest::show)
                .containsExactly("税率=13.0%:eq");
    }

    @Test
    void marginsOverABenchmarkAreNotStatements() {
        assertThat(read("地区生产总值增长6.5%、高于全国0.5个百分点")).extracting(StatementReaderTest::show)
                .containsExactly("地区生产总值=6.5%:eq");
        assertThat(read("规上工业增加值增长8%,快于全省平均水平1.2个百分点")).hasSize(1);
    }

    @Test
    void countsOfTheDocumentsOwnPartsAreNotTargets() {
        assertThat(read("完成“十四五”规划纲要确定的20项主要指标")).isEmpty();
        assertThat(read("出台支持民营经济发展政策措施30条")).isEmpty();
    }

    @Test
    void locationsAreNotAmounts() {
        assertThat(read("在320个县开展新型农村社会养老保险试点")).isEmpty();
        assertThat(read("城镇调查失业率稳定在5.5%左右")).hasSize(1);
    }

    @Test
    void fromToWithSeveralStartingValues() {
        assertThat(read("将制造业企业、科技型中小企业研发费用加计扣除比例分别从50%、75%提高到100%"))
                .extracting(s -> s.quantity().value()).containsExactly(100.0, 100.0);
    }

    @Test
    void fromToKeepsTheTarget() {
        assertThat(read("全员劳动生产率从人均8.7万元提高到12万元以上")).extracting(StatementReaderTest::show)
                .containsExactly("全员劳动生产率=120000.0元:gte");
        assertThat(read("轻工业所占比重由百分之三十一点一提高到百分之三十三点四")).extracting(StatementReaderTest::show)
                .containsExactly("轻工业所占比重=33.4%:eq");
    }

    @Test
    void distributionsPairSubjectsWithValues() {
        assertThat(read("城、乡居民人均可支配收入分别增长8%、9%")).extracting(Statement::code, s -> s.quantity().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("urban_disposable_income", 8.0),
                        org.assertj.core.groups.Tuple.tuple("rural_disposable_income", 9.0));
        assertThat(read("城乡居民人均可支配收入分别增长7%和8%")).extracting(Statement::code)
                .containsExactly("urban_disposable_income", "rural_disposable_income");
        assertThat(read("城镇调查失业率和登记失业率稳定在4.3%左右")).extracting(Statement::code, Statement::comparator)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("unemployment_surveyed", "approx"),
                        org.assertj.core.groups.Tuple.tuple("unemployment_registered", "approx"));
        assertThat(read("地区生产总值、一般公共预算收入、社会消费品零售总额均增长7%左右")).extracting(Statement::code)
                .containsExactly("gdp", "general_budget_revenue", "retail_sales");
        assertThat(read("单位国内生产总值用水量、能耗、二氧化碳排放量分别下降23%、15%、18%")).extracting(Statement::quantity)
                .extracting(q -> q.value()).containsExactly(23.0, 15.0, 18.0);
    }

    @Test
    void listedStatementsInOneClauseEachKeepTheirSubject() {
        assertThat(read("全年实现IPO申报1家、上市1家")).extracting(StatementReaderTest::show)
                .containsExactly("IPO申报=1.0家:eq", "上市=1.0家:eq");
        assertThat(read("瞪羚企业达200家、独角兽(或潜在独角兽)企业达20家")).extracting(Statement::indicator)
                .containsExactly("瞪羚企业", "独角兽企业");
        assertThat(read("城镇新增就业1256万人、城镇调查失业率平均为5.1%")).extracting(Statement::code)
                .containsExactly("urban_new_jobs", "unemployment_surveyed");
    }

    @Test
    void comparatorsFromBothSides() {
        assertThat(read("城镇登记失业率控制在4.5%以内")).extracting(Statement::comparator).containsExactly("lte");
        assertThat(read("居民消费价格涨幅控制在3%左右")).extracting(Statement::comparator).containsExactly("approx");
        assertThat(read("力争税收突破3亿元")).extracting(Statement::comparator).containsExactly("gte");
        assertThat(read("新增金融市场主体超300家")).extracting(Statement::comparator).containsExactly("gte");
        assertThat(read("惠及学生3400多万人次")).extracting(Statement::comparator).containsExactly("gte");
        assertThat(read("地区生产总值增长6%-6.5%")).extracting(Statement::comparator).containsExactly("range");
    }
}
