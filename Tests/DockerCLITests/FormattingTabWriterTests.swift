import Testing
@testable import DockerCLI

/// docker's tabwriter. The `docker version` layout is recorded from the docker 28.2.2 client;
/// the flag cases are derived by hand from the elastic-tabstop algorithm (column width = widest
/// cell + padding, at least minwidth; a single-cell line ends all columns).
@Suite struct FormattingTabWriterTests {
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var input: String
        var minwidth = 0, tabwidth = 8, padding = 1
        var padchar: Character = "."
        var flags: TabWriter.Flags = []
        var expected: String
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "columns", input: "a\tb\tc\naa\tbbb\tcccc\naaa\tbbbb\n", expected: "a...b...c\naa..bbb.cccc\naaa.bbbb\n"),
        Case(name: "align right", input: "a\tb\tc\naa\tbbb\tcccc\naaa\tbbbb\n", flags: .alignRight,
             expected: "...a...bc\n..aa.bbbcccc\n.aaabbbb\n"),
        Case(name: "debug", input: "a\tb\tc\n", flags: .debug, expected: "a.|b.|c\n"),
        Case(name: "soft tab kept", input: "a\u{0B}\u{0B}c\n", expected: "a..c\n"),
        Case(name: "soft tab discarded", input: "a\u{0B}\u{0B}c\n", flags: .discardEmptyColumns, expected: "a.c\n"),
        Case(name: "hard tab not discarded", input: "a\t\tc\n", flags: .discardEmptyColumns, expected: "a..c\n"),
        Case(name: "tab indent", input: "\ta\n\tbb\n", flags: .tabIndent, expected: "\ta\n\tbb\n"),
        Case(name: "tab padding", input: "a\tb\naaaaaaaaa\tc\n", padchar: "\t", expected: "a\t\tb\naaaaaaaaa\tc\n"),
        Case(name: "single cell line ends columns", input: "a\tb\nlong\n\tc\nxxxxxx\td\n", expected: "a.b\nlong\n.......c\nxxxxxx.d\n"),
        Case(name: "minwidth", input: "a\tb\n", minwidth: 5, expected: "a....b\n"),
        Case(name: "unterminated last line", input: "a\tb\nccc\td", expected: "a...b\nccc.d"),
        Case(name: "form feed flushes", input: "a\tb\u{0C}cccccc\td\n", expected: "a.b\ncccccc.d\n"),
        Case(name: "wide characters", input: "日本\tx\nab\ty\n", expected: "日本.x\nab...y\n"),
        Case(name: "combining marks", input: "e\u{301}\tx\nab\ty\n", expected: "e\u{301}..x\nab.y\n"),
    ]

    @Test(arguments: cases)
    func aligns(_ c: Case) {
        let output = TabWriter.format(c.input, minwidth: c.minwidth, tabwidth: c.tabwidth, padding: c.padding,
                                      padchar: c.padchar, flags: c.flags)
        #expect(output == c.expected)
    }

    @Test func writesInPieces() {
        var w = TabWriter.dockerTable()
        w.write("NAME\tDRI")
        w.write("VER\n")
        w.write("data\tlocal\n")
        w.flush()
        #expect(w.takeOutput() == "NAME      DRIVER\ndata      local\n")
    }

    /// `docker version`'s client section: its default template over the client's version info,
    /// through a tabwriter with minwidth 20 and padding 1 (recorded from docker 28.2.2).
    @Test func dockerVersionLayout() throws {
        let template = try GoTemplate(Self.versionTemplate, name: "version")
        let text = try template.execute(TemplateFixtures.versionInfo)
        var w = TabWriter(minwidth: 20, tabwidth: 1, padding: 1)
        w.write(text)
        w.write("\n")
        w.flush()
        #expect(w.takeOutput() == """
            Client:
             Version:           28.2.2
             API version:       1.50
             Go version:        go1.24.3
             Git commit:        e6534b4
             Built:             Fri May 30 12:07:14 2025
             OS/Arch:           linux/amd64
             Context:           default

            """)
    }

    /// The client half of docker's `defaultVersionTemplate` (the server half needs a daemon).
    static let versionTemplate = """
        {{with .Client -}}
        Client:{{if ne .Platform nil}}{{if ne .Platform.Name ""}} {{.Platform.Name}}{{end}}{{end}}
         Version:\t{{.Version}}
         API version:\t{{.APIVersion}}{{if ne .APIVersion .DefaultAPIVersion}} (downgraded from {{.DefaultAPIVersion}}){{end}}
         Go version:\t{{.GoVersion}}
         Git commit:\t{{.GitCommit}}
         Built:\t{{.BuildTime}}
         OS/Arch:\t{{.Os}}/{{.Arch}}
         Context:\t{{.Context}}
        {{- end}}

        {{- if ne .Server nil}}{{with .Server}}

        Server:{{if ne .Platform.Name ""}} {{.Platform.Name}}{{end}}
        {{- end}}{{- end}}
        """
}
