package io.caretaker.docs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import graphql.language.Document;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.ValidationError;
import graphql.validation.Validator;
import io.vertx.core.json.JsonObject;

/**
 * The GraphQL examples of the documentation are valid against the checked-in schema, so that the docs
 * cannot drift from the API unnoticed.
 */
class ApiDocExamplesTest {

    static final Pattern GRAPHQL_BLOCK = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL);
    static final Pattern CURL_BODY = Pattern.compile("-d '(\\{\"query\".*?\\})'", Pattern.DOTALL);

    private static GraphQLSchema schema() throws IOException {
        return UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(Files.readString(Path.of("docs/schema.graphql"))));
    }

    private static List<String> problems(GraphQLSchema schema, String where, String document) {
        List<String> problems = new ArrayList<>();
        Document parsed = Parser.parse(document);
        for (ValidationError error : new Validator().validateDocument(schema, parsed, Locale.ENGLISH)) {
            problems.add(where + ": " + error.getMessage() + "\n" + document);
        }
        return problems;
    }

    @Test
    void everyGraphQLExampleOfTheApiGuideValidates() throws IOException {
        GraphQLSchema schema = schema();
        Matcher blocks = GRAPHQL_BLOCK.matcher(Files.readString(Path.of("docs/api.md")));
        List<String> problems = new ArrayList<>();
        int examples = 0;
        while (blocks.find()) {
            // a block may hold several operations, one per top-level definition
            problems.addAll(problems(schema, "docs/api.md example " + (++examples), blocks.group(1)));
        }
        assertTrue(examples >= 5, "expected GraphQL examples in docs/api.md");
        assertTrue(problems.isEmpty(), String.join("\n\n", problems));
    }

    @Test
    void theCurlExamplesOfReadmeAndApiGuideValidate() throws IOException {
        GraphQLSchema schema = schema();
        List<String> problems = new ArrayList<>();
        int examples = 0;
        for (Path file : List.of(Path.of("README.md"), Path.of("docs/api.md"))) {
            Matcher bodies = CURL_BODY.matcher(Files.readString(file));
            while (bodies.find()) {
                examples++;
                String query = new JsonObject(bodies.group(1)).getString("query");
                problems.addAll(problems(schema, file + " curl example", query));
            }
        }
        assertFalse(examples == 0, "expected curl examples");
        assertTrue(problems.isEmpty(), String.join("\n\n", problems));
    }
}
