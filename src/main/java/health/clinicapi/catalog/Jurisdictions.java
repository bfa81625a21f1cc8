package health.clinicapi.catalog;

import java.util.List;

/** How jurisdictions relate: a subdivision (US-WA) is governed by its country's (US) regulator as well as its own. */
public final class Jurisdictions {

    private Jurisdictions() {
    }

    /**
     * The jurisdictions whose statuses apply in {@code jurisdiction}: itself, and its country when it is a
     * subdivision. A country does not inherit the statuses of its subdivisions.
     */
    public static List<String> applicableIn(String jurisdiction) {
        int dash = jurisdiction.indexOf('-');
        return dash < 0 ? List.of(jurisdiction) : List.of(jurisdiction, jurisdiction.substring(0, dash));
    }
}
