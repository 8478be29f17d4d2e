import Testing
@testable import Archive

/// Entry names and link targets from hostile archives, confined the way docker's chrooted
/// unpacker confines them, with escapes reported; overlay whiteout names.
@Suite struct SafePathTests {
    struct NameCase: Sendable, CustomTestStringConvertible {
        let name: String
        /// The confined path, as seen inside the container.
        let path: String
        /// `init(validating:)`'s error text, nil when the name is accepted.
        let error: String?
        var testDescription: String { name.isEmpty ? "(empty)" : name }
    }

    static let names: [NameCase] = [
        NameCase(name: "etc/passwd", path: "/etc/passwd", error: nil),
        NameCase(name: "./etc/./passwd", path: "/etc/passwd", error: nil),
        NameCase(name: "etc//passwd/", path: "/etc/passwd", error: nil),
        NameCase(name: "etc/../etc/passwd", path: "/etc/passwd", error: nil),
        NameCase(name: "", path: "/", error: nil),
        NameCase(name: ".", path: "/", error: nil),
        NameCase(name: "../etc/passwd", path: "/etc/passwd", error: "\"../etc/passwd\" is outside of \"/\""),
        NameCase(name: "a/../../../etc/shadow", path: "/etc/shadow", error: "\"a/../../../etc/shadow\" is outside of \"/\""),
        NameCase(name: "/etc/shadow", path: "/etc/shadow", error: "\"/etc/shadow\" is an absolute path"),
        NameCase(name: "//../x", path: "/x", error: "\"//../x\" is an absolute path"),
        NameCase(name: "..", path: "/", error: "\"..\" is outside of \"/\""),
        NameCase(name: "dir/.wh..wh..opq", path: "/dir/.wh..wh..opq", error: nil),
        NameCase(name: "line\nbreak/../../x", path: "/x", error: "\"line\\nbreak/../../x\" is outside of \"/\""),
    ]

    @Test(arguments: names)
    func confinesLikeDockersChroot(_ c: NameCase) {
        let path = SafePath(confining: c.name)
        #expect(path.description == c.path)
        #expect(path.escapes == (c.error != nil))
        do {
            let validated = try SafePath(validating: c.name)
            #expect(c.error == nil)
            #expect(validated == path)
        } catch {
            #expect(error.description == c.error)
        }
    }

    struct LinkCase: Sendable, CustomTestStringConvertible {
        let at: String
        let target: String
        let destination: String
        let error: String?
        var testDescription: String { "\(at) -> \(target)" }
    }

    static let symlinks: [LinkCase] = [
        LinkCase(at: "usr/bin/sh", target: "busybox", destination: "/usr/bin/busybox", error: nil),
        LinkCase(at: "usr/bin/sh", target: "../../bin/busybox", destination: "/bin/busybox", error: nil),
        LinkCase(at: "etc/mtab", target: "/proc/mounts", destination: "/proc/mounts", error: nil),
        LinkCase(at: "evil", target: "../../../etc/passwd", destination: "/etc/passwd",
                 error: "invalid symlink \"/var/lib/docker/tmp/x/evil\" -> \"../../../etc/passwd\""),
        LinkCase(at: "a/b/up", target: "../../..", destination: "/",
                 error: "invalid symlink \"/var/lib/docker/tmp/x/a/b/up\" -> \"../../..\""),
        LinkCase(at: "root", target: "/", destination: "/", error: nil),
    ]

    @Test(arguments: symlinks)
    func symlinkDestinations(_ c: LinkCase) {
        let at = SafePath(confining: c.at)
        #expect(at.symlinkDestination(c.target).path.description == c.destination)
        do {
            let destination = try at.validatedSymlinkDestination(c.target, root: "/var/lib/docker/tmp/x")
            #expect(c.error == nil)
            #expect(destination.description == c.destination)
        } catch {
            #expect(error.description == c.error)
        }
    }

