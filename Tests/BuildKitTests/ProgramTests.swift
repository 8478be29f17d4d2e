import Testing
@testable import BuildKit

/// A resolver with a few known images, the way the engine's catalog would answer.
struct CatalogResolver: BaseImageResolver {
    func resolve(_ reference: String, platform: Platform) -> Result<BaseImage, BaseImageResolutionError> {
        switch reference {
        case "docker.io/library/alpine:3.20":
            var spec = ImageSpec(platform: .linuxAMD64)
            spec.config.env = ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"]
            spec.config.cmd = ["/bin/sh"]
            spec.history = [HistoryEntry(createdBy: "CMD [\"/bin/sh\"]", comment: "", emptyLayer: true)]
            return .success(BaseImage(spec: spec, digest: "sha256:" + String(repeating: "a", count: 64)))
        case "docker.io/library/node:20-alpine":
            var spec = ImageSpec(platform: .linuxAMD64)
            spec.config.env = ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "NODE_VERSION=20.11.0"]
            spec.config.entrypoint = ["docker-entrypoint.sh"]
            spec.config.cmd = ["node"]
            return .success(BaseImage(spec: spec))
        case "docker.io/library/builder-base:1":
            var spec = ImageSpec(platform: .linuxAMD64)
            spec.config.onBuild = ["COPY . /src", "RUN make -C /src"]
            spec.config.workingDir = "/src"
            return .success(BaseImage(spec: spec))
        case "docker.io/library/arm-only:1":
            return .success(BaseImage(spec: ImageSpec(platform: Platform(os: "linux", architecture: "arm64"))))
        case "docker.io/library/alpin:latest":
            return .failure(BaseImageResolutionError("not found"))
        default:
            return .success(BaseImage(spec: ImageSpec(platform: platform), isKnown: false))
        }
    }
}

@Suite struct ProgramTests {
    func program(_ dockerfile: String, buildArgs: [String: String] = [:], target: String = "") throws -> BuildProgram {
        var options = BuildOptions()
        options.resolver = CatalogResolver()
        options.buildArgs = buildArgs
        options.target = target
        return try DockerfileFrontend.program(dockerfile, options: options)
    }

    func history(_ stage: BuildStage) -> [String] { stage.image.history.map(\.createdBy) }

