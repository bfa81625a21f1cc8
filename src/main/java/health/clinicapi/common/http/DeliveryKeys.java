package health.clinicapi.common.http;

import java.util.ArrayList;
import java.util.List;

/** Surrogate keys of delivery responses, so a CDN can purge exactly what a change touches. */
public final class DeliveryKeys {

    private DeliveryKeys() {
    }

    /** The key of a collection followed by the keys of its items. */
    public static List<String> withCollection(String collection, List<String> itemKeys) {
        List<String> all = new ArrayList<>(itemKeys.size() + 1);
        all.add(collection);
        all.addAll(itemKeys);
        return all;
    }
}
