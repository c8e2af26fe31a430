package io.caretaker.graphql;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.language.AstPrinter;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.parser.Parser;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/**
 * Works around two faults of Quarkus 3.34's GraphQL GET handling, so that GET behaves like POST:
 * it URL-decodes parameters a second time (a query holding "%" or "+" broke), and it passes the
 * query text as the operation name. The parameters are handed over URL-encoded once more, and a
 * named operation is handed over as a document that holds only that operation and its fragments.
 */
final class GetParameters {

    private GetParameters() {
    }

    static void prepareForSmallRye(RoutingContext ctx, String query, String operationName) {
        MultiMap params = ctx.queryParams();
        String effective = operationName == null ? query : onlyOperation(query, operationName);
        params.set("query", encode(effective));
        params.remove("operationName");
        for (String name : List.of("variables", "extensions")) {
            String value = params.get(name);
            if (value != null) {
                params.set(name, encode(value));
            }
        }
    }

    /** The document reduced to one operation and the fragments it uses (the gate validated it). */
    static String onlyOperation(String query, String operationName) {
        Document document = Parser.parse(query);
        Map<String, FragmentDefinition> fragments = document.getDefinitionsOfType(FragmentDefinition.class).stream()
                .collect(Collectors.toMap(FragmentDefinition::getName, Function.identity()));
        OperationDefinition operation = document.getDefinitionsOfType(OperationDefinition.class).stream()
                .filter(o -> operationName.equals(o.getName())).findFirst().orElseThrow();
        List<Definition> kept = new ArrayList<>();
        kept.add(operation);
        Set<String> used = new HashSet<>();
        Deque<SelectionSet> pending = new ArrayDeque<>();
        pending.add(operation.getSelectionSet());
        while (!pending.isEmpty()) {
            SelectionSet set = pending.pop();
            for (Selection<?> selection : set.getSelections()) {
                SelectionSet next = null;
                if (selection instanceof Field field) {
                    next = field.getSelectionSet();
                } else if (selection instanceof InlineFragment inline) {
                    next = inline.getSelectionSet();
                } else if (selection instanceof FragmentSpread spread && used.add(spread.getName())) {
                    FragmentDefinition fragment = fragments.get(spread.getName());
                    kept.add(fragment);
                    next = fragment.getSelectionSet();
                }
                if (next != null) {
                    pending.add(next);
                }
            }
        }
        return AstPrinter.printAst(Document.newDocument().definitions(kept).build());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
