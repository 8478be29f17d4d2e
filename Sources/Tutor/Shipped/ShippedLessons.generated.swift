extension ShippedLessons {
    static let files: [(name: String, text: String)] = []
}
