package io.caretaker.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.language.SourceLocation;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import graphql.validation.Validator;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Stands in front of SmallRye's GraphQL endpoint and answers what it would get wrong, following the
 * GraphQL-over-HTTP spec: no anonymous access (401), only GET and POST (405), JSON bodies only (415),
 * malformed requests and documents that do not parse or validate get 400, mutations over GET get 405.
 * Every rejection is a JSON {@code errors} body with a code; nothing reaches SmallRye that would make
 * it answer 500 or 200-with-errors for a request error.
 *
 * <p>Documents that passed once are remembered (bounded), so that the extra parse and validation
 * cost nothing for the repeated queries tools send.
 */
@ApplicationScoped
public class GraphQLHttpGate {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(GraphQLHttpGate.class);

    static final String PATH = "/graphql";
    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    /**
     * After Quarkus' authentication and authorization filters (installed at orders -200 and -100) and
     * before every application route, SmallRye's included (orders from 0).
     */
    private static final int ORDER = -50;
    private static final int MAX_BODY_BYTES = 1024 * 1024;
    private static final int MAX_CACHED_DOCUMENTS = 2_000;

    /** Operation types of a valid document, by operation name ("" for an anonymous operation). */
    private final Map<String, Map<String, OperationDefinition.Operation>> validDocuments = new ConcurrentHashMap<>();

    @Inject
    Instance<GraphQLSchema> schema;

    void install(@Observes Router router) {
        router.route(PATH).order(ORDER - 1).handler(BodyHandler.create().setBodyLimit(MAX_BODY_BYTES));
        router.route(PATH).order(ORDER).handler(this::screen);
        router.route(PATH + "/*").order(ORDER).handler(ctx -> {
            if (authenticated(ctx)) {
                ctx.next();
            } else {
                unauthenticated(ctx, "Authentication required: send a bearer token from the identity provider.");
            }
        });
        // Failures before a route answers (a token that fails validation, an unreachable identity
        // provider) get the same JSON form as everything else on this path, never a text page.
        router.route(PATH + "*").failureHandler(this::failure);
    }

    private void failure(RoutingContext ctx) {
        if (ctx.response().ended()) {
            return;
        }
        Throwable failure = ctx.failure();
        if (failure instanceof AuthenticationFailedException && !causedBy(failure, io.quarkus.oidc.OIDCException.class)) {
            unauthenticated(ctx, "The bearer token is not valid (expired, malformed, or from another issuer).");
            return;
        }
        String reference = java.util.UUID.randomUUID().toString();
        if (causedBy(failure, io.quarkus.oidc.OIDCException.class)) {
            LOG.errorf(failure, "The identity provider could not be reached (reference %s)", reference);
            respond(ctx, 503, List.of(error("Authentication is unavailable: the identity provider cannot be reached"
                    + " (reference " + reference + ").", ErrorCode.INTERNAL)));
            return;
        }
        int status = ctx.statusCode() >= 400 ? ctx.statusCode() : 500;
        if (status == 401) {
            unauthenticated(ctx, "Authentication required: send a bearer token from the identity provider.");
            return;
        }
        LOG.errorf(failure, "Internal error %s on %s", reference, ctx.request().path());
        respond(ctx, status, List.of(error("Internal error (reference " + reference + ").", ErrorCode.INTERNAL)));
    }

    private static boolean causedBy(Throwable thrown, Class<? extends Throwable> type) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private void screen(RoutingContext ctx) {
        try {
            screenRequest(ctx);
        } catch (RuntimeException e) {
            String reference = java.util.UUID.randomUUID().toString();
            LOG.errorf(e, "Internal error %s while screening a GraphQL request", reference);
            respond(ctx, 500, List.of(error("Internal error (reference " + reference + ").", ErrorCode.INTERNAL)));
        }
    }

