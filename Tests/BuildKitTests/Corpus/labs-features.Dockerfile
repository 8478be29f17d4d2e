# syntax=docker/dockerfile:1.7-labs
FROM golang:1.22 AS build
WORKDIR /src
COPY --parents ./cmd/*/go.mod ./pkg/*/go.mod ./
COPY --exclude=*.md --exclude=docs . .
RUN --security=sandbox go build ./...
FROM scratch
COPY --from=build /src/bin /bin
USER 65534
