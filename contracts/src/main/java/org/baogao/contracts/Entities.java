package org.baogao.contracts;

import java.util.List;

/** Named things a report mentions, each list ordered by first mention. */
public record Entities(List<Entity> places, List<Entity> organizations, List<Entity> people,
                       List<Entity> programs, List<Entity> projects) {
    public static final Entities NONE = new Entities(List.of(), List.of(), List.of(), List.of(), List.of());

    public Entities {
        places = places == null ? List.of() : List.copyOf(places);
        organizations = organizations == null ? List.of() : List.copyOf(organizations);
        people = people == null ? List.of() : List.copyOf(people);
        programs = programs == null ? List.of() : List.copyOf(programs);
        projects = projects == null ? List.of() : List.copyOf(projects);
    }
}
