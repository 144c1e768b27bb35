import Testing

@testable import ThresholdCore

@Suite("Numbers, text safety and CSV cells")
struct TextAndNumberTests {
  struct NumberCase: CustomTestStringConvertible, Sendable {
    let text: String
    let expected: Result<Double, NumberText.Problem>
    var testDescription: String { text }
  }

  @Test(
    "Numbers are read as JSON writes them, and only so",
    arguments: [
      NumberCase(text: "9", expected: .success(9)), NumberCase(text: "-0", expected: .success(0)),
      NumberCase(text: "12.5", expected: .success(12.5)),
      NumberCase(text: "1e2", expected: .success(100)),
      NumberCase(text: "0x10", expected: .failure(.notANumber)),
      NumberCase(text: "09", expected: .failure(.notANumber)),
      NumberCase(text: "+5", expected: .failure(.notANumber)),
      NumberCase(text: ".5", expected: .failure(.notANumber)),
      NumberCase(text: "5.", expected: .failure(.notANumber)),
      NumberCase(text: "inf", expected: .failure(.notANumber)),
      NumberCase(text: "nan", expected: .failure(.notANumber)),
      NumberCase(text: " 9", expected: .failure(.notANumber)),
      NumberCase(text: "", expected: .failure(.notANumber)),
      NumberCase(text: "1e999", expected: .failure(.overflow)),
      NumberCase(text: "1e-400", expected: .failure(.underflow)),
      NumberCase(text: "0e-400", expected: .success(0)),
      // One and two bytes take a quicker path, which must agree with the grammar.
      NumberCase(text: "0", expected: .success(0)), NumberCase(text: "7", expected: .success(7)),
      NumberCase(text: "10", expected: .success(10)),
      NumberCase(text: "99", expected: .success(99)),
      NumberCase(text: "00", expected: .failure(.notANumber)),
      NumberCase(text: "-", expected: .failure(.notANumber)),
      NumberCase(text: "-7", expected: .success(-7)),
      NumberCase(text: "7.", expected: .failure(.notANumber)),
      NumberCase(text: "7e", expected: .failure(.notANumber)),
      NumberCase(text: "a", expected: .failure(.notANumber)),
      NumberCase(text: "1a", expected: .failure(.notANumber)),
      NumberCase(text: "/", expected: .failure(.notANumber)),
      NumberCase(text: ":", expected: .failure(.notANumber)),
      NumberCase(text: "1:", expected: .failure(.notANumber)),
      NumberCase(text: "100", expected: .success(100)),
    ])
  func numbers(_ item: NumberCase) {
    #expect(NumberText.read(item.text) == item.expected)
  }

  @Test("Control characters from case data are shown escaped, never sent to the terminal")
  func neutralised() {
    #expect(TextLayout.neutralised("A\u{1B}[2J\u{1B}[HLevel 1") == "A\\u001B[2J\\u001B[HLevel 1")
    #expect(TextLayout.neutralised("x\u{7F}y\u{9B}z\nw") == "x\\u007Fy\\u009Bz\\u000Aw")
    let layout = TextLayout(width: 80, usesColour: true)
    let wrapped = layout.wrap("id \u{1B}[31mred", indent: 0)
    #expect(!wrapped.unicodeScalars.contains("\u{1B}"))
    #expect(layout.wrap(layout.bold("bold"), indent: 0) == "\u{1B}[1mbold\u{1B}[0m\n")
  }

  @Test("JSON output escapes DEL and the C1 controls as well as what JSON requires")
  func jsonEscapes() {
    var writer = JSONWriter()
    writer.string("a\u{1B}b\u{7F}c\u{85}d\"")
    #expect(String(decoding: writer.bytes, as: UTF8.self) == #""a\u001bb\u007fc\u0085d\"""#)
  }

  @Test("CSV cells are quoted as RFC 4180 says, and cannot start a formula")
  func csvCells() {
    #expect(CSVField.escaped("plain") == "plain")
    #expect(CSVField.escaped("a,b") == "\"a,b\"")
    #expect(CSVField.escaped("say \"hi\"") == "\"say \"\"hi\"\"\"")
    #expect(CSVField.escaped("=SUM(A1)") == "'=SUM(A1)")
    #expect(CSVField.escaped("+1") == "'+1")
    #expect(CSVField.escaped("-5") == "'-5")
    #expect(CSVField.escaped("@x") == "'@x")
    #expect(CSVField.escaped("a\nb") == "a\\u000Ab")
    #expect(CSVField.row(["a", "b,c"]) == "a,\"b,c\"\r\n")
  }

  @Test("CSV records: quotes, doubled quotes, CRLF, and problems")
  func csvRecords() {
    func scan(_ text: String, eof: Bool = true) -> (CSVScan, [String]) {
      let bytes = Array(text.utf8)
      var cells = ScratchArray<CSVCell>()
      return bytes.withUnsafeBufferPointer { buffer in
        let scan = CSVReader.scanRecord(buffer, from: 0, limit: .max, isAtEOF: eof, cells: &cells)
        var scratch: [UInt8] = []
        let texts = cells.map { cell in
          CSVReader.cellText(cell, in: buffer, scratch: &scratch).map {
            String(decoding: scratch[$0], as: UTF8.self)
          }
            ?? String(decoding: buffer[cell.range], as: UTF8.self)
        }
        return (scan, texts)
      }
    }
    #expect(scan("a,b,c\r\nnext").1 == ["a", "b", "c"])
    #expect(scan("\"a,1\",\"say \"\"x\"\"\",\n").1 == ["a,1", "say \"x\"", ""])
    #expect(scan("\"two\nlines\",x\n").1 == ["two\nlines", "x"])
    if case .needMore = scan("a,b", eof: false).0 {
    } else {
      Issue.record("a record without its end needs more")
    }
    if case .malformed(.unclosedQuote, _) = scan("\"open,x\n").0 {
    } else {
      Issue.record("unclosed quote")
    }
    if case .malformed(.quoteInUnquotedField, _) = scan("a\"b,c\n").0 {
    } else {
      Issue.record("stray quote")
    }
    if case .malformed(.characterAfterClosingQuote, _) = scan("\"a\"b,c\n").0 {
    } else {
      Issue.record("after quote")
    }
  }
}
