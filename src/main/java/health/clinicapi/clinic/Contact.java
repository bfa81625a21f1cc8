package health.clinicapi.clinic;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Public contact details of a clinic; every field is optional. */
@Schema(name = "Contact")
public record Contact(
        @Schema(examples = "hello@harbor-aesthetics.example") @Email(message = "must be an email address") @Size(max = 254) String email,
        @Schema(examples = "+1 206 555 0142") @Pattern(regexp = "^\\+?[0-9][0-9 ().-]{2,39}$", message = "must be a phone number of digits, spaces and ()+.-") String phone,
        @Size(max = 200) String street,
        @Schema(examples = "Seattle") @Size(max = 100) String city,
        @Schema(examples = "WA") @Size(max = 100) String region,
        @Size(max = 20) String postalCode,
        @Schema(description = "ISO 3166-1 alpha-2 country code.", examples = "US") @Pattern(regexp = "^[A-Z]{2}$", message = "must be an ISO 3166-1 alpha-2 code such as US") String country) {

    static Contact from(ContactDetails d) {
        if (d == null) {
            return null;
        }
        return new Contact(d.email, d.phone, d.street, d.city, d.region, d.postalCode, d.country);
    }
}
