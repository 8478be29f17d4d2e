import DockerAPI

/// The properties a container goal can ask for, each with its wording and its explanation when missing.
extension ContainerGoal {
    static func stateCheck(_ state: ContainerState) -> Check {
        Check(description: GoalText.state(state)) { container, _ in
            container.state == state ? nil : GoalText.shouldBe(state)
        }
    }

    static func imageCheck(_ image: String) -> Check {
        Check(description: GoalText.text("runs image \(image)", "使用镜像 \(image)")) { container, world in
            if ImageMatching.container(container, uses: image, in: world) { return nil }
            return GoalText.text("it was created from \(container.image), not \(image)",
                                 "它是从镜像 \(container.image) 创建的，而不是 \(image)")
        }
    }

    static func commandCheck(_ words: [String]) -> Check {
        let wanted = GoalText.code(words)
        return Check(description: GoalText.text("runs a command containing \(wanted)", "运行的命令包含 \(wanted)")) { container, _ in
            let actual = container.commandWords
            if words.isEmpty || containsRun(actual, words) { return nil }
            let shown = GoalText.code(actual)
            return GoalText.text("its command is \(shown), without \(wanted)", "它的命令是 \(shown)，其中没有 \(wanted)")
        }
    }

    /// `true` when `needle` appears in `haystack` as consecutive elements.
    static func containsRun(_ haystack: [String], _ needle: [String]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        return (0...(haystack.count - needle.count)).contains { Array(haystack[$0..<($0 + needle.count)]) == needle }
    }

    static func portCheck(_ port: PortExpectation) -> Check {
        Check(description: GoalText.text("publishes port \(port.display)", "发布端口 \(port.display)")) { container, _ in
            let bindings = container.hostConfig.portBindings[port.containerPort + "/" + port.proto] ?? []
            let shown = port.containerDisplay
            guard !bindings.isEmpty else {
                return GoalText.text("port \(shown) is not published", "没有发布端口 \(shown)")
            }
            let matching = bindings.filter { binding in
                (port.hostPort == nil || binding.hostPort == port.hostPort)
                    && (port.hostIP == nil || binding.hostIP == port.hostIP)
            }
            if !matching.isEmpty { return nil }
            let actual = bindings.map { $0.hostIP.isEmpty ? $0.hostPort : $0.hostIP + ":" + $0.hostPort }
                .joined(separator: ", ")
            let wanted = (port.hostIP.map { $0 + ":" } ?? "") + (port.hostPort ?? "")
            return GoalText.text("port \(shown) is published on host port \(actual), not \(wanted)",
                                 "端口 \(shown) 发布到了主机端口 \(actual)，而不是 \(wanted)")
        }
    }

    static func mountCheck(_ mount: MountExpectation) -> Check {
        let readOnly = mount.readOnly == true ? GoalText.text(" read-only", "（只读）") : GoalText.text("", "")
        let description: LocalizedText
        switch mount.source {
        case .any:
            description = GoalText.text("has something mounted at \(mount.target)", "在 \(mount.target) 上有挂载")
        default:
            description = GoalText.text("mounts \(mount.sourceText.en) at \(mount.target)\(readOnly.en)",
                                        "把" + GoalText.spaced(mount.sourceText.zh) + "挂载到 \(mount.target)\(readOnly.zh)")
        }
        return Check(description: description) { container, world in
            let target = normalizePath(mount.target)
            guard let found = container.mounts.first(where: { normalizePath($0.destination) == target }) else {
                return GoalText.text("nothing is mounted at \(mount.target)", "\(mount.target) 上没有挂载任何东西")
            }
            if !sourceMatches(mount.source, found, world) {
                let actual = describeSource(found, world)
                return GoalText.text("\(mount.target) is mounted from \(actual.en), not from \(mount.sourceText.en)",
                                     "\(mount.target) 挂载的是\(actual.zh)，而不是\(mount.sourceText.zh)")
            }
            if let wanted = mount.readOnly, wanted == found.readWrite {
                return wanted
                    ? GoalText.text("\(mount.target) is mounted read-write, not read-only",
                                    "\(mount.target) 是以读写方式挂载的，而不是只读")
                    : GoalText.text("\(mount.target) is mounted read-only, not read-write",
                                    "\(mount.target) 是以只读方式挂载的，而不是读写")
            }
            return nil
        }
    }

    static func sourceMatches(_ source: MountExpectation.Source, _ mount: ContainerMount, _ world: any LessonWorld) -> Bool {
        switch source {
        case .any: return true
        case .anyVolume: return mount.type == .volume
        case .volume(let name): return mount.type == .volume && mount.name == name
        case .bind(let path):
            return mount.type == .bind && normalizePath(mount.source) == normalizePath(world.hostPath(path))
        }
    }

