# syntax=docker/dockerfile:1
# Multi-stage build: the frontend with Node 20, the jar with JDK 17, a JRE to run it.
FROM node:20-bookworm AS frontend
WORKDIR /src/frontend
COPY frontend/package.json frontend/package-lock.json ./
RUN PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
COPY frontend/ ./
# Vite writes the bundle to ../target/classes/static
RUN npm run build

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
COPY --from=frontend /src/target/classes/static target/classes/static
RUN ./mvnw -B -ntp -DskipTests -DskipFrontend package

FROM eclipse-temurin:17-jre
RUN useradd --system --create-home skillgap
USER skillgap
WORKDIR /app
COPY --from=build /src/target/skillgap-*.jar app.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
