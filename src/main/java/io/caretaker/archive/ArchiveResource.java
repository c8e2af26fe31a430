package io.caretaker.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.caretaker.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Export of everything and import into an empty instance, for admins. Plain HTTP rather than GraphQL: an
 * archive is a stream of bytes that tools save to and send from files ({@code curl -o}, {@code --data-binary}).
 */
@Path("/admin")
@RolesAllowed(Roles.ADMIN)
public class ArchiveResource {

    private static final Logger LOG = Logger.getLogger(ArchiveResource.class);
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    @Inject
    ArchiveExporter exporter;

    @Inject
    ArchiveImporter importer;

    @Inject
    SecurityIdentity identity;

    @GET
    @Path("/export")
    @Produces(ArchiveFormat.MEDIA_TYPE)
    public Response export() {
        String file = "caretaker-export-" + FILE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)) + ".zip";
        String requestedBy = identity.getPrincipal().getName();
        StreamingOutput body = out -> exporter.export(out, requestedBy);
        return Response.ok(body, ArchiveFormat.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path("/import")
    @Consumes({ ArchiveFormat.MEDIA_TYPE, MediaType.APPLICATION_OCTET_STREAM })
    @Produces(MediaType.APPLICATION_JSON)
    public String importArchive(InputStream upload) throws IOException {
        // ZIP needs random access to its directory: the upload goes to a temporary file first
        java.nio.file.Path archive = Files.createTempFile("caretaker-import-", ".zip");
        try {
            Files.copy(upload, archive, StandardCopyOption.REPLACE_EXISTING);
            ArchiveImporter.Result result = importer.importArchive(archive, identity.getPrincipal().getName());
            return Json.createObjectBuilder()
                    .add("imported", Json.createObjectBuilder()
                            .add("schemaVersion", result.schemaVersion())
                            .add("tables", result.tables())
                            .add("rows", result.rows()))
                    .build().toString();
        } finally {
            Files.deleteIfExists(archive);
        }
    }

    @ServerExceptionMapper
    public Response rejected(ImportRejected e) {
        return error(e.status(), e.code(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response failed(IllegalStateException e) {
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Internal error %s during export or import", reference);
        return error(500, "INTERNAL", "Internal error (reference " + reference + "). Nothing was imported.");
    }

    private static Response error(int status, String code, String message) {
        String body = Json.createObjectBuilder()
                .add("error", Json.createObjectBuilder().add("code", code).add("message", message))
                .build().toString();
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body).build();
    }
}
