package health.clinicapi.export;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import health.clinicapi.article.ArticleTransfer;
import health.clinicapi.audit.Actor;
import health.clinicapi.clinic.ClinicEntity;
import health.clinicapi.clinic.ClinicInput;
import health.clinicapi.clinic.ClinicService;
import health.clinicapi.common.persistence.VersionedEntity;
import health.clinicapi.common.problem.ApiException;
import health.clinicapi.common.problem.Problem.FieldError;
import health.clinicapi.common.problem.ProblemType;
import health.clinicapi.disclaimer.DisclaimerTransfer;

/**
 * Exports a clinic's content as one document and imports such a document into an empty clinic, in one transaction:
 * whatever fails, nothing of the import is stored.
 */
@ApplicationScoped
public class ClinicTransferService {

    private final ClinicService clinics;
    private final ArticleTransfer articles;
    private final DisclaimerTransfer disclaimers;
    private final ObjectMapper json;
    private final Validator validator;

    public ClinicTransferService(ClinicService clinics, ArticleTransfer articles, DisclaimerTransfer disclaimers,
            ObjectMapper json, Validator validator) {
        this.clinics = clinics;
        this.articles = articles;
        this.disclaimers = disclaimers;
        this.json = json;
        this.validator = validator;
    }

    @Transactional
    public ClinicExport export(UUID clinicId) {
        ClinicEntity clinic = require(clinicId, LockModeType.NONE);
        return new ClinicExport(ClinicExport.FORMAT, ClinicExport.FORMAT_VERSION, VersionedEntity.now(),
                ClinicInput.from(clinic), disclaimers.export(clinicId), articles.export(clinicId));
    }

    /**
     * Reads a document the way a normal write reads its body, and more: a 422 for another format or version (checked
     * first, so a newer document is refused for its version, not for a property this server does not know), a 400
     * for malformed JSON or unknown properties, Bean Validation of everything (every article's content is an
     * ArticleInput), then the rules that span fields; each step lists every field it finds wrong.
     */
    public ClinicExport read(JsonNode body) throws JsonProcessingException {
        if (!body.isObject()) {
            throw new ApiException(ProblemType.MALFORMED_JSON, "The body must be a JSON object.");
        }
        String format = body.path("format").textValue();
        if (!ClinicExport.FORMAT.equals(format)) {
            throw new ApiException(ProblemType.UNPROCESSABLE, "The body is not a clinic content export.",
                    List.of(new FieldError("format", "must be '" + ClinicExport.FORMAT + "'")));
        }
        JsonNode version = body.path("formatVersion");
        if (!version.isInt() || version.intValue() != ClinicExport.FORMAT_VERSION) {
            String sent = version.isMissingNode() ? "none" : abbreviate(version.toString());
            throw new ApiException(ProblemType.UNPROCESSABLE,
                    "This server reads clinic content exports of formatVersion "
                            + ClinicExport.FORMAT_VERSION + " only; the document has " + sent + ".",
                    List.of(new FieldError("formatVersion", "must be " + ClinicExport.FORMAT_VERSION)));
        }
        ClinicExport document = json.treeToValue(body, ClinicExport.class);
        var violations = validator.validate(document);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        List<FieldError> errors = new ArrayList<>();
        if (document.clinic() != null) {
            ClinicService.ruleErrors(document.clinic())
                    .forEach(e -> errors.add(new FieldError("clinic." + e.field(), e.message())));
        }
        errors.addAll(DisclaimerTransfer.check(document.disclaimers(), "disclaimers"));
        errors.addAll(ArticleTransfer.check(document.articles(), "articles"));
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return document;
    }

    /**
     * Imports {@code document} (from {@link #read}) into the clinic, which must have no articles and no disclaimers of
     * its own (409). The clinic row is locked first, so two imports into one clinic cannot both find it empty.
     */
    @Transactional
    public ClinicImportResult importInto(UUID clinicId, ClinicExport document, Actor actor) {
        ClinicEntity clinic = require(clinicId, LockModeType.PESSIMISTIC_WRITE);
        if (articles.any(clinicId) || disclaimers.any(clinicId)) {
            throw ApiException.conflict("Clinic '" + clinic.slug + "' already has articles or disclaimers of its own;"
                    + " import only into a clinic without either (a new one, or delete them first).");
        }
        if (document.clinic() != null) {
            clinics.replaceSettings(clinic, document.clinic(), actor);
        }
        int revisions = articles.importAll(clinic, document.articles(), "articles", actor);
        int versions = disclaimers.importAll(clinicId, document.disclaimers(), actor);
        return new ClinicImportResult(clinic.slug, document.clinic() != null, document.articles().size(), revisions,
                document.disclaimers().size(), versions);
    }

    private static ClinicEntity require(UUID clinicId, LockModeType lock) {
        return ClinicEntity.<ClinicEntity>findByIdOptional(clinicId, lock)
                .orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND, "The clinic no longer exists."));
    }

    private static String abbreviate(String value) {
        return value.length() <= 20 ? value : value.substring(0, 20) + "…";
    }
}
