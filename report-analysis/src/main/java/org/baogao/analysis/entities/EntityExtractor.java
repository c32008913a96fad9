package org.baogao.analysis.entities;

import org.baogao.analysis.region.DivisionEvidence;
import org.baogao.analysis.region.Divisions;
import org.baogao.analysis.terms.ReportTerms;
import org.baogao.contracts.Entities;

import java.util.List;

/**
 * Places, organizations, people, programs and projects of a report, from the one segmentation the
 * whole analysis shares and the division mentions region resolution already found.
 */
public final class EntityExtractor {
    private final Divisions divisions;
    private final PlaceFinder places = new PlaceFinder();
    private final OrganizationFinder organizations;
    private final DepartmentFinder departments = new DepartmentFinder();
    private final PeopleFinder people = new PeopleFinder();
    private final ProgramFinder programs = new ProgramFinder();
    private final ProjectFinder projects = new ProjectFinder();

    public EntityExtractor() {
        this(Divisions.snapshot());
    }

    public EntityExtractor(Divisions divisions) {
        this.divisions = divisions;
        this.organizations = new OrganizationFinder(this::isPlace);
    }

    public Entities extract(ReportTerms terms, List<DivisionEvidence.Resolved> divisionMentions) {
        String text = terms.text();
        Mentions organizationMentions = new Mentions();
        Mentions projectMentions = new Mentions();
        organizations.find(text, terms, organizationMentions, projectMentions);
        departments.find(text, organizationMentions);
        Mentions placeMentions = new Mentions();
        places.find(divisionMentions, terms, organizationMentions.names(), placeMentions);
        Mentions peopleMentions = new Mentions();
        people.find(text, terms, peopleMentions);
        Mentions programMentions = new Mentions();
        programs.find(text, programMentions);
        projects.find(text, terms, projectMentions);
        return new Entities(placeMentions.entities(), organizationMentions.recount(text).entities(),
                peopleMentions.recount(text).entities(), programMentions.entities(),
                projectMentions.recount(text).entities());
    }

    /** True if the whole string is a division name (北京, 深圳市): such list items are places, not companies. */
    private boolean isPlace(String s) {
        List<Divisions.Mention> found = divisions.find(s);
        return found.size() == 1 && found.get(0).start() == 0 && found.get(0).end() == s.length();
    }
}
