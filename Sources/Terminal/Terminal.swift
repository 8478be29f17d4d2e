import CEditLine

/// The REPL. Filled in by the REPL issue.
public enum TerminalModule {}
