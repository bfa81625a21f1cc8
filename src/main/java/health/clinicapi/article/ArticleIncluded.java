package health.clinicapi.article;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import health.clinicapi.catalog.ClinicIndication;
import health.clinicapi.catalog.Treatment;
import health.clinicapi.disclaimer.ResolvedDisclaimer;
import health.clinicapi.person.Person;

/**
 * Resources embedded with {@code include=}, each once however many articles refer to it. Embedding is one level
 * deep: embedded resources carry slugs, never further embeddings.
 */
@Schema(name = "ArticleIncluded")
public record ArticleIncluded(
        @Schema(description = "Authors (`include=author`) and medical reviewers (`include=reviewer`).") List<Person> people,
        @Schema(description = "`include=treatments`: the referenced treatments.") List<Treatment> treatments,
        @Schema(description = "`include=indications`: the referenced indications as this clinic shows them, with status and disclaimers.") List<ClinicIndication> indications,
        @Schema(description = "`include=disclaimers`: the disclaimers placed in bodies by disclaimer blocks, resolved for this clinic.") List<ResolvedDisclaimer> disclaimers) {
}