    private void screenRequest(RoutingContext ctx) {
        if (!authenticated(ctx)) {
            unauthenticated(ctx, "Authentication required: send a bearer token from the identity provider.");
            return;
        }
        HttpMethod method = ctx.request().method();
        String query;
        String operationName;
        if (HttpMethod.GET.equals(method)) {
            query = ctx.request().getParam("query");
            operationName = ctx.request().getParam("operationName");
            String variables = ctx.request().getParam("variables");
            String extensions = ctx.request().getParam("extensions");
            if (!isJsonObjectOrAbsent(variables)) {
                reject(ctx, 400, "The 'variables' parameter must be a JSON object.");
                return;
            }
            if (!isJsonObjectOrAbsent(extensions)) {
                reject(ctx, 400, "The 'extensions' parameter must be a JSON object.");
                return;
            }
        } else if (HttpMethod.POST.equals(method)) {
            String contentType = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
            if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
                reject(ctx, 415, "Send the request as 'Content-Type: application/json'.");
                return;
            }
            JsonObject body;
            try {
                Object parsed = ctx.body().buffer() == null ? null : io.vertx.core.json.Json.decodeValue(ctx.body().buffer());
                if (!(parsed instanceof JsonObject object)) {
                    reject(ctx, 400, "The request body must be a JSON object such as {\"query\": \"{ viewer { name } }\"}.");
                    return;
                }
                body = object;
            } catch (DecodeException e) {
                reject(ctx, 400, "The request body is not valid JSON.");
                return;
            }
            Object rawQuery = body.getValue("query");
            Object rawName = body.getValue("operationName");
            Object rawVariables = body.getValue("variables");
            Object rawExtensions = body.getValue("extensions");
            if (rawQuery != null && !(rawQuery instanceof String)) {
                reject(ctx, 400, "'query' must be a string holding a GraphQL document.");
                return;
            }
            if (rawName != null && !(rawName instanceof String)) {
                reject(ctx, 400, "'operationName' must be a string or null.");
                return;
            }
            if (rawVariables != null && !(rawVariables instanceof JsonObject)) {
                reject(ctx, 400, "'variables' must be a JSON object or null.");
                return;
            }
            if (rawExtensions != null && !(rawExtensions instanceof JsonObject)) {
                reject(ctx, 400, "'extensions' must be a JSON object or null.");
                return;
            }
            query = (String) rawQuery;
            operationName = (String) rawName;
        } else {
            ctx.response().putHeader(HttpHeaders.ALLOW, "GET, POST");
            reject(ctx, 405, "Use GET for queries or POST for queries and mutations.");
            return;
        }
        if (query == null || query.isBlank()) {
            reject(ctx, 400, "The request has no 'query': send a GraphQL document.");
            return;
        }
        Map<String, OperationDefinition.Operation> operations = validDocuments.get(query);
        if (operations == null) {
            operations = parseAndValidate(ctx, query);
            if (operations == null) {
                return;
            }
        }
        OperationDefinition.Operation operation = operations.get(operationName == null ? "" : operationName);
        if (operation == null) {
            String message = operationName == null
                    ? "The document holds several operations: name the one to run with 'operationName'."
                    : "The document has no operation named '" + operationName + "'.";
            reject(ctx, 400, message);
            return;
        }
        if (HttpMethod.GET.equals(method)) {
            if (operation != OperationDefinition.Operation.QUERY) {
                ctx.response().putHeader(HttpHeaders.ALLOW, "POST");
                reject(ctx, 405, "Only queries may be sent with GET; send " + operation.name().toLowerCase(Locale.ROOT)
                        + "s with POST.");
                return;
            }
            GetParameters.prepareForSmallRye(ctx, query, operationName);
        }
        ctx.next();
    }

    private Map<String, OperationDefinition.Operation> parseAndValidate(RoutingContext ctx, String query) {
        Document document;
        try {
            document = Parser.parse(query);
        } catch (InvalidSyntaxException e) {
            reject(ctx, 400, List.of(new JsonObject().put("message", "Syntax error: " + e.getMessage())
                    .put("extensions", new JsonObject().put("code", ErrorCode.BAD_USER_INPUT.name()))));
            return null;
        }
        List<ValidationError> errors = new Validator().validateDocument(schema.get(), document, Locale.ENGLISH);
        if (!errors.isEmpty()) {
            List<JsonObject> rendered = new ArrayList<>();
            for (ValidationError error : errors) {
                JsonObject json = new JsonObject().put("message", error.getMessage());
                if (error.getLocations() != null && !error.getLocations().isEmpty()) {
                    JsonArray locations = new JsonArray();
                    for (SourceLocation location : error.getLocations()) {
                        locations.add(new JsonObject().put("line", location.getLine()).put("column", location.getColumn()));
                    }
                    json.put("locations", locations);
                }
                rendered.add(json.put("extensions", new JsonObject().put("code", ErrorCode.BAD_USER_INPUT.name())));
            }
            reject(ctx, 400, rendered);
            return null;
        }
        Map<String, OperationDefinition.Operation> operations = new java.util.HashMap<>();
        List<OperationDefinition> definitions = document.getDefinitionsOfType(OperationDefinition.class);
        for (OperationDefinition definition : definitions) {
            operations.put(definition.getName() == null ? "" : definition.getName(), definition.getOperation());
        }
        if (definitions.size() == 1) {
            // a single operation runs without operationName, whatever its name
            operations.put("", definitions.get(0).getOperation());
        }
        if (validDocuments.size() >= MAX_CACHED_DOCUMENTS) {
            validDocuments.clear();
        }
        validDocuments.put(query, Map.copyOf(operations));
        return operations;
    }

    private static boolean authenticated(RoutingContext ctx) {
        return ctx.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous();
    }

    private static boolean isJsonObjectOrAbsent(String value) {
        if (value == null || value.isEmpty()) {
            return true;
        }
        try {
            return io.vertx.core.json.Json.decodeValue(value) instanceof JsonObject;
        } catch (DecodeException e) {
            return false;
        }
    }

    private static void unauthenticated(RoutingContext ctx, String message) {
        ctx.response().putHeader("WWW-Authenticate", "Bearer");
        respond(ctx, 401, List.of(error(message, ErrorCode.UNAUTHENTICATED)));
    }

    private static void reject(RoutingContext ctx, int status, String message) {
        respond(ctx, status, List.of(error(message, ErrorCode.BAD_USER_INPUT)));
    }

    private static void reject(RoutingContext ctx, int status, List<JsonObject> errors) {
        respond(ctx, status, errors);
    }

    private static JsonObject error(String message, ErrorCode code) {
        return new JsonObject().put("message", message).put("extensions", new JsonObject().put("code", code.name()));
    }

    private static void respond(RoutingContext ctx, int status, List<JsonObject> errors) {
        String accept = ctx.request().getHeader(HttpHeaders.ACCEPT);
        boolean legacyJson = accept != null && accept.contains("application/json") && !accept.contains(GRAPHQL_RESPONSE);
        ctx.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, (legacyJson ? "application/json" : GRAPHQL_RESPONSE) + "; charset=utf-8")
                .end(new JsonObject().put("errors", new JsonArray(errors)).encode());
    }
}
