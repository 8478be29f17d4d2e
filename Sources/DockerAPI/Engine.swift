/// The Engine API as a client sees it: one method per endpoint the docker CLI calls.
///
/// Shaped after moby's `client` package (v28.2.2): container, exec, image, volume, network and
/// system calls taking and returning the `api/types` values. The simulated daemon
/// (`DockerEngine.DockerDaemon`) implements it; so could a client of a real daemon. Streams
/// that the real API keeps open (logs `-f`, attach, events) are cursors the client polls, so
/// neither side needs threads. Identifiers (`idOrName`) accept what the daemon accepts: a full
/// id, a unique id prefix, or a name.
///
/// A call that the real API answers with `304 Not Modified` (starting a running container,
/// stopping a stopped one) returns normally, as the moby client does.
public protocol Engine: AnyObject {
    // MARK: System

    /// `GET /_ping`.
    func ping() -> PingResponse
    /// `GET /version`.
    func version() -> SystemVersion
    /// `GET /info`.
    func info() -> SystemInfo
    /// `GET /system/df`.
    func diskUsage() -> DiskUsage
    /// `GET /events` up to now (or `until`); poll again with `since` to follow.
    func events(_ options: EventsOptions) throws(EngineError) -> [EventMessage]
    /// The daemon's current time. A real client uses its own clock; a simulated one must use this,
    /// so `--since 10m` and "Up 3 minutes" agree with the simulated time.
    var now: Timestamp { get }

    // MARK: Containers

    /// `POST /containers/create`.
    func containerCreate(_ request: ContainerCreateRequest) throws(EngineError) -> ContainerCreateResponse
    /// `POST /containers/{id}/start`.
    func containerStart(_ idOrName: String) throws(EngineError)
    /// `POST /containers/{id}/stop`.
    func containerStop(_ idOrName: String, options: StopOptions) throws(EngineError)
    /// `POST /containers/{id}/restart`.
    func containerRestart(_ idOrName: String, options: StopOptions) throws(EngineError)
    /// `POST /containers/{id}/kill`; an empty signal is SIGKILL.
    func containerKill(_ idOrName: String, signal: String) throws(EngineError)
    /// `POST /containers/{id}/pause`.
    func containerPause(_ idOrName: String) throws(EngineError)
    /// `POST /containers/{id}/unpause`.
    func containerUnpause(_ idOrName: String) throws(EngineError)
    /// `POST /containers/{id}/wait`: blocks until the condition holds (a simulated clock jumps there).
    func containerWait(_ idOrName: String, condition: WaitCondition) throws(EngineError) -> ContainerWaitResponse
    /// `POST /containers/{id}/rename`.
    func containerRename(_ idOrName: String, newName: String) throws(EngineError)
    /// `POST /containers/{id}/update`: returns the warnings.
    func containerUpdate(_ idOrName: String, _ update: ContainerUpdateConfig) throws(EngineError) -> [String]
    /// `DELETE /containers/{id}`.
    func containerRemove(_ idOrName: String, options: ContainerRemoveOptions) throws(EngineError)
    /// `GET /containers/{id}/json`.
    func containerInspect(_ idOrName: String, size: Bool) throws(EngineError) -> ContainerInspect
    /// `GET /containers/json`.
    func containerList(_ options: ContainerListOptions) throws(EngineError) -> [ContainerSummary]
    /// `GET /containers/{id}/logs`.
    func containerLogs(_ idOrName: String, options: LogsOptions) throws(EngineError) -> OutputBatch
    /// `POST /containers/{id}/attach`: a cursor at the current end of the output, to read from with `attachRead`.
    func containerAttach(_ idOrName: String, options: AttachOptions) throws(EngineError) -> OutputCursor
    /// Reads what an attached client receives after `cursor`; with `block`, first waits until the
    /// container exits if it will (a simulated clock jumps there).
    func attachRead(_ cursor: OutputCursor, options: AttachOptions, block: Bool) throws(EngineError) -> OutputBatch
    /// `GET /containers/{id}/top`.
    func containerTop(_ idOrName: String, psArgs: String) throws(EngineError) -> ContainerTopResponse
    /// `GET /containers/{id}/stats?stream=false`.
    func containerStats(_ idOrName: String) throws(EngineError) -> ContainerStatsSnapshot
    /// `POST /containers/prune`.
    func containersPrune(_ filters: FilterArgs) throws(EngineError) -> ContainersPruneReport

    // MARK: Exec

    /// `POST /containers/{id}/exec`: returns the exec id.
    func execCreate(_ idOrName: String, config: ExecCreateConfig) throws(EngineError) -> String
    /// `POST /exec/{id}/start`.
    func execStart(_ execID: String, detach: Bool) throws(EngineError) -> ExecStartResult
    /// `GET /exec/{id}/json`.
    func execInspect(_ execID: String) throws(EngineError) -> ExecInspect

    // MARK: Images

    /// `POST /images/create?fromImage=...`: the progress stream of a pull. `reference` is what the user
    /// typed (`redis`, `redis:7`, `bitnami/redis@sha256:...`).
    func imagePull(_ reference: String, allTags: Bool, platform: String) throws(EngineError) -> [PullProgress]
    /// `POST /images/{name}/tag`.
    func imageTag(source: String, target: String) throws(EngineError)
    /// `DELETE /images/{name}`.
    func imageRemove(_ reference: String, force: Bool, noPrune: Bool) throws(EngineError) -> [ImageDeleteResponseItem]
    /// `GET /images/json`.
    func imageList(_ options: ImageListOptions) throws(EngineError) -> [ImageSummary]
    /// `GET /images/{name}/json`.
    func imageInspect(_ reference: String) throws(EngineError) -> ImageInspect
    /// `GET /images/{name}/history`.
    func imageHistory(_ reference: String) throws(EngineError) -> [ImageHistoryItem]
    /// `POST /images/prune`.
    func imagesPrune(_ filters: FilterArgs) throws(EngineError) -> ImagesPruneReport

    // MARK: Volumes

    /// `POST /volumes/create`.
    func volumeCreate(_ options: VolumeCreateOptions) throws(EngineError) -> Volume
    /// `GET /volumes`.
    func volumeList(_ filters: FilterArgs) throws(EngineError) -> VolumeListResponse
    /// `GET /volumes/{name}`.
    func volumeInspect(_ name: String) throws(EngineError) -> Volume
    /// `DELETE /volumes/{name}`.
    func volumeRemove(_ name: String, force: Bool) throws(EngineError)
    /// `POST /volumes/prune`; without `all=true` only anonymous volumes go.
    func volumesPrune(_ filters: FilterArgs) throws(EngineError) -> VolumesPruneReport

    // MARK: Networks

    /// `POST /networks/create`.
    func networkCreate(_ options: NetworkCreateOptions) throws(EngineError) -> NetworkCreateResponse
    /// `GET /networks`.
    func networkList(_ filters: FilterArgs) throws(EngineError) -> [NetworkInspect]
    /// `GET /networks/{id}`.
    func networkInspect(_ idOrName: String, verbose: Bool) throws(EngineError) -> NetworkInspect
    /// `POST /networks/{id}/connect`.
    func networkConnect(_ network: String, container: String, settings: EndpointSettings) throws(EngineError)
    /// `POST /networks/{id}/disconnect`.
    func networkDisconnect(_ network: String, container: String, force: Bool) throws(EngineError)
    /// `DELETE /networks/{id}`.
    func networkRemove(_ idOrName: String) throws(EngineError)
    /// `POST /networks/prune`.
    func networksPrune(_ filters: FilterArgs) throws(EngineError) -> NetworksPruneReport
}
