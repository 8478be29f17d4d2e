import DockerAPI

/// ping, version, info, df and events (daemon/info.go, daemon/disk_usage.go, daemon/events).
extension DockerDaemon {
    /// The engine this simulation stands for: docker 28.2.2 and the components it ships with.
    enum Release {
        static let version = "28.2.2"
        static let apiVersion = "1.50"
        static let minAPIVersion = "1.24"
        static let gitCommit = "45873be"
        static let goVersion = "go1.24.3"
        static let buildTime = "2025-05-30T12:07:26.000000000+00:00"
        static let containerd = ("1.7.27", "05044ec0a9a75232cad458027ca83437aae3f4da")
        static let runc = ("1.2.5", "v1.2.5-0-g59923ef")
        static let dockerInit = ("0.19.0", "de40ad0")
    }

    public func ping() -> PingResponse {
        begin()
        return PingResponse(apiVersion: Release.apiVersion, osType: "linux", experimental: false, builderVersion: "2")
    }

    public func version() -> SystemVersion {
        begin()
        let engine = ComponentVersion(name: "Engine", version: Release.version, details: [
            ("ApiVersion", Release.apiVersion), ("Arch", "amd64"), ("BuildTime", Release.buildTime),
            ("Experimental", "false"), ("GitCommit", Release.gitCommit), ("GoVersion", Release.goVersion),
            ("KernelVersion", host.kernelVersion), ("MinAPIVersion", Release.minAPIVersion), ("Os", "linux"),
        ])
        let components = [
            engine,
            ComponentVersion(name: "containerd", version: Release.containerd.0, details: [("GitCommit", Release.containerd.1)]),
            ComponentVersion(name: "runc", version: Release.runc.0, details: [("GitCommit", Release.runc.1)]),
            ComponentVersion(name: "docker-init", version: Release.dockerInit.0, details: [("GitCommit", Release.dockerInit.1)]),
        ]
        return SystemVersion(platformName: "Docker Engine - Community", components: components, version: Release.version,
                             apiVersion: Release.apiVersion, minAPIVersion: Release.minAPIVersion,
                             gitCommit: Release.gitCommit, goVersion: Release.goVersion, os: "linux", arch: "amd64",
                             kernelVersion: host.kernelVersion, experimental: false, buildTime: Release.buildTime)
    }

    public func info() -> SystemInfo {
        let now = begin()
        let all = state.containers.values
        let running = all.filter { $0.running && !$0.paused }.count
        let paused = all.filter { $0.paused }.count
        return SystemInfo(
            id: state.daemon.id, containers: all.count, containersRunning: running, containersPaused: paused,
            containersStopped: all.count - running - paused, images: state.images.count, driver: "overlay2",
            driverStatus: [["Backing Filesystem", "extfs"], ["Supports d_type", "true"], ["Using metacopy", "false"],
                           ["Native Overlay Diff", "true"], ["userxattr", "false"]],
            volumePlugins: ["local"], networkPlugins: ["bridge", "host", "ipvlan", "macvlan", "null", "overlay"],
            logPlugins: ["awslogs", "fluentd", "gcplogs", "gelf", "journald", "json-file", "local", "splunk", "syslog"],
            systemTime: now.rfc3339Nano, loggingDriver: "json-file", cgroupDriver: "systemd", cgroupVersion: "2",
            kernelVersion: host.kernelVersion, operatingSystem: host.operatingSystem, osVersion: host.osVersion,
            osType: "linux", architecture: host.architecture, indexServerAddress: "https://index.docker.io/v1/",
            ncpu: host.ncpu, memTotal: host.memTotal, dockerRootDir: "/var/lib/docker", name: state.daemon.name,
            labels: [], experimentalBuild: false, serverVersion: Release.version, runtimes: ["io.containerd.runc.v2", "runc"],
            defaultRuntime: "runc", liveRestoreEnabled: false, initBinary: "docker-init",
            containerdCommit: Release.containerd.1, runcCommit: Release.runc.1, initCommit: Release.dockerInit.1,
            securityOptions: ["name=apparmor", "name=seccomp,profile=builtin", "name=cgroupns"],
            insecureRegistries: ["::1/128", "127.0.0.0/8"], warnings: [])
    }

    public func diskUsage() -> DiskUsage {
        let now = begin()
        let layers = state.layers.values.reduce(Int64(0)) { $0 + $1.size }
        var images: [ImageSummary] = []
        for image in state.images.values.sorted(by: { ($0.created ?? Timestamp(nanoseconds: 0), $0.id) > ($1.created ?? Timestamp(nanoseconds: 0), $1.id) }) {
            var s = ImageSummary(created: image.created?.seconds ?? 0, id: image.id, labels: image.config.labels,
                                 parentID: image.parent, repoDigests: repoDigests(image.id), repoTags: repoTags(image.id),
                                 size: imageSize(image))
            s.containers = Int64(state.containers.values.filter { $0.imageID == image.id }.count)
            s.sharedSize = sharedSize(image)
            images.append(s)
        }
        let containers = state.containers.values.sorted { ($0.created, $0.id) > ($1.created, $1.id) }
            .map { summary($0, now: now, size: true) }
        let volumes = state.volumes.values.sorted { $0.name < $1.name }.map { volumeValue($0, usage: true) }
        return DiskUsage(layersSize: layers, images: images, containers: containers, volumes: volumes)
    }

    public func events(_ options: EventsOptions) throws(EngineError) -> [EventMessage] {
        let now = begin()
        let f = options.filters
        try f.validate(["config", "container", "daemon", "event", "image", "label", "network", "node", "plugin",
                        "scope", "secret", "service", "type", "volume"])
        let until = options.until ?? now
        return state.events.filter { e in
            if let since = options.since, e.time < since { return false }
            if e.time > until { return false }
            if !f.exactMatch("type", e.type) { return false }
            if f.contains("event") {
                let action = e.action.split(separator: ":").first.map(String.init) ?? e.action
                if !f.values("event").contains(where: { $0 == e.action || $0 == action }) { return false }
            }
            if !f.exactMatch("scope", "local") { return false }
            if f.contains("container") {
                guard e.type == "container" else { return false }
                if !f.values("container").contains(where: { e.actorID.hasPrefix($0) || e.attributes["name"] == $0 }) { return false }
            }
            if f.contains("image") {
                let ref = e.type == "container" ? e.attributes["image"] ?? "" : e.actorID
                if !f.values("image").contains(where: { $0 == ref || ref.hasPrefix($0) || e.attributes["name"] == $0 }) { return false }
            }
            for key in ["volume", "network"] where f.contains(key) {
                guard e.type == key else { return false }
                if !f.values(key).contains(where: { e.actorID.hasPrefix($0) || e.attributes["name"] == $0 }) { return false }
            }
            if f.contains("daemon") && e.type != "daemon" { return false }
            return f.matchKVList("label", e.attributes)
        }
    }
}
