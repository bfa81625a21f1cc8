package health.clinicapi.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A clinic's public contact details, embedded in its row. */
@Embeddable
public class ContactDetails {

    @Column(name = "contact_email")
    public String email;
    @Column(name = "contact_phone")
    public String phone;
    @Column(name = "contact_street")
    public String street;
    @Column(name = "contact_city")
    public String city;
    @Column(name = "contact_region")
    public String region;
    @Column(name = "contact_postal_code")
    public String postalCode;
    @Column(name = "contact_country")
    public String country;

    static ContactDetails from(Contact contact) {
        ContactDetails details = new ContactDetails();
        if (contact != null) {
            details.email = contact.email();
            details.phone = contact.phone();
            details.street = contact.street();
            details.city = contact.city();
            details.region = contact.region();
            details.postalCode = contact.postalCode();
            details.country = contact.country();
        }
        return details;
    }
}