    @Test func hardLinkTargets() throws {
        #expect(try SafePath.validatedHardLinkTarget("bin/busybox").description == "/bin/busybox")
        #expect(try SafePath.validatedHardLinkTarget("/bin/busybox").description == "/bin/busybox")
        #expect(throws: PathEscape.hardLink(target: "/var/lib/docker/tmp/etc/passwd", linkName: "../etc/passwd")) {
            try SafePath.validatedHardLinkTarget("../etc/passwd", root: "/var/lib/docker/tmp/x")
        }
        let error = PathEscape.hardLink(target: "/var/lib/docker/tmp/etc/passwd", linkName: "../etc/passwd")
        #expect(error.description == "invalid hardlink \"/var/lib/docker/tmp/etc/passwd\" -> \"../etc/passwd\"")
    }

    struct ResolveCase: Sendable, CustomTestStringConvertible {
        let testDescription: String
        let links: [String: String]
        let path: String
        let resolved: String?
        let error: String?
    }

    static let resolutions: [ResolveCase] = [
        ResolveCase(testDescription: "no links", links: [:], path: "a/b/c", resolved: "/a/b/c", error: nil),
        ResolveCase(testDescription: "relative link in the middle", links: ["/a": "x/y"], path: "a/c", resolved: "/x/y/c", error: nil),
        ResolveCase(testDescription: "link climbing out stops at the root", links: ["/evil": "../../../../etc"], path: "evil/passwd",
                    resolved: "/etc/passwd", error: nil),
        ResolveCase(testDescription: "absolute link restarts at the root", links: ["/a/b": "/etc"], path: "a/b/shadow",
                    resolved: "/etc/shadow", error: nil),
        ResolveCase(testDescription: "chain of links", links: ["/a": "b", "/b": "c", "/c": "/final"], path: "a/file",
                    resolved: "/final/file", error: nil),
        ResolveCase(testDescription: "loop", links: ["/a": "b", "/b": "a"], path: "a/x", resolved: nil,
                    error: "evalSymlinksInScope: too many links in /var/lib/docker/tmp/x/a/x"),
        ResolveCase(testDescription: "self loop", links: ["/a": "./a"], path: "a", resolved: nil,
                    error: "evalSymlinksInScope: too many links in /var/lib/docker/tmp/x/a"),
    ]

    @Test(arguments: resolutions)
    func resolvesSymlinksInScope(_ c: ResolveCase) {
        do {
            let resolved = try SafePath(confining: c.path).resolvingSymlinks(root: "/var/lib/docker/tmp/x") { c.links[$0.description] }
            #expect(resolved.description == c.resolved)
            #expect(c.error == nil)
        } catch {
            #expect(error.description == c.error)
        }
    }

    struct WhiteoutCase: Sendable, CustomTestStringConvertible {
        let entry: String
        let whiteout: Whiteout?
        var testDescription: String { entry }
    }

    static let whiteouts: [WhiteoutCase] = [
        WhiteoutCase(entry: "bin/.wh.ls", whiteout: .removes(SafePath(confining: "bin/ls"))),
        WhiteoutCase(entry: ".wh.data", whiteout: .removes(SafePath(confining: "data"))),
        WhiteoutCase(entry: "var/cache/.wh..wh..opq", whiteout: .opaque(directory: SafePath(confining: "var/cache"))),
        WhiteoutCase(entry: ".wh..wh..opq", whiteout: .opaque(directory: .root)),
        WhiteoutCase(entry: "x/.wh..wh.plnk", whiteout: .metadata(SafePath(confining: "x/.wh..wh.plnk"))),
        WhiteoutCase(entry: "x/.wh...", whiteout: .metadata(SafePath(confining: "x/.wh..."))),
        WhiteoutCase(entry: "x/file.wh.txt", whiteout: nil),
        WhiteoutCase(entry: "x/.whiteout", whiteout: nil),
    ]

    @Test(arguments: whiteouts)
    func classifiesWhiteouts(_ c: WhiteoutCase) {
        let path = SafePath(confining: c.entry)
        #expect(Whiteout(entryPath: path) == c.whiteout)
        if let whiteout = c.whiteout, case .metadata = whiteout {} else if let whiteout = c.whiteout {
            #expect(whiteout.entryName == path.relativePath)
        }
    }
}
