package io.caretaker.ops;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Gives every HTTP request an id: the caller's {@code X-Request-Id} when it is a sensible one (a proxy or
 * a client that traces its calls), else a new UUID. The id is answered in the same header and put in the
 * logging context as {@code requestId}, so that every log line written while serving the request — on the
 * event loop or a worker thread — carries it (a field of the JSON logs in production).
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** Before authentication (orders -200 and -100), so that a refused request has its id too. */
    private static final int ORDER = -300;
    /** What an incoming id may look like: short, and nothing that could forge a log line or a header. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::assign);
    }

    private void assign(RoutingContext ctx) {
        String incoming = ctx.request().getHeader(HEADER);
        String id = incoming != null && ACCEPTED.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
        // Quarkus keeps the MDC in the request's own Vert.x context: it follows the request to worker
        // threads and is gone with it.
        MDC.put(MDC_KEY, id);
        ctx.response().putHeader(HEADER, id);
        ctx.next();
    }
}
