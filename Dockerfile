# Build: docker build -t peerloop/feeds-gateway .
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY fake-stream/pom.xml fake-stream/
COPY gateway/pom.xml gateway/
RUN ./mvnw -B -ntp -pl gateway -am dependency:go-offline
COPY fake-stream/src fake-stream/src
COPY gateway/src gateway/src
RUN ./mvnw -B -ntp -DskipTests -pl gateway -am package

FROM eclipse-temurin:21-jre
RUN useradd --system --uid 10001 gateway
COPY --from=build /src/gateway/target/feeds-gateway.jar /app/feeds-gateway.jar
# moderation rules, reloaded when changed: mount your own file over this one to edit without a rebuild
COPY config/moderation-rules.yml /app/config/moderation-rules.yml
ENV PEERLOOP_MODERATION_RULES_FILE=/app/config/moderation-rules.yml
# Sized for a 512 MiB container (see the README, "Memory"): a fixed heap plus bounded metaspace, code cache and
# direct memory, measured at about 230 MB outside the heap. Override JAVA_OPTS for another size.
ENV JAVA_OPTS="-Xmx224m -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=80m -XX:MaxDirectMemorySize=32m -Xss512k -XX:+ExitOnOutOfMemoryError"
USER 10001
EXPOSE 8080
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/feeds-gateway.jar"]
