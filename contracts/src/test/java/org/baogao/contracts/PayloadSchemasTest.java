package org.baogao.contracts;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schemas and the records describe the same JSON: every record, serialized by {@link ContractJson},
 * validates against its topic's schema, and the schemas reject what the records would never write.
 * A field added to a record without the schema (or the other way round) fails here.
 */
class PayloadSchemasTest {
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            b -> b.schemas(PayloadSchemasTest::load));

    private static String load(String id) {
        if (!id.startsWith(PayloadSchemas.ID_PREFIX)) {
            return null;
        }
        try (InputStream in = PayloadSchemas.class.getClassLoader().getResourceAsStream(PayloadSchemas.resourceOf(id))) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Error> validate(String topic, Object payload) {
        Schema schema = REGISTRY.getSchema(com.networknt.schema.SchemaLocation.of(PayloadSchemas.idOf(topic)));
        return schema.validate(ContractJson.mapper().valueToTree(payload));
    }

    static EnrichedReport fullReport() {
        RawReport raw = rawReport();
        return new EnrichedReport(raw.reportId(), EnrichedReport.SCHEMA_VERSION, raw.source().withCharset("GB18030", 87)
                        .withDocument(new DocumentInfo("pdf", "application/pdf", "Apache Tika 3.3.1 PDFParser + Tesseract 5.3.0 (chi_sim)",
                                2, List.of(0, 10))),
                "常州市2021年重点工作", "hant", "全市地区生产总值增长6.5%左右。",
                new Region("常州市", Region.CITY, "江苏省", "320400"), 2021, "key_tasks", "常州市人民政府", "2021-01-25",
                "014109429/2021-00086",
                List.of(new Section("推动城乡融合发展新提升", 1, 0, 17, 1)),
                List.of(new Target("地区生产总值", "gdp", Target.TARGET, 6.5, null, null, "%", Target.APPROX, Target.INCREASE,
                        2021, null, "全市地区生产总值增长6.5%左右", 0, 16, "cue:今年", 2)),
                new Entities(List.of(new Entity("常州市", 3, 0)), List.of(new Entity("比亚迪", 1, 5)), List.of(),
                        List.of(new Entity("龙城英才计划", 1, 9)), List.of()),
                List.of(new Topic("新能源", "industry", 4)), List.of(new Keyword("地区生产总值", 0.8)),
                new Quality(List.of(new QualityEntry("pinyin_annotation", 3, 8, "發(fā)布", "發布")), List.of(),
                        new OcrQuality("Tesseract 5.3.0", "chi_sim", 91.5, List.of(new OcrQuality.Page(2, 91.5)))),
                "0.1.0");
    }

    static RawReport rawReport() {
        return RawReport.of("003_f5ab8c29433f7e08.txt", "text/plain", "常州市".getBytes(StandardCharsets.UTF_8),
                Instant.parse("2026-01-01T00:00:00Z"), Map.of(SourceInfo.META_REGION, "常州市"));
    }

    @Test
    void everyPayloadValidatesAgainstItsTopicsSchema() {
        assertThat(validate(Topics.RAW, rawReport())).isEmpty();
        assertThat(validate(Topics.ENRICHED, fullReport())).isEmpty();
        assertThat(validate(Topics.STATUS, new ReportStatus(rawReport().reportId(), ReportStatus.State.FAILED,
                ReportStatus.STAGE_EXTRACT, "x.png", "NOT_TEXT: binary", Instant.now()))).isEmpty();
        EnrichedReport report = fullReport();
        assertThat(validate(Topics.ALERTS, new Alert(Alert.idOf("w1", report.reportId()), "w1", "江苏 GDP ≥ 6", report.reportId(),
                report.title(), report.region(), report.year(), report.docType(), report.targets(),
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:01Z")))).isEmpty();
        assertThat(validate(Topics.ALERTS, new Alert("w2/" + report.reportId(), "w2", null, report.reportId(), null, null, null,
                null, List.of(), null, Instant.now()))).isEmpty();
    }

    @Test
    void aReportWithNothingFoundStillValidates() {
        RawReport raw = rawReport();
        EnrichedReport bare = new EnrichedReport(raw.reportId(), EnrichedReport.SCHEMA_VERSION, raw.source(), null, "hans", "", null, null, null,
                null, null, null, null, null, null, null, null, null, "0.1.0");
        assertThat(validate(Topics.ENRICHED, bare)).isEmpty();
    }

    @Test
    void schemasRejectWhatTheRecordsNeverWrite() {
        ObjectNode json = (ObjectNode) ContractJson.mapper().valueToTree(fullReport());
        json.put("surprise", 1);
        ((ObjectNode) json.get("targets").get(0)).put("kind", "wish");
        Schema schema = REGISTRY.getSchema(com.networknt.schema.SchemaLocation.of(PayloadSchemas.idOf(Topics.ENRICHED)));
        List<Error> errors = schema.validate(json);
        assertThat(errors).extracting(Error::getMessage).anyMatch(m -> m.contains("surprise")).anyMatch(m -> m.contains("enumeration"));
    }

    @Test
    void jsonRoundTripKeepsEveryField() {
        EnrichedReport report = fullReport();
        EnrichedReport back = ContractJson.fromBytes(ContractJson.toBytes(report), EnrichedReport.class);
        assertThat(back).usingRecursiveComparison().isEqualTo(report);
        JsonNode raw = ContractJson.mapper().readTree(ContractJson.toBytes(rawReport()));
        assertThat(raw.get("content").asString()).isEqualTo("5bi45bee5biC"); // base64 of 常州市
    }
}
