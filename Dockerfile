# One image recipe for the three services: docker build --build-arg SERVICE=ingest-service .
# Build stage compiles the whole reactor once (the services share contracts and text modules).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN ./mvnw -q -B install -DskipTests -pl ingest-service,extract-service,search-service -am

FROM eclipse-temurin:17-jre
ARG SERVICE
WORKDIR /app
COPY --from=build /src/${SERVICE}/target/${SERVICE}-0.1.0-SNAPSHOT-exec.jar /app/service.jar
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=60"
ENTRYPOINT ["java", "-jar", "/app/service.jar"]
