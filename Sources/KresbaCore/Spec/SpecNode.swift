/// A parsed spec document: JSON-like values that remember where in the file they came from.
///
/// YAML and JSON specs both parse into this tree (JSON is read by the YAML parser too), so
/// every later message can name the JSON Pointer and the line and column.
package struct SpecNode: Sendable, Equatable {
    /// The value.
    package var value: SpecValue
    /// Where the value starts in the file, if it came from a file.
    package var position: SourcePosition?

    /// Creates a node.
    package init(_ value: SpecValue, position: SourcePosition? = nil) {
        self.value = value
        self.position = position
    }

    /// A short name of the value's kind for messages ("a string", "a list", …).
    package var kindDescription: String {
        switch value {
        case .null: "null"
        case .bool: "true/false"
        case .number: "a number"
        case .string: "a string"
        case .array: "a list"
        case .object: "an object"
        }
    }
}

/// A JSON-like value whose objects keep their key order (needed for inline data and
/// deterministic output; Swift dictionaries are unordered).
package indirect enum SpecValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([SpecNode])
    case object([SpecMember])
}

/// One key of an object, with the position of the key itself.
package struct SpecMember: Sendable, Equatable {
    /// The key.
    package var key: String
    /// Where the key is written.
    package var keyPosition: SourcePosition?
    /// The value.
    package var value: SpecNode

    /// Creates a member.
    package init(key: String, keyPosition: SourcePosition?, value: SpecNode) {
        self.key = key
        self.keyPosition = keyPosition
        self.value = value
    }
}
