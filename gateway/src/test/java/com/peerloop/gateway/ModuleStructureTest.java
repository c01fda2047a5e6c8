package com.peerloop.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.getstream.services.framework.StreamSDKClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules are the packages under {@code com.peerloop.gateway}; each one's {@code package-info.java}
 * names the modules it may use.
 */
@Tag("slow")
class ModuleStructureTest {

    static final ApplicationModules MODULES = ApplicationModules.of(GatewayApplication.class);
    static final Path DOCS = Path.of("docs/modules");

    static final ArchRule ONLY_STREAM_USES_THE_SDK = noClasses()
            .that()
            .resideOutsideOfPackage("com.peerloop.gateway.stream..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.getstream..")
            .as("only the stream module uses the Stream SDK");

    @Test
    void modulesAreAcyclicAndUseOnlyTheModulesTheyAllowAndTheirPublicTypes() {
        MODULES.verify();
    }

    @Test
    void onlyTheStreamModuleUsesTheStreamSdk() {
        JavaClasses main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.peerloop.gateway");

        assertThat(main.contain("com.peerloop.gateway.stream.SdkFeedStore")).isTrue();
        ONLY_STREAM_USES_THE_SDK.check(main);
    }

    @Test
    void theSdkRuleRefusesAClassOutsideTheStreamModuleThatUsesTheSdk() {
        EvaluationResult result = ONLY_STREAM_USES_THE_SDK.evaluate(
                new ClassFileImporter().importClasses(SdkOutsideTheStreamModule.class));

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line)
                        .contains(SdkOutsideTheStreamModule.class.getName())
                        .contains(StreamSDKClient.class.getName()));
    }

    /** Writes the module diagrams and canvases to {@code docs/modules}, so that they follow the code. */
    @Test
    void documentsTheModules() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString())).writeDocumentation();
        try (Stream<Path> files = Files.list(DOCS)) {
            for (Path diagram :
                    files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                sortRelations(diagram);
            }
        }
    }

    // The Documenter lists a diagram's relations in an order that varies from run to run; sorted, an
    // unchanged model leaves the committed files unchanged.
    private static void sortRelations(Path diagram) throws IOException {
        List<String> lines = Arrays.asList(Files.readString(diagram).split("\n", -1));
        List<Integer> relations = IntStream.range(0, lines.size())
                .filter(i -> lines.get(i).startsWith("Rel("))
                .boxed()
                .toList();
        List<String> sorted = relations.stream().map(lines::get).sorted().toList();
        for (int i = 0; i < relations.size(); i++) {
            lines.set(relations.get(i), sorted.get(i));
        }
        Files.writeString(diagram, String.join("\n", lines));
    }

    static final class SdkOutsideTheStreamModule {

        StreamSDKClient client;
    }
}
