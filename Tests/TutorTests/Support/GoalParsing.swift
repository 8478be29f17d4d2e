import Testing
@testable import Tutor

/// Reads one goal from YAML, as it would appear in a step's `goals:` list.
func parseGoal(_ yaml: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Goal {
    let node = try YAMLNode.parse(yaml, file: "goal.yaml")
    var context = DecodingContext(file: "goal.yaml")
    let goal = GoalDecoder.decode(node, &context)
    #expect(context.diagnostics.map(\.description) == [], sourceLocation: sourceLocation)
    return try #require(goal, sourceLocation: sourceLocation)
}
