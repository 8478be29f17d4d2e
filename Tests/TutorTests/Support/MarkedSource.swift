/// Lesson text with position markers (`1️⃣`, `2️⃣`...) removed and remembered, as swift-format's tests mark source.
///
/// A test writes the marker just before the token a diagnostic should point at, then asserts the
/// diagnostic's line and column equal the marker's.
struct MarkedSource {
    var text: String
    var markers: [String: (line: Int, column: Int)]

    init(_ marked: String) {
        var text = String.UnicodeScalarView()
        var markers: [String: (line: Int, column: Int)] = [:]
        let scalars = Array(marked.unicodeScalars)
        var line = 1
        var column = 1
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if index + 2 < scalars.count, ("0"..."9").contains(scalar), scalars[index + 1] == "\u{FE0F}",
               scalars[index + 2] == "\u{20E3}" {
                markers[String(scalar)] = (line, column)
                index += 3
                continue
            }
            text.append(scalar)
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += 1
        }
        self.text = String(text)
        self.markers = markers
    }

    /// `file:line:column` of a marker, for building expected diagnostics.
    func position(_ marker: String, file: String = "lesson.yaml") -> String {
        guard let at = markers[marker] else { return "\(file):?:?" }
        return "\(file):\(at.line):\(at.column)"
    }
}
