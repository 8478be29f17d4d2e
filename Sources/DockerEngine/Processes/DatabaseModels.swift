import DockerAPI

/// mysql and mariadb from the official images: the entrypoint refuses an uninitialised database
/// without a password variable (exit 1), otherwise initialises once, then serves
/// (docker-library/mysql and mariadb `docker-entrypoint.sh`).
struct MySQLModel: ProcessModel {
    /// `mariadb` or `mysql`.
    var flavor: String

    private var isMariaDB: Bool { flavor == "mariadb" }

    private func stamp(_ t: Timestamp) -> String {
        let c = t.civil
        func p(_ v: Int) -> String { v < 10 ? "0\(v)" : String(v) }
        return "\(c.year)-\(p(c.month))-\(p(c.day)) \(p(c.hour)):\(p(c.minute)):\(p(c.second))+00:00"
    }

    private func password(_ context: ProcessContext) -> Bool {
        let keys = isMariaDB
            ? ["MARIADB_ROOT_PASSWORD", "MARIADB_ROOT_PASSWORD_HASH", "MARIADB_ALLOW_EMPTY_ROOT_PASSWORD",
               "MARIADB_RANDOM_ROOT_PASSWORD", "MYSQL_ROOT_PASSWORD", "MYSQL_ALLOW_EMPTY_PASSWORD", "MYSQL_RANDOM_ROOT_PASSWORD"]
            : ["MYSQL_ROOT_PASSWORD", "MYSQL_ALLOW_EMPTY_PASSWORD", "MYSQL_RANDOM_ROOT_PASSWORD"]
        return keys.contains { !context.env($0).isEmpty }
    }

    func start(_ context: ProcessContext) -> ProcessPlan {
        var plan = ProcessPlan()
        let now = stamp(context.startedAt)
        let version = isMariaDB ? context.env("MARIADB_VERSION") : context.env("MYSQL_VERSION")
        let product = isMariaDB ? "MariaDB Server" : "MySQL Server"
        let started = "\(now) [Note] [Entrypoint]: Entrypoint script for \(product) \(version.isEmpty ? "8.4.3-1.el9" : version) started."
        plan.print([started, "\(now) [Note] [Entrypoint]: Switching to dedicated user 'mysql'", started])
        let dataDir = "/var/lib/mysql"
        let initialised = context.volume(containing: dataDir).flatMap { v in
            context.volumes[v.mount]?.contains(v.relative == "/" ? "/mysql" : v.relative + "/mysql")
        } ?? false
        if !initialised && !password(context) {
            let lines: [String]
            if isMariaDB {
                lines = ["\(now) [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified",
                         "\tYou need to specify one of MARIADB_ROOT_PASSWORD, MARIADB_ROOT_PASSWORD_HASH, MARIADB_ALLOW_EMPTY_ROOT_PASSWORD and MARIADB_RANDOM_ROOT_PASSWORD"]
            } else {
                lines = ["\(now) [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified",
                         "    You need to specify one of the following as an environment variable:",
                         "    - MYSQL_ROOT_PASSWORD",
                         "    - MYSQL_ALLOW_EMPTY_PASSWORD",
                         "    - MYSQL_RANDOM_ROOT_PASSWORD"]
            }
            plan.print(lines, stream: .stderr)
            plan.exit = PlannedExit(after: 50 * Timestamp.millisecond, code: 1)
            return plan
        }
        let t1 = 2 * Timestamp.second
        if !initialised {
            plan.print(["\(now) [Note] [Entrypoint]: Initializing database files"], at: Timestamp.millisecond)
            plan.print(["\(now) [Note] [Entrypoint]: Database files initialized",
                        "\(now) [Note] [Entrypoint]: Starting temporary server",
                        "\(now) [Note] [Entrypoint]: Temporary server started."], at: t1 / 2)
            if !context.env("MYSQL_DATABASE").isEmpty || !context.env("MARIADB_DATABASE").isEmpty {
                let db = context.env(isMariaDB && !context.env("MARIADB_DATABASE").isEmpty ? "MARIADB_DATABASE" : "MYSQL_DATABASE")
                plan.print(["\(now) [Note] [Entrypoint]: Creating database \(db)"], at: t1 / 2)
            }
            plan.print(["\(now) [Note] [Entrypoint]: Stopping temporary server",
                        "\(now) [Note] [Entrypoint]: Temporary server stopped", "",
                        "\(now) [Note] [Entrypoint]: \(isMariaDB ? "MariaDB" : "MySQL") init process done. Ready for start up.", ""],
                       at: t1)
            plan.writes = [FileWrite(dataDir + "/mysql/db.opt", ""), FileWrite(dataDir + "/ibdata1", "")]
        }
        if isMariaDB {
            plan.print(["\(now) 0 [Note] Starting MariaDB \(version) source revision as process 1",
                        "\(now) 0 [Note] Server socket created on IP: '0.0.0.0'.",
                        "\(now) 0 [Note] mariadbd: ready for connections.",
                        "Version: '\(version)'  socket: '/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution"],
                       at: t1 + Timestamp.millisecond, stream: .stderr)
        } else {
            let short = version.split(separator: "-").first.map(String.init) ?? version
            plan.print(["\(now) [System] [MY-015015] [Server] MySQL Server - start.",
                        "\(now) [System] [MY-010116] [Server] /usr/sbin/mysqld (mysqld \(short)) starting as process 1",
                        "\(now) [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '\(short)'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL."],
                       at: t1 + Timestamp.millisecond, stream: .stderr)
        }
        return plan
    }

