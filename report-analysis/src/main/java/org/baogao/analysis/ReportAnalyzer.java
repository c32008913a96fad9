package org.baogao.analysis;

import org.baogao.analysis.doctype.DocTypeClassifier;
import org.baogao.analysis.entities.EntityExtractor;
import org.baogao.analysis.header.PublicationFacts;
import org.baogao.analysis.header.PublicationReader;
import org.baogao.analysis.keywords.KeywordRanker;
import org.baogao.analysis.outline.OutlineExtractor;
import org.baogao.analysis.period.PlanYearResolver;
import org.baogao.analysis.quotes.SourceScriptQuotes;
import org.baogao.analysis.region.DivisionEvidence;
import org.baogao.analysis.region.Divisions;
import org.baogao.analysis.region.RegionResolver;
import org.baogao.analysis.terms.ReportTerms;
import org.baogao.analysis.terms.TermSegmenter;
import org.baogao.analysis.title.TitleChooser;
import org.baogao.analysis.topics.TopicTagger;
import org.baogao.cleaning.CleanedText;
import org.baogao.contracts.Entities;
import org.baogao.contracts.Entity;
import org.baogao.contracts.Keyword;
import org.baogao.contracts.Region;
import org.baogao.contracts.Section;
import org.baogao.contracts.SourceInfo;
import org.baogao.contracts.Target;
import org.baogao.contracts.Topic;
import org.baogao.targets.TargetExtractor;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Cleaned text in, {@link Analysis} out. The text is segmented once and division names are found once;
 * every part below reads those, so analysis costs little more than HanLP's segmentation itself.
 * Thread-safe: the parts hold only immutable resources.
 */
public class ReportAnalyzer {
    private final Divisions divisions = Divisions.snapshot();
    private final DivisionEvidence divisionEvidence = new DivisionEvidence(divisions);
    private final PublicationReader publication = new PublicationReader();
    private final TermSegmenter segmenter = new TermSegmenter();
    private final TitleChooser titles = new TitleChooser();
    private final RegionResolver regions = new RegionResolver(divisions);
    private final DocTypeClassifier docTypes = new DocTypeClassifier();
    private final PlanYearResolver years = new PlanYearResolver();
    private final OutlineExtractor outline = new OutlineExtractor();
    private final TargetExtractor targets = new TargetExtractor();
    private final SourceScriptQuotes quotes = new SourceScriptQuotes();
    private final EntityExtractor entities = new EntityExtractor(divisions);
    private final TopicTagger topics = new TopicTagger();
    private final KeywordRanker keywords = new KeywordRanker();

    public Analysis analyze(CleanedText cleaned, SourceInfo source) {
        String text = cleaned.text();
        PublicationFacts facts = publication.read(cleaned.header(), text);
        String statedTitle = titles.stated(facts.headline(), text);
        String titleEvidence = join(statedTitle, facts.publisher());

        ReportTerms terms = segmenter.segment(text);
        List<DivisionEvidence.Resolved> divisionMentions = divisionEvidence.resolve(divisions.find(text), terms.wordEdges());
        Region region = regions.resolve(text, divisionMentions, titleEvidence, source.metadata().get(SourceInfo.META_REGION));
        String docType = docTypes.classify(statedTitle, text);
        Integer year = years.resolve(text, statedTitle, facts.writtenAt(), yearHint(source));
        List<Section> sections = outline.extract(text);
        List<Target> found = quotes.apply(targets.extract(text, year, cleaned::isUnreliable), cleaned);

        Entities named = reliable(entities.extract(terms, divisionMentions), cleaned);
        List<Topic> tags = topics.tag(text);
        List<Keyword> phrases = keywords.rank(terms, names(named, divisionMentions));

        String title = titles.choose(statedTitle, region, year, docType, source.name());
        return new Analysis(title, region, year, docType, facts.publisher(),
                facts.publishedAt() == null ? null : facts.publishedAt().toString(), facts.documentNumber(),
                sections, found, named, tags, phrases);
    }

    /** Entities first seen where cleaning could not repair the text are more likely mojibake than names. */
    private static Entities reliable(Entities e, CleanedText cleaned) {
        if (cleaned.unreliable().isEmpty()) {
            return e;
        }
        java.util.function.UnaryOperator<List<Entity>> keep = list -> list.stream()
                .filter(x -> !cleaned.isUnreliable(x.start(), x.start() + x.name().length())).toList();
        return new Entities(keep.apply(e.places()), keep.apply(e.organizations()), keep.apply(e.people()),
                keep.apply(e.programs()), keep.apply(e.projects()));
    }

    /** Names that are entities, so not key phrases: people, places, organizations, division names as written. */
    private static Set<String> names(Entities named, List<DivisionEvidence.Resolved> divisionMentions) {
        Set<String> out = new HashSet<>();
        named.places().forEach(e -> out.add(e.name()));
        named.people().forEach(e -> out.add(e.name()));
        named.organizations().forEach(e -> out.add(e.name()));
        divisionMentions.forEach(r -> out.add(r.mention().name()));
        return out;
    }

    private static Integer yearHint(SourceInfo source) {
        String hint = source.metadata().get(SourceInfo.META_YEAR);
        if (hint == null || !hint.strip().matches("(?:19|20)\\d{2}")) {
            return null;
        }
        return Integer.parseInt(hint.strip());
    }

    private static String join(String a, String b) {
        return (a == null ? "" : a) + "\n" + (b == null ? "" : b);
    }
}
