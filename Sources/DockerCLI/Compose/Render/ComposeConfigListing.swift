/// The one-name-per-line outputs of `docker compose config` (`cmd/compose/config.go`).
///
/// Go iterates maps in random order for `--volumes` and `--images`; these print in name order.
public enum ComposeConfigListing {
    /// `--services`: dependencies before the services that need them (`ForEachService`).
    public static func services(_ project: ComposeProject) -> String {
        var seen = Set<String>()
        var out: [String] = []
        func visit(_ name: String) {
            guard !seen.contains(name), let s = project.services[name] else { return }
            seen.insert(name)
            for dep in s.dependsOn.keys.sorted() { visit(dep) }
            out.append(name)
        }
        for name in project.serviceNames { visit(name) }
        return lines(out)
    }

    /// `--volumes`: the keys of the top-level volumes the services use.
    public static func volumes(_ project: ComposeProject) -> String { lines(project.volumes.keys.sorted()) }

    /// `--profiles`: every profile of every service, enabled or not, sorted.
    public static func profiles(_ project: ComposeProject) -> String {
        var set = Set<String>()
        for s in project.services.values { set.formUnion(s.profiles) }
        for s in project.disabledServices.values { set.formUnion(s.profiles) }
        return lines(set.sorted())
    }

    /// `--images`: the image each service runs (`project-service` for built ones).
    public static func images(_ project: ComposeProject) -> String {
        lines(project.serviceNames.compactMap { project.services[$0].map { ComposeNaming.imageName(project: project.name, service: $0) } })
    }

    /// `--hash SERVICES|*`: `service hash` lines in name order; unknown names fail as compose fails.
    public static func hashes(_ project: ComposeProject, selection: String) throws(ComposeError) -> String {
        let names = selection == "*" ? project.serviceNames : selection.split(separator: ",").map(String.init).sorted()
        var out: [String] = []
        for name in names {
            guard let s = project.services[name] else {
                throw .message(project.disabledServices[name] != nil ? "no such service: \(name): disabled" : "no such service: \(name): not found")
            }
            out.append("\(name) \(ComposeConfigHash.serviceHash(s))")
        }
        return lines(out)
    }

    private static func lines(_ items: [String]) -> String { items.map { $0 + "\n" }.joined() }
}
