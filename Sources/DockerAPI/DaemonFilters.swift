/// The filter names each list and prune endpoint of moby v28.2.2 accepts, and its refusal text.
///
/// The client sends any `--filter name=value`; the daemon checks the names against these tables
/// (`filters.Args.Validate`) and answers `invalid filter 'name'` (HTTP 400) for the first unknown
/// one it meets. Go iterates the filter map in random order; with several unknown names the
/// simulation reports the first in sorted order.
public enum DaemonFilters {
    /// The endpoints that validate filter names.
    public enum Endpoint: String, Sendable, CaseIterable {
        /// `GET /containers/json` (`docker ps`).
        case containerList
        /// `POST /containers/prune`.
        case containerPrune
        /// `GET /images/json` with the graph-driver image store (the Linux default in v28).
        case imageList
        /// `GET /images/json` with the containerd image store (which also accepts `label!`).
        case imageListContainerd
        /// `POST /images/prune`.
        case imagePrune
        /// `GET /networks` (`docker network ls`).
        case networkList
        /// `POST /networks/prune`.
        case networkPrune
        /// `GET /volumes`.
        case volumeList
        /// `POST /volumes/prune`.
        case volumePrune
        /// `POST /build/prune` (BuildKit).
        case buildPrune
        /// `GET /plugins`.
        case pluginList
        /// `GET /images/search`.
        case imageSearch
        /// Swarm lists.
        case nodeList, taskList, serviceList, secretList, configList
    }

    /// `accepted` maps of moby v28.2.2, per endpoint.
    public static func acceptedNames(_ endpoint: Endpoint) -> Set<String> {
        switch endpoint {
        case .containerList:
            return ["ancestor", "before", "exited", "id", "isolation", "label", "name", "status", "health", "since",
                    "volume", "network", "is-task", "publish", "expose"]
        case .containerPrune, .networkPrune:
            return ["label", "label!", "until"]
        case .imageList:
            return ["dangling", "label", "before", "since", "reference", "until"]
        case .imageListContainerd:
            return ["dangling", "label", "label!", "before", "since", "reference", "until"]
        case .imagePrune:
            return ["dangling", "label", "label!", "until"]
        case .networkList:
            return ["dangling", "driver", "id", "label", "name", "scope", "type"]
        case .volumeList:
            return ["dangling", "name", "driver", "label"]
        case .volumePrune:
            return ["label", "label!", "all"]
        case .buildPrune:
            return ["unused-for", "until", "label", "label!", "id", "parent", "type", "description", "inuse", "shared",
                    "private"]
        case .pluginList:
            return ["enabled", "capability"]
        case .imageSearch:
            return ["is-automated", "is-official", "stars"]
        case .nodeList:
            return ["name", "id", "label", "role", "membership", "node.label"]
        case .taskList:
            return ["name", "id", "label", "service", "node", "desired-state", "_up-to-date", "runtime"]
        case .serviceList:
            return ["name", "id", "label", "mode", "runtime"]
        case .secretList:
            return ["names", "name", "id", "label"]
        case .configList:
            return ["name", "id", "label"]
        }
    }

    /// moby's `invalidFilter` text: `invalid filter 'name'`, or `invalid filter 'name=[v1 v2]'` with values.
    public static func invalidFilterMessage(_ name: String, values: [String]? = nil) -> String {
        var message = "invalid filter"
        guard !name.isEmpty else { return message }
        message += " '" + name
        if let values { message += "=[" + values.joined(separator: " ") + "]" }
        return message + "'"
    }

    /// `filters.Args.Validate`: the message for the first name the endpoint does not accept, or `nil`.
    public static func validationError(_ names: some Sequence<String>, endpoint: Endpoint) -> String? {
        let accepted = acceptedNames(endpoint)
        return names.sorted().first { !accepted.contains($0) }.map { invalidFilterMessage($0) }
    }
}
