package io.casework.server;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;

/** The hexagon's walls. Each rule fails the build when broken; failOnEmptyShould keeps them from matching nothing. */
@AnalyzeClasses(packages = "io.casework",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class,
            ArchitectureTest.NoClient.class})
class ArchitectureTest {
    /** The contract suites and fakes come in test jars (or the modules' test-classes in a reactor build). */
    static final class NoTestJars implements ImportOption {
        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.contains("-tests.jar") && !location.contains("/test-classes/");
        }
    }

    /** The Java client is generated from the OpenAPI document, outside the hexagon; only the server's tests use it. */
    static final class NoClient implements ImportOption {
        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.contains("casework-client") && !location.contains("/client/target/");
        }
    }

    private static final String DOMAIN = "io.casework.domain..";
    private static final String APPLICATION = "io.casework.application..";
    private static final String REST = "io.casework.adapters.rest..";
    private static final String PERSISTENCE = "io.casework.adapters.persistence..";
    private static final String NOTIFY = "io.casework.adapters.notify..";
    private static final String WEB = "io.casework.adapters.web..";
    private static final String SERVER = "io.casework.server..";
    private static final String PORT_IN = "io.casework.application.port.in..";
    private static final String PORT_OUT = "io.casework.application.port.out..";
    /** What incoming and outgoing ports share: a page of a list and the request for one. */
    private static final String PORT = "io.casework.application.port";

    @ArchTest
    static final ArchRule domainUsesOnlyJava = classes().that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN);

    @ArchTest
    static final ArchRule applicationUsesOnlyJavaAndTheDomain = classes().that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN, APPLICATION);

    @ArchTest
    static final ArchRule onlyTheServerKnowsTheAdapters = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("domain").definedBy(DOMAIN)
            .layer("application").definedBy(APPLICATION)
            .layer("rest").definedBy(REST)
            .layer("persistence").definedBy(PERSISTENCE)
            .layer("notify").definedBy(NOTIFY)
            .layer("web").definedBy(WEB)
            .layer("server").definedBy(SERVER)
            .whereLayer("server").mayNotBeAccessedByAnyLayer()
            .whereLayer("rest").mayOnlyBeAccessedByLayers("server")
            .whereLayer("persistence").mayOnlyBeAccessedByLayers("server")
            .whereLayer("notify").mayOnlyBeAccessedByLayers("server")
            .whereLayer("web").mayOnlyBeAccessedByLayers("server")
            .whereLayer("application").mayOnlyBeAccessedByLayers("rest", "persistence", "notify", "web", "server")
            .withOptionalLayers(false);

    /** The API and the dashboard drive the application through its incoming ports and nothing else. */
    @ArchTest
    static final ArchRule incomingAdaptersUseOnlyIncomingPorts = classes().that().resideInAnyPackage(REST, WEB)
            .should().onlyDependOnClassesThat(resideOutsideOfPackage(APPLICATION).or(resideInAnyPackage(PORT_IN, PORT)))
            .because("an incoming adapter (rest, web) calls use cases, never services or outgoing ports");

    /** The database and the mail transport are driven: they implement outgoing ports and never call a use case. */
    @ArchTest
    static final ArchRule outgoingAdaptersCallNoUseCase = noClasses().that().resideInAnyPackage(PERSISTENCE, NOTIFY)
            .should().dependOnClassesThat().resideInAPackage("io.casework.application.service..")
            .orShould().dependOnClassesThat(resideInAPackage(PORT_IN).and(simpleNameEndingWith("UseCase")))
            .because("an outgoing adapter (persistence, notify) is called by the application, it does not call it");

    @ArchTest
    static final ArchRule incomingPortsDoNotUseOutgoingPorts = noClasses().that().resideInAPackage(PORT_IN)
            .should().dependOnClassesThat().resideInAPackage(PORT_OUT);

    @ArchTest
    static final ArchRule noInternalPackagesOfAnyFramework = noClasses().should().dependOnClassesThat()
            .resideInAPackage("..internal..")
            .because("a library's internal packages change without notice between its releases");

    @ArchTest
    static final ArchRule jacksonStaysInTheAdaptersThatMapJson = noClasses()
            .that().resideOutsideOfPackages(REST, PERSISTENCE, SERVER)
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..");

    @ArchTest
    static final ArchRule noFrameworkAnnotationsInTheCore = classes().that().resideInAnyPackage(DOMAIN, APPLICATION)
            .should(useOnlyJavaAnnotations());

    @ArchTest
    static final ArchRule databaseLibrariesStayInPersistence = noClasses().that().resideOutsideOfPackage(PERSISTENCE)
            .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "liquibase..", "org.postgresql..");

    @ArchTest
    static final ArchRule httpLibrariesStayInRestAndWeb = noClasses().that().resideOutsideOfPackages(REST, WEB)
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.glassfish.jersey..",
                    "io.dropwizard.auth..");

    @ArchTest
    static final ArchRule mailStaysInNotify = noClasses().that().resideOutsideOfPackage(NOTIFY)
            .should().dependOnClassesThat().resideInAnyPackage("javax.mail..", "com.github.mustachejava..");

    @ArchTest
    static final ArchRule dropwizardWiringStaysInServer = noClasses().that().resideOutsideOfPackages(SERVER, REST, WEB)
            .should().dependOnClassesThat().resideInAPackage("io.dropwizard..");

    @ArchTest
    static final ArchRule viewsStayInWeb = noClasses().that().resideOutsideOfPackages(WEB, SERVER)
            .should().dependOnClassesThat().resideInAPackage("io.dropwizard.views..");

    @ArchTest
    static final ArchRule useCasesAreInterfaces = classes().that().resideInAPackage("..application.port.in..")
            .and().haveSimpleNameEndingWith("UseCase").should().beInterfaces();

    @ArchTest
    static final ArchRule outgoingPortsAreInterfaces = classes().that().resideInAPackage("..application.port.out..")
            .and().areTopLevelClasses().should().beInterfaces();

    @ArchTest
    static final ArchRule onlyServicesImplementUseCases = classes()
            .that().implement(com.tngtech.archunit.base.DescribedPredicate.describe("a use case",
                    (JavaClass c) -> c.getSimpleName().endsWith("UseCase")))
            .should().haveSimpleNameEndingWith("Service").andShould().resideInAPackage("..application.service.*..");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("io.casework.(**)").should().beFreeOfCycles();

    /** Only the command-line entry point writes to standard output: that is where commands print results. */
    @ArchTest
    static final ArchRule noStandardStreams = noClasses().that().doNotHaveFullyQualifiedName(
            CaseworkApplication.class.getName()).should(ACCESS_STANDARD_STREAMS);

    @ArchTest
    static final ArchRule noGenericExceptions = NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;

    @ArchTest
    static final ArchRule noJavaUtilLogging = NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

    private static ArchCondition<JavaClass> useOnlyJavaAnnotations() {
        return new ArchCondition<>("use only java.* annotations") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                List<JavaAnnotation<?>> annotations = new ArrayList<>(javaClass.getAnnotations());
                javaClass.getMembers().forEach(member -> annotations.addAll(member.getAnnotations()));
                for (JavaAnnotation<?> annotation : annotations) {
                    String type = annotation.getRawType().getName();
                    if (!type.startsWith("java.")) {
                        events.add(SimpleConditionEvent.violated(javaClass,
                                javaClass.getName() + " is annotated with " + type));
                    }
                }
            }
        };
    }
}
