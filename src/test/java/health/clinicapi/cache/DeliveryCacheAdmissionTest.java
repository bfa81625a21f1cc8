package health.clinicapi.cache;

import static health.clinicapi.cache.DeliveryCacheHttpTest.counter;
import static health.clinicapi.cache.DeliveryCacheHttpTest.getConcurrently;
import static health.clinicapi.clinic.ClinicFixtures.uniqueSlug;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import health.clinicapi.clinic.ClinicFixtures;
import health.clinicapi.support.Api;

/**
 * A cache that has to evict for room keeps what is asked for twice: while it is full, a response is stored on the
 * second request for its URI, or on the first when other requests for it arrive meanwhile. (The test cache is roomy;
 * each test tells it that it just evicted for room, and makes room again after.)
 */
@QuarkusTest
class DeliveryCacheAdmissionTest {

    @Inject
    DeliveryCache cache;

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    @BeforeEach
    void full() {
        cache.evictedForRoom(System.nanoTime());
        assertThat(cache.full()).isTrue();
    }

    @AfterEach
    void room() {
        cache.evictedForRoom(System.nanoTime() - 2 * DeliveryCache.FULL_FOR);
    }

    @Test
    void while_there_is_room_stores_a_response_on_the_first_request() {
        room();
        String url = "/v1/clinics/" + ClinicFixtures.create(uniqueSlug("room")).slug();

        given().when().get(url).then().statusCode(200).header(DeliveryCacheFilter.STATUS_HEADER, "MISS");
        given().when().get(url).then().statusCode(200).header(DeliveryCacheFilter.STATUS_HEADER, "HIT");
    }

    @Test
    void while_full_stores_a_response_on_the_second_request_for_its_uri() {
        String clinic = ClinicFixtures.create(uniqueSlug("full")).slug();
        String url = "/v1/clinics/" + clinic + "?asked=twice";
        double stores = counter("clinicapi_delivery_cache_stores_total");
        double deferred = counter("clinicapi_delivery_cache_deferred_total");

        given().when().get(url).then().statusCode(200).header(DeliveryCacheFilter.STATUS_HEADER, "MISS");
        assertThat(counter("clinicapi_delivery_cache_stores_total") - stores).as("stored after one request").isZero();
        assertThat(counter("clinicapi_delivery_cache_deferred_total") - deferred).isEqualTo(1.0);

        given().when().get(url).then().statusCode(200).header(DeliveryCacheFilter.STATUS_HEADER, "MISS");
        assertThat(counter("clinicapi_delivery_cache_stores_total") - stores).as("stored after two").isEqualTo(1.0);
        given().when().get(url).then().statusCode(200).header(DeliveryCacheFilter.STATUS_HEADER, "HIT");
    }

    @Test
    void while_full_concurrent_first_requests_for_one_uri_make_it_once() throws Exception {
        String clinic = ClinicFixtures.create(uniqueSlug("full")).slug();
        String url = "/v1/clinics/" + clinic + "?asked=together";
        double made = counter("clinicapi_delivery_cache_stores_total")
                + counter("clinicapi_delivery_cache_deferred_total");

        getConcurrently(url);

        // The first is stored when a waiter marked it wanted in time, else handed to its waiters unstored; a request
        // arriving after it ended is a repeat, and makes it again to store it. Never once per request.
        assertThat(counter("clinicapi_delivery_cache_stores_total")
                + counter("clinicapi_delivery_cache_deferred_total") - made).as("responses made").isBetween(1.0, 2.0);
        given().when().get(url).then().statusCode(200);
        given().when().get(url).then().statusCode(200).header(DeliveryCacheFilter.STATUS_HEADER, "HIT");
    }
}
