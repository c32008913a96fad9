package org.baogao.analysis;

import org.baogao.contracts.Entities;
import org.baogao.contracts.Keyword;
import org.baogao.contracts.Region;
import org.baogao.contracts.Section;
import org.baogao.contracts.Target;
import org.baogao.contracts.Topic;

import java.util.List;

/** Everything analysis finds in a cleaned report; the pipeline copies it into the EnrichedReport. */
public record Analysis(String title, Region region, Integer year, String docType, String publisher,
                       String publishedAt, String documentNumber, List<Section> sections, List<Target> targets,
                       Entities entities, List<Topic> topics, List<Keyword> keywords) {
}
