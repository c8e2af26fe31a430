package io.caretaker.support;

import static io.restassured.RestAssured.given;

/** The app's metrics as Prometheus scrapes them. */
public final class Metrics {

    private Metrics() {
    }

    /**
     * /q/metrics in the Prometheus text format (version 0.0.4), which promtool lints; without the Accept
     * header the answer is OpenMetrics.
     */
    public static String scrape() {
        return given().port(GraphQL.port()).accept("text/plain; version=0.0.4").get("/q/metrics")
                .then().statusCode(200).extract().asString();
    }
}
