import Testing
@testable import DockerCLI

/// The loader meets hostile files with an error, not a crash, a hang or unbounded memory.
@Suite struct ComposeHostileInputTests {
    @Test func billionLaughs() {
        var yaml = "x-a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        var previous = "a"
        for level in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            yaml += "x-\(level): &\(level) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
            previous = level
        }
        yaml += "services:\n  web:\n    image: nginx\n"
        #expect(ComposeTestSupport.error(yaml) == "yaml: document contains excessive aliasing")
    }

    @Test func deepFlowNesting() {
        let yaml = "services:\n  web:\n    image: nginx\n    x-deep: " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000) + "\n"
        #expect(ComposeTestSupport.error(yaml) == "yaml: exceeded max depth of \(ComposeYAML.maxDepth)")
    }

    @Test func deepBlockNesting() {
        var yaml = "services:\n  web:\n    image: nginx\nx-deep:\n"
        for depth in 1...1000 { yaml += String(repeating: " ", count: depth) + "k:\n" }
        #expect(ComposeTestSupport.error(yaml) == "yaml: exceeded max depth of \(ComposeYAML.maxDepth)")
    }

    @Test func hugeFile() {
        let yaml = "services:\n  web:\n    image: nginx\nx-big: \"" + String(repeating: "a", count: ComposeYAML.maxBytes) + "\"\n"
        #expect(ComposeTestSupport.error(yaml)?.hasPrefix("yaml: input too large") == true)
    }

    @Test func aliasesWithinBudgetStillWork() throws {
        let yaml = "x-env: &env\n  A: \"1\"\nservices:\n  a:\n    image: x\n    environment: *env\n  b:\n    image: x\n    environment: *env\n"
        let (project, error, _) = ComposeTestSupport.load(["compose.yaml": yaml])
        #expect(error == nil)
        #expect(project?.services["b"]?.environment == ["A": "1"])
    }

    @Test(arguments: ["\u{0}", "%YAML 9.9\n---\na: 1", "a: *undefined", "[", "{a: 1", "key: \"unterminated", "\t- tab"])
    func malformedInputFailsCleanly(_ text: String) {
        #expect(ComposeTestSupport.error(text) != nil)
    }

    @Test func manyServicesLoad() {
        var yaml = "services:\n"
        for i in 0..<300 { yaml += "  s\(i):\n    image: img\n    depends_on: [\(i == 0 ? "s299" : "s\(i - 1)")]\n" }
        #expect(ComposeTestSupport.error(yaml)?.hasPrefix("dependency cycle detected: s0 -> s299 -> s298") == true)
    }
}