    static func describeSource(_ mount: ContainerMount, _ world: any LessonWorld) -> LocalizedText {
        switch mount.type {
        case .volume:
            let isAnonymous = world.volumes().first { $0.name == mount.name }?.anonymous
                ?? (mount.name.map { $0.count == 64 && $0.allSatisfy(\.isHexDigit) } ?? true)
            if isAnonymous { return GoalText.text("an anonymous volume", "匿名卷") }
            let name = mount.name ?? ""
            return GoalText.text("volume \(name)", "卷 \(name)")
        case .bind:
            return GoalText.text("host path \(mount.source)", "主机路径 \(mount.source)")
        default:
            return GoalText.text("a \(mount.type.rawValue) mount", "\(mount.type.rawValue) 挂载")
        }
    }

    /// `/data/` and `/data` are the same mount point.
    static func normalizePath(_ path: String) -> String {
        var p = path
        while p.count > 1 && p.hasSuffix("/") { p.removeLast() }
        return p
    }

    static func envCheck(_ variable: KeyValueExpectation) -> Check {
        let shown = variable.display
        return Check(description: GoalText.text("sets \(shown)", "设置了环境变量 \(shown)")) { container, _ in
            let values = (container.config.env ?? []).compactMap(KeyValueExpectation.parse).filter { $0.key == variable.key }
            guard let actual = values.last else {
                return GoalText.text("it does not set \(variable.key)", "它没有设置环境变量 \(variable.key)")
            }
            guard let wanted = variable.value, wanted != (actual.value ?? "") else { return nil }
            return GoalText.text("it sets \(actual.display), not \(shown)", "它设置的是 \(actual.display)，而不是 \(shown)")
        }
    }

    static func restartCheck(_ restart: RestartExpectation) -> Check {
        let shown = restart.display
        return Check(description: GoalText.text("has restart policy \(shown)", "重启策略为 \(shown)")) { container, _ in
            let policy = container.hostConfig.restartPolicy
            let mode = policy.name == .disabled ? "no" : policy.name.rawValue
            let countMatches = restart.maximumRetryCount.map { $0 == policy.maximumRetryCount } ?? true
            if mode == restart.mode && countMatches { return nil }
            let actual = policy.name == .onFailure && policy.maximumRetryCount > 0 ? "\(mode):\(policy.maximumRetryCount)" : mode
            return GoalText.text("its restart policy is \(actual), not \(shown)", "它的重启策略是 \(actual)，而不是 \(shown)")
        }
    }

    static func networkCheck(_ network: String) -> Check {
        Check(description: GoalText.text("is connected to network \(network)", "连接到网络 \(network)")) { container, _ in
            container.networks.contains(network)
                ? nil : GoalText.text("it is not connected to network \(network)", "它没有连接到网络 \(network)")
        }
    }

    static func labelCheck(_ label: KeyValueExpectation) -> Check {
        let shown = label.display
        return Check(description: GoalText.text("has label \(shown)", "带有标签 \(shown)")) { container, _ in
            guard let actual = container.config.labels?[label.key] else {
                return GoalText.text("it has no label \(label.key)", "它没有标签 \(label.key)")
            }
            guard let wanted = label.value, wanted != actual else { return nil }
            return GoalText.text("its label \(label.key) is \(actual), not \(wanted)",
                                 "它的标签 \(label.key) 是 \(actual)，而不是 \(wanted)")
        }
    }

    static func healthCheck(_ health: HealthExpectation) -> Check {
        switch health {
        case .none:
            return Check(description: GoalText.text("has no health check", "没有健康检查")) { container, _ in
                container.health == nil ? nil : GoalText.text("it has a health check", "它配置了健康检查")
            }
        case .status(let status):
            let shown = status.rawValue
            return Check(description: GoalText.text("is \(shown)", "健康状态为 \(shown)")) { container, _ in
                guard let actual = container.health else {
                    return GoalText.text("it has no health check", "它没有健康检查")
                }
                return actual == status ? nil : GoalText.text("its health is \(actual.rawValue), not \(shown)",
                                                              "它的健康状态是 \(actual.rawValue)，而不是 \(shown)")
            }
        }
    }

    static func exitCodeCheck(_ code: Int) -> Check {
        Check(description: GoalText.text("has exit code \(code)", "退出码为 \(code)")) { container, _ in
            guard container.state == .exited || container.state == .dead else {
                return GoalText.text("it has not exited yet", "它还没有退出")
            }
            return container.exitCode == code
                ? nil : GoalText.text("it exited with code \(container.exitCode), not \(code)",
                                      "它的退出码是 \(container.exitCode)，而不是 \(code)")
        }
    }
}
