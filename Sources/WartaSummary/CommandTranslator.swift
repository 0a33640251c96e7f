import Foundation
import WartaCore

/// The external-command backend (`--translator-cmd 'CMD'`): the chosen Indonesian sentences, one
/// per line, go to `/bin/sh -c CMD` on stdin; its stdout (whitespace-folded) is the English summary.
/// A command that fails makes the document an error record of the `summary` stage.
public struct CommandTranslator: Translator {
    public let command: String

    /// Also ignores SIGPIPE for the process, so a command that exits without reading all of its
    /// input is a failed translation, not a killed `warta`.
    public init(command: String) {
        self.command = command
        signal(SIGPIPE, SIG_IGN)
    }

    public func english(_ document: AnnotatedDocument, sentences: [Span]) throws(StageError) -> String {
        let input = sentences.map { document[$0] }.joined(separator: "\n") + "\n"
        let out = try run(input)
        return out.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }

    /// Runs the command with `input` on stdin; returns its stdout.
    func run(_ input: String) throws(StageError) -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", command]
        let inPipe = Pipe(), outPipe = Pipe()
        p.standardInput = inPipe
        p.standardOutput = outPipe
        p.standardError = FileHandle.standardError
        do { try p.run() } catch {
            throw StageError(stage: "summary", kind: "translator", message: "cannot start translator command: \(error)")
        }
        // Write on another thread so a command that prints before reading all input cannot deadlock.
        let data = Data(input.utf8)
        let writer = Thread {
            try? inPipe.fileHandleForWriting.write(contentsOf: data)
            try? inPipe.fileHandleForWriting.close()
        }
        writer.start()
        let outData = outPipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else {
            throw StageError(stage: "summary", kind: "translator",
                             message: "translator command exited with status \(p.terminationStatus)")
        }
        return String(decoding: outData, as: UTF8.self)
    }
}
