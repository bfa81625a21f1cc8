package health.clinicapi.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.ValidatableResponse;

import health.clinicapi.common.problem.Problem;
import health.clinicapi.common.problem.ProblemType;

/** Checks that a response is an RFC 9457 problem of the expected type. */
public final class ProblemAssert {

    private ProblemAssert() {
    }

    public static Problem assertProblem(ValidatableResponse response, ProblemType type) {
        Api.configure();
        response.statusCode(type.status()).contentType(Problem.MEDIA_TYPE);
        Problem problem = response.extract().as(Problem.class);
        assertThat(problem.type()).isEqualTo(type.uri());
        assertThat(problem.status()).isEqualTo(type.status());
        assertThat(problem.title()).isEqualTo(type.title());
        assertThat(problem.detail()).isNotBlank();
        return problem;
    }
}