    func receive(_ signal: Int32, context: ProcessContext, elapsed: Int64) -> SignalResponse {
        guard signal == 15 || signal == 2 || signal == 3 else { return .ignored }
        let now = stamp(context.startedAt.adding(nanoseconds: elapsed))
        let line = isMariaDB
            ? "\(now) 0 [Note] mariadbd (initiated by: unknown): Normal shutdown\n"
            : "\(now) [System] [MY-013172] [Server] Received SHUTDOWN from user <via user signal>. Shutting down mysqld.\n"
        return .exits(code: 0, after: 500 * Timestamp.millisecond,
                      output: [TimedOutput(offset: elapsed, stream: .stderr, text: line)])
    }
}

/// postgres from the official image: without `POSTGRES_PASSWORD` (or trust) it exits 1 with the
/// entrypoint's message; otherwise initdb once, then serves (docker-library/postgres entrypoint).
struct PostgresModel: ProcessModel {
    static let missingPassword = [
        "Error: Database is uninitialized and superuser password is not specified.",
        "       You must specify POSTGRES_PASSWORD to a non-empty value for the",
        "       superuser. For example, \"-e POSTGRES_PASSWORD=password\" on \"docker run\".",
        "",
        "       You may also use \"POSTGRES_HOST_AUTH_METHOD=trust\" to allow all",
        "       connections without a password. This is *not* recommended.",
        "",
        "       See PostgreSQL documentation about \"trust\":",
        "       https://www.postgresql.org/docs/current/auth-trust.html",
    ]

    private func stamp(_ t: Timestamp) -> String {
        let c = t.civil
        func p(_ v: Int, _ w: Int = 2) -> String { String(repeating: "0", count: max(0, w - String(v).count)) + String(v) }
        return "\(c.year)-\(p(c.month))-\(p(c.day)) \(p(c.hour)):\(p(c.minute)):\(p(c.second)).\(p(Int(t.fraction / Timestamp.millisecond), 3)) UTC"
    }

