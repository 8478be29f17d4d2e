import Testing
@testable import BuildKit
