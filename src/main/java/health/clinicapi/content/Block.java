package health.clinicapi.content;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One block of structured rich content (article bodies, indication bodies). The {@code type} property names the
 * kind; an unknown type is a 400. Text never carries HTML: inline formatting travels as marks on spans.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Block.Heading.class, name = Block.HEADING),
        @JsonSubTypes.Type(value = Block.Paragraph.class, name = Block.PARAGRAPH),
        @JsonSubTypes.Type(value = Block.BulletList.class, name = Block.LIST),
        @JsonSubTypes.Type(value = Block.Quote.class, name = Block.QUOTE),
        @JsonSubTypes.Type(value = Block.Image.class, name = Block.IMAGE),
        @JsonSubTypes.Type(value = Block.Callout.class, name = Block.CALLOUT),
        @JsonSubTypes.Type(value = Block.IndicationRef.class, name = Block.INDICATION),
        @JsonSubTypes.Type(value = Block.DisclaimerRef.class, name = Block.DISCLAIMER),
        @JsonSubTypes.Type(value = Block.CallToAction.class, name = Block.CTA)
})
@Schema(name = "Block", description = "A block of rich content; `type` says which kind.", oneOf = {
        Block.Heading.class, Block.Paragraph.class, Block.BulletList.class, Block.Quote.class, Block.Image.class,
        Block.Callout.class, Block.IndicationRef.class, Block.DisclaimerRef.class,
        Block.CallToAction.class}, discriminatorProperty = "type", discriminatorMapping = {
                @DiscriminatorMapping(value = Block.HEADING, schema = Block.Heading.class),
                @DiscriminatorMapping(value = Block.PARAGRAPH, schema = Block.Paragraph.class),
                @DiscriminatorMapping(value = Block.LIST, schema = Block.BulletList.class),
                @DiscriminatorMapping(value = Block.QUOTE, schema = Block.Quote.class),
                @DiscriminatorMapping(value = Block.IMAGE, schema = Block.Image.class),
                @DiscriminatorMapping(value = Block.CALLOUT, schema = Block.Callout.class),
                @DiscriminatorMapping(value = Block.INDICATION, schema = Block.IndicationRef.class),
                @DiscriminatorMapping(value = Block.DISCLAIMER, schema = Block.DisclaimerRef.class),
                @DiscriminatorMapping(value = Block.CTA, schema = Block.CallToAction.class)})
public sealed interface Block {

    /*
     * The values of "type", one per kind of block: Jackson reads and writes them, and the OpenAPI document states them
     * as each kind's constant type and the discriminator's mapping.
     */
    String HEADING = "heading";
    String PARAGRAPH = "paragraph";
    String LIST = "list";
    String QUOTE = "quote";
    String IMAGE = "image";
    String CALLOUT = "callout";
    String INDICATION = "indication";
    String DISCLAIMER = "disclaimer";
    String CTA = "cta";

    /** Slugs of catalog items and keys of disclaimers: lower-case words joined by hyphens. */
    String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";

    /** A section heading; level 2 to 6 (the page title is the only level 1). */
    @Schema(name = "HeadingBlock", properties = @SchemaProperty(name = "type", type = SchemaType.STRING, constValue = HEADING), requiredProperties = "type")
    record Heading(@Min(2) @Max(6) int level, @NotBlank @Size(max = 300) @PlainText String text) implements Block {
    }

    /** A paragraph of inline spans. */
    @Schema(name = "ParagraphBlock", properties = @SchemaProperty(name = "type", type = SchemaType.STRING, constValue = PARAGRAPH), requiredProperties = "type")
    record Paragraph(@NotEmpty @Size(max = 500) List<@NotNull @Valid Span> content) implements Block {
    }

