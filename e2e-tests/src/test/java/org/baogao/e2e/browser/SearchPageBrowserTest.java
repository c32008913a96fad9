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
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search page of search-service as a user sees it, in headless Chromium, on the shared pipeline with
 * the five seeds: a traditional-character query finds the simplified reports with highlights and facets,
 * a region facet narrows them, a report opens with its outline and targets table, and the target
 * comparison shows a table and a chart. Each step leaves a screenshot in {@code target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SearchPageBrowserTest {
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private static String searchUrl;
    private static BrowserSession session;
    private static ChromeDriver browser;
    private static WebDriverWait waiting;

    @BeforeAll
    static void pipelineWithSeedsAndABrowser() throws Exception {
        BrowserSession.requireBrowser();
        RunningPipeline pipeline = RunningPipeline.get();
        searchUrl = pipeline.searchUrl;
        SeedsOnPipeline.ensure(pipeline.ingestUrl, searchUrl, Duration.ofSeconds(120));
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
    void traditionalQueryFindsSimplifiedReportsWithHighlightsAndFacets() throws IOException {
        browser.get(searchUrl + "/");
        WebElement q = waiting.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#search-form input[name=q]")));
        q.sendKeys("發展");
        browser.findElement(By.cssSelector("#search-form button[type=submit]")).click();

        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "共 5 篇报告"));
        List<WebElement> hits = browser.findElements(By.cssSelector("#hits > li"));
        assertThat(hits).hasSize(5);
        // The query was traditional; the reports are (mostly) simplified: the marked words are 发展.
        List<String> marked = browser.findElements(By.cssSelector("#hits .snippet em")).stream().map(WebElement::getText).toList();
        assertThat(marked).isNotEmpty().allMatch(w -> w.equals("发展") || w.equals("發展"));
        assertThat(texts("#facets h3")).contains("地区", "年份", "类型");
        assertThat(texts("#facets a")).contains("常州市", "钟楼区", "武进区", "常熟市");
        screenshot("01-search-traditional-query");
    }

    @Test
    @Order(2)
    void regionFacetNarrowsTheResults() throws IOException {
        browser.findElement(By.linkText("钟楼区")).click();

        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "共 1 篇报告"));
        assertThat(browser.getCurrentUrl()).contains("region=");
        assertThat(browser.findElement(By.cssSelector("#search-form input[name=region]")).getDomProperty("value")).isEqualTo("钟楼区");
        List<WebElement> hits = browser.findElements(By.cssSelector("#hits > li"));
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).findElement(By.className("meta")).getText()).contains("钟楼区", "2020");
        screenshot("02-region-facet");
    }

    @Test
    @Order(3)
    void reportViewShowsOutlineAndTargets() throws IOException {
        browser.findElement(By.cssSelector("#hits a.title")).click();

        WebElement report = waiting.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("article.report")));
        assertThat(report.findElement(By.tagName("h1")).getText()).isNotBlank();
        assertThat(report.findElement(By.className("meta")).getText()).contains("钟楼区");
        List<WebElement> outline = report.findElements(By.cssSelector("nav.outline a"));
        assertThat(outline).hasSizeGreaterThanOrEqualTo(3);
        List<WebElement> targetRows = report.findElements(By.cssSelector("table tbody tr"));
        assertThat(targetRows).hasSizeGreaterThanOrEqualTo(3);
        String targets = report.findElement(By.tagName("table")).getText();
        assertThat(targets).contains("地区生产总值", "gdp", "6");
        screenshot("03-report-outline-targets");

        // The outline jumps within the text.
        outline.get(outline.size() - 1).click();
        Object scrolled = browser.executeScript("return window.scrollY");
        assertThat(((Number) scrolled).doubleValue()).isGreaterThan(0);
    }

    @Test
    @Order(4)
    void targetComparisonShowsTableAndChart() throws IOException {
        browser.findElement(By.cssSelector("header nav a[href='#/compare']")).click();
        WebElement form = waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("compare-form")));
        assertThat(form.findElement(By.name("code")).getDomProperty("value")).isEqualTo("gdp");
        form.findElement(By.name("region")).sendKeys("常州市");
        form.findElement(By.cssSelector("button[type=submit]")).click();

        WebElement result = waiting.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#compare-result table")));
        String table = result.getText();
        // 钟楼区 (in 常州市) set GDP +6% for 2020 (seed 001); 常州市 +6.5% for 2021 (seed 003).
        assertThat(table).contains("常州市", "钟楼区", "2020", "2021", "6.5", "6");
        List<WebElement> bars = browser.findElements(By.cssSelector("#compare-result svg.chart rect"));
        assertThat(bars).hasSizeGreaterThanOrEqualTo(2);
        assertThat(browser.findElement(By.cssSelector("#compare-result svg.chart")).isDisplayed()).isTrue();
        assertThat(texts("#compare-result .legend span")).anyMatch(s -> s.contains("钟楼区"));
        screenshot("04-target-comparison");
    }

    private static List<String> texts(String css) {
        return session.texts(css);
    }

    private static void screenshot(String name) throws IOException {
        session.screenshot(name);
    }
}