    func start(_ context: ProcessContext) -> ProcessPlan {
        var plan = ProcessPlan()
        let pgdata = context.env("PGDATA").isEmpty ? "/var/lib/postgresql/data" : context.env("PGDATA")
        let initialised = context.volume(containing: pgdata).flatMap { v in
            context.volumes[v.mount]?.contains(v.relative == "/" ? "/PG_VERSION" : v.relative + "/PG_VERSION")
        } ?? false
        let major = context.env("PG_MAJOR").isEmpty ? "17" : context.env("PG_MAJOR")
        if !initialised {
            if context.env("POSTGRES_PASSWORD").isEmpty && context.env("POSTGRES_HOST_AUTH_METHOD") != "trust" {
                plan.print(Self.missingPassword, stream: .stderr)
                plan.exit = PlannedExit(after: 20 * Timestamp.millisecond, code: 1)
                return plan
            }
            plan.print(["The files belonging to this database system will be owned by user \"postgres\".",
                        "This user must also own the server process.", "",
                        "The database cluster will be initialized with locale \"en_US.utf8\".",
                        "The default database encoding has accordingly been set to \"UTF8\".",
                        "The default text search configuration will be set to \"english\".", "",
                        "Data page checksums are disabled.", "",
                        "fixing permissions on existing directory \(pgdata) ... ok",
                        "creating subdirectories ... ok",
                        "selecting dynamic shared memory implementation ... posix",
                        "selecting default \"max_connections\" ... 100",
                        "selecting default \"shared_buffers\" ... 128MB",
                        "selecting default time zone ... Etc/UTC",
                        "creating configuration files ... ok",
                        "running bootstrap script ... ok",
                        "performing post-bootstrap initialization ... ok",
                        "syncing data to disk ... ok", "", "",
                        "Success. You can now start the database server using:", "",
                        "    pg_ctl -D \(pgdata) -l logfile start", "",
                        "waiting for server to start.... done",
                        "server started", "",
                        "/usr/local/bin/docker-entrypoint.sh: ignoring /docker-entrypoint-initdb.d/*", "",
                        "waiting for server to shut down.... done",
                        "server stopped", "",
                        "PostgreSQL init process complete; ready for start up.", ""],
                       at: Timestamp.millisecond)
            plan.writes = [FileWrite(pgdata + "/PG_VERSION", major + "\n")]
        } else {
            plan.print(["", "PostgreSQL Database directory appears to contain a database; Skipping initialization", ""])
        }
        let t = stamp(context.startedAt.adding(nanoseconds: 2 * Timestamp.second))
        let version = context.env("PG_VERSION").isEmpty ? "17.5" : context.env("PG_VERSION").split(separator: "-").first.map(String.init) ?? ""
        plan.print(["\(t) [1] LOG:  starting PostgreSQL \(version) (Debian \(context.env("PG_VERSION"))) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit",
                    "\(t) [1] LOG:  listening on IPv4 address \"0.0.0.0\", port 5432",
                    "\(t) [1] LOG:  listening on IPv6 address \"::\", port 5432",
                    "\(t) [1] LOG:  listening on Unix socket \"/var/run/postgresql/.s.PGSQL.5432\"",
                    "\(t) [1] LOG:  database system is ready to accept connections"],
                   at: 2 * Timestamp.second, stream: .stderr)
        return plan
    }

    func receive(_ signal: Int32, context: ProcessContext, elapsed: Int64) -> SignalResponse {
        let t = stamp(context.startedAt.adding(nanoseconds: elapsed))
        let mode: String
        switch signal {
        case 15: mode = "smart"
        case 2: mode = "fast"
        case 3: mode = "immediate"
        default: return .ignored
        }
        let lines = ["\(t) [1] LOG:  received \(mode) shutdown request",
                     "\(t) [1] LOG:  background worker \"logical replication launcher\" (PID 0) exited with exit code 1",
                     "\(t) [1] LOG:  database system is shut down"]
        return .exits(code: 0, after: 100 * Timestamp.millisecond,
                      output: lines.map { TimedOutput(offset: elapsed, stream: .stderr, text: $0 + "\n") })
    }
}