    /** An ordered or unordered list; items may nest one list each, at most {@value ListItem#MAX_DEPTH} deep. */
    @Schema(name = "ListBlock", properties = @SchemaProperty(name = "type", type = SchemaType.STRING, constValue = LIST), requiredProperties = "type")
    @MaxListDepth(ListItem.MAX_DEPTH)
    record BulletList(boolean ordered, @NotEmpty @Size(max = 200) List<@NotNull @Valid ListItem> items)
            implements
                Block {
    }

    /** A quotation, optionally attributed. */
    @Schema(name = "QuoteBlock", properties = @SchemaProperty(name = "type", type = SchemaType.STRING, constValue = QUOTE), requiredProperties = "type")
    record Quote(@NotEmpty @Size(max = 500) List<@NotNull @Valid Span> content,
            @Size(max = 200) @PlainText String attribution) implements Block {
    }

    /** An image; alt text is required so every image is accessible. */
    @Schema(name = "ImageBlock", properties = @SchemaProperty(name = "type", type = SchemaType.STRING, constValue = IMAGE), requiredProperties = "type")
    record Image(@NotBlank @Size(max = 2000) @SafeUrl(web = true) String url,
            @NotBlank(message = "is required: describe the image for people who cannot see it") @Size(max = 500) @PlainText String alt,
            @Size(max = 500) @PlainText String caption, @Size(max = 200) @PlainText String credit) implements Block {
    }

    /** A highlighted note. */
    @Schema(name = "CalloutBlock", properties = @SchemaProperty(name = "type", type = SchemaType.STRING, constValue = CALLOUT), requiredProperties = "type")
    record Callout(@NotNull Tone tone, @Size(max = 200) @PlainText String title,
            @NotEmpty @Size(max = 500) List<@NotNull @Valid Span> content) implements Block {
    }

    /** Embeds an indication of the catalog (rendered with its regulatory status by the delivery API). */
    @Schema(name = "IndicationBlock", properties = @SchemaProperty(name = "type", type = SchemaType.STRING, constValue = INDICATION), requiredProperties = "type")
    record IndicationRef(
            @NotBlank @Size(max = 120) @Pattern(regexp = SLUG, message = "must be an indication slug") String indication)
            implements
                Block {
    }

    /** Places a disclaimer at this point of the body. */
    @Schema(name = "DisclaimerBlock", properties = @SchemaProperty(name = "type", type = SchemaType.STRING, constValue = DISCLAIMER), requiredProperties = "type")
    record DisclaimerRef(
            @NotBlank @Size(max = 64) @Pattern(regexp = SLUG, message = "must be a disclaimer key") String key)
            implements
                Block {
    }

    /** A call to action, such as booking a consultation. */
    @Schema(name = "CallToActionBlock", properties = @SchemaProperty(name = "type", type = SchemaType.STRING, constValue = CTA), requiredProperties = "type")
    record CallToAction(@NotBlank @Size(max = 120) @PlainText String label,
            @NotBlank @Size(max = 2000) @SafeUrl String url, @Size(max = 300) @PlainText String description)
            implements
                Block {
    }

    /** How a callout is emphasised. */
    enum Tone {
        INFO, TIP, WARNING
    }

    /** One list item: inline content and optionally a nested list (itself a {@code "type": "list"} block). */
    @Schema(name = "ListItem")
    record ListItem(@NotEmpty @Size(max = 500) List<@NotNull @Valid Span> content, @Valid BulletList children) {
        /** Lists nest at most this deep. */
        public static final int MAX_DEPTH = 3;
    }

    /** A run of text with the same formatting. */
    @Schema(name = "Span")
    record Span(@NotNull @Size(min = 1, max = 10_000) @PlainText String text,
            @Size(max = 2) java.util.Set<@NotNull Mark> marks,
            @Valid Link link) {
    }

    /** Inline formatting of a span. */
    enum Mark {
        BOLD, ITALIC
    }

    /** A hyperlink on a span. */
    @Schema(name = "Link")
    record Link(@NotBlank @Size(max = 2000) @SafeUrl String href, @Size(max = 200) @PlainText String title) {
    }
}
