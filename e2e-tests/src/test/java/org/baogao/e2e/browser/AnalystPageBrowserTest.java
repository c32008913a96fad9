package org.baogao.e2e.browser;

import org.baogao.e2e.RunningPipeline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the issue's new user does, in headless Chromium, typing Chinese names only: find the 2021 GDP targets of
 * 常州市 and its districts and which were raised or dropped against 2020, open the sentence behind a number, browse
 * the region tree, save a watch and see it fire when a matching report is posted. On a pipeline of its own (the
 * seeds plus one 2020 report of 常州市, then a 2022 one), so the shared pipeline's counts stay as its tests expect.
 * Each step leaves a screenshot in {@code target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnalystPageBrowserTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** Written for this test in the style of a work report (not a collected text). */
    private static final String CHANGZHOU_2020 = """
            2020年常州市人民政府工作报告
            各位代表：
            现在，我代表市人民政府，向大会报告工作，请予审议。
            今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长3%左右，城镇新增就业10万人。
            """;
    private static final String CHANGZHOU_2022 = """
            2022年常州市人民政府工作报告
            各位代表：
            今年全市经济社会发展的主要预期目标是：地区生产总值增长7%左右，城镇登记失业率控制在3%以内。
            """;

    private static RunningPipeline pipeline;
    private static BrowserSession session;
    private static ChromeDriver browser;
    private static WebDriverWait waiting;

    @BeforeAll
    static void pipelineWithSeedsAndABrowser() throws Exception {
        BrowserSession.requireBrowser();
        pipeline = RunningPipeline.separate();
        SeedsOnPipeline.ensure(pipeline.ingestUrl, pipeline.searchUrl, Duration.ofSeconds(180));
        post("changzhou-2020.txt", CHANGZHOU_2020, "2020");
        awaitSearchable("6");
        session = BrowserSession.start(PATIENCE);
        browser = session.browser;
        waiting = session.waiting;
    }

    @AfterAll
    static void closeBrowser() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    @Order(1)
    void whatChangedIsFoundByTypingChineseNames() throws IOException {
        browser.get(pipeline.searchUrl + "/#/changes");
        WebElement form = waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("changes-form")));
        // Indicators are offered by name as one types any way reports write them: GDP → 地区生产总值.
        form.findElement(By.name("indicatorName")).clear();
        pick(form, "indicatorName", "GDP", "地区生产总值", "09-indicator-picker");
        form.findElement(By.name("year")).sendKeys("2021");
        pick(form, "region", "常州", "常州市", "10-region-picker");
        form.findElement(By.cssSelector("button[type=submit]")).click();

        WebElement table = waiting.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#changes-table tbody tr")));
        assertThat(table).isNotNull();
        assertThat(browser.getCurrentUrl()).contains("code=gdp");
        // 常州市: 6.5 for 2021 (seed 003) against 6 for 2020 (the report posted above); 钟楼区 set 6 for 2020 (seed 001) only.
        assertThat(rowOf("常州市")).contains("6.5", "6", "+0.5", "上调");
        assertThat(rowOf("钟楼区")).contains("未再设定");
        screenshot("11-changes-table");

        browser.findElement(By.cssSelector("#changes-table th[data-key=region]")).click();
        List<String> byRegion = firstColumn();
        browser.findElement(By.cssSelector("#changes-table th[data-key=region]")).click();
        List<String> reversed = new java.util.ArrayList<>(byRegion);
        java.util.Collections.reverse(reversed);
        assertThat(firstColumn()).hasSizeGreaterThanOrEqualTo(2).containsExactlyElementsOf(reversed);
    }

    @Test
    @Order(2)
    void aNumberOpensTheReportAtItsSentence() throws IOException {
        WebElement value = browser.findElements(By.cssSelector("#changes-table tbody tr")).stream()
                .filter(r -> r.findElement(By.tagName("th")).getText().equals("常州市")).findFirst().orElseThrow()
                .findElements(By.cssSelector("td a")).get(0);
        value.click();

        WebElement mark = waiting.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("article.report mark#at")));
        assertThat(mark.getText()).contains("地区生产总值增长6.5%左右");
        assertThat(browser.getCurrentUrl()).contains("?at=");
        // The report's targets, grouped by kind, each with the same kind of link.
        assertThat(texts("article.report h3.kind")).anyMatch(t -> t.startsWith("目标"));
        assertThat(browser.findElements(By.cssSelector("table.targets a.source"))).isNotEmpty();
        screenshot("12-report-at-sentence");
    }

    @Test
    @Order(3)
    void regionsAsATreeWithReportCounts() throws IOException {
        browser.get(pipeline.searchUrl + "/#/regions");
        WebElement tree = waiting.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("ul.tree")));
        assertThat(tree.getText()).contains("江苏省", "常州市", "钟楼区", "武进区", "苏州市");
        screenshot("13-region-tree");
    }

    @Test
    @Order(4)
    void searchShowsTypesAndIndicatorsInChinese() throws IOException {
        browser.get(pipeline.searchUrl + "/#/?q=" + java.net.URLEncoder.encode("地区生产总值", StandardCharsets.UTF_8));
        waiting.until(ExpectedConditions.textMatches(By.id("summary"), java.util.regex.Pattern.compile("共 \\d+ 篇报告")));
        waiting.until(d -> !d.findElements(By.cssSelector("#facets a[title=gdp]")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("#facets a[title=gdp]")).getText()).isEqualTo("地区生产总值");
        assertThat(browser.findElement(By.id("facets")).getText()).doesNotContain("government_work_report", "key_tasks");
        screenshot("14-search-facets-in-chinese");
    }

    @Test
    @Order(5)
    void aWatchFiresWhenAMatchingReportIsPosted() throws Exception {
        browser.get(pipeline.searchUrl + "/#/watches");
        // The key an operator types when the page asks for it the first time (kept in localStorage).
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "localStorage.setItem('baogao.apiKey', arguments[0])", org.baogao.e2e.E2eApiKey.VALUE);
        WebElement form = waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("watch-form")));
        form.findElement(By.name("name")).sendKeys("常州GDP目标≥5");
        pick(form, "region", "常州", "常州市", null);
        pick(form, "indicatorName", "生产总值", "地区生产总值", null);
        new Select(form.findElement(By.name("kind"))).selectByVisibleText("目标");
        form.findElement(By.name("min")).sendKeys("5");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("watch-message"), "已保存"));
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("watch-list"), "常州GDP目标≥5"));
        assertThat(browser.findElement(By.id("watch-list")).getText()).contains("常州市", "地区生产总值", "≥ 5");
        assertThat(browser.findElement(By.id("alert-list")).getText()).contains("暂无提醒");

        post("changzhou-2022.txt", CHANGZHOU_2022, "2022");
        WebElement alert = new WebDriverWait(browser, Duration.ofSeconds(120))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#alerts li")));
        assertThat(alert.getText()).contains("常州GDP目标≥5", "常州市", "2022", "地区生产总值", "7");
        screenshot("15-watch-fired");
    }

    /** Types into a field, waits for its suggestions (screenshot of them when named) and picks one by name. */
    private static void pick(WebElement form, String field, String typed, String name, String screenshot) throws IOException {
        WebElement input = form.findElement(By.name(field));
        input.clear();
        input.sendKeys(typed);
        WebElement suggestion = waiting.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#" + form.getDomAttribute("id") + " input[name=" + field + "] + .suggest a[data-name='" + name + "']")));
        if (screenshot != null) {
            screenshot(screenshot);
        }
        suggestion.click();
        assertThat(input.getDomProperty("value")).isEqualTo(name);
    }

    private static String rowOf(String region) {
        return browser.findElements(By.cssSelector("#changes-table tbody tr")).stream()
                .filter(r -> r.findElement(By.tagName("th")).getText().equals(region)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + region)).getText();
    }

    private static List<String> firstColumn() {
        return texts("#changes-table tbody th");
    }

    private static List<String> texts(String css) {
        return session.texts(css);
    }

    private static void post(String name, String text, String year) throws Exception {
        HttpResponse<String> r = SeedsOnPipeline.upload(pipeline.ingestUrl, name, text.getBytes(StandardCharsets.UTF_8),
                Map.of("region", "常州市", "year", year, "source", "浏览器测试"));
        if (r.statusCode() != 202) {
            throw new IllegalStateException("ingest refused " + name + ": " + r.statusCode() + " " + r.body());
        }
    }

    private static void awaitSearchable(String total) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                String body = new String(java.net.URI.create(pipeline.searchUrl + "/api/search?q=*&size=1").toURL().openStream()
                        .readAllBytes(), StandardCharsets.UTF_8);
                if (body.startsWith("{\"total\":" + total + ",")) {
                    return;
                }
            } catch (IOException e) {
                // not yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("not " + total + " reports searchable in time");
    }

    private static void screenshot(String name) throws IOException {
        session.screenshot(name);
    }
}
