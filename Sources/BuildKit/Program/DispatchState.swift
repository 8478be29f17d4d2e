/// The builder's working state for one stage while a Dockerfile is converted.
///
/// Mirrors BuildKit's `dispatchState`: the stage's image (config and history), the LLB-side
/// environment, working directory and user that RUN sees, the ARGs declared so far, and
/// progress numbering. Stages refer to each other by index, never by reference.
final class DispatchState {
    let index: Int
    var definition: StageDefinition?
    /// A stage created for `COPY --from=image` or `RUN --mount=from=...` naming no stage.
    let unregistered: Bool
    /// The expanded base name (normalised once resolved).
    var baseName: String
    var stageName: String
    var platform: Platform?
    var base: Int?
    /// Dependencies by state index, with the instruction that created each (insertion order).
    var dependencies: [(Int, LineRange)] = []
    var commands: [PendingCommand] = []

    var image: ImageSpec
    /// The environment RUN sees (LLB `AddEnv` order: a re-set key moves to the end).
    var environment = ShellVariables()
    var directory = "/"
    var user = ""
    var buildArgs: [ArgDefinition] = []

    var resolved = false
    var dispatched = false
    var onBuildInitialised = false
    var baseKnown = true
    var digest: String?
    var isReachable = false

    var progressTotal = 0
    var progressIndex = 0
    var currentIsOnBuild = false
    var workdirSet = false
    var cmdSet: LineRange?
    var entrypointSet: LineRange?
    var healthcheckSet: LineRange?

    var steps: [BuildStep] = []
    /// BuildKit's progress name for loading the base image (`[1/3] FROM docker.io/...`).
    var fromProgressName: String?

    init(index: Int, definition: StageDefinition?, baseName: String, unregistered: Bool, platform: Platform) {
        self.index = index
        self.definition = definition
        self.baseName = baseName
        self.unregistered = unregistered
        self.stageName = definition?.name ?? ""
        self.image = ImageSpec(platform: platform)
    }

    var location: LineRange { definition?.source.lines ?? LineRange(line: 0) }

    func addDependency(_ index: Int, _ lines: LineRange) {
        if let existing = dependencies.firstIndex(where: { $0.0 == index }) {
            dependencies[existing].1 = lines
        } else {
            dependencies.append((index, lines))
        }
    }

    /// `prefixCommand`: `[stage 2/5] ` numbering for progress names.
    func progressName(_ text: String) -> String {
        if progressTotal == 0 { return text }
        var out = "["
        if !stageName.isEmpty { out += stageName + " " }
        progressIndex += 1
        let width = String(progressTotal).count
        let number = String(progressIndex)
        out += String(repeating: " ", count: max(0, width - number.count)) + number + "/\(progressTotal)] "
        if currentIsOnBuild { out += "ONBUILD " }
        return out + text
    }

    /// `init()`: a stage built on another stage starts from that stage's result.
    func inherit(from parent: DispatchState) {
        environment = parent.environment
        directory = parent.directory
        user = parent.user
        platform = parent.platform
        image = parent.image
        image.config.onBuild = []
        workdirSet = parent.workdirSet
        buildArgs += parent.buildArgs
        baseKnown = parent.baseKnown
    }
}

/// A command waiting to be dispatched, with the stages it reads from.
struct PendingCommand {
    var instruction: Instruction
    var sources: [Int?]
    var isOnBuild: Bool
}
