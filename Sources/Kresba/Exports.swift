// The public API is small on purpose: a renderer, its options and output formats, and the
// diagnostics it reports. Re-export the diagnostic types so embedders need one import.
@_exported import struct KresbaCore.Diagnostic
@_exported import struct KresbaCore.KresbaError
@_exported import struct KresbaCore.SourcePosition
@_exported import struct KresbaCore.SpecPath
