/// The lessons that ship inside the binary, so an installed docker-tutor works without the source tree.
///
/// `ShippedLessons.generated.swift` holds the text of every file of `Lessons/`; `Scripts/sync-lessons`
/// writes it, and a test fails when it differs from `Lessons/`.
public enum ShippedLessons {
    /// Each shipped lesson file, named as in the source tree (`Lessons/01-images-and-containers.yaml`).
    public static var sources: [LessonSource] {
        files.map { LessonSource(file: "Lessons/" + $0.name, text: $0.text) }
    }
}
