import DockerAPI

/// What a structured flag value means, in words: `-p 8080:80`, `-v data:/data`, `--restart on-failure:3`.
///
/// docker's own usage line says what a flag is for; these lines say what this particular value
/// does, using the same readers the verdict uses (`PublishSpec`, `VolumeSpec`, `MountSpec`...),
/// so an explanation never contradicts docker.
enum ValueDetails {
    /// The detail lines for `value` given to the flag `name` of the command at `path`.
    static func lines(flag name: String, value: String, path: String, _ l: Language) -> [String] {
        let containerFlags = path == "container run" || path == "container create"
        switch name {
        case "publish" where containerFlags: return publish(value, l)
        case "expose": return [l == .zh ? "记录容器端口 \(value)（不会发布到宿主机）" : "records container port \(value) (does not publish it)"]
        case "volume" where containerFlags: return volume(value, l)
        case "mount": return mount(value, l)
        case "env": return env(value, l)
        case "restart": return restart(value, l)
        case "memory", "memory-reservation", "shm-size", "memory-swap", "kernel-memory":
            return bytes(value, l)
        case "cpus":
            if case .success = NanoCPUs.parse(value) {
                return [l == .zh ? "最多使用 \(value) 个 CPU" : "at most \(value) CPUs"]
            }
            return []
        case "network", "net": return network(value, l)
        case "name" where containerFlags:
            return [l == .zh ? "容器名为 \(value)，其他命令可以用它代替容器 ID" : "the container is named \(value); other commands can use it instead of the ID"]
        case "pull": return pull(value, l)
        case "add-host":
            let (host, ip, _) = ListValidators.cut(value, ":")
            let target = ip == "host-gateway" ? (l == .zh ? "宿主机的网关地址" : "the host's gateway address") : ip
            return [l == .zh ? "容器内 \(host) 解析为 \(target)" : "inside the container, \(host) resolves to \(target)"]
        case "tag" where path == "image build" || path == "buildx build":
            return ImageDetails.lines(value, l)
        case "user": return [l == .zh ? "以用户 \(value) 的身份运行" : "runs as user \(value)"]
        case "workdir": return [l == .zh ? "在容器内的 \(value) 目录中运行" : "runs in the directory \(value) inside the container"]
        case "entrypoint": return [l == .zh ? "运行 \(value)，而不是镜像的 ENTRYPOINT" : "runs \(value) instead of the image's ENTRYPOINT"]
        default: return []
        }
    }

    static func publish(_ value: String, _ l: Language) -> [String] {
        guard case .success = PublishSpec.parse((try? PublishSpec.standardNotation(value).get()) ?? value),
              let parts = PortWords.parts((try? PublishSpec.standardNotation(value).get()) ?? value)
        else { return [] }
        let proto = value.split(separator: "/").dropFirst().first.map(String.init) ?? "tcp"
        let host = parts.host.flatMap { $0.isEmpty ? nil : $0 }
        let address = parts.ip.flatMap { $0.isEmpty ? nil : $0 }
        switch l {
        case .en:
            let hostSide = (host.map { "host port \($0)" } ?? "a random free host port")
                + (address.map { " on \($0)" } ?? " (all host addresses)")
            return [hostSide + " → container port \(parts.container)/\(proto)"]
        case .zh:
            let hostSide = (host.map { "宿主机端口 \($0)" } ?? "宿主机上随机的空闲端口")
                + (address.map { "（地址 \($0)）" } ?? "（宿主机的所有地址）")
            return [hostSide + " → 容器端口 \(parts.container)/\(proto)"]
        }
    }

    static func volume(_ value: String, _ l: Language) -> [String] {
        guard case .success(let spec) = VolumeSpec.parse(value) else { return [] }
        let readOnly = spec.readOnly ? (l == .zh ? "，只读" : ", read-only") : ""
        if spec.source.isEmpty {
            return [l == .zh ? "匿名卷，挂载到容器的 \(spec.target)" : "an anonymous volume mounted at \(spec.target)"]
        }
        if spec.type == .bind {
            let relative = spec.source.hasPrefix(".")
                ? (l == .zh ? "（相对于当前目录）" : " (relative to the current directory)") : ""
            return [l == .zh ? "宿主机路径 \(spec.source)\(relative) 绑定挂载到容器的 \(spec.target)\(readOnly)"
                : "host path \(spec.source)\(relative) bind-mounted at \(spec.target)\(readOnly)"]
        }
        return [l == .zh ? "命名卷 \(spec.source)（不存在时自动创建）挂载到容器的 \(spec.target)\(readOnly)"
            : "named volume \(spec.source) (created if missing) mounted at \(spec.target)\(readOnly)"]
    }

    static func mount(_ value: String, _ l: Language) -> [String] {
        guard case .success(let spec) = MountSpec.parse(value) else { return [] }
        let m = spec.mount
        let readOnly = m.readOnly ? (l == .zh ? "，只读" : ", read-only") : ""
        switch (m.type, l) {
        case (.bind, .en): return ["host path \(m.source) bind-mounted at \(m.target)\(readOnly)"]
        case (.bind, .zh): return ["宿主机路径 \(m.source) 绑定挂载到容器的 \(m.target)\(readOnly)"]
        case (.volume, .en): return [(m.source.isEmpty ? "an anonymous volume" : "volume \(m.source)") + " mounted at \(m.target)\(readOnly)"]
        case (.volume, .zh): return [(m.source.isEmpty ? "匿名卷" : "卷 \(m.source)") + " 挂载到容器的 \(m.target)\(readOnly)"]
        case (.tmpfs, .en): return ["a tmpfs (in memory, gone when the container stops) at \(m.target)"]
        case (.tmpfs, .zh): return ["内存中的 tmpfs（容器停止后消失），位于 \(m.target)"]
        default: return [l == .zh ? "\(spec.typeName) 挂载，位于 \(m.target)" : "a \(spec.typeName) mount at \(m.target)"]
        }
    }

