# One image recipe for the three services: docker build --build-arg SERVICE=ingest-service .
# Build stage compiles the whole reactor once (the services share contracts and text modules).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN ./mvnw -q -B install -DskipTests -pl ingest-service,extract-service,search-service -am

FROM eclipse-temurin:17-jre
ARG SERVICE
# extract-service OCRs scans with Tesseract (simplified and traditional Chinese); without it a scan fails with
# "scanned document: OCR is not installed". The other services do not need it.
RUN if [ "$SERVICE" = "extract-service" ]; then \
        apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
            tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-chi-tra && rm -rf /var/lib/apt/lists/*; \
    fi
WORKDIR /app
COPY --from=build /src/${SERVICE}/target/${SERVICE}-0.1.0-SNAPSHOT-exec.jar /app/service.jar
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=60"
ENTRYPOINT ["java", "-jar", "/app/service.jar"]