    @Test func singleStageConfigAndHistory() throws {
        let p = try program("""
            FROM alpine:3.20
            LABEL org.opencontainers.image.title="demo app" version=1
            ENV APP_HOME=/app PORT=8080
            WORKDIR $APP_HOME
            COPY app /app
            RUN apt-get update
            EXPOSE $PORT 443/udp
            USER app:app
            VOLUME /data
            STOPSIGNAL SIGTERM
            HEALTHCHECK --interval=30s --timeout=3s --retries=3 CMD wget -q -O- http://localhost:$PORT/ || exit 1
            CMD ["redis-server"]
            """)
        let config = p.target.image.config
        #expect(config.env == ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "APP_HOME=/app", "PORT=8080"])
        #expect(config.labels == ["org.opencontainers.image.title": "demo app", "version": "1"])
        #expect(config.workingDir == "/app")
        #expect(config.exposedPorts == ["443/udp", "8080/tcp"])
        #expect(config.user == "app:app")
        #expect(config.volumes == ["/data"])
        #expect(config.stopSignal == "SIGTERM")
        #expect(config.cmd == ["redis-server"])
        #expect(config.argsEscaped)
        #expect(config.healthcheck == HealthConfig(
            test: ["CMD-SHELL", "wget -q -O- http://localhost:$PORT/ || exit 1"], interval: 30_000_000_000,
            timeout: 3_000_000_000, retries: 3))
        #expect(history(p.target) == [
            "CMD [\"/bin/sh\"]",
            "LABEL org.opencontainers.image.title=demo app version=1",
            "ENV APP_HOME=/app PORT=8080",
            "WORKDIR /app",
            "COPY app /app # buildkit",
            "RUN /bin/sh -c apt-get update # buildkit",
            "EXPOSE map[443/udp:{} 8080/tcp:{}]",
            "USER app:app",
            "VOLUME [/data]",
            "STOPSIGNAL SIGTERM",
            "HEALTHCHECK &{[\"CMD-SHELL\" \"wget -q -O- http://localhost:$PORT/ || exit 1\"] \"30s\" \"3s\" \"0s\" \"0s\" '\\x03'}",
            "CMD [\"redis-server\"]",
        ])
        #expect(p.target.image.history.map(\.emptyLayer) == [true, true, true, false, false, false, true, true, true, true, true, true])
        #expect(p.target.base == .image(reference: "docker.io/library/alpine:3.20", digest: "sha256:" + String(repeating: "a", count: 64)))
        #expect(p.target.fromProgressName == "[1/4] FROM docker.io/library/alpine:3.20@sha256:" + String(repeating: "a", count: 64))
        #expect(p.target.steps.compactMap(\.progressName) == ["[2/4] WORKDIR /app", "[3/4] COPY app /app", "[4/4] RUN apt-get update"])
    }

    @Test func multiStageGoBuild() throws {
        let p = try program("""
            # syntax=docker/dockerfile:1
            ARG GO_VERSION=1.22
            FROM golang:${GO_VERSION}-alpine AS build
            ARG TARGETOS TARGETARCH
            WORKDIR /src
            COPY go.mod go.sum ./
            RUN --mount=type=cache,target=/go/pkg/mod go mod download
            COPY . .
            RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app ./cmd/app

            FROM scratch
            COPY --from=build /out/app /app
            ENTRYPOINT ["/app"]
            """)
        #expect(p.stages.count == 2)
        let build = p.stages[0]
        #expect(build.name == "build")
        #expect(build.base == .image(reference: "docker.io/library/golang:1.22-alpine", digest: nil))
        #expect(history(build) == [
            "ARG TARGETOS=linux TARGETARCH=amd64",
            "WORKDIR /src",
            "COPY go.mod go.sum ./ # buildkit",
            "RUN |2 TARGETOS=linux TARGETARCH=amd64 /bin/sh -c go mod download # buildkit",
            "COPY . . # buildkit",
            "RUN |2 TARGETOS=linux TARGETARCH=amd64 /bin/sh -c CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app ./cmd/app # buildkit",
        ])
        guard case .copy(let copy) = build.steps[2].action else {
            Issue.record("expected COPY")
            return
        }
        #expect(copy.destination == "/src/")
        guard case .run(let run) = build.steps[3].action else {
            Issue.record("expected RUN")
            return
        }
        #expect(run.mounts.map(\.type) == [.cache])
        #expect(run.mounts.first?.readOnly == false)
        #expect(run.environment.contains("TARGETARCH=amd64"))
        #expect(run.workingDir == "/src")
        let final = p.target
        #expect(final.base == .scratch)
        #expect(final.dependencies == [0])
        #expect(final.image.config.entrypoint == ["/app"])
        #expect(final.image.config.cmd == nil)
        #expect(final.image.config.workingDir == "/")
        #expect(history(final) == ["COPY /out/app /app # buildkit", "ENTRYPOINT [\"/app\"]"])
        #expect(build.steps.compactMap(\.progressName).first == "[build 2/6] WORKDIR /src")
        #expect(final.steps.compactMap(\.progressName) == ["[stage-1 1/1] COPY --from=build /out/app /app"])
    }

    @Test func stageInheritsFromStageAndEntrypointResetsCmd() throws {
        let p = try program("""
            FROM node:20-alpine AS base
            WORKDIR /app
            ENV NODE_ENV=production
            CMD ["node", "server.js"]

            FROM base AS dev
            ENV NODE_ENV=development
            ENTRYPOINT ["npm"]
            """)
        let dev = p.target
        #expect(dev.base == .stage(0))
        #expect(dev.image.config.env == [
            "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "NODE_VERSION=20.11.0", "NODE_ENV=development",
        ])
        #expect(dev.image.config.workingDir == "/app")
        #expect(dev.image.config.entrypoint == ["npm"])
        #expect(dev.image.config.cmd == nil)
        #expect(history(dev) == [
            "WORKDIR /app", "ENV NODE_ENV=production", "CMD [\"node\" \"server.js\"]", "ENV NODE_ENV=development",
            "ENTRYPOINT [\"npm\"]",
        ])
    }

    @Test func shellFormUsesShellInstruction() throws {
        let p = try program("""
            FROM alpine:3.20
            SHELL ["/bin/bash", "-o", "pipefail", "-c"]
            RUN echo hi | tee /x
            CMD echo done
            """)
        #expect(p.target.image.config.shell == ["/bin/bash", "-o", "pipefail", "-c"])
        #expect(p.target.image.config.cmd == ["/bin/bash", "-o", "pipefail", "-c", "echo done"])
        #expect(history(p.target).suffix(3) == [
            "SHELL [/bin/bash -o pipefail -c]",
            "RUN /bin/bash -o pipefail -c echo hi | tee /x # buildkit",
            "CMD [\"/bin/bash\" \"-o\" \"pipefail\" \"-c\" \"echo done\"]",
        ])
        #expect(p.warnings.isEmpty)
    }

    @Test func argScoping() throws {
        let dockerfile = """
            ARG VERSION=1.0
            ARG IMAGE=alpine:3.20
            FROM $IMAGE
            RUN echo $VERSION
            ARG VERSION
            RUN echo $VERSION
            ENV VERSION=env-wins
            ARG VERSION=ignored
            RUN echo done
            """
        let p = try program(dockerfile)
        #expect(history(p.target).dropFirst() == [
            "RUN /bin/sh -c echo $VERSION # buildkit",
            "ARG VERSION=1.0",
            "RUN |1 VERSION=1.0 /bin/sh -c echo $VERSION # buildkit",
            "ENV VERSION=env-wins",
            "ARG VERSION=ignored",
            "RUN |1 VERSION=ignored /bin/sh -c echo done # buildkit",
        ])
        let overridden = try program(dockerfile, buildArgs: ["VERSION": "2.0"])
        #expect(history(overridden.target)[3] == "RUN |1 VERSION=2.0 /bin/sh -c echo $VERSION # buildkit")
    }

    @Test func heredocRunAndCopy() throws {
        let p = try program("""
            FROM alpine:3.20
            ENV GREETING=hello
            RUN <<EOF
            apk add --no-cache curl
            EOF
            RUN <<EOF
            #!/bin/sh
            echo script
            EOF
            COPY <<EOF /etc/motd
            $GREETING world
            EOF
            COPY <<'EOF' /etc/raw
            $GREETING world
            EOF
            """)
        let steps = p.target.steps
        guard case .run(let simple) = steps[1].action, case .run(let script) = steps[2].action,
              case .copy(let motd) = steps[3].action, case .copy(let raw) = steps[4].action else {
            Issue.record("unexpected steps")
            return
        }
        #expect(simple.arguments == ["/bin/sh", "-c", "apk add --no-cache curl\n"])
        #expect(steps[1].progressName == "[2/5] RUN <<EOF (apk add --no-cache curl)")
        #expect(script.arguments == ["/bin/sh", "-c", "/dev/pipes/EOF"])
        #expect(script.scriptFile?.data == "#!/bin/sh\necho script\n")
        #expect(steps[2].progressName == "[3/5] RUN <<EOF (#!/bin/sh...)")
        #expect(motd.inlineFiles == [InlineSource(path: "EOF", data: "hello world\n", expand: true)])
        #expect(raw.inlineFiles == [InlineSource(path: "EOF", data: "$GREETING world\n", expand: false)])
        #expect(history(p.target).suffix(2) == ["COPY <<EOF /etc/motd # buildkit", "COPY <<EOF /etc/raw # buildkit"])
    }

    @Test func onbuildTriggersRunFirst() throws {
        let p = try program("FROM builder-base:1\nRUN ls\n")
        let steps = p.target.steps
        #expect(steps.map(\.isOnBuildTrigger) == [true, true, false])
        #expect(steps.compactMap(\.progressName) == ["[2/4] ONBUILD COPY . /src", "[3/4] ONBUILD RUN make -C /src", "[4/4] RUN ls"])
        #expect(p.target.image.config.onBuild.isEmpty)
        let own = try program("FROM alpine:3.20 AS base\nONBUILD RUN echo triggered\nFROM base\nRUN ls\n")
        #expect(own.stages[0].image.config.onBuild == ["RUN echo triggered"])
        #expect(own.target.image.config.onBuild.isEmpty)
        #expect(own.target.steps.first?.isOnBuildTrigger == true)
    }

    @Test func targetSelectsAndSkipsStages() throws {
        let p = try program("""
            FROM alpine:3.20 AS base
            RUN echo base
            FROM base AS test
            RUN echo test
            FROM base AS release
            RUN echo release
            """, target: "test")
        #expect(p.targetIndex == 1)
        #expect(p.stages.map(\.isDispatched) == [true, true, false])
        #expect(p.stages.map(\.isReachable) == [true, true, false])
    }

    @Test func copyDestinationsAndAddSources() throws {
        let p = try program("""
            FROM alpine:3.20
            WORKDIR /srv/www
            COPY index.html .
            COPY static/ static/
            ADD https://example.com/files/app.tar.gz /tmp/
            ADD https://github.com/moby/buildkit.git#v0.22.0:frontend /src
            ADD --chown=1000:1000 --chmod=644 conf /etc/conf
            """)
        let copies: [CopyStep] = p.target.steps.compactMap {
            if case .copy(let copy) = $0.action { return copy }
            return nil
        }
        #expect(copies.map(\.destination) == ["/srv/www/", "/srv/www/static/", "/tmp/", "/src", "/etc/conf"])
        #expect(copies[2].sources == [.url("https://example.com/files/app.tar.gz", fileName: "app.tar.gz")])
        #expect(copies[3].sources == [.git(remote: "https://github.com/moby/buildkit.git", ref: "v0.22.0", subdirectory: "frontend")])
        #expect(history(p.target).last == "ADD --chown=1000:1000 --chmod=644 conf /etc/conf # buildkit")
    }

    @Test func unknownBaseImageWithSuggestion() {
        #expect(throws: DockerfileError("alpin: not found (did you mean alpine?)", locations: [LineRange(line: 1)])) {
            try program("FROM alpin\n")
        }
    }

    @Test func labelsFromOptionsAndMaintainer() throws {
        var options = BuildOptions()
        options.labels = ["built-by": "tutor"]
        let p = try DockerfileFrontend.program("FROM scratch\nMAINTAINER Jane Doe <jane@example.com>\n", options: options)
        #expect(p.target.image.config.labels == ["built-by": "tutor"])
        #expect(p.target.image.author == "Jane Doe <jane@example.com>")
        #expect(history(p.target) == ["MAINTAINER Jane Doe <jane@example.com>"])
        #expect(p.target.image.config.env == ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"])
    }
}
