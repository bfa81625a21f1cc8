package health.clinicapi.event;

import com.fasterxml.jackson.annotation.JsonValue;

/** What happened to a piece of content; the wire names are what changes feeds and webhooks carry. */
public enum EventType {
    ARTICLE_PUBLISHED("article.published"), ARTICLE_UPDATED("article.updated"), ARTICLE_UNPUBLISHED(
            "article.unpublished"), ARTICLE_DELETED("article.deleted"), INDICATION_UPDATED(
                    "indication.updated"), DISCLAIMER_UPDATED(
                            "disclaimer.updated"), SYNDICATION_CHANGED("syndication.changed");

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** The type with this wire name, or empty. */
    public static java.util.Optional<EventType> fromWireName(String name) {
        for (EventType type : values()) {
            if (type.wireName.equals(name)) {
                return java.util.Optional.of(type);
            }
        }
        return java.util.Optional.empty();
    }
}
