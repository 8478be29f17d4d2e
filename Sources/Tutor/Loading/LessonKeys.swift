/// Every key a lesson file may use, per place in the file.
///
/// The loader rejects keys not listed here (a typo must not silently drop a goal), and a test
/// checks that `Lessons/schema/lesson.schema.json` lists exactly the same keys.
public enum LessonKeys {
    public static let lesson = ["id", "title", "summary", "level", "minutes", "prerequisites", "setup", "steps", "closing"]
    public static let lessonRequired = ["id", "title", "summary", "level", "minutes", "steps", "closing"]
    public static let setup = ["catalog", "images", "volumes", "networks", "containers", "host_files", "commands"]
    public static let containerSetup = ["name", "image", "command", "ports", "volumes", "env", "network", "state"]
    public static let hostFile = ["path", "content"]
    public static let step = ["title", "text", "goals", "exclusive", "hints", "solution", "disabled"]
    public static let stepRequired = ["title", "text", "goals", "solution"]
    public static let solutionCommand = ["run", "fails"]
    public static let disabledCommand = ["command", "reason"]
    public static let containerSelector = ["name", "image"]
    public static let mount = ["type", "source", "target", "read_only"]
    public static let imageConfig = ["cmd", "entrypoint", "env", "exposed_ports", "workdir", "user", "labels", "volumes"]

    /// The keys that name a goal's kind, in the order messages list them.
    public static let goalKinds = ["container", "image", "host_file", "volume", "network", "registry",
                                   "container_file", "redis_key", "ran", "all", "any", "not"]

    /// The keys each goal kind accepts, its kind key and `text` included.
    public static let goal: [String: [String]] = [
        "container": ["container", "text", "exists", "state", "image", "command_contains", "ports", "mounts", "env",
                      "restart", "networks", "labels", "health", "exit_code"],
        "image": ["image", "text", "exists", "created_by", "file", "file_contains", "config", "layers", "layers_at_least"],
        "host_file": ["host_file", "text", "exists", "contains", "archive_holds"],
        "volume": ["volume", "text", "exists", "used_by", "file", "file_contains"],
        "network": ["network", "text", "exists", "attached", "driver"],
        "registry": ["registry", "text", "holds"],
        "container_file": ["container_file", "text", "in", "exists", "contains"],
        "redis_key": ["redis_key", "text", "in", "exists", "value"],
        "ran": ["ran", "text"],
        "all": ["all", "text"],
        "any": ["any", "text"],
        "not": ["not", "text"],
    ]
}
