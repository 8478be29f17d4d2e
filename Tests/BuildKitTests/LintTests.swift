import Testing
@testable import BuildKit

/// Lint rules, swift-format style: markers in inline Dockerfiles say where findings belong.
@Suite struct LintTests {
    static let markers = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]

    /// The Dockerfile without markers, and each marker's (line, column).
    static func strip(_ marked: String) -> (String, [String: (Int, Int)]) {
        var text = ""
        var positions: [String: (Int, Int)] = [:]
        var line = 1
        var column = 1
        var rest = Substring(marked)
        outer: while !rest.isEmpty {
            for marker in markers where rest.hasPrefix(marker) {
                positions[marker] = (line, column)
                rest = rest.dropFirst(marker.count)
                continue outer
            }
            let c = rest.removeFirst()
            text.append(c)
            if c == "\n" {
                line += 1
                column = 1
            } else {
                column += c.unicodeScalars.count
            }
        }
        return (text, positions)
    }

    struct Expected {
        let marker: String
        let rule: String
        let message: String
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let rule: String
        let dockerfile: String
        let findings: [(String, String)]
        var dockerignore: [String] = []
        /// BuildKit also stops with an error on these (lint reports both).
        var expectsError = false
        var testDescription: String { rule }

        init(_ rule: String, _ dockerfile: String, _ findings: [(String, String)], dockerignore: [String] = [],
             expectsError: Bool = false) {
            self.rule = rule
            self.dockerfile = dockerfile
            self.findings = findings
            self.dockerignore = dockerignore
            self.expectsError = expectsError
        }
    }

    static let cases: [Case] = [
        Case("StageNameCasing", "FROM alpine:3.20 AS builder\n1️⃣FROM alpine:3.20 AS Release\nUSER nobody\n",
             [("1️⃣", "Stage name 'Release' should be lowercase")]),
        Case("FromAsCasing", "1️⃣FROM alpine:3.20 as build\nUSER nobody\n",
             [("1️⃣", "'as' and 'FROM' keywords' casing do not match")]),
        Case("NoEmptyContinuation", "FROM alpine:3.20\nRUN echo a \\\n\n1️⃣  && echo b\nUSER nobody\n",
             [("1️⃣", "Empty continuation line")]),
        Case("ConsistentInstructionCasing", "FROM alpine:3.20\n1️⃣run echo hi\n2️⃣User nobody\n",
             [("1️⃣", "Command 'run' should match the case of the command majority (uppercase)"),
              ("2️⃣", "Command 'User' should match the case of the command majority (uppercase)")]),
        Case("DuplicateStageName", "FROM alpine:3.20 AS a\n1️⃣FROM alpine:3.20 AS a\nUSER nobody\n",
             [("1️⃣", "Duplicate stage name \"a\", stage names should be unique")]),
        Case("ReservedStageName", "1️⃣FROM alpine:3.20 AS scratch\nUSER nobody\n",
             [("1️⃣", "Stage name should not use the same name as reserved stage \"scratch\"")]),
        Case("JSONArgsRecommended", "FROM alpine:3.20\nUSER nobody\n1️⃣CMD node server.js\n2️⃣ENTRYPOINT /entry.sh\n",
             [("1️⃣", "JSON arguments recommended for CMD to prevent unintended behavior related to OS signals"),
              ("2️⃣", "JSON arguments recommended for ENTRYPOINT to prevent unintended behavior related to OS signals")]),
        Case("MaintainerDeprecated", "FROM alpine:3.20\n1️⃣MAINTAINER me\nUSER nobody\n",
             [("1️⃣", "Maintainer instruction is deprecated in favor of using label")]),
        Case("UndefinedArgInFrom", "ARG VERSION=3.20\n1️⃣FROM alpine:${VERSON:-3.20}\nUSER nobody\n",
             [("1️⃣", "FROM argument 'VERSON' is not declared (did you mean VERSION?)")]),
        Case("WorkdirRelativePath", "FROM alpine:3.20\n1️⃣WORKDIR app\nWORKDIR sub\nUSER nobody\n",
             [("1️⃣", "Relative workdir \"app\" can have unexpected results if the base image changes")]),
        Case("UndefinedVar", "FROM scratch\nENV DIR_ASSETS=/assets\n1️⃣COPY . $DIR_ASSET\nUSER nobody\n",
             [("1️⃣", "Usage of undefined variable '$DIR_ASSET' (did you mean $DIR_ASSETS?)")]),
        Case("MultipleInstructionsDisallowed", "FROM alpine:3.20\nUSER nobody\n1️⃣CMD [\"a\"]\nCMD [\"b\"]\n",
             [("1️⃣", "Multiple CMD instructions should not be used in the same stage because only the last one will be used")]),
        Case("LegacyKeyValueFormat", "FROM alpine:3.20\n1️⃣ENV PORT 8080\n2️⃣LABEL team platform\nUSER nobody\n",
             [("1️⃣", "\"ENV key=value\" should be used instead of legacy \"ENV key value\" format"),
              ("2️⃣", "\"LABEL key=value\" should be used instead of legacy \"LABEL key value\" format")]),
        Case("RedundantTargetPlatform", "1️⃣FROM --platform=$TARGETPLATFORM alpine:3.20\nUSER nobody\n",
             [("1️⃣", "Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior")]),
        Case("SecretsUsedInArgOrEnv", "FROM alpine:3.20\n1️⃣ARG GITHUB_TOKEN\n2️⃣ENV DB_PASSWORD=x PUBLIC_KEY=y\nUSER nobody\n",
             [("1️⃣", "Do not use ARG or ENV instructions for sensitive data (ARG \"GITHUB_TOKEN\")"),
              ("2️⃣", "Do not use ARG or ENV instructions for sensitive data (ENV \"DB_PASSWORD\")")]),
        Case("InvalidDefaultArgInFrom", "ARG IMAGE\n1️⃣FROM $IMAGE\nUSER nobody\n",
             [("1️⃣", "Default value for ARG $IMAGE results in empty or invalid base image name")], expectsError: true),
        Case("FromPlatformFlagConstDisallowed", "1️⃣FROM --platform=linux/amd64 alpine:3.20 AS build\nFROM --platform=linux/arm64 alpine:3.20 AS build-arm64\nUSER nobody\n",
             [("1️⃣", "FROM --platform flag should not use constant value \"linux/amd64\"")]),
        Case("CopyIgnoredFile", "# check=experimental=CopyIgnoredFile\nFROM alpine:3.20\n1️⃣COPY node_modules /app/node_modules\nUSER nobody\n",
             [("1️⃣", "Attempting to Copy file \"node_modules\" that is excluded by .dockerignore")], dockerignore: ["node_modules"]),
        Case("InvalidDefinitionDescription", "# check=experimental=InvalidDefinitionDescription\n# the build stage\n1️⃣FROM alpine:3.20 AS build\nUSER nobody\n",
             [("1️⃣", "Comment for FROM should follow the format: `# build <description>`")]),
        Case("AptGetMissingYes", "FROM ubuntu:24.04\nRUN apt-get update && 1️⃣apt-get install curl && rm -rf /var/lib/apt/lists/*\nRUN apt-get install -qy git && rm -rf /var/lib/apt/lists/*\nUSER nobody\n",
             [("1️⃣", "'apt-get install' without -y stops at the confirmation prompt; use 'apt-get install -y'")]),
        Case("AptListsNotCleaned", "FROM ubuntu:24.04\nRUN apt-get update \\\n    && 1️⃣apt-get install -y curl\nUSER nobody\n",
             [("1️⃣", "apt-get install leaves /var/lib/apt/lists in the layer; add '&& rm -rf /var/lib/apt/lists/*' to the same RUN")]),
        Case("AptGetUpgrade", "FROM debian:12\nRUN apt-get update && 1️⃣apt-get dist-upgrade -y && rm -rf /var/lib/apt/lists/*\nUSER nobody\n",
             [("1️⃣", "Avoid 'apt-get dist-upgrade' in a Dockerfile; use an up-to-date base image instead")]),
        Case("LatestBaseImage", "FROM 1️⃣node AS deps\nFROM 2️⃣python:latest\nFROM deps\nFROM alpine@sha256:0123456789abcdef0123456789abcdef\nUSER nobody\n",
             [("1️⃣", "'node' has no tag and means 'node:latest'; pin a version such as 'node:<version>'"),
              ("2️⃣", "'python:latest' follows the moving 'latest' tag; pin a version instead")]),
        Case("AddForLocalFiles", "FROM alpine:3.20\n1️⃣ADD app /app\nADD https://example.com/x.txt /x\nADD rootfs.tar.gz /\nUSER nobody\n",
             [("1️⃣", "Use COPY instead of ADD for local files ('app'); ADD is for URLs and archives")]),
        Case("RunsAsRoot", "FROM alpine:3.20 AS build\nUSER nobody\n1️⃣FROM alpine:3.20\nCMD [\"sh\"]\n",
             [("1️⃣", "The final stage sets no USER, so the container runs as root; add 'USER <unprivileged user>'")]),
        Case("RunsAsRoot", "FROM alpine:3.20\nUSER app\n1️⃣USER root\n",
             [("1️⃣", "The final USER is root; switch to an unprivileged user at the end")]),
        Case("CdInRun", "FROM alpine:3.20\nRUN 1️⃣cd /src && make\nRUN echo \"cd not a command\"\nUSER nobody\n",
             [("1️⃣", "Use WORKDIR to change directory instead of 'cd' in RUN")]),
        Case("SudoInRun", "FROM ubuntu:24.04\nRUN 1️⃣sudo make install\nUSER nobody\n",
             [("1️⃣", "Don't use sudo in RUN; steps already run as the current USER")]),
        Case("PipNoCacheDir", "FROM python:3.12-slim\nRUN 1️⃣pip install -r requirements.txt\nRUN pip install --no-cache-dir flask\nRUN 2️⃣python -m pip install uv\nUSER nobody\n",
             [("1️⃣", "Use 'pip install --no-cache-dir' so pip's download cache stays out of the image"),
              ("2️⃣", "Use 'pip install --no-cache-dir' so pip's download cache stays out of the image")]),
        Case("CurlPipeShell", "FROM alpine:3.20\nRUN 1️⃣curl -fsSL https://example.com/install.sh | sh\nRUN curl -fsSL -o i.sh https://example.com/i.sh\nUSER nobody\n",
             [("1️⃣", "Piping 'curl' into 'sh' runs unverified code; download, verify, then run the script")]),
        Case("ApkAddNoCache", "FROM alpine:3.20\nRUN 1️⃣apk add curl\nRUN apk add --no-cache git\nUSER nobody\n",
             [("1️⃣", "Use 'apk add --no-cache' so the package index is not left in the image")]),
        Case("AptGetMissingYes", "FROM ubuntu:24.04\nRUN <<EOF\napt-get update\n1️⃣apt-get install git\nrm -rf /var/lib/apt/lists/*\nEOF\nUSER nobody\n",
             [("1️⃣", "'apt-get install' without -y stops at the confirmation prompt; use 'apt-get install -y'")]),
    ]

    @Test(arguments: cases)
    func findsAtMarkers(_ c: Case) throws {
        let (dockerfile, positions) = Self.strip(c.dockerfile)
        let report = DockerfileLint.lint(dockerfile, dockerignore: c.dockerignore)
        #expect((report.error != nil) == c.expectsError)
        let findings = report.findings.filter { $0.ruleID == c.rule }
        #expect(findings.map(\.message) == c.findings.map(\.1))
        for (finding, (marker, _)) in zip(findings, c.findings) {
            let (line, column) = try #require(positions[marker])
            #expect(finding.line == line, "\(marker)")
            if let found = finding.column { #expect(found == column, "\(marker)") }
        }
        let info = try #require(DockerfileLint.rule(c.rule))
        #expect(!info.explanation.isEmpty && !info.explanationZH.isEmpty)
    }

    @Test func cleanDockerfileHasNoFindings() {
        let report = DockerfileLint.lint("""
            FROM node:20-alpine AS deps
            WORKDIR /app
            COPY package*.json ./
            RUN npm ci --omit=dev

            FROM node:20-alpine
            WORKDIR /app
            COPY --from=deps /app/node_modules ./node_modules
            COPY . .
            USER node
            EXPOSE 3000
            CMD ["node", "server.js"]
            """)
        #expect(report.findings == [])
        #expect(report.error == nil)
    }

    @Test func checkDirectiveSkipsRules() {
        let report = DockerfileLint.lint("# check=skip=JSONArgsRecommended,RunsAsRoot\nFROM alpine:3.20\nCMD echo hi\n")
        #expect(report.findings.map(\.ruleID) == [])
    }

    @Test func parseErrorsAreReported() {
        let report = DockerfileLint.lint("FROM alpine:3.20\nRUNN x\n")
        #expect(report.error?.message == "dockerfile parse error on line 2: unknown instruction: RUNN (did you mean RUN?)")
    }

    @Test func everyRuleHasBothExplanationsAndAUniqueID() {
        let ids = DockerfileLint.rules.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(ids.count == 31)
        for rule in DockerfileLint.rules {
            #expect(!rule.summary.isEmpty && !rule.explanation.isEmpty && !rule.explanationZH.isEmpty, "\(rule.id)")
        }
    }

    @Test func buildKitShortFormat() {
        let finding = LintFinding(ruleID: "JSONArgsRecommended", message: "JSON arguments recommended for CMD to prevent unintended behavior related to OS signals", lines: [LineRange(line: 5)])
        #expect(finding.description == "JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals (line 5)")
    }
}