    static func env(_ value: String, _ l: Language) -> [String] {
        let (key, val, hasValue) = ListValidators.cut(value, "=")
        if hasValue {
            return [l == .zh ? "把环境变量 \(key) 设为 \"\(val)\"" : "sets the variable \(key) to \"\(val)\""]
        }
        return [l == .zh ? "从当前 shell 复制环境变量 \(key)（未设置时不传入）" : "copies \(key) from your shell's environment (left out when unset)"]
    }

    static func restart(_ value: String, _ l: Language) -> [String] {
        guard case .success(let policy) = RestartPolicySpec.parse(value) else { return [] }
        switch (policy.name, l) {
        case ("no", .en), ("", .en): return ["never restart the container (the default)"]
        case ("no", .zh), ("", .zh): return ["从不重启容器（默认）"]
        case ("always", .en): return ["always restart it, also when the daemon starts"]
        case ("always", .zh): return ["总是重启容器，守护进程启动时也会启动它"]
        case ("unless-stopped", .en): return ["restart it unless it was stopped with docker stop"]
        case ("unless-stopped", .zh): return ["除非用 docker stop 停止过，否则总是重启"]
        case ("on-failure", .en):
            return ["restart it when it exits with a non-zero status" + (policy.maximumRetryCount > 0 ? ", at most \(policy.maximumRetryCount) times" : "")]
        case ("on-failure", .zh):
            return ["容器以非零状态退出时重启" + (policy.maximumRetryCount > 0 ? "，最多 \(policy.maximumRetryCount) 次" : "")]
        default: return [l == .zh ? "未知的重启策略（守护进程会拒绝）" : "not a restart policy the daemon knows (it will refuse it)"]
        }
    }

    static func bytes(_ value: String, _ l: Language) -> [String] {
        guard value != "-1" else { return [l == .zh ? "不限制" : "unlimited"] }
        guard case .success(let n) = ByteSize.ramInBytes(value) else { return [] }
        let human = Units.bytesSize(Double(n))
        return [l == .zh ? "\(human)（\(n) 字节）" : "\(human) (\(n) bytes)"]
    }

    static func network(_ value: String, _ l: Language) -> [String] {
        switch value {
        case "host": return [l == .zh ? "与宿主机共用网络栈（端口发布不再起作用）" : "shares the host's network stack (port publishing does not apply)"]
        case "none": return [l == .zh ? "没有网络，只有回环接口" : "no networking, only a loopback interface"]
        case "bridge", "default": return [l == .zh ? "默认的 bridge 网络" : "the default bridge network"]
        default:
            if value.hasPrefix("container:") {
                let other = value.dropFirst("container:".count)
                return [l == .zh ? "与容器 \(other) 共用网络栈" : "shares the network stack of container \(other)"]
            }
            if value.contains("=") { return [] }
            return [l == .zh ? "自定义网络 \(value)：同一网络中的容器可以用名称互相访问" : "user-defined network \(value): containers on it reach each other by name"]
        }
    }

    static func pull(_ value: String, _ l: Language) -> [String] {
        switch (value, l) {
        case ("always", .en): return ["pull the image every time, even when it is present"]
        case ("always", .zh): return ["每次都拉取镜像，即使本地已有"]
        case ("missing", .en): return ["pull only when the image is not present (the default)"]
        case ("missing", .zh): return ["只在本地没有镜像时拉取（默认）"]
        case ("never", .en): return ["never pull: fail when the image is not present"]
        case ("never", .zh): return ["从不拉取：本地没有镜像时报错"]
        default: return []
        }
    }
}

/// An image reference broken into registry, repository, tag and digest, with what was implied.
enum ImageDetails {
    static func lines(_ written: String, _ l: Language) -> [String] {
        guard let any = try? ImageReference.parseAny(written) else { return [] }
        switch any {
        case .digest(let digest):
            return [ExplainPhrases.imageID(digest, l)]
        case .named(let ref):
            let domainWritten = written.split(separator: "/").count > 1
                && (written.split(separator: "/").first.map { $0.contains(".") || $0.contains(":") || $0 == "localhost" } ?? false)
            let official = ref.domain == ImageReference.defaultDomain && ref.path.hasPrefix("library/")
                && !written.contains("library/")
            var out = [
                ExplainPhrases.registry(ref.domain, implied: !domainWritten, l),
                ExplainPhrases.repository(ref.path, official: official, l),
            ]
            if let tag = ref.tag {
                out.append(ExplainPhrases.tag(tag, implied: false, l))
            } else if ref.digest == nil {
                out.append(ExplainPhrases.tag("latest", implied: true, l))
            }
            if let digest = ref.digest { out.append(ExplainPhrases.digest(digest, l)) }
            return out
        }
    }
}
